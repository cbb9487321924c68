// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The window's words for where a run is (RunProgress::phase), translated. The engine hands the
// phase on as a RunPhase; it becomes words only here and, in English, in the headless commands
// (app/cli/CliSyncDriver).

#include <QString>

namespace Tidemark {

struct RunProgress;

//! "streaming", "paging owner <id>", "retrying in 5 s"… in the user's language; empty for None.
QString runPhaseText(const RunProgress &progress);

} // namespace Tidemark
