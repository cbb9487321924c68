// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Output of the headless commands: aligned tables and key/value blocks for people, one JSON
// document for machines (--json), a one-line progress display on stderr when it is a terminal,
// and error reporting (Error::userMessage(), technicalDetails() under --verbose).
//
// Nothing that goes through this class may contain a secret; errors are built from Error,
// which never holds credentials.

#include "util/Error.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdio>

namespace Tidemark::Cli {

//! Column alignment of a table.
enum class Align { Left, Right };

//! Formats rows under a header with columns padded to their widest cell (two spaces apart).
//! `align` may be shorter than the header (remaining columns are left-aligned). The last column
//! is not padded. Width counts characters, not bytes.
QString formatTable(
    const QStringList &header, const QList<QStringList> &rows, const QList<Align> &align = {});
//! "key: value" lines with the values aligned.
QString formatFields(const QList<QPair<QString, QString>> &fields);
//! 12345678 -> "12,345,678".
QString groupDigits(qint64 value);
//! 1536 -> "1.5 KiB".
QString formatBytes(qint64 bytes);
//! 1234 ms -> "1.2 s", 75000 -> "1 min 15 s".
QString formatDuration(qint64 ms);

class Output
{
public:
    Output(bool json, bool verbose, FILE *out = stdout, FILE *err = stderr);

    bool json() const { return m_json; }
    bool verbose() const { return m_verbose; }
    //! stderr is a terminal and progress lines make sense.
    bool progressEnabled() const { return m_progress; }
    void setProgressEnabled(bool on) { m_progress = on; }

    //! Human output on stdout (nothing in JSON mode).
    void print(const QString &text);
    //! A note for people on stderr (both modes); clears the progress line first.
    void note(const QString &text);
    //! "warning: …" on stderr; also collected into the JSON document's "warnings".
    void warn(const QString &text);
    //! Replaces the progress line on stderr (terminal only, at most ~10 per second by caller).
    void progress(const QString &line);
    void clearProgress();

    //! Collects the result document; emitted by finish().
    QJsonObject &document() { return m_doc; }

    //! Reports a failure: the sentence on stderr (plus technical details under --verbose) and,
    //! in JSON mode, an "error" member. Returns `code` for `return out.fail(…)`.
    int fail(int code, const Error &error);
    //! Usage or local error described by a sentence.
    int fail(int code, const QString &message, const QString &kind = QStringLiteral("usage"));

    //! Writes the JSON document (JSON mode) with "ok" and "exitCode"; returns `code`.
    int finish(int code);

private:
    void writeOut(const QString &text);
    void writeErr(const QString &text);

    bool m_json = false;
    bool m_verbose = false;
    bool m_progress = false;
    bool m_progressShown = false;
    bool m_finished = false;
    FILE *m_out = nullptr;
    FILE *m_err = nullptr;
    QJsonObject m_doc;
    QStringList m_warnings;
};

//! The JSON form of an error (kind, message, httpStatus, serverMessages, where, correlationId;
//! details only when `verbose`).
QJsonObject errorToJson(const Error &error, bool verbose);

} // namespace Tidemark::Cli
