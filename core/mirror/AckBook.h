// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// AckBook: the local record of checkpoints, kept in the mirror file beside the data.
//
// - committed: per ack type, the last ack the server has stored (sent and answered 204), with
//   the time. Mirrors the server's session checkpoints (docs/dev/protocol.md).
// - pending: acks whose data is persisted locally but which have not been sent yet. The latest
//   per type (pending()), and an ordered log (pendingLog()) keyed by the caller's sequence
//   number, so manual mode can send "everything up to event N" (pendingUpTo()).
//
// The key of an ack is its type prefix ("PartnerAssetBackfillV1" in
// "PartnerAssetBackfillV1|<id>|complete"), which for SyncAckV1 lines names another type. Acks
// are stored and returned verbatim.
//
// Same-transaction rule: record the pending ack inside the transaction that applies its data:
//     MirrorTransaction tx(store);
//     store.apply(type, events);             // joins tx
//     acks.recordPending(lastAck, seq);      // joins tx
//     tx.commit();                           // data and checkpoint, or neither
// Then send, and on 204 call markSent(). Every method joins the caller's transaction when there
// is one, else runs in its own. Thread: the store's thread only.

#include "MirrorTypes.h"

#include "protocol/SyncTypes.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Tidemark {

class MirrorStore;

struct CommittedAck
{
    QString type; //!< ack type prefix
    QString ack; //!< verbatim
    QDateTime committedAt;
};

struct PendingAck
{
    QString type; //!< ack type prefix
    QString ack; //!< verbatim
    qint64 seq = 0;
    QDateTime recordedAt;
};

class AckBook
{
public:
    explicit AckBook(MirrorStore &store);

    //! The type prefix of an ack string ("AssetV1" for "AssetV1|0190…"); empty when none.
    static QString ackType(const QString &ack);

    //! The server has this ack now (e.g. after GET /sync/ack, or a send done elsewhere).
    Error recordCommitted(const QString &ack);
    //! As above; `type` is used only when the ack has no type prefix.
    Error recordCommitted(SyncEntityType type, const QString &ack);

    //! Data up to this ack is persisted; the ack waits to be sent. `seq` orders the log and must
    //! grow across calls (see nextSequence()); a seq already logged is replaced.
    Error recordPending(const QString &ack, qint64 seq);
    Error recordPending(SyncEntityType type, const QString &ack, qint64 seq);
    //! Several at once (one transaction), in the given order.
    Error recordPending(const QList<PendingAck> &acks);

    //! The latest pending ack per type, ordered by seq: what automatic mode sends.
    MirrorResult<QList<PendingAck>> pending() const;
    //! Every logged pending ack, ordered by seq.
    MirrorResult<QList<PendingAck>> pendingLog() const;
    //! The latest pending ack per type among those with seq <= `seq`, ordered by seq: what to
    //! send to acknowledge "up to this event".
    MirrorResult<QList<PendingAck>> pendingUpTo(qint64 seq) const;
    //! One more than the largest seq logged (1 when empty).
    MirrorResult<qint64> nextSequence() const;

    MirrorResult<QList<CommittedAck>> committed() const;
    //! The committed ack of a type prefix (null QString when none).
    MirrorResult<QString> committedAck(const QString &type) const;

    //! The server answered 204 to these acks: each becomes the committed ack of its type, and
    //! the pending entries of that type up to it leave the log. "SyncResetV1|reset" clears every
    //! committed and pending ack (the server dropped all checkpoints of the session).
    Error markSent(const QStringList &acks);
    //! Forgets committed and pending acks of these types (after DELETE /sync/ack {types}).
    Error clear(const QList<SyncEntityType> &types);
    Error clear(const QStringList &typeNames);
    //! Forgets everything (after DELETE /sync/ack without types, or a reset).
    Error clearAll();
    //! Forgets pending acks only (manual mode: "discard, do not send").
    Error clearPending();

private:
    MirrorStore &m_store;
};

} // namespace Tidemark
