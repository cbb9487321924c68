// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `GET /api/server/version` → {"major","minor","patch"}. No credentials. Everything the client may
// send is chosen from this answer (ServerCapabilities).

#include "ApiJob.h"

namespace Tidemark {

class ServerVersionJob : public ApiJob
{
    Q_OBJECT
public:
    explicit ServerVersionJob(QObject *parent = nullptr);
    //! Valid after succeeded().
    const ServerVersion &result() const { return m_result; }

Q_SIGNALS:
    void succeeded(const ServerVersion &result);

protected:
    Error parseBody(const QByteArray &body) override;
    void emitSucceeded() override { Q_EMIT succeeded(m_result); }
    bool identifiesServer() const override { return true; }

private:
    ServerVersion m_result;
};

} // namespace Tidemark
