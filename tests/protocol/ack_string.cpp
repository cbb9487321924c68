// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// AckString: decoding acks for display; well-formedness (the guard before anything is sent back).
#include "protocol/AckString.h"

#include <QTest>

using namespace Tidemark;

class AckStringTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void upsert()
    {
        const AckString a(QStringLiteral("AssetV1|019daa55-41ec-7115-89a8-b624088945e9"));
        QCOMPARE(a.verbatim(), QStringLiteral("AssetV1|019daa55-41ec-7115-89a8-b624088945e9"));
        QCOMPARE(a.typeName(), QStringLiteral("AssetV1"));
        QCOMPARE(a.type(), SyncEntityType::AssetV1);
        QCOMPARE(a.id(), QStringLiteral("019daa55-41ec-7115-89a8-b624088945e9"));
        QVERIFY(a.createId().isEmpty());
        QVERIFY(!a.isComplete());
        QVERIFY(!a.isReset());
        QVERIFY(!a.isBackfill());
        QVERIFY(a.isWellFormed());
        // 0x019daa5541ec ms since the epoch.
        QCOMPARE(a.timestamp(), QDateTime::fromMSecsSinceEpoch(0x019daa5541ecLL, Qt::UTC));
        QCOMPARE(a.timestamp().date().year(), 2026);
    }

    void capturedAckTimestamp()
    {
        // Capture 004 was recorded on 2026-11-27 (Date header); its update ids say so too.
        const AckString a(QStringLiteral("UserV1|01a21aff-3031-71a3-9928-62cca5bf2250"));
        QCOMPARE(a.timestamp().date(), QDate(2026, 11, 27));
    }

    void backfill()
    {
        const AckString row(QStringLiteral("PartnerAssetBackfillV1|019c18a5-1d00-7087-9d54-"
                                           "4718634fdee8|019d2a10-0c44-7a3b-9f01-22e0c4a6b7d8"));
        QCOMPARE(row.type(), SyncEntityType::PartnerAssetBackfillV1);
        QVERIFY(row.isBackfill());
        QVERIFY(!row.isComplete());
        QCOMPARE(row.createId(), QStringLiteral("019c18a5-1d00-7087-9d54-4718634fdee8"));
        QCOMPARE(row.id(), QStringLiteral("019d2a10-0c44-7a3b-9f01-22e0c4a6b7d8"));
        QCOMPARE(row.parts().size(), 2);
        QVERIFY(row.isWellFormed());

        const AckString done(
            QStringLiteral("PartnerAssetBackfillV1|01a21aff-2e99-7979-ab41-b485e3bdf4f3|complete"));
        QVERIFY(done.isComplete());
        QVERIFY(done.isBackfill());
        QCOMPARE(done.id(), QStringLiteral("01a21aff-2e99-7979-ab41-b485e3bdf4f3"));
        QCOMPARE(done.timestamp().date(), QDate(2026, 11, 27));
        QVERIFY(done.isWellFormed());
    }

    void control()
    {
        const AckString reset(QStringLiteral("SyncResetV1|reset"));
        QVERIFY(reset.isReset());
        QVERIFY(reset.id().isEmpty());
        QVERIFY(!reset.timestamp().isValid());
        QVERIFY(reset.isWellFormed());
        const AckString complete(
            QStringLiteral("SyncCompleteV1|019daa60-0000-7000-8000-000000000001"));
        QCOMPARE(complete.type(), SyncEntityType::SyncCompleteV1);
        QVERIFY(!complete.isComplete()); // "complete" is the backfill marker, not this type
        QVERIFY(complete.isWellFormed());
        QCOMPARE(complete.timestamp(), QDateTime::fromMSecsSinceEpoch(0x019daa600000LL, Qt::UTC));
        // "AlbumAssetUpdateV1|<nowId>" from a SyncAckV1 line
        QVERIFY(AckString(QStringLiteral("AlbumAssetUpdateV1|019daa60-0000-7000-8000-000000000001"))
                    .isWellFormed());
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("ack");
        QTest::newRow("empty") << QString();
        QTest::newRow("garbage") << QStringLiteral("garbage");
        QTest::newRow("bare type") << QStringLiteral("AlbumV1");
        QTest::newRow("not uuid") << QStringLiteral("AssetV1|not-a-uuid");
        QTest::newRow("unknown type")
            << QStringLiteral("FooV1|019daa55-41ec-7115-89a8-b624088945e9");
        QTest::newRow("empty id") << QStringLiteral("AssetV1|");
        QTest::newRow("three parts, not backfill")
            << QStringLiteral("AssetV1|019daa55-41ec-7115-89a8-b624088945e9|complete");
        QTest::newRow("four parts") << QStringLiteral(
            "PartnerAssetBackfillV1|019c18a5-1d00-7087-9d54-4718634fdee8|complete|x");
        QTest::newRow("reset with id")
            << QStringLiteral("SyncResetV1|019daa55-41ec-7115-89a8-b624088945e9");
        QTest::newRow("uuid too long")
            << QStringLiteral("AssetV1|019daa55-41ec-7115-89a8-b624088945e90");
        QTest::newRow("complete first") << QStringLiteral(
            "PartnerAssetBackfillV1|complete|019c18a5-1d00-7087-9d54-4718634fdee8");
    }

    void malformed()
    {
        QFETCH(QString, ack);
        QVERIFY(!AckString(ack).isWellFormed());
    }

    void uuidV7()
    {
        QVERIFY(AckString::isUuid(u"8a749608-71b2-47ae-a944-bf2e6a97626a"));
        QVERIFY(
            !AckString::uuidV7Timestamp(u"8a749608-71b2-47ae-a944-bf2e6a97626a").isValid()); // v4
        QVERIFY(!AckString::isUuid(u"8a749608-71b2-47ae-a944-bf2e6a97626"));
        QVERIFY(!AckString::isUuid(u"8a749608x71b2-47ae-a944-bf2e6a97626a"));
        QVERIFY(!AckString::isUuid(u"8a749608-71b2-47ae-a944-bf2e6a97626g"));
        QCOMPARE(AckString::uuidV7Timestamp(u"00000000-0001-7000-8000-000000000000"),
            QDateTime::fromMSecsSinceEpoch(1, Qt::UTC));
    }
};

QTEST_GUILESS_MAIN(AckStringTest)
#include "ack_string.moc"
