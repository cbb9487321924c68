// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The "Copy diagnostics" report: versions, server, capabilities, account, mirror, last run and
// recent log problems are in it; the session token is not, even when it slipped into the log.

#include "desktop/Diagnostics.h"
#include "AppController.h"
#include "DevServer.h"
#include "MainWindow.h"
#include "UiTestEnv.h"
#include "mirror/MirrorStore.h"
#include "panels/SyncPanel.h"
#include "sync/SyncService.h"
#include "util/LogFile.h"
#include "util/Logging.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Tidemark;

class DiagnosticsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { Test::setUpUiEnvironment(); }

    void reportHasTheFactsAndNoSecrets()
    {
        QTemporaryDir logDir;
        LogFile log(LogFile::Options {logDir.path()});
        LogFile::install(&log);

        AppController app;
        app.setDemoServerFactory(&TidemarkDev::DevServer::createDemo);
        MainWindow window(&app);
        window.show();
        app.startDemo();
        QTRY_COMPARE_WITH_TIMEOUT(app.state(), AppController::State::Connected, 20000);
        QSignalSpy finished(app.syncService(), &SyncService::runFinished);
        window.syncPanel()->startButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);

        const auto headers = app.authHeaders();
        QVERIFY(!headers.isEmpty());
        const QString token
            = QString::fromUtf8(headers.first().second).section(QLatin1Char(' '), 1);
        QVERIFY(token.size() >= 16);
        // A careless message that quotes the header and a JSON body with the token.
        qCWarning(lcApi).noquote()
            << "retrying GET /api/users/me with Authorization: Bearer" << token;
        qCCritical(lcSync).noquote()
            << QStringLiteral(R"(login answered {"accessToken":"%1","userId":"x"})").arg(token);

        QString report;
        Diagnostics::collect(&app, &log, [&report](const QString &text) { report = text; });
        QTRY_VERIFY_WITH_TIMEOUT(!report.isEmpty(), 10000);
        qInfo("%s", qPrintable(report));

        QVERIFY2(!report.contains(token), "the session token is in the report");
        QVERIFY(
            report.contains(QStringLiteral("Tidemark ") + QStringLiteral(TIDEMARK_VERSION_STRING)));
        QVERIFY(report.contains(QStringLiteral("Qt: ") + QString::fromUtf8(qVersion())));
        QVERIFY(report.contains(QStringLiteral("OS: ")));
        QVERIFY(report.contains(QStringLiteral("URL: ") + app.currentAccount().serverUrl));
        QVERIFY(report.contains(QStringLiteral("Version: ") + app.serverVersion().toString()));
        QVERIFY(report.contains(QStringLiteral("sync stream + acks: yes")));
        QVERIFY(report.contains(QStringLiteral("Account: ") + app.currentAccount().email));
        QVERIFY(report.contains(QStringLiteral("Credentials: session present")));
        QVERIFY(report.contains(QStringLiteral("Path: ") + app.mirrorPath()));
        QVERIFY(report.contains(QStringLiteral("Schema version: %1 (this build writes %1)")
                                    .arg(MirrorStore::latestSchemaVersion())));
        QVERIFY(report.contains(runOutcomeName(RunOutcome::Complete)));
        QVERIFY(report.contains(QStringLiteral(
            "W tidemark.api: retrying GET /api/users/me with Authorization: Bearer [redacted]")));
        QVERIFY(report.contains(QStringLiteral("C tidemark.sync: login answered")));

        // Help › Copy diagnostics puts the same report on the clipboard.
        QGuiApplication::clipboard()->clear();
        window.copyDiagnosticsAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            QGuiApplication::clipboard()->text().contains(QStringLiteral("[Mirror]")), 10000);
        QVERIFY(!QGuiApplication::clipboard()->text().contains(token));
        QVERIFY(!window.copyDiagnosticsAction()->shortcut().isEmpty());
        LogFile::install(nullptr);
    }

    void reportWithoutAccount()
    {
        AppController app;
        app.setDemoServerFactory(&TidemarkDev::DevServer::createDemo);
        const QString report = Diagnostics::format(&app, nullptr, -1);
        QVERIFY(report.contains(QStringLiteral("No account")));
        QVERIFY(report.contains(QStringLiteral("No mirror")));
        QVERIFY(report.contains(QStringLiteral("No log file")));
    }
};

QTEST_MAIN(DiagnosticsTest)
#include "diagnostics.moc"
