// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Fault matrix: every fault the dev server (or the machine) can inject, at several points of a
// multi-type stream (users, assets, exif, partner assets, albums), against the real SyncService
// and a real mirror; then a run without the fault. After the faulted run and after the resume:
// the server's acks never pass what the mirror committed; after the resume the mirror equals the
// server's library. The faulted run ends with exactly one message, naming the cause.

#include "ReliabilityEnv.h"

#include <csignal>
#include <sys/resource.h>

using namespace Tidemark;
using namespace Reliability;

namespace {

//! Caps the size of any file this process writes (RLIMIT_FSIZE holds for root too): SQLite then
//! fails its writes as it would on a full disk. Restored on destruction.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::signal(SIGXFSZ, SIG_IGN); // the write fails with EFBIG instead of killing the process
        ::getrlimit(RLIMIT_FSIZE, &m_old);
        rlimit l = m_old;
        l.rlim_cur = bytes;
        ::setrlimit(RLIMIT_FSIZE, &l);
    }
    ~FileSizeLimit() { ::setrlimit(RLIMIT_FSIZE, &m_old); }

private:
    rlimit m_old {};
};

struct Expected
{
    Error::Kind kind = Error::Kind::None; //!< None: the run completes (after retrying)
    QString inMessage; //!< a word the one message must contain
};

} // namespace

class FaultMatrixTest : public QObject
{
    Q_OBJECT

    Env env;
    QList<RefLine> reference;
    QList<QPair<QString, qsizetype>> points; //!< (name, line index)
    qint64 mirrorBytes = 0; //!< size of a complete mirror (for the full disk)
    int ackRequests = 0; //!< ack requests of a complete run

private Q_SLOTS:
    void initTestCase()
    {
        env.tuning.batchLines = 150; // many transactions and ack requests per run
        QVERIFY(env.start());
        StreamOptions probe;
        probe.mode = AckMode::DryRun;
        probe.jsonlExportPath = env.dir.filePath(QStringLiteral("reference.jsonl"));
        QCOMPARE(env.streamOnce(probe).outcome, RunOutcome::Complete);
        reference = readStream(probe.jsonlExportPath);
        QVERIFY(reference.size() > 1000);
        for (const char *type :
            {"UserV1", "AssetV1", "AssetExifV1", "PartnerAssetV1", "AlbumToAssetV1"}) {
            const QString name = QString::fromLatin1(type);
            qsizetype first = -1, count = 0;
            for (qsizetype i = 0; i < reference.size(); ++i) {
                if (reference[i].type == name) {
                    if (first < 0)
                        first = i;
                    ++count;
                }
            }
            QVERIFY2(first >= 0, type);
            points.append({name, first + count / 2});
        }
        // A complete mirror's size and ack count, for the disk-full and ack points.
        env.newSession();
        const RunResult full = env.streamOnce();
        QCOMPARE(full.outcome, RunOutcome::Complete);
        ackRequests = int(full.ackRequests);
        mirrorBytes = QFileInfo(env.mirrorPath()).size();
        // Acks committed while a request is in flight go out together, so a loaded machine sends
        // fewer requests; the ack-fails rows need at least three (they fail the 1st, 2nd or 3rd).
        QVERIFY2(ackRequests >= 3, qPrintable(QString::number(ackRequests)));
        qInfo("reference: %lld lines, %d ack requests, mirror %lld bytes", qint64(reference.size()),
            ackRequests, mirrorBytes);
    }

    void faults_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("point");
        const QStringList atPoints {QStringLiteral("cut-bytes"), QStringLiteral("malformed-line"),
            QStringLiteral("stall"), QStringLiteral("http-500"),
            QStringLiteral("http-503-retry-after"), QStringLiteral("revoked-401"),
            QStringLiteral("disk-full"), QStringLiteral("read-only"), QStringLiteral("ack-fails")};
        for (const QString &fault : atPoints)
            for (int p = 0; p < 5; ++p)
                QTest::addRow("%s@%d", qPrintable(fault), p) << fault << p;
        QTest::newRow("truncated-final-line") << QStringLiteral("truncated-final-line") << 0;
    }

    void faults()
    {
        QFETCH(QString, fault);
        QFETCH(int, point);
        using Fault = TidemarkDev::Fault;
        env.server.clearFaults();
        env.tuning.retry.maxRetries = 0;
        env.tuning.mirrorReadOnly = false;
        env.inactivityMs = 10000;
        const qsizetype line = points.value(point).second;
        const QString stream = QStringLiteral("/api/sync/stream");

        Fault f;
        f.path = stream;
        f.after = line;
        Expected expected;
        std::unique_ptr<FileSizeLimit> limit;
        if (fault == QLatin1StringView("cut-bytes")) {
            f.kind = Fault::Kind::CutAfterBytes;
            f.after = reference[line].byteOffset + reference[line].size / 2;
            // The cut may meet an ack request in flight first (Network); the stream itself was
            // reached and ended early (ClosedEarly). Either way the sentence names the request.
            expected = {Error::Kind::ClosedEarly, QStringLiteral("(POST /api/sync/")};
        } else if (fault == QLatin1StringView("malformed-line")) {
            f.kind = Fault::Kind::MalformedLine;
            expected = {Error::Kind::Malformed, QStringLiteral("line %1").arg(line + 1)};
        } else if (fault == QLatin1StringView("truncated-final-line")) {
            f.kind = Fault::Kind::TruncateFinalLine;
            expected = {Error::Kind::ClosedEarly,
                QStringLiteral("closed the stream before it was complete")};
        } else if (fault == QLatin1StringView("stall")) {
            env.inactivityMs = 1000;
            f.kind = Fault::Kind::Stall;
            f.stallMs = 2500;
            expected = {Error::Kind::Timeout, QStringLiteral("timed out")};
        } else if (fault == QLatin1StringView("http-500")
            || fault == QLatin1StringView("http-503-retry-after")) {
            // The connection is cut at the point; the retry of the stream meets the status.
            const bool unavailable = fault.contains(QLatin1StringView("503"));
            f.kind = Fault::Kind::CutAfterLines;
            Fault status;
            status.kind = Fault::Kind::HttpStatus;
            status.path = stream;
            status.status = unavailable ? 503 : 500;
            status.retryAfterSeconds = unavailable ? 1 : -1;
            status.skip = 1; // the first request is the one cut
            env.server.addFault(status);
            env.tuning.retry.maxRetries = unavailable ? 2 : 1;
            expected
                = unavailable ? Expected {} : Expected {Error::Kind::Http, QStringLiteral("500")};
        } else if (fault == QLatin1StringView("revoked-401")) {
            f.kind = Fault::Kind::RevokeSessionAfterLines;
            env.tuning.retry.maxRetries = 3; // must not loop all the same
            expected = {Error::Kind::Unauthorized, QStringLiteral("credentials")};
        } else if (fault == QLatin1StringView("disk-full")) {
            f.kind = Fault::Kind::None;
            expected = {Error::Kind::Storage, QStringLiteral("mirror")};
        } else if (fault == QLatin1StringView("read-only")) {
            f.kind = Fault::Kind::CutAfterLines; // some data first, then the mirror turns read-only
            expected = {Error::Kind::Storage, QStringLiteral("mirror")};
        } else if (fault == QLatin1StringView("ack-fails")) {
            f.kind = Fault::Kind::HttpStatus;
            f.path = QStringLiteral("/api/sync/ack");
            // The 1st, 2nd or 3rd ack request of the run fails (acks sent while one is in flight
            // are merged, so a run has only a few), with 500 or 503.
            f.status = point < 3 ? 500 : 503;
            f.times = -1;
            f.skip = point % 3;
            expected = {Error::Kind::Http, QStringLiteral("/api/sync/ack")};
        }

        env.newSession();
        const QString firstToken = env.token;
        if (f.kind != Fault::Kind::None)
            env.server.addFault(f);
        if (fault == QLatin1StringView("read-only")) {
            QCOMPARE(env.streamOnce().outcome, RunOutcome::Interrupted);
            env.tuning.mirrorReadOnly = true;
        }
        env.applyTuning();

        QSignalSpy warnings(env.svc.get(), &SyncService::warning);
        QSignalSpy retries(env.svc.get(), &SyncService::retryScheduled);
        const qint64 streamsBefore = env.server.streamRequestCount();
        QList<RunResult> runs;
        if (fault == QLatin1StringView("disk-full")) {
            // Limits from a tenth to nine tenths of a complete mirror: the run stops in the
            // schema, the bulk load, or its final merge.
            limit = std::make_unique<FileSizeLimit>(rlim_t(mirrorBytes * (1 + 2 * point) / 10));
            runs = env.stream();
            limit.reset();
        } else {
            runs = env.stream();
        }

        // Exactly one outcome, one message, naming the cause.
        QCOMPARE(runs.size(), 1);
        const RunResult &r = runs.first();
        QVERIFY2(warnings.isEmpty(),
            qPrintable(warnings.isEmpty() ? QString() : warnings.first().at(0).toString()));
        if (expected.kind == Error::Kind::None) {
            QVERIFY2(r.outcome == RunOutcome::Complete, qPrintable(r.error.technicalDetails()));
            QVERIFY(retries.size() >= 1);
            const auto last = retries.last();
            QCOMPARE(last.at(2).value<Error>().httpStatus, 503);
            QVERIFY(last.at(1).toInt() >= 1); // "retrying in 1 s": Retry-After honoured
        } else {
            QVERIFY2(r.outcome == RunOutcome::Failed || r.outcome == RunOutcome::Interrupted,
                qPrintable(runOutcomeName(r.outcome)));
            const bool ackCut = expected.kind == Error::Kind::ClosedEarly
                && r.error.kind == Error::Kind::Network
                && r.error.where.contains(QLatin1StringView("/ack"));
            QVERIFY2(r.error.kind == expected.kind || ackCut,
                qPrintable(
                    kindName(r.error.kind) + QStringLiteral(": ") + r.error.technicalDetails()));
            const QString message = r.error.userMessage();
            QVERIFY2(message.contains(expected.inMessage), qPrintable(message));
        }
        if (fault == QLatin1StringView("revoked-401")) {
            QCOMPARE(r.error.suggestedAction(), Error::Action::LogInAgain);
            // Never a loop: a cut at a line boundary may be retried once, and the retry meets the
            // 401; or an ack request meets it first.
            QVERIFY(env.server.streamRequestCount() - streamsBefore <= 2);
            QVERIFY(retries.size() <= 1);
        }
        if (fault == QLatin1StringView("disk-full"))
            QCOMPARE(r.error.suggestedAction(), Error::Action::FreeDisk);

        // The server never got ahead of the mirror.
        {
            MirrorView m(env.mirrorPath());
            QVERIFY2(!m.openError.isError(), qPrintable(m.openError.technicalDetails()));
            const QString bad = checkAcksNotAhead(env.serverCheckpoints(), m);
            QVERIFY2(bad.isEmpty(), qPrintable(bad));
        }

        // Resume without the fault.
        env.server.clearFaults();
        env.tuning.mirrorReadOnly = false;
        env.tuning.retry.maxRetries = 0;
        env.inactivityMs = 10000;
        if (fault == QLatin1StringView("revoked-401")) {
            QVERIFY(!env.server.hasSession(firstToken));
            env.newLogin(); // the user logged in again; same mirror
        } else {
            env.svc->setConnection(env.connection());
            env.applyTuning();
        }
        const RunResult resumed = env.streamOnce();
        QVERIFY2(
            resumed.outcome == RunOutcome::Complete, qPrintable(resumed.error.technicalDetails()));
        MirrorView m(env.mirrorPath());
        const QString same = checkMirrorEqualsServer(env, m, reference);
        QVERIFY2(same.isEmpty(), qPrintable(same));
        const QString bad = checkAcksNotAhead(env.serverCheckpoints(), m);
        QVERIFY2(bad.isEmpty(), qPrintable(bad));
        // Everything acked: a further run has nothing but SyncCompleteV1.
        QCOMPARE(env.streamOnce().events, qint64(1));
    }
};

QTEST_GUILESS_MAIN(FaultMatrixTest)
#include "fault_matrix.moc"
