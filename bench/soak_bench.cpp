// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// soak_bench: many stream runs through one SyncService into one mirror, with library mutations
// between them and a full resend every few runs, until millions of events have gone through;
// prints the resident memory after every run and the growth over the whole soak.
//
//   soak_bench [--assets N=200000] [--runs R=16] [--new-login-every K=2] [--mutations M=20000]
//
// The dev server runs in this process (its mutation API is in-process only); its own growth is
// the added assets, a few hundred bytes each.

#include "SoakLoop.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Reliability;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    SoakConfig cfg;
    cfg.ownAssets = 200000;
    cfg.partnerAssets = 20000;
    cfg.iterations = 16;
    cfg.newLoginEvery = 2;
    cfg.mutations = 20000;
    cfg.compareEvery = 4;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        const QString k = args.at(i);
        const int v = args.at(i + 1).toInt();
        if (k == QLatin1StringView("--assets")) {
            cfg.ownAssets = v;
            cfg.partnerAssets = v / 10;
        } else if (k == QLatin1StringView("--runs")) {
            cfg.iterations = v;
        } else if (k == QLatin1StringView("--new-login-every")) {
            cfg.newLoginEvery = v;
        } else if (k == QLatin1StringView("--mutations")) {
            cfg.mutations = v;
        } else {
            QTextStream(stderr) << "unknown option " << k << '\n';
            return 1;
        }
    }
    QTextStream out(stdout);
    QList<SoakSample> samples;
    const QString error = runSoak(
        cfg,
        [&out](const SoakSample &s) {
            out << QStringLiteral("run %1%2: %3 events (total %4) in %5 ms, RSS %6 MiB\n")
                       .arg(s.iteration, 2)
                       .arg(s.newLogin ? QStringLiteral(" (new login)") : QString())
                       .arg(s.events, 8)
                       .arg(s.totalEvents, 9)
                       .arg(s.ms, 6)
                       .arg(double(s.rssKiB) / 1024.0, 0, 'f', 1);
            out.flush();
        },
        &samples);
    if (!error.isEmpty()) {
        QTextStream(stderr) << "soak failed: " << error << '\n';
        return 2;
    }
    qint64 low = samples.value(1).rssKiB, high = 0;
    for (const SoakSample &s : samples) {
        if (s.iteration >= 1)
            low = qMin(low, s.rssKiB);
        high = qMax(high, s.rssKiB);
    }
    out << QStringLiteral(
        "%1 events in %2 runs; RSS after run 1: %3 MiB, last: %4 MiB, min %5, max %6 MiB\n")
               .arg(samples.last().totalEvents)
               .arg(samples.size())
               .arg(double(samples.value(1).rssKiB) / 1024.0, 0, 'f', 1)
               .arg(double(samples.last().rssKiB) / 1024.0, 0, 'f', 1)
               .arg(double(low) / 1024.0, 0, 'f', 1)
               .arg(double(high) / 1024.0, 0, 'f', 1);
    return 0;
}
