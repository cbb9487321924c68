// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThumbnailJob.h"

#include "protocol/AckString.h"

namespace Tidemark {

QString thumbnailSizeName(ThumbnailSize size)
{
    switch (size) {
    case ThumbnailSize::Thumbnail:
        return QStringLiteral("thumbnail");
    case ThumbnailSize::Preview:
        return QStringLiteral("preview");
    case ThumbnailSize::Fullsize:
        return QStringLiteral("fullsize");
    }
    return {};
}

ThumbnailJob::ThumbnailJob(const QString &assetId, ThumbnailSize size, bool edited, QObject *parent)
    : ApiJob("GET",
        QStringLiteral("assets/%1/thumbnail")
            .arg(AckString::isUuid(assetId) ? assetId : QStringLiteral("invalid")),
        Auth::Any, parent)
{
    m_result.assetId = assetId;
    m_result.size = size;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("size"), thumbnailSizeName(size));
    if (edited)
        query.addQueryItem(QStringLiteral("edited"), QStringLiteral("true"));
    setRequestQuery(query);
    setAcceptHeader("image/*");
    setMaxBodySize(size == ThumbnailSize::Fullsize ? 256ll * 1024 * 1024 : 32ll * 1024 * 1024);
    if (!AckString::isUuid(assetId))
        setPreflightError(Error::make(Error::Kind::InvalidInput, {},
            QStringLiteral("\"%1\" is not an asset id").arg(assetId.left(80))));
}

Error ThumbnailJob::parseBody(const QByteArray &body)
{
    m_result.data = body;
    m_result.contentType = responseHeader("Content-Type");
    return {};
}

} // namespace Tidemark
