// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Throughput of SyncEventParser on AssetV1 lines (the bulk of a first sync), one core, best of
// 5 runs, beside QJsonDocument building the DOM of the same lines. Run by hand, never in CI (a
// speed depends on the machine and its load):  build/bench/parser_bench
// Target: >= 150 MB/s in an optimised build. TIDEMARK_PARSER_MIN_MBPS=<n> makes the run fail
// below n MB/s (default 0: only report).
#include "protocol/SyncEventParser.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

using namespace Tidemark;

namespace {

QList<SyncLine> assetLines(int count)
{
    const QByteArray templ
        = R"({"type":"AssetV1","data":{"id":"%ID%","ownerId":"791b7fbd-510a-402d-878e-e80f70a1700a","originalFileName":"IMG_%N%.HEIC","fileCreatedAt":"2026-04-18T14:03:11.000Z","fileModifiedAt":"2026-04-18T14:03:11.000Z","localDateTime":"2026-04-18T16:03:11.000Z","type":"IMAGE","deletedAt":null,"isFavorite":false,"visibility":"timeline","duration":null,"livePhotoVideoId":null,"stackId":"8ae72cac-93d9-40e4-a4ed-b26b1c040d0d","libraryId":null,"width":4032,"height":3024,"isEdited":false,"checksum":"tESTkKxdqOx8Jqgo3EBntNevMcw=","thumbhash":"UeCyPrF+E693iJnXaJV8HRgdLm881Fo="},"ack":"AssetV1|019daa55-41ec-7115-%ACK%"})";
    QList<SyncLine> lines;
    lines.reserve(count);
    qint64 offset = 0;
    for (int i = 0; i < count; ++i) {
        QByteArray line = templ;
        const QByteArray n = QByteArray::number(i).rightJustified(12, '0');
        line.replace("%ID%", "8a749608-71b2-47ae-a944-" + n);
        line.replace("%N%", n.right(6));
        line.replace("%ACK%", "89a8-" + n);
        lines.append(SyncLine {line, i + 1, offset});
        offset += line.size() + 1;
    }
    return lines;
}

double minimumMBps()
{
    return qEnvironmentVariable("TIDEMARK_PARSER_MIN_MBPS").toDouble();
}

} // namespace

class SyncEventParserThroughputTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void assetV1()
    {
        const QList<SyncLine> lines = assetLines(100000);
        qint64 bytes = 0;
        for (const SyncLine &l : lines)
            bytes += l.bytes.size() + 1;

        double best = 1e9;
        SyncEvent event;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer t;
            t.start();
            for (const SyncLine &l : lines) {
                const Error e
                    = SyncEventParser::parseInto(l.bytes, l.lineNumber, l.byteOffset, event);
                if (Q_UNLIKELY(e))
                    QFAIL(qPrintable(e.detail));
            }
            best = qMin(best, t.nsecsElapsed() / 1e9);
        }
        QCOMPARE(std::get<SyncAssetV1>(event.payload).originalFileName,
            QStringLiteral("IMG_099999.HEIC"));
        const double mbps = bytes / best / 1e6;
        const double lps = lines.size() / best;

        // The same lines through QJsonDocument (only building the DOM), for comparison.
        QElapsedTimer t;
        t.start();
        qsizetype sink = 0;
        for (qsizetype i = 0; i < lines.size(); i += 4)
            sink += QJsonDocument::fromJson(lines[i].bytes).object().size();
        const double qjsonMbps = (bytes / 4.0) / (t.nsecsElapsed() / 1e9) / 1e6;
        QVERIFY(sink > 0);

        qInfo("SyncEventParser AssetV1: %.0f MB/s, %.0f lines/s (%d lines of %lld bytes avg); "
              "QJsonDocument DOM only: %.0f MB/s",
            mbps, lps, int(lines.size()), bytes / lines.size(), qjsonMbps);
        const double minimum = minimumMBps();
        QVERIFY2(mbps >= minimum,
            qPrintable(QStringLiteral("%1 MB/s < %2 MB/s").arg(mbps).arg(minimum)));
    }
};

QTEST_GUILESS_MAIN(SyncEventParserThroughputTest)
#include "parser_bench.moc"
