// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OAuthAuthorizeJob.h"

namespace Tidemark {

OAuthAuthorizeJob::OAuthAuthorizeJob(const OAuthAuthorizeRequest &request, QObject *parent)
    : ApiJob("POST", QStringLiteral("oauth/authorize"), Auth::None, parent)
{
    setRequestJson(request.toJson());
}

Error OAuthAuthorizeJob::parseBody(const QByteArray &body)
{
    return decodeJson(body, OAuthAuthorizeResponse::fromJson, m_result);
}

} // namespace Tidemark
