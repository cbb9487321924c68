// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `POST /api/oauth/callback` (201). No credentials: hands the server the address its provider
// redirected the browser to (with the one-time code), our state and the PKCE verifier; the server
// exchanges the code with its provider and answers like a password login (LoginResponseDto), a
// new session. A code that expired or was used already fails on the server's side.

#include "ApiJob.h"

namespace Tidemark {

class OAuthCallbackJob : public ApiJob
{
    Q_OBJECT
public:
    explicit OAuthCallbackJob(const OAuthCallbackRequest &request, QObject *parent = nullptr);
    //! Valid after succeeded().
    const LoginResponse &result() const { return m_result; }

Q_SIGNALS:
    void succeeded(const Tidemark::LoginResponse &result);

protected:
    Error parseBody(const QByteArray &body) override;
    void emitSucceeded() override { Q_EMIT succeeded(m_result); }

private:
    LoginResponse m_result;
};

} // namespace Tidemark
