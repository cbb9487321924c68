// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The executable's own options: --version, a complete --help (window options and every
// headless command), unknown options refused, --demo starting a window that logs to its file.

#include "CliRunner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace Tidemark;

class AppOptionsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void version()
    {
        Test::CliRunner runner;
        for (const QString &flag : {QStringLiteral("--version"), QStringLiteral("-v")}) {
            const Test::CliResult r = runner.run({flag}, {}, {}, 30000);
            QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
            QVERIFY2(
                r.out.startsWith("tidemark " TIDEMARK_VERSION_STRING), qPrintable(r.describe()));
        }
    }

    void helpListsWindowOptionsAndCommands()
    {
        Test::CliRunner runner;
        for (const QStringList &args :
            {QStringList {QStringLiteral("--help")}, QStringList {QStringLiteral("-h")},
                QStringList {QStringLiteral("--demo"), QStringLiteral("--help")}}) {
            const Test::CliResult r = runner.run(args, {}, {}, 30000);
            QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
            const QString text = QString::fromUtf8(r.out);
            for (const char *needle :
                {"--demo", "--no-keychain", "--new-instance", "--version", "--help",
                    "Log file:", "QT_LOGGING_RULES", "Commands:", "login", "logout", "status",
                    "stream", "acks", "full-sync", "delta-sync", "reconcile", "Exit codes"})
                QVERIFY2(text.contains(QLatin1StringView(needle)), needle);
        }
    }

    void unknownOptionIsRefused()
    {
        Test::CliRunner runner;
        const Test::CliResult r = runner.run({QStringLiteral("--no-such-option")}, {}, {}, 30000);
        QVERIFY2(r.finished && r.exitCode != 0, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("no-such-option"), qPrintable(r.describe()));
    }

    void strayWordsOpenNoWindow()
    {
        // A mistyped command is said so, not answered with a window; so is a word after the
        // window's options.
        Test::CliRunner runner;
        Test::CliResult r = runner.run({QStringLiteral("sync")}, {}, {}, 30000);
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("unknown command \"sync\" (see `tidemark help`)"),
            qPrintable(r.describe()));
        r = runner.run({QStringLiteral("--new-instance"), QStringLiteral("sync")}, {}, {}, 30000);
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("tidemark: unexpected argument \"sync\" (see `tidemark --help`)"),
            qPrintable(r.describe()));
    }

    void demoWindowStartsAndLogs()
    {
        Test::CliRunner runner;
        QProcess p;
        p.setProcessEnvironment(runner.environment());
        p.start(QStringLiteral(TIDEMARK_BIN),
            {QStringLiteral("--demo"), QStringLiteral("--new-instance")});
        QVERIFY(p.waitForStarted(10000));
        // The window writes its log under the data folder; wait for the start line.
        const QString logs
            = runner.path(QStringLiteral("data/Tidemark/Tidemark/logs/tidemark.log"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(logs), 20000);
        auto logText = [logs] {
            QFile f(logs);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        QTRY_VERIFY_WITH_TIMEOUT(logText().contains("starting"), 20000);
        QTest::qWait(1500);
        QCOMPARE(p.state(), QProcess::Running); // still up: the demo did not crash it
        p.terminate();
        if (!p.waitForFinished(10000)) {
            p.kill();
            p.waitForFinished(5000);
        }
    }
};

QTEST_GUILESS_MAIN(AppOptionsTest)
#include "app_options.moc"
