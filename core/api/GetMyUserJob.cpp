// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GetMyUserJob.h"

namespace Tidemark {

GetMyUserJob::GetMyUserJob(QObject *parent)
    : ApiJob("GET", QStringLiteral("users/me"), Auth::Any, parent)
{ }

Error GetMyUserJob::parseBody(const QByteArray &body)
{
    return decodeJson(body, UserAdminResponse::fromJson, m_result);
}

} // namespace Tidemark
