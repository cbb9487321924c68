// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerConfigJob.h"

namespace Tidemark {

ServerConfigJob::ServerConfigJob(QObject *parent)
    : ApiJob("GET", QStringLiteral("server/config"), Auth::None, parent)
{ }

Error ServerConfigJob::parseBody(const QByteArray &body)
{
    return decodeJson(
        body, [](const QJsonValue &v) { return ServerConfig::fromJson(v); }, m_result);
}

} // namespace Tidemark
