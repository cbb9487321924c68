// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FullSyncJob.h"

namespace Tidemark {

FullSyncJob::FullSyncJob(const FullSyncRequest &request, QObject *parent)
    : ApiJob("POST", QStringLiteral("sync/full-sync"), Auth::Any, parent)
{
    setRequestJson(request.toJson());
    setMaxBodySize(256ll * 1024 * 1024);
}

Error FullSyncJob::parseBody(const QByteArray &body)
{
    return decodeJson(body, AssetResponseDto::listFromJson, m_result);
}

} // namespace Tidemark
