// upgrade_bench: how long opening a mirror written by the previous schema takes, at N assets.
//
//   upgrade_bench [N=1000000] [--dir PATH]
//
// Writes a schema-4 mirror the way that version left it (N assets with the browser indexes,
// REST's "0:00:00.00000" durations on a tenth of the images, no unknown_fields column,
// user_version 4), then times MirrorStore::open() as the window's sync thread calls it (browser
// indexes deferred), which runs migration 5, and then the background index build
// (BrowserIndexBuilder::build: the month summary this version adds). Prints each figure.

#include "mirror/BrowserIndexBuilder.h"
#include "mirror/MirrorSchema.h"
#include "mirror/MirrorStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Tidemark;

namespace {
QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

bool exec(QSqlQuery &q, const QString &sql)
{
    if (q.exec(sql))
        return true;
    out() << "failed: " << sql << ": " << q.lastError().text() << Qt::endl;
    return false;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString dirArg;
    const qsizetype dirAt = args.indexOf(QStringLiteral("--dir"));
    if (dirAt >= 0 && dirAt + 1 < args.size()) {
        dirArg = args.at(dirAt + 1);
        args.remove(dirAt, 2);
    }
    const int n = args.isEmpty() ? 1000000 : args.first().toInt();
    QTemporaryDir tmp(dirArg.isEmpty() ? QDir::tempPath() + QStringLiteral("/upgrade-XXXXXX")
                                       : dirArg + QStringLiteral("/upgrade-XXXXXX"));
    const QString path = tmp.filePath(QStringLiteral("mirror.sqlite"));

    QElapsedTimer t;
    t.start();
    {
        MirrorStore store;
        MirrorOpenOptions o;
        o.deferBrowserIndexes = true;
        if (auto e = store.open(path, o)) {
            out() << e.technicalDetails() << Qt::endl;
            return 1;
        }
        QSqlQuery q(store.database());
        for (const MirrorSchema::IndexDef &def : MirrorSchema::browserIndexes()) // built after
            exec(q, QStringLiteral("DROP INDEX %1").arg(def.name));
        const bool ok = exec(q, QStringLiteral("BEGIN"))
            && exec(q,
                QStringLiteral(
                    "WITH RECURSIVE k(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM k WHERE i < %1)"
                    " INSERT INTO assets (id, owner_id, original_file_name, local_date_time,"
                    " file_created_at, type, visibility, duration, sources)"
                    " SELECT lower(hex(randomblob(16))), 'me', 'IMG_' || i || '.jpg',"
                    " strftime('%Y-%m-%dT%H:%M:%fZ', 1420070400 + i * 311, 'unixepoch'),"
                    " strftime('%Y-%m-%dT%H:%M:%fZ', 1420070400 + i * 311, 'unixepoch'),"
                    " CASE WHEN i % 10 = 3 THEN 'VIDEO' ELSE 'IMAGE' END, 'timeline',"
                    " CASE WHEN i % 10 = 3 THEN '0:00:12.00000' WHEN i % 10 = 5 THEN "
                    "'0:00:00.00000' END, 1 FROM k")
                    .arg(n - 1))
            && exec(q, QStringLiteral("COMMIT"))
            && exec(q, QStringLiteral("ALTER TABLE assets DROP COLUMN unknown_fields"))
            && exec(q, QStringLiteral("PRAGMA user_version = 4"));
        if (!ok)
            return 1;
        q = QSqlQuery();
        store.close();
        // What schema 4 had: the browser indexes, and no month summary.
        if (auto e = store.open(path, {})) {
            out() << e.technicalDetails() << Qt::endl;
            return 1;
        }
        QSqlQuery q2(store.database());
        for (const char *name :
            {"asset_months_insert", "asset_months_delete", "asset_months_update"})
            exec(q2, QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QLatin1StringView(name)));
        exec(q2, QStringLiteral("DROP TABLE IF EXISTS asset_months"));
        exec(q2, QStringLiteral("PRAGMA user_version = 4"));
        q2 = QSqlQuery();
        store.close();
    }
    out() << "schema-4 mirror of " << n << " assets written in " << t.elapsed() << " ms"
          << Qt::endl;

    t.restart();
    MirrorStore store;
    MirrorOpenOptions o;
    o.deferBrowserIndexes = true;
    o.quickCheck = false; // the window runs it in the background, after the first rows
    if (auto e = store.open(path, o)) {
        out() << e.technicalDetails() << Qt::endl;
        return 1;
    }
    out() << "open with migration 4 -> 5: " << t.elapsed() << " ms" << Qt::endl;
    store.close();
    t.restart();
    const BrowserIndexBuilder::Result r = BrowserIndexBuilder::build(path);
    out() << "background build after it (month summary): " << t.elapsed() << " ms"
          << (r.error.isError() ? QStringLiteral(" failed: ") + r.error.technicalDetails()
                                : QString())
          << Qt::endl;
    return r.error.isError() ? 1 : 0;
}
