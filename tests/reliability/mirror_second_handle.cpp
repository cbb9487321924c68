// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// No second handle: the window's open path (MirrorHealth's header check on the GUI thread, then
// quick_check on a pool thread) while another process opens and closes the same mirror must not
// get the -wal deleted under the window's open connection.
//
// POSIX advisory locks belong to a process and a file: closing any descriptor of the .sqlite in
// this process (a QFile header read, as MirrorHealth did) drops the locks SQLite holds for our
// connection. The other process then thinks it is the last connection, checkpoints and unlinks
// the -wal; our later commits go to an unlinked file and are lost to everyone else. The child
// here is that other process: this executable with `--child <mirror>` (a read-write SQLite
// connection that reads, then closes).

#include "mirror/MirrorHealth.h"
#include "mirror/MirrorStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Tidemark;

namespace {

int runChild(const QString &path)
{
    qint64 rows = -1;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("child"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return 3;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM probe")) || !q.next())
            return 4;
        rows = q.value(0).toLongLong();
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("child"));
    std::printf("%lld\n", static_cast<long long>(rows));
    return 0;
}

ino_t inodeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_ino;
}

} // namespace

class MirrorSecondHandleTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    //! The other process: opens the mirror read-write, counts the probe rows, closes.
    qint64 otherProcessReads(const QString &path)
    {
        QProcess p;
        p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), path});
        if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit
            || p.exitCode() != 0)
            return -1;
        return p.readAllStandardOutput().trimmed().toLongLong();
    }

    static bool insertRows(MirrorStore &store, int from, int count)
    {
        QSqlQuery q(store.database());
        for (int i = from; i < from + count; ++i)
            if (!q.exec(QStringLiteral("INSERT INTO probe(x) VALUES (%1)").arg(i)))
                return false;
        return true;
    }

private Q_SLOTS:
    void windowOpenPathKeepsTheWal()
    {
        const QString path = m_dir.filePath(QStringLiteral("mirror.sqlite"));
        const QString wal = path + QStringLiteral("-wal");
        MirrorStore store;
        QVERIFY(!store.open(path).isError());
        {
            QSqlQuery q(store.database());
            // Nothing moves the WAL into the file by itself during the test.
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE probe(x INTEGER)")));
        }
        QVERIFY(insertRows(store, 0, 100));
        QVERIFY(QFileInfo::exists(wal));
        const ino_t walInode = inodeOf(wal);
        QVERIFY(walInode != 0);

        // What the window does when it opens the account's mirror.
        const MirrorHealthReport header = MirrorHealth::check(path, MirrorHealth::Depth::Header);
        QVERIFY2(header.ok(), qPrintable(header.message()));
        const MirrorHealthReport quick
            = MirrorHealth::checkInBackground(path, MirrorHealth::Depth::Quick).result();
        QVERIFY2(quick.ok(), qPrintable(quick.message()));

        // Another process (a headless command, sqlite3) opens and closes the mirror.
        QCOMPARE(otherProcessReads(path), qint64(100));
        QVERIFY2(
            QFileInfo::exists(wal), "the other process deleted the -wal under our open connection");
        QCOMPARE(inodeOf(wal), walInode);

        // Our later commits are seen by everyone (not written to an unlinked file).
        QVERIFY(insertRows(store, 100, 50));
        QCOMPARE(otherProcessReads(path), qint64(150));
        QVERIFY(QFileInfo::exists(wal));
        QCOMPARE(inodeOf(wal), walInode);
        QVERIFY(!store.integrityCheck().isError());
        store.close();
        QCOMPARE(otherProcessReads(path), qint64(150));
    }

    void garbageIsStillNotADatabase()
    {
        // Without reading the header ourselves, SQLite tells a garbage file from a database.
        const QString path = m_dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        const MirrorHealthReport r = MirrorHealth::check(path, MirrorHealth::Depth::Header);
        QCOMPARE(mirrorProblemName(r.problem), QStringLiteral("not-a-database"));
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray(8192, 'x')); // untouched
    }
};

int main(int argc, char **argv)
{
    if (argc > 2 && qstrcmp(argv[1], "--child") == 0) {
        QCoreApplication app(argc, argv);
        return runChild(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    MirrorSecondHandleTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "mirror_second_handle.moc"
