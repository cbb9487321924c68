// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `GET /api/server/version-history`. No credentials: every version the server has run, each with
// the id of its history row and when it was first seen. The oldest row is the installation's
// identity (ServerIdentity): stable across upgrades, different for every installation.

#include "ApiJob.h"

namespace Tidemark {

class ServerVersionHistoryJob : public ApiJob
{
    Q_OBJECT
public:
    explicit ServerVersionHistoryJob(QObject *parent = nullptr);
    //! Valid after succeeded().
    const QList<ServerVersionHistoryEntry> &result() const { return m_result; }

Q_SIGNALS:
    void succeeded(const QList<Tidemark::ServerVersionHistoryEntry> &result);

protected:
    Error parseBody(const QByteArray &body) override;
    void emitSucceeded() override { Q_EMIT succeeded(m_result); }

private:
    QList<ServerVersionHistoryEntry> m_result;
};

} // namespace Tidemark
