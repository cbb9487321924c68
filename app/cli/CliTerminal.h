// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Terminal and stdin helpers of the headless commands: password prompts with echo off, reading
// secrets from stdin, TTY detection, Ctrl-C.

#include <QByteArray>
#include <QString>

#include <functional>

namespace Tidemark::Cli {

//! True when the file descriptor is a terminal.
bool isTerminal(int fd);

//! Prompts on the controlling terminal (/dev/tty) with echo off and reads one line. The
//! terminal's settings are restored also when Ctrl-C interrupts the prompt. Returns false with
//! `error` set when there is no terminal or the read fails; `*interrupted` turns true on Ctrl-C
//! or end of input.
bool promptSecret(
    const QString &prompt, QString *secret, QString *error, bool *interrupted = nullptr);
//! Prompts on the terminal with echo on (email addresses).
bool promptLine(const QString &prompt, QString *line, QString *error);

//! Reads one line from stdin (without the line break). False at end of input with nothing read.
bool readStdinLine(QString *line);

//! Installs SIGINT/SIGTERM handling for the rest of the process: the first signal calls
//! `onInterrupt` from the event loop (through a self-pipe), the second one ends the process.
void installInterruptHandler(std::function<void()> onInterrupt);

//! Overwrites the bytes of a string that held a secret.
void wipe(QString &secret);
void wipe(QByteArray &secret);

} // namespace Tidemark::Cli
