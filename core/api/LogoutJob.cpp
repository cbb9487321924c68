// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogoutJob.h"

namespace Tidemark {

LogoutJob::LogoutJob(QObject *parent)
    : ApiJob("POST", QStringLiteral("auth/logout"), Auth::Any, parent)
{ }

Error LogoutJob::parseBody(const QByteArray &body)
{
    return decodeJson(body, LogoutResponse::fromJson, m_result);
}

} // namespace Tidemark
