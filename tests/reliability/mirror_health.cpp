// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// MirrorHealth: a mirror that is not a database, damaged, or from a newer Tidemark is found at
// open time with a sentence naming the file and the problem; rebuilding keeps the old file.

#include "mirror/MirrorHealth.h"
#include "mirror/MirrorStore.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidemark;

namespace {

//! A real mirror with enough rows to span many pages.
void makeMirror(const QString &path, int rows = 3000)
{
    MirrorStore store;
    QVERIFY(!store.open(path).isError());
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("BEGIN")));
    for (int i = 0; i < rows; ++i) {
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO users(id, name, email) VALUES ('u%1', 'User %1', "
                                  "'user%1@example.test')")
                       .arg(i)));
    }
    QVERIFY(q.exec(QStringLiteral("COMMIT")));
    QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    q = QSqlQuery();
    store.close();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString corruptSibling(const QString &path)
{
    const QFileInfo info(path);
    QStringList aside
        = QDir(info.absolutePath()).entryList({info.fileName() + QStringLiteral(".corrupt-*")});
    aside.removeIf([](const QString &n) {
        return n.endsWith(QLatin1StringView("-wal")) || n.endsWith(QLatin1StringView("-shm"));
    });
    return aside.size() == 1 ? info.absoluteDir().filePath(aside.first()) : QString();
}

} // namespace

class MirrorHealthTest : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;

private Q_SLOTS:
    void missingAndHealthyFilesAreFine()
    {
        const QString path = dir.filePath(QStringLiteral("fine.sqlite"));
        QVERIFY(MirrorHealth::check(path).ok());
        QVERIFY(!QFile::exists(path)); // checking never creates
        makeMirror(path);
        const MirrorHealthReport r = MirrorHealth::check(path, MirrorHealth::Depth::Full);
        QVERIFY2(r.ok(), qPrintable(r.detail));
        QCOMPARE(r.schemaVersion, MirrorStore::latestSchemaVersion());
        QVERIFY(r.message().isEmpty());
        QVERIFY(!r.error().isError());
    }

    void garbageIsNotADatabase()
    {
        const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        const MirrorHealthReport r = MirrorHealth::check(path);
        QCOMPARE(mirrorProblemName(r.problem), QStringLiteral("not-a-database"));
        QVERIFY(r.canRebuild());
        QVERIFY2(r.message().contains(QDir::toNativeSeparators(path)), qPrintable(r.message()));
        QVERIFY2(
            r.message().contains(QLatin1StringView("not a database")), qPrintable(r.message()));
        QCOMPARE(r.error().kind, Error::Kind::Storage);
        QVERIFY(r.error().userMessage().contains(path));
        // MirrorStore agrees and leaves the file as it is.
        MirrorStore store;
        QVERIFY(store.open(path).isError());
        QCOMPARE(readAll(path), QByteArray(8192, 'x'));
    }

    void damagedPagesFailTheCheck()
    {
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        makeMirror(path);
        QVERIFY(MirrorHealth::check(path).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 20 * 4096);
        // Scribble over pages in the middle of the file (b-tree pages of the users table).
        for (qint64 page = 8; page < size / 4096 - 2; page += 3) {
            f.seek(page * 4096);
            f.write(QByteArray(4096, char(0x5a)));
        }
        f.close();
        const MirrorHealthReport r = MirrorHealth::check(path);
        QCOMPARE(mirrorProblemName(r.problem), QStringLiteral("damaged"));
        QVERIFY2(r.message().contains(QLatin1StringView("damaged")) && r.message().contains(path),
            qPrintable(r.message()));
        QVERIFY(!r.detail.isEmpty());
    }

    void newerSchemaIsNamed()
    {
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        makeMirror(path, 10);
        {
            MirrorStore store;
            QVERIFY(!store.open(path).isError());
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1")
                               .arg(MirrorStore::latestSchemaVersion() + 3)));
            q = QSqlQuery();
            store.close();
        }
        const MirrorHealthReport r = MirrorHealth::check(path);
        QCOMPARE(mirrorProblemName(r.problem), QStringLiteral("newer-schema"));
        QCOMPARE(r.schemaVersion, MirrorStore::latestSchemaVersion() + 3);
        QVERIFY2(r.message().contains(QLatin1StringView("newer version of Tidemark")),
            qPrintable(r.message()));
        QVERIFY(r.message().contains(QString::number(MirrorStore::latestSchemaVersion())));
    }

    void rebuildKeepsTheOldFile()
    {
        const QString path = dir.filePath(QStringLiteral("rebuild.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a mirror");
        f.close();
        QFile wal(path + QStringLiteral("-wal"));
        QVERIFY(wal.open(QIODevice::WriteOnly));
        wal.write("stale wal");
        wal.close();

        const MirrorResult<QString> moved = MirrorHealth::rebuild(path);
        QVERIFY2(moved.ok(), qPrintable(moved.error.technicalDetails()));
        QVERIFY2(
            QFileInfo(*moved).fileName().startsWith(QLatin1StringView("rebuild.sqlite.corrupt-")),
            qPrintable(*moved));
        QCOMPARE(corruptSibling(path), *moved);
        QCOMPARE(readAll(*moved), QByteArray("this is not a mirror"));
        QCOMPARE(readAll(*moved + QStringLiteral("-wal")), QByteArray("stale wal"));
        // The fresh mirror is usable and empty.
        QVERIFY(MirrorHealth::check(path, MirrorHealth::Depth::Full).ok());
        MirrorStore store;
        QVERIFY(!store.open(path).isError());
        QCOMPARE(store.assetCount().value, qint64(0));
        store.close();
        // A second rebuild in the same second gets its own name.
        const MirrorResult<QString> again = MirrorHealth::rebuild(path);
        QVERIFY(again.ok());
        QVERIFY(*again != *moved);
        QVERIFY(QFile::exists(*moved));
    }
};

QTEST_GUILESS_MAIN(MirrorHealthTest)
#include "mirror_health.moc"
