// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PingJob.h"

namespace Tidemark {

PingJob::PingJob(QObject *parent) : ApiJob("GET", QStringLiteral("server/ping"), Auth::None, parent)
{ }

Error PingJob::parseBody(const QByteArray &body)
{
    return decodeJson(body, PingResponse::fromJson, m_result);
}

} // namespace Tidemark
