// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `GET /api/assets/{id}/thumbnail?size=...` → image bytes (WebP thumbnails, JPEG previews by
// default server settings) and their content type.
//
// `size=fullsize` may redirect to `.../original` or to `size=preview` on the same server; those
// are followed. A redirect to another origin is refused (the request carries credentials).
// Partner assets that are archived, locked or trashed answer 400 "Not found or no asset.view
// access"; a thumbnail not generated yet answers 404 "Asset media not found".

#include "ApiJob.h"

namespace Tidemark {

enum class ThumbnailSize { Thumbnail, Preview, Fullsize };
QString thumbnailSizeName(ThumbnailSize size);

struct ThumbnailData
{
    QString assetId;
    ThumbnailSize size = ThumbnailSize::Thumbnail;
    QByteArray contentType; //!< "image/webp", "image/jpeg"
    QByteArray data;
};

class ThumbnailJob : public ApiJob
{
    Q_OBJECT
public:
    //! assetId must be a UUID (it becomes part of the path); anything else fails as InvalidInput.
    explicit ThumbnailJob(const QString &assetId, ThumbnailSize size = ThumbnailSize::Thumbnail,
        bool edited = false, QObject *parent = nullptr);
    const ThumbnailData &result() const { return m_result; }

Q_SIGNALS:
    void succeeded(const Tidemark::ThumbnailData &thumbnail);

protected:
    Error parseBody(const QByteArray &body) override;
    void emitSucceeded() override { Q_EMIT succeeded(m_result); }

private:
    ThumbnailData m_result;
};

} // namespace Tidemark

Q_DECLARE_METATYPE(Tidemark::ThumbnailData)
