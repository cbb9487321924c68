// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// AckBook: committed and pending checkpoints, ordering and "up to" selection.

#include "MirrorTestUtil.h"

#include "mirror/AckBook.h"

using namespace Tidemark;
using namespace Tidemark::MirrorTest;
using E = SyncEntityType;

class MirrorAckBookTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    void open(MirrorStore &store)
    {
        MIRROR_VERIFY_NO_ERROR(store.open(m_dir.filePath(QStringLiteral("a%1.sqlite").arg(++m_n))));
    }

    static QStringList acksOf(const QList<PendingAck> &list)
    {
        QStringList out;
        for (const PendingAck &p : list)
            out << p.ack;
        return out;
    }

private Q_SLOTS:
    void ackType()
    {
        QCOMPARE(AckBook::ackType(QStringLiteral("AssetV1|0190")), QStringLiteral("AssetV1"));
        QCOMPARE(AckBook::ackType(QStringLiteral("PartnerAssetBackfillV1|a|complete")),
            QStringLiteral("PartnerAssetBackfillV1"));
        QCOMPARE(AckBook::ackType(QStringLiteral("garbage")), QString());
        QCOMPARE(AckBook::ackType(QString()), QString());
    }

    void committedIsLastPerTypeVerbatim()
    {
        MirrorStore store;
        open(store);
        AckBook book(store);
        MIRROR_VERIFY_NO_ERROR(book.recordCommitted(E::AssetV1, QStringLiteral("AssetV1|1")));
        MIRROR_VERIFY_NO_ERROR(book.recordCommitted(QStringLiteral("AssetV1|2")));
        // A SyncAckV1 line's ack is filed under the type it names.
        MIRROR_VERIFY_NO_ERROR(
            book.recordCommitted(E::SyncAckV1, QStringLiteral("AlbumAssetUpdateV1|n")));
        auto c = book.committed();
        MIRROR_VERIFY_OK(c);
        QCOMPARE(c.value.size(), 2);
        QCOMPARE(book.committedAck(QStringLiteral("AssetV1")).value, QStringLiteral("AssetV1|2"));
        QCOMPARE(book.committedAck(QStringLiteral("AlbumAssetUpdateV1")).value,
            QStringLiteral("AlbumAssetUpdateV1|n"));
        QVERIFY(book.committedAck(QStringLiteral("UserV1")).value.isNull());
        for (const CommittedAck &a : c.value)
            QVERIFY(qAbs(a.committedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void pendingOrderingAndLatestPerType()
    {
        MirrorStore store;
        open(store);
        AckBook book(store);
        QCOMPARE(book.nextSequence().value, 1);
        MIRROR_VERIFY_NO_ERROR(book.recordPending(QStringLiteral("UserV1|1"), 1));
        MIRROR_VERIFY_NO_ERROR(book.recordPending(QStringLiteral("UserV1|2"), 2));
        MIRROR_VERIFY_NO_ERROR(book.recordPending(QStringLiteral("AssetV1|1"), 3));
        MIRROR_VERIFY_NO_ERROR(book.recordPending(QStringLiteral("PartnerAssetBackfillV1|p|1"), 4));
        MIRROR_VERIFY_NO_ERROR(book.recordPending(
            E::SyncAckV1, QStringLiteral("PartnerAssetBackfillV1|p|complete"), 5));
        MIRROR_VERIFY_NO_ERROR(book.recordPending(QStringLiteral("AssetV1|2"), 6));
        MIRROR_VERIFY_NO_ERROR(book.recordPending(QStringLiteral("SyncCompleteV1|n"), 7));
        // An out-of-order older record does not replace the latest.
        MIRROR_VERIFY_NO_ERROR(book.recordPending(QStringLiteral("UserV1|0"), 0));
        QCOMPARE(book.nextSequence().value, 8);
        QCOMPARE(acksOf(book.pending().value),
            (QStringList {QStringLiteral("UserV1|2"),
                QStringLiteral("PartnerAssetBackfillV1|p|complete"), QStringLiteral("AssetV1|2"),
                QStringLiteral("SyncCompleteV1|n")}));
        QCOMPARE(book.pendingLog().value.size(), 8);
        QCOMPARE(book.pendingLog().value.constFirst().ack, QStringLiteral("UserV1|0"));
        // Up to event 4: the last of each type among seq 0..4, in stream order.
        QCOMPARE(acksOf(book.pendingUpTo(4).value),
            (QStringList {QStringLiteral("UserV1|2"), QStringLiteral("AssetV1|1"),
                QStringLiteral("PartnerAssetBackfillV1|p|1")}));
        QCOMPARE(acksOf(book.pendingUpTo(5).value),
            (QStringList {QStringLiteral("UserV1|2"), QStringLiteral("AssetV1|1"),
                QStringLiteral("PartnerAssetBackfillV1|p|complete")}));
        QVERIFY(book.pendingUpTo(-1).value.isEmpty());
    }

    void markSentMovesPendingToCommitted()
    {
        MirrorStore store;
        open(store);
        AckBook book(store);
        MIRROR_VERIFY_NO_ERROR(
            book.recordPending(QList<PendingAck> {{QString(), QStringLiteral("UserV1|1"), 1, {}},
                {QString(), QStringLiteral("AssetV1|1"), 2, {}},
                {QString(), QStringLiteral("AssetV1|2"), 3, {}},
                {QString(), QStringLiteral("AssetV1|3"), 4, {}}}));
        // Manual mode sent "up to seq 3".
        const QList<PendingAck> upTo = book.pendingUpTo(3).value;
        QStringList sent = acksOf(upTo);
        QCOMPARE(sent, (QStringList {QStringLiteral("UserV1|1"), QStringLiteral("AssetV1|2")}));
        MIRROR_VERIFY_NO_ERROR(book.markSent(sent));
        QCOMPARE(book.committedAck(QStringLiteral("AssetV1")).value, QStringLiteral("AssetV1|2"));
        QCOMPARE(book.committedAck(QStringLiteral("UserV1")).value, QStringLiteral("UserV1|1"));
        QCOMPARE(acksOf(book.pending().value), QStringList {QStringLiteral("AssetV1|3")});
        QCOMPARE(acksOf(book.pendingLog().value), QStringList {QStringLiteral("AssetV1|3")});
        MIRROR_VERIFY_NO_ERROR(book.markSent({QStringLiteral("AssetV1|3")}));
        QVERIFY(book.pending().value.isEmpty());
        QVERIFY(book.pendingLog().value.isEmpty());
        QCOMPARE(book.committedAck(QStringLiteral("AssetV1")).value, QStringLiteral("AssetV1|3"));
    }

    void redeliveredAcksAreListedOnce()
    {
        // Manual mode run twice without sending: the server delivers the same lines again and
        // each run records their acks with new sequence numbers. One entry per ack, at the
        // latest seq, so the list shows each pending ack once.
        MirrorStore store;
        open(store);
        AckBook book(store);
        for (int run = 0; run < 2; ++run) {
            const qint64 base = book.nextSequence().value;
            MIRROR_VERIFY_NO_ERROR(book.recordPending(
                QList<PendingAck> {{QString(), QStringLiteral("UserV1|1"), base, {}},
                    {QString(), QStringLiteral("AssetV1|1"), base + 1, {}},
                    {QString(), QStringLiteral("AssetV1|2"), base + 2, {}},
                    {QStringLiteral("AlbumAssetUpdateV1"), QStringLiteral("AlbumAssetUpdateV1|u"),
                        base + 3, {}}}));
        }
        const QList<PendingAck> log = book.pendingLog().value;
        QCOMPARE(acksOf(log),
            (QStringList {QStringLiteral("UserV1|1"), QStringLiteral("AssetV1|1"),
                QStringLiteral("AssetV1|2"), QStringLiteral("AlbumAssetUpdateV1|u")}));
        QCOMPARE(log.constFirst().seq, 5);
        QCOMPARE(log.constLast().seq, 8);
        QCOMPARE(acksOf(book.pending().value),
            (QStringList {QStringLiteral("UserV1|1"), QStringLiteral("AssetV1|2"),
                QStringLiteral("AlbumAssetUpdateV1|u")}));
        QCOMPARE(acksOf(book.pendingUpTo(6).value),
            (QStringList {QStringLiteral("UserV1|1"), QStringLiteral("AssetV1|1")}));
        MIRROR_VERIFY_NO_ERROR(book.markSent(acksOf(book.pendingUpTo(6).value)));
        QCOMPARE(acksOf(book.pendingLog().value),
            (QStringList {QStringLiteral("AssetV1|2"), QStringLiteral("AlbumAssetUpdateV1|u")}));
    }

    void overtakenAckDoesNotMoveCheckpointBack()
    {
        // Two ack requests finished in reverse order: the newer one is recorded first.
        MirrorStore store;
        open(store);
        AckBook book(store);
        MIRROR_VERIFY_NO_ERROR(
            book.recordPending(QList<PendingAck> {{QString(), QStringLiteral("AssetV1|1"), 1, {}},
                {QString(), QStringLiteral("AssetV1|2"), 2, {}},
                {QString(), QStringLiteral("UserV1|1"), 3, {}}}));
        MIRROR_VERIFY_NO_ERROR(book.markSent({QStringLiteral("AssetV1|2")}));
        MIRROR_VERIFY_NO_ERROR(
            book.markSent({QStringLiteral("AssetV1|1"), QStringLiteral("UserV1|1")}));
        QCOMPARE(book.committedAck(QStringLiteral("AssetV1")).value, QStringLiteral("AssetV1|2"));
        QCOMPARE(book.committedAck(QStringLiteral("UserV1")).value, QStringLiteral("UserV1|1"));
        QVERIFY(book.pendingLog().value.isEmpty());
    }

    void resetAckClearsEverything()
    {
        MirrorStore store;
        open(store);
        AckBook book(store);
        MIRROR_VERIFY_NO_ERROR(book.recordCommitted(QStringLiteral("AssetV1|1")));
        MIRROR_VERIFY_NO_ERROR(book.recordPending(QStringLiteral("UserV1|1"), 1));
        MIRROR_VERIFY_NO_ERROR(book.markSent({QStringLiteral("SyncResetV1|reset")}));
        QVERIFY(book.committed().value.isEmpty());
        QVERIFY(book.pending().value.isEmpty());
    }

    void clearByTypeAndAll()
    {
        MirrorStore store;
        open(store);
        AckBook book(store);
        MIRROR_VERIFY_NO_ERROR(book.recordCommitted(QStringLiteral("AssetV1|1")));
        MIRROR_VERIFY_NO_ERROR(book.recordCommitted(QStringLiteral("AssetExifV1|1")));
        MIRROR_VERIFY_NO_ERROR(book.recordPending(QStringLiteral("AssetExifV1|2"), 1));
        MIRROR_VERIFY_NO_ERROR(book.clear(QList<SyncEntityType> {E::AssetExifV1}));
        QCOMPARE(book.committed().value.size(), 1);
        QVERIFY(book.pending().value.isEmpty());
        MIRROR_VERIFY_NO_ERROR(book.recordPending(QStringLiteral("AssetV1|2"), 2));
        MIRROR_VERIFY_NO_ERROR(book.clearPending());
        QCOMPARE(book.committed().value.size(), 1);
        QVERIFY(book.pendingLog().value.isEmpty());
        MIRROR_VERIFY_NO_ERROR(book.clearAll());
        QVERIFY(book.committed().value.isEmpty());
    }

    void emptyAcksAreNotRecorded()
    {
        MirrorStore store;
        open(store);
        AckBook book(store);
        MIRROR_VERIFY_NO_ERROR(
            book.recordPending(E::SyncResetV1, QString(), 1)); // v1.136 reset line
        QVERIFY(book.pending().value.isEmpty());
        QVERIFY(book.recordCommitted(QString()).isError());
    }

    void survivesReopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
        {
            MirrorStore store;
            MIRROR_VERIFY_NO_ERROR(store.open(path));
            AckBook book(store);
            MIRROR_VERIFY_NO_ERROR(book.recordPending(QStringLiteral("AssetV1|9"), 9));
        }
        MirrorStore store;
        MIRROR_VERIFY_NO_ERROR(store.open(path));
        AckBook book(store);
        QCOMPARE(acksOf(book.pending().value), QStringList {QStringLiteral("AssetV1|9")});
        QCOMPARE(book.nextSequence().value, 10);
    }
};

QTEST_GUILESS_MAIN(MirrorAckBookTest)
#include "mirror_ackbook.moc"
