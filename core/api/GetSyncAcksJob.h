// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `GET /api/sync/ack` → the session's checkpoints [{type, ack}] in no stable order, including the
// backfill checkpoints the server writes itself. Diagnostics only: syncing never needs to read
// them. Session only (API keys → ApiKeyRefused before sending).

#include "ApiJob.h"

namespace Tidemark {

class GetSyncAcksJob : public ApiJob
{
    Q_OBJECT
public:
    explicit GetSyncAcksJob(QObject *parent = nullptr);
    //! Valid after succeeded().
    const QList<Tidemark::SyncAckDto> &result() const { return m_result; }

Q_SIGNALS:
    void succeeded(const QList<Tidemark::SyncAckDto> &result);

protected:
    Error parseBody(const QByteArray &body) override;
    void emitSucceeded() override { Q_EMIT succeeded(m_result); }

private:
    QList<Tidemark::SyncAckDto> m_result;
};

} // namespace Tidemark
