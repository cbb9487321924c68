// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// upgrade_bench: how long opening a mirror written by the previous schema takes, at N assets.
//
//   upgrade_bench [N=1000000] [--dir PATH]
//
// Writes a schema-4 mirror the way that version left it (N assets with the browser indexes,
// REST's "0:00:00.00000" durations on a tenth of the images, exif dates with an offset instead
// of Z on every asset, no unknown_fields column, user_version 4), then times MirrorStore::open() as
// the window's sync thread calls it (browser indexes deferred), which runs migration 5, and then
// the background index build (BrowserIndexBuilder::build: the month summary this version adds).
// Prints each figure.

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
        // Schema 4 had no month summary.
        for (const QString &sql : MirrorSchema::monthSummary().dropSql)
            exec(q, sql);
        bool ok = exec(q, QStringLiteral("BEGIN"))
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
            // Every asset's exif with both dates in the offset form the migration rewrites
            // (the worst case: a mirror filled by full sync before the one date format).
            && exec(q,
                QStringLiteral(
                    "INSERT INTO exif (asset_id, exif_image_width, exif_image_height, make, model,"
                    " date_time_original, modify_date, time_zone)"
                    " SELECT id, 4032, 3024, 'Apple', 'iPhone 12',"
                    " strftime('%Y-%m-%dT%H:%M:%S+00:00', local_date_time),"
                    " strftime('%Y-%m-%dT%H:%M:%S+00:00', local_date_time), 'UTC' FROM assets"))
            && exec(q, QStringLiteral("COMMIT"));
        // What schema 4 had: the browser indexes, no unknown_fields column.
        for (const MirrorSchema::IndexDef &def : MirrorSchema::browserIndexes())
            ok = ok && exec(q, def.createSql);
        ok = ok && exec(q, QStringLiteral("ALTER TABLE assets DROP COLUMN unknown_fields"))
            && exec(q, QStringLiteral("PRAGMA user_version = 4"));
        if (!ok)
            return 1;
        q = QSqlQuery();
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
