// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `GET /api/server/config`. No credentials: the single sign-on button's words and the
// login page's message, as the server's own login page shows them.

#include "ApiJob.h"

namespace Tidemark {

class ServerConfigJob : public ApiJob
{
    Q_OBJECT
public:
    explicit ServerConfigJob(QObject *parent = nullptr);
    //! Valid after succeeded().
    const ServerConfig &result() const { return m_result; }

Q_SIGNALS:
    void succeeded(const ServerConfig &result);

protected:
    Error parseBody(const QByteArray &body) override;
    void emitSucceeded() override { Q_EMIT succeeded(m_result); }

private:
    ServerConfig m_result;
};

} // namespace Tidemark
