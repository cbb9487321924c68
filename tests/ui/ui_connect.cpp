// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Connecting: a good server, a bad URL, a wrong password, and an API key only (the stream is then
// refused, and the refusal is explained in plain words).

#include "AppController.h"
#include "MainWindow.h"
#include "TestBrowser.h"
#include "UiTestEnv.h"
#include "account/SecretStore.h"
#include "dialogs/ConnectDialog.h"
#include "models/RunHistoryModel.h"
#include "panels/FullDeltaPanel.h"
#include "panels/SyncPanel.h"
#include "session/RedirectRelay.h"
#include "sync/SyncService.h"
#include "widgets/ErrorBanner.h"

#include "DevServer.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTest>

#include <thread>

using namespace Tidemark;
using TidemarkDev::DevServer;

class UiConnectTest : public QObject
{
    Q_OBJECT
    DevServer *m_server = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        Test::setUpUiEnvironment();
        m_server = new DevServer(this);
        TidemarkDev::LibrarySpec spec;
        spec.ownAssets = 30;
        spec.partnerAssets = 5;
        m_server->generateLibrary(spec);
        QVERIFY(m_server->start(0));
    }

    void goodServer()
    {
        AppController app;
        MainWindow window(&app);
        window.show();
        ConnectDialog dialog(&app, &window);
        dialog.show();
        dialog.urlField()->setText(m_server->baseUrl().toString());
        dialog.checkServer();
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog.serverInfoLabel()->text().contains(QStringLiteral("2.7.5")), 10000);
        // Plain words on the line; the protocol's request type names only on hover.
        QVERIFY2(dialog.serverInfoLabel()->text().contains(QStringLiteral("Sync stream: yes, ")),
            qPrintable(dialog.serverInfoLabel()->text()));
        QVERIFY(dialog.serverInfoLabel()->text().contains(QStringLiteral(" request types.")));
        QVERIFY(!dialog.serverInfoLabel()->text().contains(QStringLiteral("AssetsV1")));
        QVERIFY(dialog.serverInfoLabel()->toolTip().startsWith(
            ConnectDialog::tr("Request types of this server's sync stream: %1").arg(QString())));
        QVERIFY(dialog.serverInfoLabel()->toolTip().contains(QStringLiteral("AssetsV1")));
        QVERIFY(
            dialog.serverInfoLabel()->text().contains(QStringLiteral("Full and delta sync: yes")));
        QCOMPARE(dialog.serverInfoLabel()->textFormat(), Qt::PlainText);
        // The long Server line does not squeeze the paragraphs below it, however the window was
        // sized: each wrapped label is as tall as its text needs (a window manager may keep the
        // old height; here the dialog is made as small as it lets itself be).
        const auto notClipped = [&dialog](const char *where) {
            QCoreApplication::processEvents();
            for (QLabel *label :
                {dialog.serverInfoLabel(), dialog.apiKeyNote(), dialog.statusLabel()}) {
                if (!label->isVisible() || label->text().isEmpty())
                    continue;
                if (label->height() < label->heightForWidth(label->width())) {
                    qWarning("%s: %s clipped: %d px of %d", where,
                        qPrintable(label->text().left(30)), label->height(),
                        label->heightForWidth(label->width()));
                    return false;
                }
            }
            return true;
        };
        QVERIFY(notClipped("after the check"));
        dialog.resize(dialog.width(), 200);
        QVERIFY(notClipped("made small"));
        Test::saveScreenshot(&dialog, QStringLiteral("dialog-connect-small"));
        dialog.resize(600, dialog.height());
        QVERIFY(notClipped("narrower"));
        dialog.resize(900, 300);
        QVERIFY(notClipped("wider"));
        dialog.resize(dialog.sizeHint());
        dialog.emailField()->setText(DevServer::adminEmail());
        dialog.passwordField()->setText(DevServer::adminPassword());
        Test::saveScreenshot(&dialog, QStringLiteral("dialog-connect"));
        dialog.logIn();
        QTRY_COMPARE_WITH_TIMEOUT(app.state(), AppController::State::Connected, 10000);
        QVERIFY(!dialog.isVisible()); // accepted
        QVERIFY(app.hasSession());
        QCOMPARE(app.currentAccount().email, DevServer::adminEmail());
        QCOMPARE(app.currentAccount().userId, m_server->adminUserId());
        QVERIFY(app.capabilities().hasSyncStream());
        // The token went to the secret store, never to the settings.
        const QString token = app.secretStore()->readBlocking(
            app.currentAccount().id, SecretStore::Kind::SessionToken);
        QVERIFY(!token.isEmpty());
        QVERIFY(m_server->hasSession(token));
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(token), qPrintable(key));
        QVERIFY(window.connectionLabel()->text().contains(
            AppController::stateText(AppController::State::Connected)));
        QVERIFY(window.syncPanel()->startButton()->isEnabled());
        QCOMPARE(app.accountStore().accounts().size(), 1);

        // Log out ends the session on the server.
        app.logOut();
        QCOMPARE(app.state(), AppController::State::NeedsLogin);
        QTRY_VERIFY_WITH_TIMEOUT(!m_server->hasSession(token), 10000);
        QVERIFY(!window.syncPanel()->startButton()->isEnabled());
        app.forgetAccount(app.currentAccount().id);
        QCOMPARE(app.state(), AppController::State::Disconnected);
        QVERIFY(app.accountStore().accounts().isEmpty());
    }

    void badUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("garbage") << QStringLiteral("ht!tp://::");
        QTest::newRow("empty") << QString();
        // A port nobody listens on.
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        QTest::newRow("closed port") << QStringLiteral("http://127.0.0.1:%1").arg(port);
    }
    void badUrl()
    {
        QFETCH(QString, url);
        AppController app;
        ConnectDialog dialog(&app);
        dialog.show();
        dialog.urlField()->setText(url);
        dialog.emailField()->setText(DevServer::adminEmail());
        dialog.passwordField()->setText(DevServer::adminPassword());
        dialog.logIn();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.loginButton()->isEnabled()
                && !dialog.statusLabel()->text().isEmpty()
                && dialog.statusLabel()->text() != tr("Logging in…"),
            20000);
        QVERIFY(dialog.isVisible());
        QCOMPARE(app.state(), AppController::State::Disconnected);
        QVERIFY(!app.hasAccount());
        const QString text = dialog.statusLabel()->text();
        QVERIFY2(!text.contains(QLatin1Char('{')), qPrintable(text)); // never a raw dump
        if (!url.isEmpty())
            Test::saveScreenshot(&dialog,
                QStringLiteral("dialog-connect-bad-url-%1")
                    .arg(QString::fromLatin1(QTest::currentDataTag()))
                    .replace(QLatin1Char(' '), QLatin1Char('-')));
    }

    void wrongPassword()
    {
        AppController app;
        ConnectDialog dialog(&app);
        dialog.show();
        dialog.urlField()->setText(m_server->baseUrl().toString());
        dialog.emailField()->setText(DevServer::adminEmail());
        dialog.passwordField()->setText(QStringLiteral("not-the-password"));
        QSignalSpy done(&app, &AppController::loginFinished);
        dialog.logIn();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
        QCOMPARE(done.at(0).at(0).toBool(), false);
        const Error e = done.at(0).at(1).value<Error>();
        QCOMPARE(e.kind, Error::Kind::Unauthorized);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.statusLabel()->text().contains(tr("Check the email and password.")));
        QVERIFY(dialog.passwordField()->text().isEmpty()); // never kept around
        QVERIFY(!app.hasAccount());
        Test::saveScreenshot(&dialog, QStringLiteral("dialog-connect-wrong-password"));
    }

    //! A server that accepts only single sign-on: the dialog says so after the check, hides the
    //! email and password, and logs in with an API key; no password is ever sent.
    void passwordLoginTurnedOff()
    {
        DevServer sso;
        TidemarkDev::LibrarySpec spec;
        spec.ownAssets = 3;
        spec.partnerAssets = 1;
        sso.generateLibrary(spec);
        TidemarkDev::LoginOptions options;
        options.passwordLogin = false;
        options.oauth = true;
        sso.setLoginOptions(options);
        QVERIFY(sso.start(0));
        AppController app;
        app.setMemoryOnlySecrets(true);
        MainWindow window(&app);
        window.show();
        ConnectDialog dialog(&app, &window);
        dialog.show();
        dialog.urlField()->setText(sso.baseUrl().toString());
        QVERIFY(dialog.emailField()->isVisible());
        dialog.checkServer();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.emailField()->isVisible(), 10000);
        QVERIFY(!dialog.passwordField()->isVisible());
        QCOMPARE(dialog.serverInfoLabel()->text(),
            QStringLiteral("Immich 2.7.5 at %1/api. Sync stream: yes, %2 request types. Full and "
                           "delta sync: yes. Asset types: V1. Log in: single sign-on only.")
                .arg(sso.baseUrl().toString())
                .arg(ServerCapabilities(ServerVersion::fromString(QStringLiteral("2.7.5")))
                         .supportedRequestTypes()
                         .size()));
        QCOMPARE(dialog.statusLabel()->text(),
            QStringLiteral("This server accepts only single sign-on. Use the button “Login with "
                           "OAuth”, or log in with an API key (create one in Immich under "
                           "Account Settings, API Keys)."));
        QVERIFY(dialog.singleSignOnButton()->isVisible());
        QCOMPARE(
            dialog.apiKeyField()->placeholderText(), QStringLiteral("required by this server"));
        Test::saveScreenshot(&dialog, QStringLiteral("dialog-connect-sso-only"));
        dialog.logIn();
        QCOMPARE(dialog.statusLabel()->text(),
            QStringLiteral("Enter an API key: this server accepts no passwords."));
        dialog.apiKeyField()->setText(sso.createApiKey(DevServer::adminEmail()));
        dialog.logIn();
        QTRY_COMPARE_WITH_TIMEOUT(app.state(), AppController::State::Connected, 10000);
        QVERIFY(!app.hasSession());
        QVERIFY(sso.sessionTokens(DevServer::adminEmail()).isEmpty());

        // Password and single sign-on both on: the form stays as it is, and the line says so.
        TidemarkDev::LoginOptions both;
        both.oauth = true;
        sso.setLoginOptions(both);
        ConnectDialog either(&app, &window);
        either.show();
        either.urlField()->setText(sso.baseUrl().toString());
        either.checkServer();
        QTRY_VERIFY_WITH_TIMEOUT(either.serverInfoLabel()->text().endsWith(
                                     QStringLiteral("Log in: password or single sign-on.")),
            10000);
        QVERIFY(either.emailField()->isVisible());
        QVERIFY(either.passwordField()->isVisible());
        QCOMPARE(either.apiKeyField()->placeholderText(), QStringLiteral("optional"));
        QCOMPARE(either.statusLabel()->text(),
            QStringLiteral(
                "The server answers. Enter your email and password, or use single sign-on."));

        // Neither passwords nor single sign-on: an API key is the only way, and the line says so.
        TidemarkDev::LoginOptions keyOnly;
        keyOnly.passwordLogin = false;
        sso.setLoginOptions(keyOnly);
        ConnectDialog key(&app, &window);
        key.show();
        key.urlField()->setText(sso.baseUrl().toString());
        key.checkServer();
        QTRY_VERIFY_WITH_TIMEOUT(!key.emailField()->isVisible(), 10000);
        QVERIFY(!key.singleSignOnButton()->isVisible());
        QCOMPARE(key.statusLabel()->text(),
            QStringLiteral("This server accepts no passwords and offers no single sign-on. Log "
                           "in with an API key (create one in Immich under Account Settings, API "
                           "Keys)."));

        // A server that takes passwords only: the rows come back and the line says so.
        ConnectDialog again(&app, &window);
        again.show();
        again.urlField()->setText(m_server->baseUrl().toString());
        again.checkServer();
        QTRY_VERIFY_WITH_TIMEOUT(
            again.serverInfoLabel()->text().endsWith(QStringLiteral("Log in: password.")), 10000);
        QVERIFY(again.emailField()->isVisible());
        QVERIFY(!again.singleSignOnButton()->isVisible());
        QCOMPARE(again.statusLabel()->text(),
            QStringLiteral("The server answers. Enter your email and password."));
    }

    void singleSignOn()
    {
        DevServer sso;
        TidemarkDev::LibrarySpec spec;
        spec.ownAssets = 3;
        spec.partnerAssets = 1;
        sso.generateLibrary(spec);
        TidemarkDev::LoginOptions options;
        options.passwordLogin = false;
        options.oauth = true;
        options.oauthButtonText = QStringLiteral("Sign in with Authelia & Co");
        sso.setLoginOptions(options);
        QVERIFY(sso.start(0));
        AppController app;
        app.setMemoryOnlySecrets(true);
        const QString relayName
            = QStringLiteral("tidemark-ui-sso-%1").arg(QCoreApplication::applicationPid());
        app.setRedirectRelayName(relayName);
        QList<QUrl> opened;
        bool browserWorks = true;
        app.setBrowserOpener([&](const QUrl &url) {
            opened << url;
            return browserWorks;
        });
        MainWindow window(&app);
        window.show();
        TidemarkTest::TestBrowser browser;

        // Loopback: the button carries the server's words; the browser's answer comes back by
        // itself.
        ConnectDialog dialog(&app, &window);
        dialog.show();
        dialog.urlField()->setText(sso.baseUrl().toString());
        dialog.checkServer();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.singleSignOnButton()->isVisible(), 10000);
        QCOMPARE(
            dialog.singleSignOnButton()->text(), QStringLiteral("Sign in with Authelia && Co"));
        QCOMPARE(dialog.statusLabel()->text(),
            QStringLiteral("This server accepts only single sign-on. Use the button “Sign in "
                           "with Authelia & Co”, or log in with an API key (create one in Immich "
                           "under Account Settings, API Keys)."));
        Test::saveScreenshot(&dialog, QStringLiteral("dialog-connect-sso-button"));
        QVERIFY(opened.isEmpty()); // no auto-launch on this server
        dialog.singleSignOnButton()->click();
        QCOMPARE(dialog.statusLabel()->text(), QStringLiteral("Opening the sign-in page…"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isWaitingForBrowser(), 10000);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(dialog.statusLabel()->text(),
            QStringLiteral("Finish logging in in your browser: Tidemark opened the sign-in page. "
                           "If it did not appear, open the address above yourself. Cancel stops "
                           "waiting."));
        QCOMPARE(dialog.pageAddressField()->text(), opened.last().toString());
        QVERIFY(dialog.pastedAddressField()->isVisible());
        QTest::qWait(50); // what the person sees once the rows are laid out
        Test::saveScreenshot(&dialog, QStringLiteral("dialog-connect-sso-waiting"));
        browser.open(browser.signIn(opened.last(), true));
        QTRY_COMPARE_WITH_TIMEOUT(app.state(), AppController::State::Connected, 10000);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(app.hasSession());
        app.logOut();

        // Cancel while waiting: the dialog stays, the login is stopped.
        ConnectDialog cancel(&app, &window);
        cancel.show();
        cancel.urlField()->setText(sso.baseUrl().toString());
        cancel.checkServer();
        QTRY_VERIFY_WITH_TIMEOUT(cancel.singleSignOnButton()->isVisible(), 10000);
        browserWorks = false;
        cancel.singleSignOnButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(cancel.isWaitingForBrowser(), 10000);
        QCOMPARE(cancel.statusLabel()->text(),
            QStringLiteral("No browser could be opened. Open the address above in a browser to "
                           "log in. Cancel stops waiting."));
        browserWorks = true;
        cancel.cancelButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!cancel.isWaitingForBrowser(), 10000);
        QVERIFY(cancel.isVisible());
        QCOMPARE(cancel.statusLabel()->text(), QStringLiteral("Cancelled (single sign-on)."));

        // Immich's app link, handed on by a second process through the relay.
        cancel.redirectChoice()->setCurrentIndex(1);
        cancel.singleSignOnButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(cancel.isWaitingForBrowser(), 10000);
        QVERIFY(cancel.statusLabel()->text().endsWith(
            QStringLiteral("At the end, let the browser open Tidemark for the app.immich link, or "
                           "paste the address it ended on below.")));
        const QUrl appLink = browser.signIn(opened.last(), true);
        QVERIFY(appLink.toString().startsWith(QStringLiteral("app.immich:///oauth-callback?")));
        bool relayed = false;
        std::thread other([&] { relayed = RedirectRelay::send(appLink, relayName); });
        QTRY_COMPARE_WITH_TIMEOUT(app.state(), AppController::State::Connected, 10000);
        other.join();
        QVERIFY(relayed);
        app.logOut();

        // Pasted by hand; a wrong paste first says what is wrong.
        ConnectDialog paste(&app, &window);
        paste.show();
        paste.urlField()->setText(sso.baseUrl().toString());
        paste.checkServer();
        QTRY_VERIFY_WITH_TIMEOUT(paste.singleSignOnButton()->isVisible(), 10000);
        paste.redirectChoice()->setCurrentIndex(1);
        paste.singleSignOnButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(paste.isWaitingForBrowser(), 10000);
        paste.pastedAddressField()->setText(browser.signIn(opened.last(), true).toString());
        paste.usePastedButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(app.state(), AppController::State::Connected, 10000);
        app.logOut();

        // Auto-launch: the check itself opens the sign-in page, once per address.
        options.oauthAutoLaunch = true;
        sso.setLoginOptions(options);
        const qsizetype before = opened.size();
        ConnectDialog autoLaunch(&app, &window);
        autoLaunch.show();
        autoLaunch.urlField()->setText(sso.baseUrl().toString());
        autoLaunch.checkServer();
        QTRY_VERIFY_WITH_TIMEOUT(autoLaunch.isWaitingForBrowser(), 10000);
        QCOMPARE(opened.size(), before + 1);
        autoLaunch.cancelButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!autoLaunch.isWaitingForBrowser(), 10000);
        autoLaunch.checkServer();
        QTRY_VERIFY_WITH_TIMEOUT(autoLaunch.checkButton()->isEnabled(), 10000);
        QTest::qWait(200);
        QCOMPARE(opened.size(), before + 1);
    }

    void apiKeyOnly()
    {
        const QString key = m_server->createApiKey(DevServer::adminEmail());
        QVERIFY(!key.isEmpty());
        AppController app;
        MainWindow window(&app);
        window.show();
        ConnectDialog dialog(&app, &window);
        dialog.show();
        dialog.urlField()->setText(m_server->baseUrl().toString());
        dialog.apiKeyField()->setText(key);
        dialog.logIn();
        QTRY_COMPARE_WITH_TIMEOUT(app.state(), AppController::State::Connected, 10000);
        QVERIFY(!app.hasSession());
        QVERIFY(app.hasApiKey());
        QCOMPARE(app.currentAccount().userId, m_server->adminUserId());

        // The sync panel says why the stream will not work before anyone tries.
        window.showPanel(MainWindow::SyncTab);
        SyncPanel *panel = window.syncPanel();
        const auto labels = panel->findChildren<QLabel *>();
        bool explained = false;
        for (QLabel *l : labels)
            explained |= l->isVisible() && l->text().contains(QStringLiteral("login session"));
        QVERIFY(explained);

        // And if the stream is tried anyway, the refusal comes back as one sentence + an action.
        QSignalSpy finished(app.syncService(), &SyncService::runFinished);
        StreamOptions o;
        o.types = {SyncRequestType::UsersV1};
        app.syncService()->startStream(o);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        const RunResult r = finished.at(0).at(0).value<RunResult>();
        QCOMPARE(r.outcome, RunOutcome::Failed);
        QCOMPARE(r.error.kind, Error::Kind::ApiKeyRefused);
        QTRY_VERIFY(window.banner()->isVisible());
        QCOMPARE(window.banner()->action(), Error::Action::LogInAgain);
        QVERIFY(!window.banner()->message().contains(QLatin1Char('{')));
        QVERIFY(panel->outcomeLabel()->text().startsWith(tr("Failed:")));

        // Recent runs: the Error column says the sentence; the technical details are in the
        // tooltip only. Read once more from the mirror, which stores the details.
        const QString mirror = app.runHistoryModel()->mirrorPath();
        QVERIFY(!mirror.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!app.runHistoryModel()->isLoading(), 10000);
        RunHistoryModel stored;
        QSignalSpy refreshed(&stored, &RunHistoryModel::refreshed);
        stored.setMirrorPath(mirror);
        QVERIFY(refreshed.wait(5000));
        QVERIFY(stored.rowCount() >= 1);
        QVERIFY(stored.data(stored.index(0, 0), RunHistoryModel::ErrorDetailsRole)
                    .toString()
                    .startsWith(QStringLiteral("kind=api-key-refused")));
        for (QAbstractItemModel *model :
            {static_cast<QAbstractItemModel *>(&stored), panel->historyView()->model()}) {
            const QModelIndex error = model->index(0, RunHistoryModel::ErrorColumn);
            const QString text = model->data(error).toString();
            QCOMPARE(text, r.error.userMessage());
            QVERIFY2(!text.contains(QStringLiteral("kind=")), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("status=")), qPrintable(text));
            const QString tip = model->data(error, Qt::ToolTipRole).toString();
            QVERIFY2(tip.contains(QStringLiteral("kind=api-key-refused")), qPrintable(tip));
            QVERIFY2(tip.contains(QStringLiteral("status=403")), qPrintable(tip));
        }
        window.resize(1200, 800);
        Test::saveScreenshot(&window, QStringLiteral("panel-sync-api-key-refused"));
        qInfo("banner: %s", qPrintable(window.banner()->message()));

        // Delta sync with the key before any stream (the mirror knows no partners): the User
        // ids field stays empty and the run asks the server who the partners are, so the server
        // answers with the changes, not "needs full sync".
        window.showPanel(MainWindow::FullDeltaTab);
        FullDeltaPanel *delta = window.fullDeltaPanel();
        QVERIFY(delta->userIdsField()->text().isEmpty());
        bool noteShown = false;
        for (QLabel *l : delta->findChildren<QLabel *>())
            noteShown |= l->isVisibleTo(delta)
                && l->text()
                    == FullDeltaPanel::tr(
                        "Leave it empty and Tidemark asks the server who your partners are when "
                        "the delta sync starts. The server answers \"needs full sync\" unless the "
                        "ids are exactly you and every partner who shares with you, or when more "
                        "than 100 days or 10,000 changes have passed.");
        QVERIFY(noteShown);
        QCOMPARE(delta->userIdsField()->placeholderText(),
            FullDeltaPanel::tr(
                "empty: you and every partner who shares with you, as the server lists them"));
        QTRY_VERIFY(delta->deltaSyncButton()->isEnabled());
        delta->deltaSyncButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 15000);
        const RunResult d = finished.at(1).at(0).value<RunResult>();
        QCOMPARE(d.outcome, RunOutcome::Complete);
        QVERIFY(!d.needsFullSync);
        QVERIFY2(delta->resultLabel()->text().startsWith(QStringLiteral("Delta sync: ")),
            qPrintable(delta->resultLabel()->text()));
        QVERIFY(!delta->runFullSyncButton()->isVisibleTo(delta));

        // Asked for a time too long ago: the sentence names only what can be the reason.
        delta->sinceField()->setDateTime(QDateTime::currentDateTime().addDays(-200));
        delta->deltaSyncButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 15000);
        QCOMPARE(finished.at(2).at(0).value<RunResult>().outcome, RunOutcome::FullSyncNeeded);
        QCOMPARE(delta->resultLabel()->text(),
            FullDeltaPanel::tr("The server says a full sync is needed: the time is more than 100 "
                               "days ago, or more than 10,000 assets changed since then. Nothing "
                               "was changed. A full sync lists everything once and sets "
                               "\"Since\" to its time, so the next delta sync can start there."));
        QVERIFY(delta->runFullSyncButton()->isVisibleTo(delta));

        // Ids typed by hand that are not exactly me and my partners.
        delta->sinceField()->setDateTime(QDateTime::currentDateTime().addDays(-7));
        delta->userIdsField()->setText(m_server->adminUserId());
        delta->deltaSyncButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 15000);
        QCOMPARE(finished.at(3).at(0).value<RunResult>().outcome, RunOutcome::FullSyncNeeded);
        QCOMPARE(delta->resultLabel()->text(),
            FullDeltaPanel::tr("The server says a full sync is needed: the time is more than 100 "
                               "days ago, more than 10,000 assets changed, or the user ids are "
                               "not exactly you and your partners. Nothing was changed."));
        Test::saveScreenshot(&window, QStringLiteral("panel-full-delta-typed-ids"));
    }

    void withoutKeychainNoWordsAboutIt()
    {
        // --no-keychain (TIDEMARK_NO_KEYCHAIN, set by the UI test environment): the dialog says
        // where the session really is, and a restart asks to log in without blaming a session.
        QString accountId;
        {
            AppController app;
            QVERIFY(app.secretsKeptOnlyWhileRunning());
            ConnectDialog dialog(&app);
            dialog.show();
            bool said = false;
            for (QLabel *l : dialog.findChildren<QLabel *>()) {
                QVERIFY2(!l->text().contains(QStringLiteral("keychain")), qPrintable(l->text()));
                said |= l->text().contains(QStringLiteral("kept only while Tidemark runs"));
            }
            QVERIFY(said);
            QVERIFY(dialog.passwordField()->accessibleDescription().contains(
                QStringLiteral("only while Tidemark runs")));
            QCOMPARE(dialog.apiKeyField()->accessibleDescription(),
                ConnectDialog::tr("Optional: instead of a password, for full and delta sync, "
                                  "statistics and thumbnails (not the sync stream); kept only "
                                  "while Tidemark runs."));
            app.logIn(m_server->baseUrl().toString(), DevServer::adminEmail(),
                DevServer::adminPassword());
            QTRY_COMPARE_WITH_TIMEOUT(app.state(), AppController::State::Connected, 10000);
            accountId = app.currentAccount().id;
        }
        // A restart: the account is remembered, its session is not (nothing was saved).
        AppController app;
        MainWindow window(&app);
        window.resize(1200, 800);
        window.show();
        app.switchAccount(accountId);
        QTRY_COMPARE_WITH_TIMEOUT(app.state(), AppController::State::NeedsLogin, 10000);
        QTRY_VERIFY(window.banner()->isVisible());
        QCOMPARE(window.banner()->message(),
            MainWindow::tr("Log in to sync. Tidemark is not using the system keychain, so it "
                           "does not keep sessions after it closes."));
        QCOMPARE(window.banner()->action(), Error::Action::LogInAgain);
        Test::saveScreenshot(&window, QStringLiteral("window-no-keychain-restart"));
        app.forgetAccount(accountId);
    }
};

QTEST_MAIN(UiConnectTest)
#include "ui_connect.moc"
