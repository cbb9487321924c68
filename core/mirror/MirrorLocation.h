// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where a mirror database lives: one SQLite file per server and account,
//   <AppDataLocation>/mirrors/<host_port>-<userId>.sqlite
// (a server reached under a path prefix adds it: <host_port_path>). Every part is sanitised to
// [A-Za-z0-9._-]; anything else becomes '_'. The directory can be overridden (tests, portable
// installs) per instance or process-wide.

#include <QString>
#include <QUrl>

namespace Tidemark {

class MirrorLocation
{
public:
    MirrorLocation() = default;
    //! `directory` empty = defaultDirectory().
    MirrorLocation(const QUrl &server, const QString &userId, const QString &directory = {});

    bool isValid() const { return !m_fileName.isEmpty(); }
    QString directory() const { return m_directory; }
    QString fileName() const { return m_fileName; }
    QString filePath() const;
    //! Creates the directory when missing; false when it cannot be created.
    bool ensureDirectory() const;

    //! <AppDataLocation>/mirrors, or the process-wide override.
    static QString defaultDirectory();
    //! Process-wide override of defaultDirectory() (empty restores the default).
    static void setDefaultDirectoryOverride(const QString &directory);

    //! "<host_port>" (plus "_<path>" for a path prefix other than "/" or "/api"), sanitised.
    static QString serverKey(const QUrl &server);
    //! Replaces everything outside [A-Za-z0-9._-] with '_', never returns "." or ".." or empty.
    static QString sanitize(const QString &part);

private:
    QString m_directory;
    QString m_fileName;
};

} // namespace Tidemark
