#pragma once
// Test fixture: a mirror file with MirrorSchema's tables, filled by plain SQL (fast enough for
// hundreds of thousands of assets) so model tests do not depend on the write path's API.

#include "mirror/MirrorSchema.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QtTest>

namespace Tidemark::Test {

inline const QString SelfId = QStringLiteral("11111111-1111-7111-8111-111111111111");
inline const QString PartnerId = QStringLiteral("22222222-2222-7222-8222-222222222222");
inline const QString OtherId = QStringLiteral("33333333-3333-7333-8333-333333333333");
inline const QString AlbumId = QStringLiteral("aaaaaaaa-aaaa-7aaa-8aaa-aaaaaaaaaaaa");

//! What the generator makes of asset number i (deterministic).
struct GenAsset {
    int i;
    QString id() const { return QStringLiteral("00000000-0000-7000-8000-%1").arg(i, 12, 10, QLatin1Char('0')); }
    QString owner() const { return i % 4 == 3 ? PartnerId : (i % 13 == 6 ? OtherId : SelfId); }
    int sources() const { return owner() == SelfId ? 1 : owner() == PartnerId ? 2 : 4; }
    QString fileName() const { return QStringLiteral("IMG_%1.JPG").arg(i, 7, 10, QLatin1Char('0')); }
    QString type() const { return i % 10 == 0 ? QStringLiteral("VIDEO") : QStringLiteral("IMAGE"); }
    //! One minute apart from 2020-01-01, so date order == number order.
    QDateTime when() const
    {
        return QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(i) * 60);
    }
    QString localDateTime() const { return when().toString(Qt::ISODateWithMs); }
    bool favorite() const { return i % 7 == 0; }
    QString visibility() const
    {
        return i % 50 == 1 ? QStringLiteral("archive") : i % 97 == 2 ? QStringLiteral("hidden") : QStringLiteral("timeline");
    }
    bool trashed() const { return i % 31 == 5; }
    bool inAlbum() const { return i % 100 < 5; }
    bool hasExif() const { return i % 2 == 0; }
};

inline QSqlDatabase openWriter(const QString &path, const QString &connection)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    if (!db.open())
        qFatal("cannot open %s", qPrintable(path));
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=OFF"));
    return db;
}

inline void exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
}

//! Creates the schema (every migration) in an open connection.
inline void createSchema(QSqlDatabase &db)
{
    for (const auto &m : MirrorSchema::migrations())
        for (const QString &s : m.statements)
            exec(db, s);
    exec(db, QStringLiteral("PRAGMA user_version=%1").arg(MirrorSchema::latestVersion()));
    exec(db, QStringLiteral("INSERT INTO auth_user(id, name, email) VALUES ('%1', 'Me', 'me@example.org')").arg(SelfId));
    exec(db, QStringLiteral("INSERT INTO users(id, name, email) VALUES ('%1', 'Me', 'me@example.org'),"
                            " ('%2', 'Partner Pat', 'pat@example.org'), ('%3', 'Album Al', 'al@example.org')")
                 .arg(SelfId, PartnerId, OtherId));
    exec(db, QStringLiteral("INSERT INTO partners(shared_by_id, shared_with_id, in_timeline) VALUES ('%1', '%2', 1)")
                 .arg(PartnerId, SelfId));
    exec(db, QStringLiteral("INSERT INTO albums(id, owner_id, name) VALUES ('%1', '%2', 'Holidays')").arg(AlbumId, SelfId));
}

//! Inserts assets [from, to) in one transaction.
inline void insertAssets(QSqlDatabase &db, int from, int to)
{
    QVERIFY(db.transaction());
    QSqlQuery a(db), e(db), l(db);
    a.prepare(QStringLiteral(
        "INSERT INTO assets(id, owner_id, original_file_name, thumbhash, checksum, file_created_at,"
        " file_modified_at, local_date_time, duration, duration_ms, type, deleted_at, is_favorite,"
        " visibility, width, height, sources) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    e.prepare(QStringLiteral("INSERT INTO exif(asset_id, file_size_in_byte, make) VALUES (?,?,?)"));
    l.prepare(QStringLiteral("INSERT INTO album_assets(album_id, asset_id) VALUES (?,?)"));
    for (int i = from; i < to; ++i) {
        const GenAsset g{i};
        const QString when = g.localDateTime();
        a.addBindValue(g.id());
        a.addBindValue(g.owner());
        a.addBindValue(g.fileName());
        a.addBindValue(QStringLiteral("thumb%1").arg(i));
        a.addBindValue(QStringLiteral("sum%1").arg(i));
        a.addBindValue(when);
        a.addBindValue(when);
        a.addBindValue(when);
        a.addBindValue(g.type() == QLatin1StringView("VIDEO") ? QVariant(QStringLiteral("0:00:05.250000")) : QVariant());
        a.addBindValue(QVariant());
        a.addBindValue(g.type());
        a.addBindValue(g.trashed() ? QVariant(when) : QVariant());
        a.addBindValue(g.favorite() ? 1 : 0);
        a.addBindValue(g.visibility());
        a.addBindValue(4000 + i % 100);
        a.addBindValue(3000);
        a.addBindValue(g.sources());
        if (!a.exec())
            qFatal("insert asset: %s", qPrintable(a.lastError().text()));
        if (g.hasExif()) {
            e.addBindValue(g.id());
            e.addBindValue(qint64(1000000) + i);
            e.addBindValue(QStringLiteral("Canon"));
            if (!e.exec())
                qFatal("insert exif: %s", qPrintable(e.lastError().text()));
        }
        if (g.inAlbum()) {
            l.addBindValue(AlbumId);
            l.addBindValue(g.id());
            if (!l.exec())
                qFatal("insert link: %s", qPrintable(l.lastError().text()));
        }
    }
    QVERIFY(db.commit());
}

} // namespace Tidemark::Test
