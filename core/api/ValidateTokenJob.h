// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `POST /api/auth/validateToken` → {"authStatus":true}; 401 when the token was revoked.

#include "ApiJob.h"

namespace Tidemark {

class ValidateTokenJob : public ApiJob
{
    Q_OBJECT
public:
    explicit ValidateTokenJob(QObject *parent = nullptr);
    //! Valid after succeeded().
    const ValidateTokenResponse &result() const { return m_result; }

Q_SIGNALS:
    void succeeded(const ValidateTokenResponse &result);

protected:
    Error parseBody(const QByteArray &body) override;
    void emitSucceeded() override { Q_EMIT succeeded(m_result); }

private:
    ValidateTokenResponse m_result;
};

} // namespace Tidemark
