// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeleteSyncAcksJob.h"

namespace Tidemark {

DeleteSyncAcksJob::DeleteSyncAcksJob(const SyncAckDeleteRequest &request, QObject *parent)
    : ApiJob("DELETE", QStringLiteral("sync/ack"), Auth::Session, parent)
{
    setRequestJson(request.toJson());
}

Error DeleteSyncAcksJob::parseBody(const QByteArray &body)
{
    Q_UNUSED(body);
    return {};
}

} // namespace Tidemark
