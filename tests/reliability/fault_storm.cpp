// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Thirty runs of the fault storm (FaultStorm.h) with a fixed seed: the real headless
// `tidemark stream` under random faults (cut, stall, 500/503, malformed line, failing ack, full
// disk, SIGKILL) with library changes between runs. Nothing lost, no ack ahead of the mirror, no
// duplicate, integrity_check ok, every clean run after a fault equal to the server. The 500-run
// version is bench/fault_bench.

#include "FaultStorm.h"

using namespace Reliability;

class FaultStormTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void thirtyFaults()
    {
        FaultStorm storm(QStringLiteral(TIDEMARK_BIN), 20261205);
        const QString setup = storm.start(30, 8);
        QVERIFY2(setup.isEmpty(), qPrintable(setup));
        const StormReport r = storm.run(30);
        qInfo().noquote() << r.table();
        QCOMPARE(r.runs, 30);
        QVERIFY2(r.faults.size() >= 6, "most fault kinds were drawn");
        QVERIFY2(r.ok(), qPrintable(r.table() + r.problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(FaultStormTest)
#include "fault_storm.moc"
