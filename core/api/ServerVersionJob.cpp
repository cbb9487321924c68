// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerVersionJob.h"

namespace Tidemark {

ServerVersionJob::ServerVersionJob(QObject *parent)
    : ApiJob("GET", QStringLiteral("server/version"), Auth::None, parent)
{ }

Error ServerVersionJob::parseBody(const QByteArray &body)
{
    return decodeJson(
        body, [](const QJsonValue &v) { return ServerVersion::fromJson(v.toObject()); }, m_result);
}

} // namespace Tidemark
