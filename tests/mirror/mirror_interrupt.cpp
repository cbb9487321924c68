// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Quitting does not wait for the mirror's long background work (MirrorInterrupt): an index build
// or an integrity check that is running stops within a fraction of its length, changes nothing
// (the interrupted index is not there, the next build makes it; the check reports no damage),
// and work that starts after the quit stops before it begins.

#include "MirrorTestUtil.h"

#include "mirror/BrowserIndexBuilder.h"
#include "mirror/MirrorHealth.h"
#include "mirror/MirrorInterrupt.h"
#include "mirror/MirrorSchema.h"

#include <QElapsedTimer>
#include <QThread>

#include <atomic>

using namespace Tidemark;
using namespace Tidemark::MirrorTest;

namespace {
constexpr int kRows = 400000;
}

class MirrorInterruptTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_fullBuildMs = 0;

    void dropDerived()
    {
        MirrorStore store;
        MirrorOpenOptions o;
        o.deferBrowserIndexes = true;
        MIRROR_VERIFY_NO_ERROR(store.open(m_path, o));
        QSqlQuery q(store.database());
        for (const MirrorSchema::IndexDef &def : MirrorSchema::browserIndexes())
            QVERIFY(q.exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(def.name)));
        for (const QString &sql : MirrorSchema::monthSummary().dropSql)
            QVERIFY(q.exec(sql));
        const auto ready = store.browserIndexesReady();
        MIRROR_VERIFY_OK(ready);
        QVERIFY(!ready.value);
    }

    static bool indexesReady(const QString &path)
    {
        MirrorStore store;
        MirrorOpenOptions o;
        o.deferBrowserIndexes = true;
        o.readOnly = true;
        if (store.open(path, o).isError())
            return false;
        const auto ready = store.browserIndexesReady();
        return ready.ok() && ready.value;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("big.sqlite"));
        MirrorStore store;
        MirrorOpenOptions o;
        o.deferBrowserIndexes = true;
        MIRROR_VERIFY_NO_ERROR(store.open(m_path, o));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        QVERIFY2(q.exec(QStringLiteral(
                     "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
                     " INSERT INTO assets (id, owner_id, original_file_name, local_date_time, "
                     "type, visibility, sources)"
                     " SELECT lower(hex(randomblob(16))), 'me', 'IMG_' || i || '.jpg',"
                     " strftime('%Y-%m-%dT%H:%M:%fZ', 1420070400 + i * 997, 'unixepoch'),"
                     " CASE WHEN i % 10 = 3 THEN 'VIDEO' ELSE 'IMAGE' END, 'timeline', 1 FROM n")
                            .arg(kRows - 1)),
            qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        q = QSqlQuery();
        store.close();
        dropDerived();
        // How long the whole build takes here: the interrupted one must end far sooner.
        QElapsedTimer t;
        t.start();
        const BrowserIndexBuilder::Result r = BrowserIndexBuilder::build(m_path);
        m_fullBuildMs = t.elapsed();
        MIRROR_VERIFY_NO_ERROR(r.error);
        QVERIFY(r.built);
        QVERIFY(indexesReady(m_path));
        qInfo() << "full build of" << kRows << "assets:" << m_fullBuildMs << "ms";
    }

    void cleanup() { MirrorInterrupt::resetForTests(); }

    void buildInterruptedWhileRunning()
    {
        dropDerived();
        BrowserIndexBuilder builder;
        std::atomic<bool> finished {false};
        BrowserIndexBuilder::Result result;
        QVERIFY(builder.start(m_path, [&](const BrowserIndexBuilder::Result &r) {
            result = r;
            finished = true;
        }));
        QThread::msleep(quint64(qMax<qint64>(20, m_fullBuildMs / 4)));
        if (finished)
            QSKIP("the build finished before a quarter of its measured length");
        QElapsedTimer t;
        t.start();
        MirrorInterrupt::interruptAll();
        builder.wait();
        const qint64 afterInterrupt = t.elapsed();
        QVERIFY(finished);
        QVERIFY2(afterInterrupt < qMax<qint64>(150, m_fullBuildMs / 3),
            qPrintable(QStringLiteral("ended %1 ms after the interrupt; a whole build takes %2 ms")
                           .arg(afterInterrupt)
                           .arg(m_fullBuildMs)));
        QVERIFY(result.error.isError());
        QVERIFY(!indexesReady(m_path));

        // The next start builds what is missing.
        MirrorInterrupt::resetForTests();
        const BrowserIndexBuilder::Result again = BrowserIndexBuilder::build(m_path);
        MIRROR_VERIFY_NO_ERROR(again.error);
        QVERIFY(again.built);
        QVERIFY(indexesReady(m_path));
    }

    void buildAfterQuitDoesNotStart()
    {
        dropDerived();
        MirrorInterrupt::interruptAll();
        QElapsedTimer t;
        t.start();
        const BrowserIndexBuilder::Result r = BrowserIndexBuilder::build(m_path);
        QCOMPARE(r.error.kind, Error::Kind::Cancelled);
        QVERIFY(!r.built);
        QVERIFY(t.elapsed() < qMax<qint64>(150, m_fullBuildMs / 3));
        QVERIFY(!indexesReady(m_path));
    }

    void checkInterruptedReportsNoDamage()
    {
        // integrity_check reads the whole file and every index: the longest check there is.
        QElapsedTimer whole;
        whole.start();
        QVERIFY(MirrorHealth::check(m_path, MirrorHealth::Depth::Full).ok());
        const qint64 wholeMs = whole.elapsed();

        QFuture<MirrorHealthReport> future
            = MirrorHealth::checkInBackground(m_path, MirrorHealth::Depth::Full);
        QThread::msleep(quint64(qMax<qint64>(10, wholeMs / 4)));
        if (future.isFinished())
            QSKIP("the check finished before a quarter of its measured length");
        QElapsedTimer t;
        t.start();
        MirrorInterrupt::interruptAll();
        future.waitForFinished();
        QVERIFY2(t.elapsed() < qMax<qint64>(150, wholeMs / 3),
            qPrintable(QStringLiteral("ended %1 ms after the interrupt; a whole check takes %2 ms")
                           .arg(t.elapsed())
                           .arg(wholeMs)));
        const MirrorHealthReport report = future.result();
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QCOMPARE(report.detail, QStringLiteral("check interrupted (quitting)"));
    }
};

QTEST_GUILESS_MAIN(MirrorInterruptTest)
#include "mirror_interrupt.moc"
