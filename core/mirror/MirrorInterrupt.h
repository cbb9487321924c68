// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// MirrorInterrupt: stops the mirror's long background reads and builds when the app quits.
//
// Why: the browser index build (BrowserIndexBuilder, seconds at a million assets) and the
// background quick_check (MirrorHealth, 2-20 s) run one SQLite statement each for their whole
// length. Their threads are joined when the window closes, so quitting waited for them: the window
// was gone and the process lingered for seconds. A Scope registers a connection for the length of
// such work; interruptAll() (app/main.cpp, once the event loop has returned) calls
// sqlite3_interrupt() on every registered connection, which is safe from any thread, and makes
// every later Scope start interrupted. The interrupted work changes nothing: an index build rolls
// back its transaction (the next start builds it), an interrupted quick_check reports no damage
// (it found none). The writer's connection is never registered: a run's own transaction is never
// cut; it ends through SyncService's cancel.
//
// Without the native SQLite API (a Qt with its own bundled SQLite) the flag is still set and
// checked between statements; only a statement already running then runs to its end.

#include <QSqlDatabase>

namespace Tidemark::MirrorInterrupt {

//! Interrupts the registered connections and every later Scope, for the rest of the process.
void interruptAll();
//! True after interruptAll().
bool isInterrupted();
//! Clears the flag again. Only for tests that interrupt more than once in one process.
void resetForTests();

//! Registers `db` while long work runs on it (on the thread that owns `db`). Unregisters before
//! the connection may be closed: keep the Scope inside the connection's lifetime.
class Scope
{
public:
    explicit Scope(const QSqlDatabase &db);
    ~Scope();
    Scope(const Scope &) = delete;
    Scope &operator=(const Scope &) = delete;

private:
    void *m_handle = nullptr;
};

} // namespace Tidemark::MirrorInterrupt
