// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ThreadNice: lowers the scheduling priority of the calling thread only.
//
// The window's stream run keeps both cores of a small machine busy with its parse and persist
// threads; at the same priority the GUI thread waits for a core and the window stalls for tens
// of milliseconds at a time (gui_bench). A niced worker yields to the GUI thread at once and
// loses nothing when the GUI is idle. QThread::setPriority() cannot do this on Linux (the normal
// scheduling policy has a single static priority); a per-thread nice value can. Headless runs
// leave it alone: other programs on the machine are not theirs to yield to.

namespace Tidemark::ThreadNice {

//! Adds `increment` (1..19) to the calling thread's nice value. Returns false where the
//! platform has no per-thread nice value (then it does nothing).
bool lowerCurrentThread(int increment);

//! The calling thread's nice value (0 where unsupported); for tests.
int currentThreadNice();

} // namespace Tidemark::ThreadNice
