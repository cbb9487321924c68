// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// fault_bench: N runs of the real headless `tidemark stream` against the in-process dev server,
// each with one random fault (cut, stall, 500/503, malformed line, failing ack request, full disk,
// SIGKILL), random library changes between runs, and after each the checks of
// tests/reliability/FaultStorm.h (nothing lost, no ack ahead, no duplicate, integrity_check ok,
// the next clean run equal to the server). Prints one line per run and the table at the end;
// exits 1 when anything was lost, ahead or duplicated.
//
//   fault_bench [--runs N=500] [--seed S=1] [--assets A=40]

#include "FaultStorm.h"

#include <QCoreApplication>

using namespace Reliability;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 500, assets = 40;
    quint64 seed = 1;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        const QString k = args.at(i);
        if (k == QLatin1StringView("--runs"))
            runs = args.at(i + 1).toInt();
        else if (k == QLatin1StringView("--seed"))
            seed = args.at(i + 1).toULongLong();
        else if (k == QLatin1StringView("--assets"))
            assets = args.at(i + 1).toInt();
        else {
            QTextStream(stderr) << "unknown option " << k << '\n';
            return 1;
        }
    }
    QTextStream out(stdout);
    FaultStorm storm(QStringLiteral(TIDEMARK_BIN), seed);
    if (const QString e = storm.start(assets, qMax(2, assets / 4)); !e.isEmpty()) {
        QTextStream(stderr) << "setup failed: " << e << '\n';
        return 2;
    }
    const StormReport r = storm.run(runs, [&out](int i, const QString &kind, const StormReport &s) {
        out << QStringLiteral("run %1 %2: lost %3, ahead %4, duplicates %5, %6 s\n")
                   .arg(i, 4)
                   .arg(kind, -9)
                   .arg(s.lost)
                   .arg(s.ahead)
                   .arg(s.duplicates)
                   .arg(s.ms / 1000);
        out.flush();
    });
    out << "\nseed " << seed << "\n" << r.table();
    for (const QString &p : r.problems)
        out << "  " << p << '\n';
    return r.ok() ? 0 : 1;
}
