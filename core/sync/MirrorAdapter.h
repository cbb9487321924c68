// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The sync engine's view of core/mirror: the stream sink (apply + checkpoint in one transaction),
// the ack book (committed and pending local checkpoints) and the run history. One place where the
// engine meets the mirror's API, so the engine reads as protocol logic.

#include "mirror/AckBook.h"
#include "sync/AckSet.h"
#include "sync/StreamSink.h"
#include "sync/SyncTypesUi.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Tidemark {

class MirrorStore;

namespace SyncMirror {

//! A sink on a new MirrorStore connection opened in the calling (persist) thread. `bulkLoad`:
//! defer the browser indexes when the mirror holds no assets yet (first sync).
//! `cacheKiB` bounds SQLite's page cache (and keeps sorting for index builds on disk) so a first
//! sync of a million assets stays within a small memory budget.
std::unique_ptr<StreamSink> makeSink(
    const QString &mirrorPath, const QString &selfUserId, bool bulkLoad, int cacheKiB = 8192);

//! Mirror setting: "1" from the moment a stream with "reset": true is started until the wipe of
//! the mirror's server data has committed. A crash or cut in between makes the next run reset
//! again instead of building on stale rows.
inline const QString kResetPendingKey = QStringLiteral("sync.resetPending");
//! Mirror setting: a fingerprint (truncated SHA-256) of the session token the mirror's checkpoints
//! belong to. Never the token itself. A new login is a new server session with no checkpoints, so
//! a different fingerprint means the mirror must be rebuilt from a reset stream.
inline const QString kSessionFingerprintKey = QStringLiteral("sync.sessionFingerprint");
QString sessionFingerprint(const QString &sessionToken);

//! Mirror tables an entity type writes (deletes include their cascades).
QStringList tablesFor(SyncEntityType type);

QList<CommittedAck> committed(MirrorStore &store, Error *error = nullptr);
//! Every pending ack, oldest first (several per type possible).
QList<PendingAck> pending(MirrorStore &store, Error *error = nullptr);
//! After POST /sync/ack answered 204: the acks become committed, older pending ones go.
Error markSent(MirrorStore &store, const QStringList &acks);
//! Drops pending acks of these types without sending them (empty = all).
Error discardPending(MirrorStore &store, const QStringList &types);
//! Forgets committed and pending checkpoints of these types (empty = all).
Error clearCheckpoints(MirrorStore &store, const QStringList &types);

qint64 recordRunStart(MirrorStore &store, RunKind kind, AckMode mode, Error *error = nullptr);
Error recordRunEnd(MirrorStore &store, const RunResult &result);

} // namespace SyncMirror
} // namespace Tidemark
