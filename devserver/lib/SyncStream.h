// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One run of POST /sync/stream: at start (under the state lock) it decides every line to send
// (reset, deletes, backfills, upserts, SyncAckV1, SyncCompleteV1) as compact references; the lines
// are formatted lazily, batch by batch, as the socket drains.

#include "EmulatedVersion.h"
#include "Ids.h"
#include "JsonOut.h"

#include <QList>
#include <QString>

#include <vector>

namespace TidemarkDev {

class Library;
struct Session;

struct LineRef
{
    enum Mode : quint8 { Normal, Backfill, AckComplete, AckSingle, Reset, Complete };
    Uuid a, b;
    qint32 idx = -1;
    Ent ent = Ent::SyncAckV1;
    Mode mode = Normal;
};

//! Parsed checkpoint ("Type|id", "Type|createId|updateId", "Type|createId|complete").
struct Checkpoint
{
    bool present = false;
    bool valid = true;
    Uuid id, id2;
    bool complete = false;
    int parts = 0;
    static Checkpoint parse(const QString &ack);
};

class SyncStream
{
public:
    //! Decides the run. `poisoned` is set when a stored checkpoint of a requested type cannot be
    //! parsed (the real server then never answers); the returned stream is then empty.
    SyncStream(Library &lib, const EmulatedVersion &version, Session &session,
        const QList<Req> &types, bool reset, bool *poisoned);

    qsizetype lineCount() const { return qsizetype(m_lines.size()); }
    //! Appends line i (with its trailing newline).
    void formatLine(const Library &lib, qsizetype i, JsonOut &out) const;
    quint64 libraryGeneration() const { return m_generation; }
    int user() const { return m_user; }

private:
    Checkpoint cp(Ent e) const;
    void collect(Library &lib, Session &session, Req r);
    void writeData(const Library &lib, const LineRef &ref, JsonOut &out) const;

    std::vector<LineRef> m_lines;
    EmulatedVersion m_version;
    int m_user = -1;
    Uuid m_nowId;
    quint64 m_generation = 0;
    QList<QPair<QString, QString>> m_checkpoints;
};

} // namespace TidemarkDev
