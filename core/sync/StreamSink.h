// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// StreamSink: what the stream pipeline needs from local storage, and nothing more.
//
// The pipeline calls it from its persist thread only (a sink owns a database connection of that
// thread). applyRun() is the unit of atomicity: the events of one contiguous same-type run and
// the checkpoint(s) that cover them are committed together or not at all, so a checkpoint can
// never get ahead of the data it names.

#include "protocol/SyncPayloads.h"
#include "sync/AckSet.h"
#include "sync/SyncTypesUi.h"
#include "util/Error.h"

#include <QStringList>

#include <span>

namespace Tidemark {

class StreamSink
{
public:
    virtual ~StreamSink() = default;

    //! Opens the storage in the calling thread.
    virtual Error open() = 0;
    //! One transaction: apply `run` (all of one entity type, in stream order) and record
    //! `checkpoints` (the run's last ack per checkpoint type) as committed (Automatic) or pending
    //! (Manual). Control runs (SyncAckV1, SyncCompleteV1) have no data, only checkpoints.
    //! `inserted`/`deleted` report row changes when known.
    virtual Error applyRun(
        std::span<const SyncEvent> run, const QList<AckEntry> &checkpoints, AckMode mode)
        = 0;
    //! SyncResetV1: removes every server-derived row and every local checkpoint of the account.
    virtual Error wipeServerData() = 0;
    //! The server answered 204 to these acks: record them as committed (between transactions).
    virtual Error markSent(const QStringList &acks)
    {
        Q_UNUSED(acks);
        return {};
    }
    //! Mirror tables changed since the last call (for SyncService::mirrorChanged), then forgets.
    virtual QStringList takeChangedTables() { return {}; }
    //! The run is over (no more applyRun): finish deferred work such as a bulk load; returns the
    //! tables that changed in doing so. The sink is destroyed right after.
    virtual QStringList finish() { return {}; }
};

} // namespace Tidemark
