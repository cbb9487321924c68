// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Soak (CI size): 18 stream runs with library mutations between them and a full resend every
// third run, through one SyncService into one mirror. Resident memory must stay flat (a leak per
// run or per event would show as steady growth). bench/soak_bench runs the same loop with millions
// of events.

#include "SoakLoop.h"

#include <QTest>

#include <limits>

using namespace Reliability;

class SoakTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void memoryStaysFlat()
    {
        SoakConfig cfg;
        cfg.ownAssets = 6000;
        cfg.partnerAssets = 600;
        cfg.iterations = 18;
        cfg.newLoginEvery = 3;
        cfg.mutations = 1200;
        QList<SoakSample> samples;
        const QString error = runSoak(
            cfg,
            [](const SoakSample &s) {
                qInfo("run %2d%s: %7lld events (total %8lld) in %5lld ms, RSS %lld KiB",
                    s.iteration, s.newLogin ? " (new login)" : "", s.events, s.totalEvents, s.ms,
                    s.rssKiB);
            },
            &samples);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(samples.size(), cfg.iterations);
        QVERIFY(samples.last().totalEvents > 4 * cfg.ownAssets);
        // Resident memory is noisy (SQLite page caches fill and empty, the heap is handed back in
        // pieces): a leak shows as the lowest figure of the last cycles rising above the highest
        // of the first cycles after the warm-up run.
        qint64 early = 0, late = std::numeric_limits<qint64>::max();
        for (int i = 1; i <= 2 * cfg.newLoginEvery; ++i)
            early = qMax(early, samples.at(i).rssKiB);
        for (int i = cfg.iterations - 2 * cfg.newLoginEvery; i < cfg.iterations; ++i)
            late = qMin(late, samples.at(i).rssKiB);
#if defined(__SANITIZE_ADDRESS__)
        // AddressSanitizer holds freed memory in its quarantine: resident memory says nothing
        // here. The sanitizer's own leak check covers this build.
        QSKIP("resident memory is not meaningful under AddressSanitizer");
#endif
        const qint64 marginKiB = 16 * 1024; // runs here spread over about 10 MB without any trend
        qInfo("RSS: highest of runs 1-%d %lld KiB, lowest of the last %d runs %lld KiB (margin "
              "%lld KiB)",
            2 * cfg.newLoginEvery, early, 2 * cfg.newLoginEvery, late, marginKiB);
        QVERIFY2(late - early <= marginKiB,
            qPrintable(QStringLiteral("RSS grew from %1 to %2 KiB").arg(early).arg(late)));
    }
};

QTEST_GUILESS_MAIN(SoakTest)
#include "soak.moc"
