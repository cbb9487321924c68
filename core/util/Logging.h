// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One logging category per subsystem. Enable with QT_LOGGING_RULES, e.g.
//   QT_LOGGING_RULES="tidemark.stream.debug=true;tidemark.mirror.debug=true"
// Nothing logged here may contain a session token, API key or password. In the app every message
// also goes to a rotated log file (util/LogFile.h), redacted once more on the way.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApi) // tidemark.api     - HTTP requests and replies
Q_DECLARE_LOGGING_CATEGORY(lcStream) // tidemark.stream  - stream reading and parsing
Q_DECLARE_LOGGING_CATEGORY(lcSync) // tidemark.sync    - the sync engine, acks
Q_DECLARE_LOGGING_CATEGORY(lcMirror) // tidemark.mirror  - the SQLite mirror
Q_DECLARE_LOGGING_CATEGORY(lcModels) // tidemark.models  - item models
Q_DECLARE_LOGGING_CATEGORY(lcAccount) // tidemark.account - accounts, keychain
Q_DECLARE_LOGGING_CATEGORY(lcCli) // tidemark.cli     - headless commands
Q_DECLARE_LOGGING_CATEGORY(lcDesktop) // tidemark.desktop - tray, single instance, periodic sync
