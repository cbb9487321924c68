// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Retries: exponential back-off with jitter for transient errors (network, timeout, 5xx, 408,
// 429), the server's Retry-After honoured, a "retrying in N s" countdown in the progress, and a
// wait that can be cancelled. No retry for the other 4xx; 401 means "log in again", never a loop.

#include "ReliabilityEnv.h"

#include "sync/RetryPolicy.h"

#include <QTimeZone>

using namespace Tidemark;
using namespace Reliability;

namespace {

Error httpError(int status, int retryAfter = -1)
{
    Error e = Error::fromHttp(status, QByteArray(), QStringLiteral("POST /api/sync/stream"));
    e.retryAfterSeconds = retryAfter;
    return e;
}

TidemarkDev::Fault statusFault(int status, int retryAfter = -1, int times = 1)
{
    TidemarkDev::Fault f;
    f.kind = TidemarkDev::Fault::Kind::HttpStatus;
    f.path = QStringLiteral("/api/sync/stream");
    f.status = status;
    f.retryAfterSeconds = retryAfter;
    f.times = times;
    return f;
}

} // namespace

class RetriesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void whatIsRetried_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retried");
        const auto k = [](Error::Kind kind) { return int(kind); };
        QTest::newRow("network") << k(Error::Kind::Network) << 0 << true;
        QTest::newRow("timeout") << k(Error::Kind::Timeout) << 0 << true;
        for (int s : {500, 502, 503, 504, 408, 429})
            QTest::addRow("http-%d", s) << k(Error::Kind::Http) << s << true;
        for (int s : {400, 403, 404, 409, 410, 422})
            QTest::addRow("http-%d", s) << k(Error::Kind::Http) << s << false;
        QTest::newRow("401") << k(Error::Kind::Unauthorized) << 401 << false;
        QTest::newRow("api-key") << k(Error::Kind::ApiKeyRefused) << 403 << false;
        QTest::newRow("malformed") << k(Error::Kind::Malformed) << 0 << false;
        QTest::newRow("storage") << k(Error::Kind::Storage) << 0 << false;
        QTest::newRow("cancelled") << k(Error::Kind::Cancelled) << 0 << false;
    }
    void whatIsRetried()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(bool, retried);
        Error e = Error::make(Error::Kind(kind), QStringLiteral("test"));
        e.httpStatus = status;
        RetryPolicy p;
        p.maxRetries = 3;
        QCOMPARE(p.shouldRetry(e, 0), retried);
        QCOMPARE(p.shouldRetry(e, 2), retried);
        QVERIFY(!p.shouldRetry(e, 3)); // never more than maxRetries
        p.maxRetries = 0;
        QVERIFY(!p.shouldRetry(e, 0));
    }

    void backOffIsExponentialWithJitter()
    {
        RetryPolicy p;
        p.baseDelayMs = 1000;
        p.maxDelayMs = 60000;
        p.jitter = 0.25;
        const Error e = httpError(500);
        for (int attempt = 1; attempt <= 5; ++attempt) {
            const double nominal = 1000.0 * double(1 << (attempt - 1));
            QSet<int> seen;
            for (int i = 0; i < 200; ++i) {
                const int d = p.delayMs(attempt, e);
                QVERIFY2(d >= int(nominal * 0.75) && d <= int(nominal * 1.25) + 1,
                    qPrintable(QStringLiteral("attempt %1: %2 ms").arg(attempt).arg(d)));
                seen.insert(d);
            }
            QVERIFY2(seen.size() > 20, "no jitter"); // clients cut together do not return together
        }
        // The cap holds, jitter included.
        for (int i = 0; i < 100; ++i)
            QVERIFY(p.delayMs(12, e) <= 60000);
    }

    void retryAfterWins()
    {
        RetryPolicy p;
        p.baseDelayMs = 100;
        p.maxDelayMs = 30000;
        QVERIFY(p.delayMs(1, httpError(503, 7)) >= 7000);
        QVERIFY(p.delayMs(1, httpError(429, 2)) >= 2000);
        QCOMPARE(p.delayMs(1, httpError(503, 3600)), 30000); // capped: a day-long wait is a failure
        QVERIFY(p.delayMs(1, httpError(503, 0)) <= 125);
        // "Retry-After" as an HTTP date.
        const QDateTime now = QDateTime(QDate(2026, 11, 27), QTime(8, 0), Qt::UTC);
        QCOMPARE(Error::parseRetryAfter("Fri, 27 Nov 2026 08:00:05 GMT", now), 5);
        QCOMPARE(Error::parseRetryAfter("12", now), 12);
        QCOMPARE(Error::parseRetryAfter("soon", now), -1);
    }

    void tooManyRequestsIsRetriedAfterRetryAfter()
    {
        Env env;
        QVERIFY(env.start(multiTypeSpec(60, 10)));
        env.tuning.retry.maxRetries = 3;
        env.applyTuning();
        env.server.addFault(statusFault(429, 1));
        QSignalSpy retry(env.svc.get(), &SyncService::retryScheduled);
        QSignalSpy progress(env.svc.get(), &SyncService::progress);
        QElapsedTimer t;
        t.start();
        const RunResult r = env.streamOnce();
        QVERIFY2(r.outcome == RunOutcome::Complete, qPrintable(r.error.technicalDetails()));
        QVERIFY(t.elapsed() >= 950);
        QCOMPARE(retry.size(), 1);
        QCOMPARE(retry.at(0).at(0).toInt(), 1);
        QCOMPARE(retry.at(0).at(1).toInt(), 1); // "retrying in 1 s"
        QCOMPARE(retry.at(0).at(2).value<Error>().httpStatus, 429);
        // The countdown reached the progress (what the Sync panel shows as the phase).
        bool countdown = false;
        for (const auto &args : progress)
            countdown = countdown
                || (args.at(0).value<RunProgress>().phase == RunPhase::RetryingIn
                    && args.at(0).value<RunProgress>().retryInSeconds == 1);
        QVERIFY(countdown);
        QCOMPARE(env.server.streamRequestCount(), qint64(2));
    }

    void serverErrorsBackOffUntilTheLimit()
    {
        Env env;
        QVERIFY(env.start(multiTypeSpec(60, 10)));
        env.tuning.retry.maxRetries = 3;
        env.tuning.retry.baseDelayMs = 100;
        env.tuning.retry.jitter = 0.25;
        env.applyTuning();
        env.server.addFault(statusFault(500, -1, -1));
        QSignalSpy retry(env.svc.get(), &SyncService::retryScheduled);
        QElapsedTimer t;
        t.start();
        const RunResult r = env.streamOnce();
        QCOMPARE(r.outcome, RunOutcome::Failed);
        QCOMPARE(r.error.httpStatus, 500);
        QCOMPARE(retry.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(retry.at(i).at(0).toInt(), i + 1);
        QCOMPARE(env.server.streamRequestCount(), qint64(4)); // 1 + 3 retries, then stop
        QVERIFY(t.elapsed() >= qint64(0.75 * (100 + 200 + 400)));
        QCOMPARE(r.error.suggestedAction(), Error::Action::Retry);
    }

    void clientErrorsAreNotRetried_data()
    {
        QTest::addColumn<int>("status");
        for (int s : {400, 403, 404, 409})
            QTest::addRow("%d", s) << s;
    }
    void clientErrorsAreNotRetried()
    {
        QFETCH(int, status);
        Env env;
        QVERIFY(env.start(multiTypeSpec(20, 5)));
        env.tuning.retry.maxRetries = 3;
        env.applyTuning();
        env.server.addFault(statusFault(status, -1, -1));
        QSignalSpy retry(env.svc.get(), &SyncService::retryScheduled);
        const RunResult r = env.streamOnce();
        QCOMPARE(r.outcome, RunOutcome::Failed);
        QCOMPARE(r.error.httpStatus, status);
        QVERIFY(retry.isEmpty());
        QCOMPARE(env.server.streamRequestCount(), qint64(1));
    }

    void requestTimeoutIsRetried()
    {
        Env env;
        QVERIFY(env.start(multiTypeSpec(20, 5)));
        env.tuning.retry.maxRetries = 2;
        env.applyTuning();
        env.server.addFault(statusFault(408));
        const RunResult r = env.streamOnce();
        QVERIFY2(r.outcome == RunOutcome::Complete, qPrintable(r.error.technicalDetails()));
        QCOMPARE(env.server.streamRequestCount(), qint64(2));
    }

    void unauthorizedMeansLogInAgainNeverALoop()
    {
        Env env;
        QVERIFY(env.start(multiTypeSpec(20, 5)));
        env.tuning.retry.maxRetries = 5;
        env.applyTuning();
        // A revoked session: every request is refused.
        env.server.revokeSession(env.token);
        QSignalSpy retry(env.svc.get(), &SyncService::retryScheduled);
        const qint64 before = env.server.requestCount();
        const RunResult r = env.streamOnce();
        QCOMPARE(r.outcome, RunOutcome::Failed);
        QCOMPARE(r.error.kind, Error::Kind::Unauthorized);
        QCOMPARE(r.error.suggestedAction(), Error::Action::LogInAgain);
        QVERIFY(retry.isEmpty());
        const qint64 first = env.server.requestCount() - before;
        QVERIFY2(first >= 1 && first <= 2,
            qPrintable(QString::number(first))); // the first refusal ends it
        // Once more: the same few requests, the same one answer.
        const RunResult again = env.streamOnce();
        QCOMPARE(again.error.kind, Error::Kind::Unauthorized);
        QCOMPARE(env.server.requestCount() - before, 2 * first);
    }

    void waitingForARetryCanBeCancelled()
    {
        Env env;
        QVERIFY(env.start(multiTypeSpec(20, 5)));
        env.tuning.retry.maxRetries = 3;
        env.applyTuning();
        env.tuning.retry.maxDelayMs = 60000;
        env.applyTuning();
        env.server.addFault(statusFault(503, 30));
        QSignalSpy retry(env.svc.get(), &SyncService::retryScheduled);
        QSignalSpy done(env.svc.get(), &SyncService::runFinished);
        env.svc->startStream(StreamOptions());
        QVERIFY(retry.wait(10000));
        QCOMPARE(retry.at(0).at(1).toInt(), 30);
        QElapsedTimer t;
        t.start();
        env.svc->cancel();
        QVERIFY(done.wait(5000));
        QVERIFY(t.elapsed() < 3000);
        QCOMPARE(done.last().at(0).value<RunResult>().outcome, RunOutcome::Cancelled);
        QTest::qWait(200);
        QCOMPARE(env.server.streamRequestCount(), qint64(1)); // no request after the cancel
        QVERIFY(!env.svc->isRunning());
        // The next run starts normally.
        QCOMPARE(env.streamOnce().outcome, RunOutcome::Complete);
    }

    void failedAcksAreRetriedAndNeverAhead()
    {
        Env env;
        env.tuning.batchLines = 50;
        QVERIFY(env.start(multiTypeSpec(120, 20)));
        env.tuning.retry.maxRetries = 2;
        env.applyTuning();
        TidemarkDev::Fault f = statusFault(502);
        f.path = QStringLiteral("/api/sync/ack");
        f.skip = 2;
        env.server.addFault(f);
        QSignalSpy retry(env.svc.get(), &SyncService::retryScheduled);
        const RunResult r = env.streamOnce();
        QVERIFY2(r.outcome == RunOutcome::Complete, qPrintable(r.error.technicalDetails()));
        QCOMPARE(retry.size(), 1);
        QCOMPARE(retry.at(0).at(2).value<Error>().httpStatus, 502);
        QCOMPARE(env.streamOnce().events, qint64(1)); // everything was acked in the end
    }
};

QTEST_GUILESS_MAIN(RetriesTest)
#include "retries.moc"
