// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Logging.h"

Q_LOGGING_CATEGORY(lcApi, "tidemark.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStream, "tidemark.stream", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "tidemark.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMirror, "tidemark.mirror", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModels, "tidemark.models", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAccount, "tidemark.account", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "tidemark.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDesktop, "tidemark.desktop", QtInfoMsg)
