// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `POST /api/auth/login` (201). Creates a new server-side session: a new session has no
// checkpoints, so logging in again means a full re-download (docs/dev/protocol.md, "Sessions"). The
// job does not store the token; the account layer decides where it lives (keychain) and calls
// ImmichClient::setCredentials(). 401 "Incorrect email or password" → Unauthorized.

#include "ApiJob.h"

namespace Tidemark {

class LoginJob : public ApiJob
{
    Q_OBJECT
public:
    explicit LoginJob(const LoginCredential &credential, QObject *parent = nullptr);
    //! Valid after succeeded().
    const LoginResponse &result() const { return m_result; }

Q_SIGNALS:
    void succeeded(const LoginResponse &result);

protected:
    Error parseBody(const QByteArray &body) override;
    void emitSucceeded() override { Q_EMIT succeeded(m_result); }

private:
    LoginResponse m_result;
};

} // namespace Tidemark
