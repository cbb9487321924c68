// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GetSyncAcksJob.h"

namespace Tidemark {

GetSyncAcksJob::GetSyncAcksJob(QObject *parent)
    : ApiJob("GET", QStringLiteral("sync/ack"), Auth::Session, parent)
{ }

Error GetSyncAcksJob::parseBody(const QByteArray &body)
{
    return decodeJson(body, SyncAckDto::listFromJson, m_result);
}

} // namespace Tidemark
