// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `POST /api/auth/logout`: deletes the session and, with it, every checkpoint of the session.

#include "ApiJob.h"

namespace Tidemark {

class LogoutJob : public ApiJob
{
    Q_OBJECT
public:
    explicit LogoutJob(QObject *parent = nullptr);
    //! Valid after succeeded().
    const LogoutResponse &result() const { return m_result; }

Q_SIGNALS:
    void succeeded(const LogoutResponse &result);

protected:
    Error parseBody(const QByteArray &body) override;
    void emitSucceeded() override { Q_EMIT succeeded(m_result); }

private:
    LogoutResponse m_result;
};

} // namespace Tidemark
