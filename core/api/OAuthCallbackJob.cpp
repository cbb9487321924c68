// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OAuthCallbackJob.h"

namespace Tidemark {

OAuthCallbackJob::OAuthCallbackJob(const OAuthCallbackRequest &request, QObject *parent)
    : ApiJob("POST", QStringLiteral("oauth/callback"), Auth::None, parent)
{
    setRequestJson(request.toJson());
}

Error OAuthCallbackJob::parseBody(const QByteArray &body)
{
    return decodeJson(body, LoginResponse::fromJson, m_result);
}

} // namespace Tidemark
