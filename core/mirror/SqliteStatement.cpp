// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteStatement.h"

#include "util/Logging.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QStringEncoder>
#include <QVariant>

#include <cstring>
#include <mutex>

#if defined(Q_OS_LINUX)
#include <dlfcn.h>
#define TIDEMARK_MIRROR_HAVE_NATIVE 1
#endif

namespace Tidemark::MirrorDetail {

namespace {
constexpr int kSqliteOk = 0;
constexpr int kSqliteRow = 100;
constexpr int kSqliteDone = 101;
using Destructor = void (*)(void *);
// SQLITE_STATIC / SQLITE_TRANSIENT as defined by sqlite3.h.
const Destructor kStatic = nullptr;
const Destructor kTransient = reinterpret_cast<Destructor>(static_cast<intptr_t>(-1));
constexpr std::size_t kBufferSize = 64 * 1024;
} // namespace

struct SqliteApi
{
    int (*prepare_v2)(void *, const char *, int, void **, const char **) = nullptr;
    int (*bind_text)(void *, int, const char *, int, Destructor) = nullptr;
    int (*bind_int64)(void *, int, long long) = nullptr;
    int (*bind_double)(void *, int, double) = nullptr;
    int (*bind_null)(void *, int) = nullptr;
    int (*step)(void *) = nullptr;
    int (*reset)(void *) = nullptr;
    int (*finalize)(void *) = nullptr;
    int (*changes)(void *) = nullptr;
    int (*errcode)(void *) = nullptr;
    const char *(*errmsg)(void *) = nullptr;
    int (*libversion_number)() = nullptr;
};

namespace {

const SqliteApi *loadApi()
{
#ifdef TIDEMARK_MIRROR_HAVE_NATIVE
    static SqliteApi api;
    static bool ok = false;
    static std::once_flag once;
    std::call_once(once, [] {
        if (qEnvironmentVariable("TIDEMARK_MIRROR_NATIVE") == QLatin1StringView("0"))
            return;
        // Only a library that is already loaded, i.e. the one the QSQLITE plugin links against.
        void *lib = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_NOLOAD);
        if (!lib)
            return;
        auto get = [lib](auto &fn, const char *name) {
            fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(dlsym(lib, name));
            return fn != nullptr;
        };
        ok = get(api.prepare_v2, "sqlite3_prepare_v2") && get(api.bind_text, "sqlite3_bind_text")
            && get(api.bind_int64, "sqlite3_bind_int64")
            && get(api.bind_double, "sqlite3_bind_double")
            && get(api.bind_null, "sqlite3_bind_null") && get(api.step, "sqlite3_step")
            && get(api.reset, "sqlite3_reset") && get(api.finalize, "sqlite3_finalize")
            && get(api.changes, "sqlite3_changes") && get(api.errcode, "sqlite3_errcode")
            && get(api.errmsg, "sqlite3_errmsg")
            && get(api.libversion_number, "sqlite3_libversion_number");
        // The handle stays referenced for the life of the process on purpose.
    });
    return ok ? &api : nullptr;
#else
    return nullptr;
#endif
}

void *handleOf(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<void *const *>(v.constData());
}

} // namespace

void *nativeHandle(const QSqlDatabase &db)
{
    return handleOf(db);
}

void interruptNative(void *handle)
{
#ifdef TIDEMARK_MIRROR_HAVE_NATIVE
    using Interrupt = void (*)(void *);
    static const Interrupt fn = []() -> Interrupt {
        void *lib = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_NOLOAD);
        return lib ? reinterpret_cast<Interrupt>(dlsym(lib, "sqlite3_interrupt")) : nullptr;
    }();
    if (fn && handle)
        fn(handle);
#else
    Q_UNUSED(handle);
#endif
}

const SqliteApi *nativeApiFor(const QSqlDatabase &db)
{
    const SqliteApi *api = loadApi();
    if (!api || !handleOf(db))
        return nullptr;
    // The library we resolved must be the one the driver runs on: same version as the
    // connection reports (a Qt build with its own bundled SQLite would not load the shared one).
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sqlite_version()")) || !q.next())
        return nullptr;
    const QStringList parts = q.value(0).toString().split(QLatin1Char('.'));
    if (parts.size() < 3)
        return nullptr;
    const int connectionVersion
        = parts[0].toInt() * 1000000 + parts[1].toInt() * 1000 + parts[2].toInt();
    if (connectionVersion != api->libversion_number()) {
        qCInfo(lcMirror) << "native SQLite path disabled: library" << api->libversion_number()
                         << "connection" << connectionVersion;
        return nullptr;
    }
    return api;
}

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

SqliteStatement::~SqliteStatement()
{
    finalize();
}

bool SqliteStatement::prepare(const QSqlDatabase &db, const SqliteApi *api, const QString &sql)
{
    finalize();
    m_errorText.clear();
    m_errorCode = -1;
    if (api) {
        void *handle = handleOf(db);
        if (handle) {
            const QByteArray utf8 = sql.toUtf8();
            void *stmt = nullptr;
            const int rc
                = api->prepare_v2(handle, utf8.constData(), int(utf8.size()), &stmt, nullptr);
            if (rc != kSqliteOk) {
                m_errorText = QString::fromUtf8(api->errmsg(handle));
                m_errorCode = rc & 0xff;
                if (stmt)
                    api->finalize(stmt);
                return false;
            }
            m_api = api;
            m_db = handle;
            m_stmt = stmt;
            m_buffer.resize(kBufferSize);
            m_used = 0;
            m_prepared = true;
            return true;
        }
    }
    m_query = QSqlQuery(db);
    if (!m_query.prepare(sql)) {
        m_errorText = m_query.lastError().databaseText();
        m_errorCode = sqliteCode(m_query.lastError());
        m_query = QSqlQuery();
        return false;
    }
    m_prepared = true;
    return true;
}

void SqliteStatement::finalize()
{
    if (m_stmt && m_api)
        m_api->finalize(m_stmt);
    m_stmt = nullptr;
    m_db = nullptr;
    m_api = nullptr;
    m_query = QSqlQuery();
    m_prepared = false;
}

void SqliteStatement::bindNull(int index)
{
    if (m_stmt)
        m_api->bind_null(m_stmt, index);
    else
        m_query.bindValue(index - 1, QVariant());
}

void SqliteStatement::bindText(int index, const QString &text)
{
    if (!m_stmt) {
        m_query.bindValue(index - 1, text.isNull() ? QVariant() : QVariant(text));
        return;
    }
    if (text.isNull()) {
        m_api->bind_null(m_stmt, index);
        return;
    }
    // UTF-8 needs at most 3 bytes per UTF-16 code unit.
    const std::size_t need = std::size_t(text.size()) * 3 + 1;
    if (m_used + need <= m_buffer.size()) {
        char *begin = m_buffer.data() + m_used;
        QStringEncoder encoder(QStringEncoder::Utf8);
        char *end = encoder.appendToBuffer(begin, text);
        m_used += std::size_t(end - begin);
        m_api->bind_text(m_stmt, index, begin, int(end - begin), kStatic);
    } else {
        const QByteArray utf8 = text.toUtf8();
        m_api->bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), kTransient);
    }
}

void SqliteStatement::bindInt(int index, qint64 value)
{
    if (m_stmt)
        m_api->bind_int64(m_stmt, index, value);
    else
        m_query.bindValue(index - 1, QVariant(value));
}

void SqliteStatement::bindDouble(int index, double value)
{
    if (m_stmt)
        m_api->bind_double(m_stmt, index, value);
    else
        m_query.bindValue(index - 1, QVariant(value));
}

void SqliteStatement::bindInt(int index, const std::optional<qint64> &value)
{
    if (value)
        bindInt(index, *value);
    else
        bindNull(index);
}

void SqliteStatement::bindDouble(int index, const std::optional<double> &value)
{
    if (value)
        bindDouble(index, *value);
    else
        bindNull(index);
}

bool SqliteStatement::exec()
{
    m_changes = 0;
    if (!m_prepared) {
        m_errorText = QStringLiteral("statement not prepared");
        return false;
    }
    if (m_stmt) {
        int rc = m_api->step(m_stmt);
        while (rc == kSqliteRow)
            rc = m_api->step(m_stmt);
        const bool ok = rc == kSqliteDone;
        if (ok) {
            m_changes = m_api->changes(m_db);
        } else {
            m_errorCode = m_api->errcode(m_db) & 0xff;
            m_errorText = QString::fromUtf8(m_api->errmsg(m_db));
        }
        m_api->reset(m_stmt);
        m_used = 0;
        return ok;
    }
    if (!m_query.exec()) {
        m_errorText = m_query.lastError().databaseText();
        if (m_errorText.isEmpty())
            m_errorText = m_query.lastError().text();
        m_errorCode = sqliteCode(m_query.lastError());
        m_query.finish();
        return false;
    }
    m_changes = m_query.numRowsAffected();
    m_query.finish();
    return true;
}

} // namespace Tidemark::MirrorDetail
