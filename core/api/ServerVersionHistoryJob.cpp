// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerVersionHistoryJob.h"

namespace Tidemark {

ServerVersionHistoryJob::ServerVersionHistoryJob(QObject *parent)
    : ApiJob("GET", QStringLiteral("server/version-history"), Auth::None, parent)
{ }

Error ServerVersionHistoryJob::parseBody(const QByteArray &body)
{
    return decodeJson(body, ServerVersionHistoryEntry::listFromJson, m_result);
}

} // namespace Tidemark
