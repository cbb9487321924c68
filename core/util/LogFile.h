// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LogFile: the application's log on disk, with size-based rotation, and the Qt message handler
// that feeds it.
//
// Why a file: a sync that failed at night (periodic sync, tray) leaves nothing on a terminal; the
// "Copy diagnostics" action and bug reports need the recent warnings. Why through the Qt message
// handler: every subsystem already logs with qCDebug/qCWarning on its own category
// (util/Logging.h), and the category filter runs before the handler is called, so
// QT_LOGGING_RULES decides what reaches the file exactly as it decides what reaches stderr.
//
// Rotation: when the next line would make "tidemark.log" larger than maxBytes, it is renamed to
// "tidemark.1.log" (the older ones shift to .2, .3 …) and a new file starts; at most `keep`
// rotated files stay. Writing is serialised with a mutex: the sync worker thread logs too.
//
// Secrets: tokens, keys and passwords are never passed to logging in the first place. As a
// second line of defence every line goes through LogRedactor::redact() before it is written
// (and before the previous handler prints it), so an Authorization header, an x-api-key or an
// accessToken that slipped into a message never reaches the disk.

#include <QFile>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <memory>

namespace Tidemark {

//! Replaces the values of credential-like fields in free text with "[redacted]":
//! "Authorization: Bearer …", "x-api-key: …", "accessToken"/"sessionToken"/"apiKey"/"password"
//! in JSON, header, query-string or key=value form, and any bare "Bearer <token>".
class LogRedactor
{
public:
    static QString redact(const QString &text);
    static QString placeholder() { return QStringLiteral("[redacted]"); }
};

class LogFile
{
public:
    struct Options
    {
        QString directory; //!< created when missing
        QString baseName = QStringLiteral("tidemark");
        qint64 maxBytes = 2 * 1024 * 1024; //!< size of the current file before it rotates
        int keep = 5; //!< rotated files kept besides the current one
    };

    explicit LogFile(Options options);
    ~LogFile();
    LogFile(const LogFile &) = delete;
    LogFile &operator=(const LogFile &) = delete;

    //! The default folder: <AppDataLocation>/logs.
    static QString defaultDirectory();

    //! Appends one line (redacted, newline added), rotating first when it would not fit.
    //! Thread-safe. False when the file cannot be written (the line is dropped).
    bool writeLine(const QString &line);

    QString filePath() const;
    //! Path of the rotated file number n (1 = newest).
    QString rotatedPath(int n) const;
    //! The current file and the rotated ones that exist, newest first.
    QStringList files() const;
    const Options &options() const { return m_options; }

    //! The last `count` warning, critical and fatal lines, oldest first, across the current and
    //! rotated files (already redacted, as everything in the file is).
    QStringList recentProblems(int count) const;

    //! Formats a message as one log line: "2026-11-27T08:00:00.123Z W tidemark.sync: text".
    static QString formatLine(
        QtMsgType type, const QMessageLogContext &context, const QString &message);

    //! Installs the Qt message handler that writes to `log` and then hands the (redacted)
    //! message to the handler that was installed before (stderr by default). nullptr uninstalls.
    //! The LogFile must outlive the installation.
    static void install(LogFile *log);
    //! The installed log, or nullptr.
    static LogFile *installed();

private:
    bool openLocked();
    void rotateLocked();

    Options m_options;
    mutable QMutex m_mutex;
    QFile m_file;
};

} // namespace Tidemark
