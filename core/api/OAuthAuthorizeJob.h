// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `POST /api/oauth/authorize` (201). No credentials: asks the server for its single sign-on
// provider's sign-in page, built for our redirect address, state and PKCE challenge. 400 "OAuth
// is not enabled" when the server has no provider configured.

#include "ApiJob.h"

namespace Tidemark {

class OAuthAuthorizeJob : public ApiJob
{
    Q_OBJECT
public:
    explicit OAuthAuthorizeJob(const OAuthAuthorizeRequest &request, QObject *parent = nullptr);
    //! Valid after succeeded().
    const OAuthAuthorizeResponse &result() const { return m_result; }

Q_SIGNALS:
    void succeeded(const Tidemark::OAuthAuthorizeResponse &result);

protected:
    Error parseBody(const QByteArray &body) override;
    void emitSucceeded() override { Q_EMIT succeeded(m_result); }

private:
    OAuthAuthorizeResponse m_result;
};

} // namespace Tidemark
