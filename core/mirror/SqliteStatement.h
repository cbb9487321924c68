// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to the mirror: a prepared write statement that binds without QVariant.
//
// Why: QSqlQuery's positional binding builds a QString placeholder name and a hash entry per
// bound value, which caps an AssetV1 upsert (22 values) at ~80k rows/s. When the QSQLITE driver
// is backed by the process's shared libsqlite3 (Linux distributions), we bind through SQLite's C
// API on the driver's own handle (QSqlDriver::handle(), the documented way to reach SQLite) and
// reach several times that. Elsewhere (Qt builds with a bundled SQLite, or when disabled with
// TIDEMARK_MIRROR_NATIVE=0) the same statements run through QSqlQuery. Both paths execute the
// same SQL; tests run both.

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>
#include <vector>

namespace Tidemark::MirrorDetail {

struct SqliteApi;

//! The native SQLite API when it can be used on this connection, else nullptr.
const SqliteApi *nativeApiFor(const QSqlDatabase &db);
//! The connection's sqlite3* handle (null when not an open QSQLITE connection).
void *nativeHandle(const QSqlDatabase &db);
//! sqlite3_interrupt() on a handle (any thread); nothing when the library is not reachable.
void interruptNative(void *handle);

class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    //! Prepares `sql` (positional '?' placeholders, 1-based binding). `api` null = QSqlQuery.
    bool prepare(const QSqlDatabase &db, const SqliteApi *api, const QString &sql);
    bool isPrepared() const { return m_prepared; }
    bool isNative() const { return m_stmt != nullptr; }
    void finalize();

    void bindNull(int index);
    void bindText(int index, const QString &text); //!< a null QString binds NULL
    void bindInt(int index, qint64 value);
    void bindBool(int index, bool value) { bindInt(index, value ? 1 : 0); }
    void bindDouble(int index, double value);
    void bindInt(int index, const std::optional<qint64> &value);
    void bindDouble(int index, const std::optional<double> &value);

    //! Runs the statement to completion and resets it; false on error (see errorText()).
    bool exec();
    //! Rows changed by the last exec().
    qint64 changes() const { return m_changes; }
    QString errorText() const { return m_errorText; }
    int errorCode() const { return m_errorCode; } //!< SQLite primary result code, -1 if unknown

private:
    const SqliteApi *m_api = nullptr;
    void *m_db = nullptr; // sqlite3*
    void *m_stmt = nullptr; // sqlite3_stmt*
    QSqlQuery m_query;
    bool m_prepared = false;
    qint64 m_changes = 0;
    QString m_errorText;
    int m_errorCode = -1;
    std::vector<char> m_buffer; // UTF-8 of the bound strings, valid until exec()
    std::size_t m_used = 0;
};

//! SQLite primary result code of a QSqlError from the QSQLITE driver, -1 if unknown.
int sqliteCode(const class QSqlError &error);

} // namespace Tidemark::MirrorDetail
