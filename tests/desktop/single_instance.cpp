// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// One window per user: a second start of the real `tidemark` binary hands over to the running
// instance and exits; headless subcommands are never handed over or blocked.

#include "CliRunner.h"
#include "desktop/SingleInstance.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Tidemark;

class SingleInstanceTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void secondInstanceActivatesTheFirst()
    {
        const QString key = QStringLiteral("tidemark-test-")
            + QUuid::createUuid().toString(QUuid::Id128).left(12);
        SingleInstance first(key);
        QSignalSpy activated(&first, &SingleInstance::activationRequested);
        QVERIFY(first.tryToBecomePrimary());
        QVERIFY(first.isPrimary());
        SingleInstance second(key);
        QVERIFY(!second.tryToBecomePrimary());
        QVERIFY(!second.isPrimary());
        QTRY_COMPARE(activated.size(), 1);
        SingleInstance third(key);
        QVERIFY(!third.tryToBecomePrimary());
        QTRY_COMPARE(activated.size(), 2);
    }

    void staleSocketFileIsReplaced()
    {
        const QString key = QStringLiteral("tidemark-test-")
            + QUuid::createUuid().toString(QUuid::Id128).left(12);
        // What a crashed instance leaves behind: a file at the socket's path that nobody serves.
        QFile stale(QDir(QDir::tempPath()).filePath(key));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        SingleInstance instance(key);
        QVERIFY(instance.tryToBecomePrimary(500));
        QVERIFY(instance.isPrimary());
    }

    void keyIsPerUserAndHome()
    {
        const QByteArray home = qgetenv("HOME");
        const QString a = SingleInstance::defaultKey();
        qputenv("HOME", "/tmp/somebody-else");
        const QString b = SingleInstance::defaultKey();
        qputenv("HOME", home);
        QVERIFY(a.startsWith(QStringLiteral("tidemark-")));
        QVERIFY(a != b);
        QCOMPARE(SingleInstance::defaultKey(), a);
    }

    void secondStartOfTheAppHandsOver()
    {
        Test::CliRunner runner;
        // The child computes its key from HOME: compute ours the same way.
        const QByteArray home = qgetenv("HOME");
        qputenv("HOME", runner.root().toUtf8());
        SingleInstance primary;
        qputenv("HOME", home);
        QSignalSpy activated(&primary, &SingleInstance::activationRequested);
        QVERIFY(primary.tryToBecomePrimary());

        // Headless commands run beside the window and are not handed over.
        const Test::CliResult help = runner.run({QStringLiteral("help")}, {}, {}, 30000);
        QVERIFY2(help.finished && help.exitCode == 0, qPrintable(help.describe()));
        const Test::CliResult status = runner.run({QStringLiteral("status")}, {}, {}, 30000);
        QVERIFY2(status.finished, qPrintable(status.describe()));
        QVERIFY2(status.exitCode != -2, qPrintable(status.describe()));
        QTest::qWait(200);
        QCOMPARE(activated.size(), 0);

        // The window's start asks the running one to come forward and exits at once.
        const Test::CliResult gui = runner.run({}, {}, {}, 30000);
        QVERIFY2(gui.finished && gui.exitCode == 0, qPrintable(gui.describe()));
        QVERIFY2(gui.err.contains("already running"), qPrintable(gui.describe()));
        QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 1, 5000);
    }
};

QTEST_GUILESS_MAIN(SingleInstanceTest)
#include "single_instance.moc"
