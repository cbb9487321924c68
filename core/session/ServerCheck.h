// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ServerCheck: "is there an Immich server at this address, and how does one log in there?",
// asked the same way by the window's session and by `tidemark login`: the address normalised,
// then `GET /server/ping`, `/server/version`, `/server/features`, `/server/config` and
// `/server/version-history` (the installation's identity), none with credentials. Ping and version
// must answer; the login options are optional (a proxy may hide them), and without them the
// password form is offered as before.

#include "api/ServerAccess.h"
#include "session/ServerProbe.h"

#include <QObject>

#include <functional>

namespace Tidemark {

namespace ServerCheck {

//! Asynchronous. done() runs from the event loop, on context's thread, also for an invalid
//! address; nothing runs when context is destroyed first. Server checks wait at most
//! min(timeoutMs, 15 s) for silence.
void run(QObject *context, const QString &address, int timeoutMs,
    std::function<void(const ServerProbe &)> done, const ServerAccess &access = {});

//! The same in a local event loop, for the headless commands (never on the GUI thread).
ServerProbe runBlocking(const QString &address, int timeoutMs, const ServerAccess &access = {});

} // namespace ServerCheck

} // namespace Tidemark
