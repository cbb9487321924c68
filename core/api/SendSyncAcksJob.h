// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `POST /api/sync/ack` → 204. Stores checkpoints: for each ack the server sets the row of its type
// to it, the last one of a type winning, without comparing ids (docs/dev/protocol.md, "Checkpoints
// and acks").
//
// Guards, checked before anything is sent (InvalidInput), because a bad ack is not harmless:
// - every ack must be a well-formed verbatim ack (AckString::isWellFormed): an id the server did
//   not produce is stored unchecked and can hang the stream for that type (capture README);
// - at most one ack per entity type (v1.130-v1.135 reject the request otherwise);
// - "SyncResetV1|reset" must be alone (the server resets and ignores the others);
// - 1 to 1000 acks (the server rejects more; an empty list has unverified behaviour).
// Session only (API keys → ApiKeyRefused before sending).

#include "ApiJob.h"

namespace Tidemark {

class SendSyncAcksJob : public ApiJob
{
    Q_OBJECT
public:
    explicit SendSyncAcksJob(const QStringList &acks, QObject *parent = nullptr);
    const QStringList &acks() const { return m_acks; }

    //! The guard above as a function (empty error when the list may be sent).
    static Error validate(const QStringList &acks);

Q_SIGNALS:
    void succeeded();

protected:
    Error parseBody(const QByteArray &body) override;
    void emitSucceeded() override { Q_EMIT succeeded(); }

private:
    QStringList m_acks;
};

} // namespace Tidemark
