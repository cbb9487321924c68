// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoginJob.h"

namespace Tidemark {

LoginJob::LoginJob(const LoginCredential &credential, QObject *parent)
    : ApiJob("POST", QStringLiteral("auth/login"), Auth::None, parent)
{
    setRequestJson(credential.toJson());
}

Error LoginJob::parseBody(const QByteArray &body)
{
    return decodeJson(body, LoginResponse::fromJson, m_result);
}

} // namespace Tidemark
