// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssetStatisticsJob.h"

namespace Tidemark {

AssetStatisticsJob::AssetStatisticsJob(const AssetStatsRequest &filter, QObject *parent)
    : ApiJob("GET", QStringLiteral("assets/statistics"), Auth::Any, parent)
{
    QUrlQuery query;
    const auto flag = [](bool b) { return b ? QStringLiteral("true") : QStringLiteral("false"); };
    if (filter.isFavorite)
        query.addQueryItem(QStringLiteral("isFavorite"), flag(*filter.isFavorite));
    if (filter.isTrashed)
        query.addQueryItem(QStringLiteral("isTrashed"), flag(*filter.isTrashed));
    if (!filter.visibility.isEmpty())
        query.addQueryItem(QStringLiteral("visibility"), filter.visibility);
    setRequestQuery(query);
}

Error AssetStatisticsJob::parseBody(const QByteArray &body)
{
    return decodeJson(body, AssetStatsResponse::fromJson, m_result);
}

} // namespace Tidemark
