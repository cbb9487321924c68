// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// CheckpointModel: minimal signals when fed repeatedly, UUIDv7 time decoding, checked types.
#include "models/CheckpointModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Tidemark;

namespace {

//! A UUIDv7 whose first 48 bits are `ms`.
QString uuid7(qint64 ms, int tail = 1)
{
    const QString hex = QStringLiteral("%1").arg(ms, 12, 16, QLatin1Char('0'));
    return QStringLiteral("%1-%2-7000-8000-%3")
        .arg(hex.left(8), hex.mid(8, 4))
        .arg(tail, 12, 10, QLatin1Char('0'));
}

CheckpointRow row(const QString &type, qint64 serverMs, qint64 localMs, int pending = 0)
{
    CheckpointRow r;
    r.type = type;
    if (serverMs > 0)
        r.serverAck = type + QLatin1Char('|') + uuid7(serverMs);
    if (localMs > 0)
        r.localAck = type + QLatin1Char('|') + uuid7(localMs);
    if (pending > 0) {
        r.pendingAck = type + QLatin1Char('|') + uuid7(localMs + 1000);
        r.pendingCount = pending;
    }
    return r;
}

struct Spies
{
    explicit Spies(QAbstractItemModel *m)
        : reset(m, &QAbstractItemModel::modelReset)
        , inserted(m, &QAbstractItemModel::rowsInserted)
        , removed(m, &QAbstractItemModel::rowsRemoved)
        , changed(m, &QAbstractItemModel::dataChanged)
    { }
    void clear()
    {
        reset.clear();
        inserted.clear();
        removed.clear();
        changed.clear();
    }
    QSignalSpy reset, inserted, removed, changed;
};

} // namespace

class TestCheckpointModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodesUuidV7Times()
    {
        const qint64 ms = 1776521391123; // 2026-04-18T14:09:51.123Z
        const QDateTime expected = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        QCOMPARE(CheckpointModel::decodeAckTime(QStringLiteral("AssetV1|") + uuid7(ms)), expected);
        QCOMPARE(CheckpointModel::decodeAckTime(uuid7(ms)), expected);
        // Backfill acks: the update id (last part) is the checkpoint.
        QCOMPARE(
            CheckpointModel::decodeAckTime(
                QStringLiteral("PartnerAssetBackfillV1|%1|%2").arg(uuid7(ms - 5000), uuid7(ms))),
            expected);
        // Backfill-complete marker: the creation id is all there is.
        QCOMPARE(CheckpointModel::decodeAckTime(
                     QStringLiteral("PartnerAssetBackfillV1|%1|complete").arg(uuid7(ms))),
            expected);
        QVERIFY(!CheckpointModel::decodeAckTime(QStringLiteral("SyncResetV1|reset")).isValid());
        QVERIFY(!CheckpointModel::decodeAckTime(QString()).isValid());
        QVERIFY(!CheckpointModel::decodeAckTime(QStringLiteral("garbage")).isValid());
    }

    void minimalSignals()
    {
        CheckpointModel model;
        QAbstractItemModelTester tester(&model);
        Spies spies(&model);

        model.setRows({row(QStringLiteral("AssetV1"), 1000, 1000),
            row(QStringLiteral("UserV1"), 500, 400), row(QStringLiteral("AlbumV1"), 2000, 0)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(spies.reset.size(), 0);
        QVERIFY(spies.inserted.size() >= 1);
        // Stream order: UserV1 before AssetV1 before AlbumV1.
        QCOMPARE(model.data(model.index(0, 0), CheckpointModel::TypeRole).toString(),
            QStringLiteral("UserV1"));
        QCOMPARE(model.data(model.index(1, 0), CheckpointModel::TypeRole).toString(),
            QStringLiteral("AssetV1"));
        QCOMPARE(model.data(model.index(2, 0), CheckpointModel::TypeRole).toString(),
            QStringLiteral("AlbumV1"));
        QCOMPARE(model.data(model.index(1, 0), CheckpointModel::AgreeRole).toBool(), true);
        QCOMPARE(model.data(model.index(0, 0), CheckpointModel::AgreeRole).toBool(), false);
        QCOMPARE(model.data(model.index(1, 0), CheckpointModel::ServerTimeRole).toDateTime(),
            QDateTime::fromMSecsSinceEpoch(1000, Qt::UTC));

        // Same set of types, same values: nothing at all.
        spies.clear();
        model.setRows({row(QStringLiteral("AlbumV1"), 2000, 0),
            row(QStringLiteral("AssetV1"), 1000, 1000), row(QStringLiteral("UserV1"), 500, 400)});
        QCOMPARE(spies.reset.size() + spies.inserted.size() + spies.removed.size()
                + spies.changed.size(),
            0);

        // One value changed: one dataChanged for that row, no reset, no insert/remove.
        model.setRows(
            {row(QStringLiteral("AlbumV1"), 2000, 0), row(QStringLiteral("AssetV1"), 1500, 1000, 3),
                row(QStringLiteral("UserV1"), 500, 400)});
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(spies.inserted.size(), 0);
        QCOMPARE(spies.removed.size(), 0);
        QCOMPARE(spies.changed.size(), 1);
        QCOMPARE(spies.changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(model.data(model.index(1, 0), CheckpointModel::PendingCountRole).toInt(), 3);
        QCOMPARE(model.data(model.index(1, 0), CheckpointModel::AgreeRole).toBool(), false);

        // A type disappears, another appears: one remove, one insert, no reset.
        spies.clear();
        model.setRows({row(QStringLiteral("AssetV1"), 1500, 1000, 3),
            row(QStringLiteral("UserV1"), 500, 400), row(QStringLiteral("PersonV1"), 10, 10)});
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(spies.removed.size(), 1);
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(spies.changed.size(), 0);
        QCOMPARE(model.rowOfType(QStringLiteral("AlbumV1")), -1);
        QVERIFY(model.rowOfType(QStringLiteral("PersonV1")) >= 0);

        // Rows with nothing in them are not shown; unknown types go last.
        spies.clear();
        CheckpointRow empty;
        empty.type = QStringLiteral("StackV1");
        model.setRows({row(QStringLiteral("AssetV1"), 1500, 1000, 3),
            row(QStringLiteral("UserV1"), 500, 400), row(QStringLiteral("PersonV1"), 10, 10), empty,
            row(QStringLiteral("FutureV9"), 5, 0)});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.data(model.index(3, 0), CheckpointModel::TypeRole).toString(),
            QStringLiteral("FutureV9"));
        QCOMPARE(spies.reset.size(), 0);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void checkedAndSelectedTypes()
    {
        CheckpointModel model;
        QAbstractItemModelTester tester(&model);
        model.setRows({row(QStringLiteral("AssetV1"), 1000, 1000),
            row(QStringLiteral("UserV1"), 500, 400), row(QStringLiteral("AlbumV1"), 2000, 0)});
        QVERIFY(model.flags(model.index(0, CheckpointModel::TypeColumn)) & Qt::ItemIsUserCheckable);
        QSignalSpy checkedSpy(&model, &CheckpointModel::checkedTypesChanged);
        QVERIFY(model.setData(model.index(2, 0), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model.setData(model.index(0, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.checkedTypes(),
            (QStringList {QStringLiteral("UserV1"), QStringLiteral("AlbumV1")}));
        QCOMPARE(checkedSpy.size(), 2);
        QCOMPARE(model.data(model.index(0, 0), Qt::CheckStateRole).toInt(), int(Qt::Checked));

        const QModelIndexList selection {model.index(2, 3), model.index(1, 0), model.index(2, 0)};
        QCOMPARE(model.typesForRows(selection),
            (QStringList {QStringLiteral("AssetV1"), QStringLiteral("AlbumV1")}));

        // A checked type that disappears is unchecked.
        model.setRows(
            {row(QStringLiteral("AssetV1"), 1000, 1000), row(QStringLiteral("AlbumV1"), 2000, 0)});
        QCOMPARE(model.checkedTypes(), QStringList {QStringLiteral("AlbumV1")});
        model.setAllChecked(true);
        QCOMPARE(model.checkedTypes().size(), 2);
        model.setAllChecked(false);
        QVERIFY(model.checkedTypes().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCheckpointModel)
#include "checkpoint_model.moc"
