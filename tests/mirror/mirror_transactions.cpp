// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Atomicity: a failing batch leaves nothing behind; data and checkpoint commit together.

#include "MirrorTestUtil.h"

#include "mirror/AckBook.h"

#include <QDir>

using namespace Tidemark;
using namespace Tidemark::MirrorTest;
using E = SyncEntityType;

class MirrorTransactionsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("t%1.sqlite").arg(++m_n)); }

    static QList<SyncEvent> assets(int n, const QString &prefix = QStringLiteral("a"))
    {
        QList<SyncEvent> list;
        for (int i = 0; i < n; ++i)
            list << ev(
                E::AssetV1, asset(QStringLiteral("%1%2").arg(prefix).arg(i), QStringLiteral("me")));
        return list;
    }

private Q_SLOTS:
    void failingRowRollsBackTheWholeBatch_data() { addPathRows(); }
    void failingRowRollsBackTheWholeBatch()
    {
        QFETCH(bool, native);
        MirrorStore store;
        const QString path = newPath();
        MIRROR_VERIFY_NO_ERROR(store.open(path, options(native)));
        QSqlQuery q(store.database());
        QVERIFY(
            q.exec(QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON assets WHEN NEW.id = 'a6' "
                                  "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
        QList<SyncEvent> batch = assets(10);
        batch << ev(E::AssetExifV1, SyncAssetExifV1 {});
        auto r = store.applyBatch(batch);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, Error::Kind::Storage);
        QVERIFY2(r.error.detail.contains(QLatin1StringView("injected failure")),
            qPrintable(r.error.detail));
        QVERIFY(r.error.detail.contains(QDir::toNativeSeparators(path)));
        QCOMPARE(r.error.where, QStringLiteral("mirror: assets"));
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM assets")), 0);
        QVERIFY(!store.inTransaction());
        // The store stays usable.
        MIRROR_VERIFY_OK(store.applyBatch(assets(5)));
        QCOMPARE(store.assetCount().value, 5);
    }

    void diskFullIsAStorageErrorAndNothingIsHalfApplied_data() { addPathRows(); }
    void diskFullIsAStorageErrorAndNothingIsHalfApplied()
    {
        QFETCH(bool, native);
        MirrorStore store;
        MIRROR_VERIFY_NO_ERROR(store.open(newPath(), options(native)));
        MIRROR_VERIFY_OK(store.applyBatch(assets(10, QStringLiteral("base"))));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        const int pages = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 3)));
        auto r = store.applyBatch(assets(20000));
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, Error::Kind::Storage);
        QVERIFY2(r.error.detail.contains(QLatin1StringView("full")), qPrintable(r.error.detail));
        QCOMPARE(r.error.suggestedAction(), Error::Action::FreeDisk);
        QCOMPARE(store.assetCount().value, 10);
    }

    void dataAndPendingAckCommitTogether()
    {
        MirrorStore store;
        MIRROR_VERIFY_NO_ERROR(store.open(newPath()));
        AckBook acks(store);
        const QList<SyncEvent> run = assets(3);
        {
            MirrorTransaction tx(store);
            MIRROR_VERIFY_NO_ERROR(tx.beginError());
            MIRROR_VERIFY_OK(
                store.apply(E::AssetV1, std::span<const SyncEvent>(run.constData(), run.size())));
            MIRROR_VERIFY_NO_ERROR(acks.recordPending(run.constLast().ack, 3));
            // "crash" before commit: the destructor rolls back both.
        }
        QCOMPARE(store.assetCount().value, 0);
        QCOMPARE(acks.pending().value.size(), 0);
        {
            MirrorTransaction tx(store);
            MIRROR_VERIFY_OK(
                store.apply(E::AssetV1, std::span<const SyncEvent>(run.constData(), run.size())));
            MIRROR_VERIFY_NO_ERROR(acks.recordPending(run.constLast().ack, 3));
            MIRROR_VERIFY_NO_ERROR(tx.commit());
        }
        QCOMPARE(store.assetCount().value, 3);
        QCOMPARE(acks.pending().value.size(), 1);
        QCOMPARE(acks.pending().value.constFirst().ack, run.constLast().ack);
    }

    void failingApplyInsideOuterTransactionPoisonsIt()
    {
        MirrorStore store;
        MIRROR_VERIFY_NO_ERROR(store.open(newPath()));
        AckBook acks(store);
        QSqlQuery q(store.database());
        QVERIFY(
            q.exec(QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON assets WHEN NEW.id = 'a2' "
                                  "BEGIN SELECT RAISE(ABORT, 'nope'); END")));
        const QList<SyncEvent> run = assets(3);
        MirrorTransaction tx(store);
        MIRROR_VERIFY_NO_ERROR(acks.recordPending(QStringLiteral("AssetV1|x"), 1));
        auto r = store.apply(E::AssetV1, std::span<const SyncEvent>(run.constData(), run.size()));
        QVERIFY(!r.ok());
        // A careless caller committing anyway gets an error, and nothing is stored.
        QVERIFY(tx.commit().isError());
        QVERIFY(!store.inTransaction());
        QCOMPARE(acks.pending().value.size(), 0);
        QCOMPARE(store.assetCount().value, 0);
    }

    void wipeKeepsRunsAndSettings()
    {
        MirrorStore store;
        MIRROR_VERIFY_NO_ERROR(store.open(newPath()));
        AckBook acks(store);
        MIRROR_VERIFY_OK(store.applyBatch(assets(5)));
        SyncUserV1 u;
        u.id = QStringLiteral("u");
        MIRROR_VERIFY_OK(store.applyBatch({ev(E::UserV1, u),
            ev(E::AlbumToAssetV1,
                SyncAlbumToAssetV1 {QStringLiteral("al"), QStringLiteral("a1")})}));
        MIRROR_VERIFY_NO_ERROR(acks.recordCommitted(QStringLiteral("AssetV1|1")));
        MIRROR_VERIFY_NO_ERROR(acks.recordPending(QStringLiteral("UserV1|2"), 1));
        MIRROR_VERIFY_NO_ERROR(store.setSetting(QStringLiteral("view"), QStringLiteral("grid")));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO runs (kind, mode, started_at, outcome) VALUES "
                                      "('stream', 'automatic', 'x', 'complete')")));
        MIRROR_VERIFY_NO_ERROR(store.wipeServerData());
        auto counts = store.tableCounts();
        MIRROR_VERIFY_OK(counts);
        for (auto it = counts.value.cbegin(); it != counts.value.cend(); ++it)
            QVERIFY2(it.value() == 0, qPrintable(it.key()));
        QCOMPARE(acks.committed().value.size(), 0);
        QCOMPARE(acks.pending().value.size(), 0);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM runs")), 1);
        QCOMPARE(store.setting(QStringLiteral("view")).value, QStringLiteral("grid"));
    }
};

QTEST_GUILESS_MAIN(MirrorTransactionsTest)
#include "mirror_transactions.moc"
