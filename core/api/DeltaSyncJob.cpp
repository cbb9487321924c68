// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeltaSyncJob.h"

namespace Tidemark {

DeltaSyncJob::DeltaSyncJob(const DeltaSyncRequest &request, QObject *parent)
    : ApiJob("POST", QStringLiteral("sync/delta-sync"), Auth::Any, parent)
{
    setRequestJson(request.toJson());
    setMaxBodySize(256ll * 1024 * 1024);
}

Error DeltaSyncJob::parseBody(const QByteArray &body)
{
    return decodeJson(body, AssetDeltaSyncResponse::fromJson, m_result);
}

} // namespace Tidemark
