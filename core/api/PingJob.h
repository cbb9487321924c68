// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `GET /api/server/ping` → {"res":"pong"}. No credentials: the cheapest proof that the address
// points at an Immich server at all.

#include "ApiJob.h"

namespace Tidemark {

class PingJob : public ApiJob
{
    Q_OBJECT
public:
    explicit PingJob(QObject *parent = nullptr);
    //! Valid after succeeded().
    const PingResponse &result() const { return m_result; }

Q_SIGNALS:
    void succeeded(const PingResponse &result);

protected:
    Error parseBody(const QByteArray &body) override;
    void emitSucceeded() override { Q_EMIT succeeded(m_result); }
    bool identifiesServer() const override { return true; }

private:
    PingResponse m_result;
};

} // namespace Tidemark
