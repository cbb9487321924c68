// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Diagnostics: the text behind Help › Copy diagnostics, for bug reports.
//
// It gathers what a maintainer asks first: the versions (Tidemark, Qt at build and run time, OS,
// platform plugin), the server (URL, version, what that version supports), the connection state,
// the account's email and which kinds of credential it has (never their values), the mirror
// (path, size with its -wal file, schema version), the last run's outcome and the most recent
// warnings and errors from the log file.
//
// Secrets: the report is built from values that carry none (the tokens themselves are never read
// here) and the whole text is passed through LogRedactor::redact() once more before it is handed
// out, so a token that slipped into an error message or a log line is removed as well.
//
// The schema version comes from the mirror reader's worker thread, so collecting is
// asynchronous: done(text) is called on the GUI thread.
//
// The report stays in English whatever the UI language: it is read by maintainers.

#include <QString>

#include <functional>

namespace Tidemark {

class AppController;
class LogFile;

class Diagnostics
{
public:
    //! Number of warning/error lines from the log included in the report.
    static constexpr int kLogLines = 20;

    //! Collects the report; done(text) runs on `app`'s thread. `log` may be nullptr (no log file).
    static void collect(
        AppController *app, const LogFile *log, std::function<void(const QString &)> done);

    //! Builds the report from values already known; schemaVersion < 0 means "no mirror open".
    static QString format(const AppController *app, const LogFile *log, int schemaVersion);
};

} // namespace Tidemark
