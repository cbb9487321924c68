// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The stream ingestion seam without a network: bytes in, runs into a sink, acks out.
// Unknown entity types, ack discipline on storage failures, last-per-type acks, the disk spill.

#include "sync/AckSet.h"
#include "sync/SpillQueue.h"
#include "sync/StreamPipeline.h"

#include <QCoreApplication>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Tidemark;

namespace {

QByteArray line(const QString &type, const QString &ack, const QByteArray &data = "{}")
{
    return "{\"type\":\"" + type.toUtf8() + "\",\"data\":" + data + ",\"ack\":\"" + ack.toUtf8()
        + "\"}\n";
}

QString uuid7(int n)
{
    return QStringLiteral("019daa55-%1-7000-8000-000000000000").arg(n, 4, 16, QLatin1Char('0'));
}

QByteArray assetLine(int n, const QString &type = QStringLiteral("AssetV1"))
{
    const QByteArray data = "{\"id\":\""
        + QStringLiteral("8a749608-71b2-47ae-a944-%1").arg(n, 12, 10, QLatin1Char('0')).toUtf8()
        + "\",\"ownerId\":\"791b7fbd-510a-402d-878e-e80f70a1700a\",\"originalFileName\":\"IMG_"
        + QByteArray::number(n)
        + ".JPG\",\"type\":\"IMAGE\",\"visibility\":\"timeline\",\"isFavorite\":false,"
          "\"deletedAt\":null,"
          "\"checksum\":\"abc=\",\"thumbhash\":null,\"fileCreatedAt\":\"2026-04-18T14:03:11."
          "000Z\"}";
    return line(type, type + QLatin1Char('|') + uuid7(n), data);
}

struct RecordingSink : StreamSink
{
    struct Run
    {
        SyncEntityType type;
        qsizetype size;
        qint64 firstLine, lastLine;
        QList<AckEntry> checkpoints;
    };
    QList<Run> *runs;
    int failAt;
    int delayMs;
    RecordingSink(QList<Run> *r, int fail, int delay) : runs(r), failAt(fail), delayMs(delay) { }
    Error open() override { return {}; }
    Error applyRun(std::span<const SyncEvent> run, const QList<AckEntry> &cps, AckMode) override
    {
        if (delayMs)
            QThread::msleep(delayMs);
        if (int(runs->size()) == failAt)
            return Error::make(
                Error::Kind::Storage, QStringLiteral("test sink"), QStringLiteral("disk full"));
        runs->append({run.front().type, qsizetype(run.size()), run.front().lineNumber,
            run.back().lineNumber, cps});
        return {};
    }
    Error wipeServerData() override { return {}; }
};

struct Harness
{
    QObject context;
    QList<RecordingSink::Run> runs;
    QList<PipelineFlush> flushes;
    QStringList unknown;
    PipelineSummary summary;
    bool done = false;
    std::unique_ptr<StreamPipeline> pipeline;

    void start(AckMode mode = AckMode::Automatic, int failAt = -1, int delayMs = 0,
        qint64 memLimit = 8 << 20, int batch = 5000, const QString &spillDir = {})
    {
        PipelineConfig cfg;
        cfg.mode = mode;
        cfg.memoryLimit = memLimit;
        cfg.batchLines = batch;
        cfg.spillDirectory = spillDir;
        cfg.sinkFactory = [this, failAt, delayMs] {
            return std::make_unique<RecordingSink>(&runs, failAt, delayMs);
        };
        StreamPipeline::Callbacks cb;
        cb.flushed = [this](const PipelineFlush &f) { flushes.append(f); };
        cb.unknownType = [this](const QString &t) { unknown.append(t); };
        cb.finished = [this](const PipelineSummary &s) {
            summary = s;
            done = true;
        };
        pipeline = std::make_unique<StreamPipeline>(cfg, &context, cb);
        pipeline->start();
    }
    bool finish(bool clean = true)
    {
        pipeline->finishInput(clean);
        QElapsedTimer t;
        t.start();
        while (!done && t.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        pipeline->join();
        return done;
    }
    QStringList sentAcks() const
    {
        QStringList all;
        for (const PipelineFlush &f : flushes)
            for (const AckEntry &e : f.acks.entries())
                all.append(e.ack);
        return all;
    }
};

} // namespace

class SyncPipelineTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unknownTypeIsSkippedAndNeverAcked()
    {
        Harness h;
        h.start();
        QByteArray body = assetLine(1) + assetLine(2)
            + line(
                QStringLiteral("AssetOcrV7"), QStringLiteral("AssetOcrV7|") + uuid7(3), "{\"x\":1}")
            + assetLine(4)
            + line(QStringLiteral("SyncCompleteV1"), QStringLiteral("SyncCompleteV1|") + uuid7(5));
        // Arbitrary chunking: the splitter must reassemble lines.
        for (qsizetype i = 0; i < body.size(); i += 37)
            h.pipeline->feed(body.mid(i, 37));
        QVERIFY(h.finish());
        QVERIFY(!h.summary.error.isError());
        QCOMPARE(h.unknown, QStringList {QStringLiteral("AssetOcrV7")});
        QCOMPARE(h.summary.unknownTypes, QStringList {QStringLiteral("AssetOcrV7")});
        QVERIFY(h.summary.sawComplete);
        // The unknown line splits the AssetV1 lines into two runs and is itself never applied.
        QCOMPARE(h.runs.size(), 3);
        QCOMPARE(h.runs[0].size, 2);
        QCOMPARE(h.runs[1].size, 1);
        QCOMPARE(h.runs[2].type, SyncEntityType::SyncCompleteV1);
        const QStringList acks = h.sentAcks();
        for (const QString &a : acks)
            QVERIFY2(!a.startsWith(QLatin1StringView("AssetOcrV7")), qPrintable(a));
        QVERIFY(acks.contains(QStringLiteral("AssetV1|") + uuid7(4)));
        QVERIFY(acks.contains(QStringLiteral("SyncCompleteV1|") + uuid7(5)));
    }

    void nothingIsAckedAfterAFailedCommit()
    {
        Harness h;
        // The second run fails to commit: its ack and everything after it must never be sent.
        h.start(AckMode::Automatic, 1);
        QByteArray body = assetLine(1) + assetLine(2)
            + line(QStringLiteral("AssetExifV1"), QStringLiteral("AssetExifV1|") + uuid7(3),
                "{\"assetId\":\"8a749608-71b2-47ae-a944-000000000001\"}")
            + line(QStringLiteral("SyncCompleteV1"), QStringLiteral("SyncCompleteV1|") + uuid7(4));
        h.pipeline->feed(body);
        QVERIFY(h.finish());
        QCOMPARE(h.summary.error.kind, Error::Kind::Storage);
        QVERIFY(!h.summary.sawComplete);
        const QStringList acks = h.sentAcks();
        QCOMPARE(acks, QStringList {QStringLiteral("AssetV1|") + uuid7(2)});
    }

    void checkpointTypeIsTheAckPrefixAndLastPerTypeWins()
    {
        Harness h;
        h.start();
        const QString create = uuid7(0x100);
        QByteArray body;
        body += assetLine(1, QStringLiteral("PartnerAssetBackfillV1"))
                    .replace("PartnerAssetBackfillV1|" + uuid7(1).toUtf8(),
                        "PartnerAssetBackfillV1|" + create.toUtf8() + "|" + uuid7(1).toUtf8());
        body += line(QStringLiteral("SyncAckV1"),
            QStringLiteral("PartnerAssetBackfillV1|%1|complete").arg(create));
        body += assetLine(2, QStringLiteral("PartnerAssetV1"));
        body += line(QStringLiteral("SyncAckV1"), QStringLiteral("AlbumAssetUpdateV1|") + uuid7(3));
        body += line(
            QStringLiteral("SyncAckV1"), QStringLiteral("Bogus|x")); // not sendable: never sent
        h.pipeline->feed(body);
        QVERIFY(h.finish());
        const QStringList acks = h.sentAcks();
        QCOMPARE(acks,
            (QStringList {QStringLiteral("PartnerAssetBackfillV1|%1|complete").arg(create),
                QStringLiteral("PartnerAssetV1|") + uuid7(2),
                QStringLiteral("AlbumAssetUpdateV1|") + uuid7(3)}));
        for (const PipelineFlush &f : h.flushes) {
            QSet<QString> types;
            for (const AckEntry &e : f.acks.entries()) {
                QVERIFY2(!types.contains(e.type), "two acks of one type in one request");
                types.insert(e.type);
            }
        }
    }

    void ackSetSplitsRequestsAndKeepsStreamOrder()
    {
        AckSet set;
        set.add(QStringLiteral("AssetV1|a"), 5);
        set.add(QStringLiteral("UserV1|b"), 2);
        set.add(QStringLiteral("AssetV1|c"), 9);
        set.add(QStringLiteral("AssetV1|old"), 1); // older than what is held: ignored
        QCOMPARE(set.requests(),
            (QList<QStringList> {{QStringLiteral("UserV1|b"), QStringLiteral("AssetV1|c")}}));
        AckSet many;
        for (int i = 0; i < 2500; ++i)
            many.add(QStringLiteral("T%1V1|x").arg(i), i);
        const auto reqs = many.requests(1000);
        QCOMPARE(reqs.size(), 3);
        QCOMPARE(reqs[0].size(), 1000);
        QCOMPARE(reqs[2].size(), 500);
        QCOMPARE(reqs[0].first(), QStringLiteral("T0V1|x"));
        QVERIFY(AckSet::sendable(QStringLiteral("AssetV1|") + uuid7(1)));
        QVERIFY(!AckSet::sendable(QStringLiteral("AssetV1|not-a-uuid")));
        QVERIFY(!AckSet::sendable(QStringLiteral("SyncResetV1|reset")));
    }

    void spillQueueKeepsOrderBeyondItsMemoryLimit()
    {
        QTemporaryDir dir;
        SpillQueue q(64 * 1024, dir.path());
        QByteArray expected;
        QByteArray got;
        std::atomic<bool> producerDone {false};
        QThread *consumer = QThread::create([&] {
            QByteArray chunk;
            while (q.pop(chunk) == SpillQueue::PopResult::Data) {
                got += chunk;
                QThread::usleep(200); // slower than the producer
            }
        });
        consumer->start();
        for (int i = 0; i < 4000; ++i) {
            const QByteArray c = QByteArray::number(i).repeated(300) + '\n';
            expected += c;
            QVERIFY(q.push(c));
        }
        // Spilling, yet nothing in the directory: a killed process leaves no file behind.
        QVERIFY(q.spilledBytesTotal() > 0);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {});
        producerDone = true;
        q.close();
        consumer->wait();
        delete consumer;
        QVERIFY(q.spilledBytesTotal() > 0);
        QVERIFY(q.peakMemoryBytes() <= 64 * 1024);
        QCOMPARE(got.size(), expected.size());
        QVERIFY(got == expected);
    }

    void slowMirrorSpillsAndCommitsEverythingInOrder()
    {
        QTemporaryDir dir;
        Harness h;
        h.start(AckMode::Automatic, -1, 2, 64 * 1024, 500, dir.path());
        QByteArray body;
        for (int i = 1; i <= 20000; ++i)
            body += assetLine(i);
        for (qsizetype i = 0; i < body.size(); i += 16384)
            QVERIFY(h.pipeline->feed(body.mid(i, 16384)));
        QVERIFY(h.finish());
        QVERIFY(!h.summary.error.isError());
        QVERIFY2(h.summary.spilledBytes > 0, "the slow mirror should have made the queue spill");
        qint64 total = 0, last = 0;
        for (const auto &r : std::as_const(h.runs)) {
            QVERIFY(r.firstLine > last);
            last = r.lastLine;
            total += r.size;
        }
        QCOMPARE(total, 20000);
        QVERIFY(h.sentAcks().contains(QStringLiteral("AssetV1|") + uuid7(20000)));
    }

    void truncatedFinalLineIsMalformedOnlyOnCleanEnd()
    {
        Harness h;
        h.start();
        h.pipeline->feed(assetLine(1) + assetLine(2).left(40));
        QVERIFY(h.finish(true));
        QCOMPARE(h.summary.error.kind, Error::Kind::Malformed);
        QCOMPARE(h.sentAcks(), QStringList {QStringLiteral("AssetV1|") + uuid7(1)});

        Harness cut;
        cut.start();
        cut.pipeline->feed(assetLine(1) + assetLine(2).left(40));
        QVERIFY(cut.finish(false));
        QVERIFY(!cut.summary.error.isError());
        QCOMPARE(cut.sentAcks(), QStringList {QStringLiteral("AssetV1|") + uuid7(1)});
    }
};

QTEST_GUILESS_MAIN(SyncPipelineTest)
#include "sync_pipeline.moc"
