// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// EventLogModel: batches, the bound, the type filter, JSONL export/import, malformed lines.
#include "models/EventLogModel.h"

#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Tidemark;

namespace {

QByteArray assetLine(int i)
{
    return QStringLiteral(
        "{\"type\":\"AssetV1\",\"data\":{\"id\":\"a-%1\",\"ownerId\":\"u1\",\"originalFileName\":"
        "\"IMG_%1.JPG\",\"type\":\"IMAGE\",\"localDateTime\":\"2026-04-18T14:03:11.000Z\","
        "\"visibility\":\"timeline\",\"isFavorite\":false,\"deletedAt\":null},"
        "\"ack\":\"AssetV1|019da1a0-0000-7000-8000-%2\"}")
        .arg(i)
        .arg(i, 12, 10, QLatin1Char('0'))
        .toUtf8();
}

QList<EventSummary> batch(qint64 firstLine, int n, const QString &type = QStringLiteral("AssetV1"))
{
    QList<EventSummary> out;
    for (int i = 0; i < n; ++i) {
        EventSummary e;
        e.lineNumber = firstLine + i;
        e.type = (i % 3 == 2) ? QStringLiteral("AssetExifV1") : type;
        e.ack = e.type + QStringLiteral("|ack-%1").arg(firstLine + i);
        e.summary = QStringLiteral("line %1").arg(firstLine + i);
        out.append(e);
    }
    return out;
}

} // namespace

class TestEventLogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void batchesAndBound()
    {
        EventLogModel model;
        QAbstractItemModelTester tester(&model);
        model.setMaxRows(1000);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        qint64 line = 1;
        for (int b = 0; b < 10; ++b) {
            model.appendEvents(batch(line, 300));
            line += 300;
            QVERIFY(model.rowCount() <= 1000);
        }
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 10); // one insert per batch
        QVERIFY(removed.size() >= 1);
        QVERIFY(removed.size() < 10); // drops in chunks, not per batch
        QCOMPARE(model.heldCount(), model.rowCount());
        QCOMPARE(model.droppedCount() + model.heldCount(), 3000);
        // The newest line is last, the oldest held line first; line numbers are contiguous.
        QCOMPARE(
            model.data(model.index(model.rowCount() - 1, EventLogModel::LineColumn)).toLongLong(),
            3000);
        const qint64 first
            = model.data(model.index(0, 0), EventLogModel::LineNumberRole).toLongLong();
        QCOMPARE(first, 3000 - model.rowCount() + 1);
        QCOMPARE(model.typeCounts().value(QStringLiteral("AssetV1"))
                + model.typeCounts().value(QStringLiteral("AssetExifV1")),
            3000);

        // A batch larger than the bound keeps its newest lines only.
        model.appendEvents(batch(line, 2500));
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.data(model.index(999, 0), EventLogModel::LineNumberRole).toLongLong(),
            line + 2499);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.droppedCount(), 0);
    }

    void queuedLinesArriveInSlices()
    {
        EventLogModel model;
        QAbstractItemModelTester tester(&model);
        model.setMaxRows(2000);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.queueEvents(batch(1, 1200));
        QCOMPARE(model.rowCount(), 0); // nothing on the caller's stack
        QCOMPARE(model.queuedCount(), 1200);
        QTRY_COMPARE(model.rowCount(), 1200);
        QCOMPARE(inserted.size(), 6); // 200 lines per event-loop pass
        for (const QList<QVariant> &args : std::as_const(inserted))
            QVERIFY(args.at(2).toInt() - args.at(1).toInt() + 1 <= EventLogModel::kSliceRows);
        QCOMPARE(
            model.data(model.index(1199, 0), EventLogModel::LineNumberRole).toLongLong(), 1200);

        // More than the log holds: the oldest are dropped (and counted) before they are shown.
        model.queueEvents(batch(1201, 3000));
        QCOMPARE(model.queuedCount(), 2000);
        QTRY_COMPARE(model.queuedCount(), 0);
        QCOMPARE(model.rowCount(), 2000);
        QCOMPARE(
            model.data(model.index(1999, 0), EventLogModel::LineNumberRole).toLongLong(), 4200);
        QCOMPARE(model.droppedCount() + model.heldCount(), 4200);
        QCOMPARE(model.typeCounts().value(QStringLiteral("AssetV1"))
                + model.typeCounts().value(QStringLiteral("AssetExifV1")),
            4200);

        // An export writes every line the run logged: what is queued is appended first.
        model.queueEvents(batch(4201, 700));
        model.flushQueued();
        QCOMPARE(model.queuedCount(), 0);
        QCOMPARE(model.data(model.index(model.rowCount() - 1, 0), EventLogModel::LineNumberRole)
                     .toLongLong(),
            4900);

        // A new run (clear) drops what is still queued.
        model.queueEvents(batch(1, 900));
        model.clear();
        QCOMPARE(model.queuedCount(), 0);
        QTest::qWait(50);
        QCOMPARE(model.rowCount(), 0);
    }

    void typeFilter()
    {
        EventLogModel model;
        QAbstractItemModelTester tester(&model);
        model.setMaxRows(100);
        model.appendEvents(batch(1, 90)); // 30 AssetExifV1, 60 AssetV1
        model.setTypeFilter({QStringLiteral("AssetExifV1")});
        QCOMPARE(model.rowCount(), 30);
        QCOMPARE(model.data(model.index(0, EventLogModel::TypeColumn)).toString(),
            QStringLiteral("AssetExifV1"));
        QCOMPARE(model.data(model.index(0, 0), EventLogModel::LineNumberRole).toLongLong(), 3);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.appendEvents(batch(91, 30)); // overflow: oldest dropped, 10 exif lines added
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.heldCount(), 100); // 20 oldest dropped in one chunk, 30 added
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.data(model.index(r, 0), EventLogModel::TypeRole).toString(),
                QStringLiteral("AssetExifV1"));
        // The filtered rows are the exif lines among the held ones, in order.
        const qint64 firstHeld = 120 - model.heldCount() + 1;
        int expected = 0;
        for (qint64 l = firstHeld; l <= 120; ++l)
            expected += ((l - 1) % 30) % 3 == 2 ? 1 : 0;
        QCOMPARE(model.rowCount(), expected);

        model.setTypeFilter({});
        QCOMPARE(model.rowCount(), model.heldCount());
    }

    void exportImportRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("log.jsonl"));
        EventLogModel model;
        QList<EventSummary> events;
        for (int i = 1; i <= 5000; ++i) {
            EventSummary e;
            e.lineNumber = i;
            e.type = QStringLiteral("AssetV1");
            e.raw = assetLine(i);
            e.ack = QStringLiteral("AssetV1|019da1a0-0000-7000-8000-%1")
                        .arg(i, 12, 10, QLatin1Char('0'));
            e.summary = QStringLiteral("x");
            events.append(e);
        }
        model.appendEvents(events);
        QString error;
        QCOMPARE(model.exportJsonl(path, &error), 5000);

        EventLogModel loaded;
        QAbstractItemModelTester tester(&loaded);
        QSignalSpy finished(&loaded, &EventLogModel::loadFinished);
        QSignalSpy progress(&loaded, &EventLogModel::loadProgress);
        QVERIFY(loaded.loadJsonl(path, &error));
        QVERIFY(loaded.isLoading());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toLongLong(), 5000);
        QCOMPARE(finished.at(0).at(1).toLongLong(), 0);
        QCOMPARE(finished.at(0).at(2).toBool(), false);
        QVERIFY(progress.size() >= 2); // fed in batches
        QCOMPARE(loaded.rowCount(), 5000);
        for (int r : {0, 1234, 4999}) {
            QCOMPARE(loaded.data(loaded.index(r, 0), EventLogModel::AckRole).toString(),
                events.at(r).ack);
            QCOMPARE(loaded.data(loaded.index(r, 0), EventLogModel::RawJsonRole).toByteArray(),
                events.at(r).raw);
            QCOMPARE(
                loaded.data(loaded.index(r, 0), EventLogModel::LineNumberRole).toLongLong(), r + 1);
            QVERIFY(loaded.data(loaded.index(r, EventLogModel::SummaryColumn))
                        .toString()
                        .contains(QStringLiteral("IMG_%1.JPG").arg(r + 1)));
        }
        // And back out again, byte for byte.
        const QString again = dir.filePath(QStringLiteral("again.jsonl"));
        QCOMPARE(loaded.exportJsonl(again), 5000);
        QFile a(path), b(again);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
    }

    void malformedLinesAreReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.jsonl"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(assetLine(1) + '\n');
        f.write(assetLine(2) + '\n');
        f.write("{\"type\":\"AssetV1\",\"data\":{\n"); // line 3: broken JSON
        f.write("\n"); // line 4: empty (skipped)
        f.write("{\"data\":{},\"ack\":\"AssetV1|x\"}\n"); // line 5: no type
        f.write(assetLine(6)); // line 6: no final newline
        f.close();

        EventLogModel model;
        QAbstractItemModelTester tester(&model);
        QSignalSpy bad(&model, &EventLogModel::malformedLineFound);
        QSignalSpy finished(&model, &EventLogModel::loadFinished);
        QVERIFY(model.loadJsonl(path));
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(finished.at(0).at(1).toLongLong(), 2);
        QCOMPARE(bad.size(), 2);
        QCOMPARE(bad.at(0).at(0).toLongLong(), 3);
        QCOMPARE(bad.at(1).at(0).toLongLong(), 5);
        const QList<MalformedLine> lines = model.malformedLines();
        QCOMPARE(lines.size(), 2);
        QVERIFY(!lines.at(0).error.isEmpty());
        QCOMPARE(model.data(model.index(2, 0), EventLogModel::LineNumberRole).toLongLong(), 6);

        QVERIFY(!model.loadJsonl(dir.filePath(QStringLiteral("missing.jsonl"))));
    }

    void bigFileStaysResponsive()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.jsonl"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 1; i <= 200000; ++i)
            f.write(assetLine(i) + '\n');
        f.close();

        EventLogModel model;
        model.setMaxRows(50000);
        QSignalSpy finished(&model, &EventLogModel::loadFinished);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(model.loadJsonl(path));
        QVERIFY(timer.elapsed() < 200); // the call returns at once; reading happens on a worker
        // The event loop keeps turning while the file is read: a timer fires on time.
        int ticks = 0;
        QTimer tick;
        QObject::connect(&tick, &QTimer::timeout, [&ticks] { ++ticks; });
        tick.start(20);
        QVERIFY(finished.wait(60000));
        qInfo() << "200k lines loaded in" << timer.elapsed() << "ms; timer ticks" << ticks;
        QVERIFY(ticks > 0);
        QCOMPARE(finished.at(0).at(0).toLongLong(), 200000);
        QCOMPARE(model.rowCount(), 50000);
        QCOMPARE(
            model.data(model.index(49999, 0), EventLogModel::LineNumberRole).toLongLong(), 200000);

        // Cancelling a load in progress.
        EventLogModel other;
        QSignalSpy otherFinished(&other, &EventLogModel::loadFinished);
        QVERIFY(other.loadJsonl(path));
        other.cancelLoad();
        QCOMPARE(otherFinished.size(), 1);
        QCOMPARE(otherFinished.at(0).at(2).toBool(), true);
        QVERIFY(!other.isLoading());
    }
};

QTEST_GUILESS_MAIN(TestEventLogModel)
#include "event_log_model.moc"
