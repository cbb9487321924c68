// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// SyncLineSplitter: every chunk boundary of the captured stream bodies, CRLF, empty lines,
// truncated bodies and the maximum line length.
#include "protocol/SyncLineSplitter.h"

#include "TestSupport.h"

#include <QTest>

using namespace Tidemark;

namespace {

struct Expected
{
    QByteArray bytes;
    qint64 lineNumber;
    qint64 offset;
};

// The reference split: every '\n'-terminated line (no CR handling, no empties in captures).
QList<Expected> referenceLines(const QByteArray &body)
{
    QList<Expected> out;
    qint64 start = 0;
    qint64 number = 0;
    for (qint64 i = 0; i < body.size(); ++i) {
        if (body[i] == '\n') {
            ++number;
            if (i > start)
                out.append({body.mid(start, i - start), number, start});
            start = i + 1;
        }
    }
    return out;
}

void compareLines(const QList<SyncLine> &got, const QList<Expected> &want)
{
    QCOMPARE(got.size(), want.size());
    for (qsizetype i = 0; i < got.size(); ++i) {
        QCOMPARE(got[i].bytes, want[i].bytes);
        QCOMPARE(got[i].lineNumber, want[i].lineNumber);
        QCOMPARE(got[i].byteOffset, want[i].offset);
    }
}

} // namespace

class SyncLineSplitterTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void captures_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<int>("lines");
        QTest::newRow("004") << QStringLiteral("004-") << 28;
        QTest::newRow("005 (rawchunks)") << QStringLiteral("005-") << 28;
        QTest::newRow("113") << QStringLiteral("113-") << 8;
        QTest::newRow("034") << QStringLiteral("034-") << 5;
    }

    // Two chunks, split at every byte position of the body.
    void captures()
    {
        QFETCH(QString, prefix);
        QFETCH(int, lines);
        const QByteArray body = Test::loadCapture(prefix).body;
        QVERIFY(body.endsWith('\n'));
        const QList<Expected> want = referenceLines(body);
        QCOMPARE(want.size(), lines);
        for (qsizetype split = 0; split <= body.size(); ++split) {
            SyncLineSplitter s;
            QList<SyncLine> got;
            QVERIFY(!s.feed(QByteArrayView(body).first(split), got));
            QVERIFY(!s.feed(QByteArrayView(body).sliced(split), got));
            QVERIFY(!s.finish());
            compareLines(got, want);
            if (QTest::currentTestFailed()) {
                qWarning() << "split at" << split;
                return;
            }
            QCOMPARE(s.bytesConsumed(), body.size());
            QCOMPARE(s.linesTerminated(), lines);
        }
    }

    // Fixed chunk sizes 1..64 and a few large ones (every boundary for size 1).
    void captureChunkSizes()
    {
        const QByteArray body = Test::loadCapture(QStringLiteral("004-")).body;
        const QList<Expected> want = referenceLines(body);
        for (qsizetype size : {1, 2, 3, 5, 7, 13, 64, 100, 511, 4096, 1 << 20}) {
            SyncLineSplitter s;
            QList<SyncLine> got;
            for (qsizetype at = 0; at < body.size(); at += size)
                QVERIFY(
                    !s.feed(QByteArrayView(body).sliced(at, qMin(size, body.size() - at)), got));
            QVERIFY(!s.finish());
            compareLines(got, want);
        }
    }

    // The raw chunk framing of capture 005 (one HTTP chunk per line) gives the same lines.
    void rawChunksSameAs004()
    {
        QCOMPARE(Test::loadCapture(QStringLiteral("005-")).body.size(),
            Test::loadCapture(QStringLiteral("004-")).body.size());
        compareLines(SyncLineSplitter().feed(Test::loadCapture(QStringLiteral("005-")).body),
            referenceLines(Test::loadCapture(QStringLiteral("004-")).body));
    }

    void emptyBody()
    {
        SyncLineSplitter s;
        QVERIFY(s.feed(QByteArray()).isEmpty());
        QVERIFY(!s.finish());
        QCOMPARE(s.linesTerminated(), 0);
    }

    void crlf()
    {
        const QByteArray body("{\"a\":1}\r\n{\"b\":2}\r\n");
        for (qsizetype split = 0; split <= body.size(); ++split) {
            SyncLineSplitter t;
            QList<SyncLine> got;
            t.feed(QByteArrayView(body).first(split), got);
            t.feed(QByteArrayView(body).sliced(split), got);
            QVERIFY(!t.finish());
            QCOMPARE(got.size(), 2);
            QCOMPARE(got[0].bytes, QByteArray("{\"a\":1}"));
            QCOMPARE(got[1].bytes, QByteArray("{\"b\":2}"));
            QCOMPARE(got[1].byteOffset, 9);
            QCOMPARE(got[1].lineNumber, 2);
        }
    }

    void emptyLines()
    {
        const QByteArray body("\n{\"a\":1}\n\n\r\n{\"b\":2}\n");
        SyncLineSplitter s;
        const QList<SyncLine> got = s.feed(body);
        QCOMPARE(got.size(), 2);
        QCOMPARE(got[0].lineNumber, 2);
        QCOMPARE(got[0].byteOffset, 1);
        QCOMPARE(got[1].lineNumber, 5);
        QCOMPARE(got[1].byteOffset, 12);
        QVERIFY(!s.finish());

        SyncLineSplitter keep;
        keep.setSkipEmptyLines(false);
        QCOMPARE(keep.feed(body).size(), 5);
    }

    void truncatedFinalLine()
    {
        const QByteArray body = Test::loadCapture(QStringLiteral("004-")).body;
        const QByteArray cut = body.left(body.size() - 40); // last line loses its end and its \n
        const qsizetype lastStart = cut.lastIndexOf('\n') + 1;
        SyncLineSplitter s;
        s.setContext(QStringLiteral("POST /api/sync/stream"));
        const QList<SyncLine> got = s.feed(cut);
        QCOMPARE(got.size(), 27);
        QCOMPARE(s.pendingBytes(), cut.size() - lastStart);
        const Error e = s.finish();
        QCOMPARE(e.kind, Error::Kind::Malformed);
        QCOMPARE(e.lineNumber, 28);
        QCOMPARE(e.byteOffset, lastStart);
        QCOMPARE(e.where, QStringLiteral("POST /api/sync/stream"));
        QVERIFY(e.detail.contains(QStringLiteral("truncated")));
        QVERIFY(s.hasFailed());
        // A complete last line without '\n' is still a truncated body: the server always ends
        // lines with '\n'.
        SyncLineSplitter t;
        t.feed(QByteArray("{\"type\":\"SyncCompleteV1\",\"data\":{},\"ack\":\"x\"}"));
        QCOMPARE(t.finish().kind, Error::Kind::Malformed);
    }

    void maxLineLength()
    {
        // Exactly at the limit: fine. One byte more: error, without buffering the line.
        const qsizetype max = 64;
        const QByteArray ok(max, 'x');
        SyncLineSplitter a(max);
        QCOMPARE(a.feed(ok + "\n").size(), 1);
        QVERIFY(!a.finish());
        SyncLineSplitter crlf(max);
        QCOMPARE(crlf.feed(ok + "\r\n").size(), 1);

        const QByteArray tooLong(max + 1, 'x');
        for (qsizetype split : {qsizetype(0), qsizetype(1), qsizetype(30), max, max + 1}) {
            SyncLineSplitter b(max);
            QList<SyncLine> got;
            Error e = b.feed(QByteArray("{\"a\":1}\n") + tooLong.left(split), got);
            if (!e)
                e = b.feed(tooLong.mid(split) + "\n{\"b\":2}\n", got);
            QCOMPARE(e.kind, Error::Kind::Malformed);
            QCOMPARE(e.lineNumber, 2);
            QCOMPARE(e.byteOffset, 8);
            QCOMPARE(got.size(), 1); // the line before is delivered, nothing after
            QVERIFY(b.pendingBytes() <= max + 1);
            QVERIFY(b.feed(QByteArray("\n")).isEmpty()); // sticky
            QCOMPARE(b.finish().kind, Error::Kind::Malformed);
        }

        // Unterminated: reported as soon as the tail passes the limit, never buffered beyond.
        SyncLineSplitter c(max);
        QList<SyncLine> sink;
        Error e;
        for (int i = 0; i < 1000 && !e; ++i)
            e = c.feed(QByteArray(10, 'y'), sink);
        QCOMPARE(e.kind, Error::Kind::Malformed);
        QVERIFY(c.pendingBytes() <= max + 1);
        QCOMPARE(SyncLineSplitter::DefaultMaxLineLength, 16 * 1024 * 1024);
    }

    void veryLongLine()
    {
        // A 5 MiB line in 4 KiB chunks: one line, intact.
        QByteArray line = "{\"type\":\"X\",\"data\":{\"blob\":\"" + QByteArray(5 * 1024 * 1024, 'a')
            + "\"},\"ack\":\"x\"}";
        const QByteArray body = "{}\n" + line + "\n";
        SyncLineSplitter s;
        QList<SyncLine> got;
        for (qsizetype at = 0; at < body.size(); at += 4096)
            QVERIFY(!s.feed(
                QByteArrayView(body).sliced(at, qMin<qsizetype>(4096, body.size() - at)), got));
        QVERIFY(!s.finish());
        QCOMPARE(got.size(), 2);
        QCOMPARE(got[1].bytes, line);
        QCOMPARE(got[1].byteOffset, 3);
    }

    void resetStartsOver()
    {
        SyncLineSplitter s;
        s.feed(QByteArray("abc"));
        s.reset();
        const auto got = s.feed(QByteArray("x\n"));
        QCOMPARE(got.size(), 1);
        QCOMPARE(got[0].bytes, QByteArray("x"));
        QCOMPARE(got[0].byteOffset, 0);
    }
};

QTEST_GUILESS_MAIN(SyncLineSplitterTest)
#include "sync_line_splitter.moc"
