// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Proxy headers in the window: a dev server behind a Cloudflare-Access-like proxy refuses the
// check until the Connect dialog has the headers; then check, login and later requests get
// through. The Proxy headers dialog refuses a reserved name, an empty value and a name given
// twice, each with its sentence; Account › Proxy headers… changes them for the account.
#include "AppController.h"
#include "MainWindow.h"
#include "UiTestEnv.h"
#include "dialogs/ConnectDialog.h"
#include "dialogs/HeadersDialog.h"

#include "DevServer.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace Tidemark;
using namespace Qt::StringLiterals;
using TidemarkDev::DevServer;

class UiProxyHeadersTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::setUpUiEnvironment(); }

    void behindCloudflareAccess()
    {
        DevServer server;
        TidemarkDev::LibrarySpec spec;
        spec.ownAssets = 3;
        spec.partnerAssets = 1;
        server.generateLibrary(spec);
        server.setRequiredHeaders(
            {{"CF-Access-Client-Id", "id.access"}, {"CF-Access-Client-Secret", "s3cr3t"}});
        QVERIFY(server.start(0));
        ServerAccess cloudflare;
        cloudflare.headers
            = {{"CF-Access-Client-Id", "id.access"}, {"CF-Access-Client-Secret", "s3cr3t"}};

        AppController app;
        app.setMemoryOnlySecrets(true);
        MainWindow window(&app);
        window.show();
        ConnectDialog dialog(&app, &window);
        dialog.show();
        QCOMPARE(dialog.headersLabel()->text(), u"none"_s);
        dialog.urlField()->setText(server.baseUrl().toString());
        dialog.checkServer();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.serverInfoLabel()->text(),
            u"The server refused GET /api/server/ping with status 403."_s, 10000);

        dialog.setServerAccess(cloudflare);
        QCOMPARE(
            dialog.headersLabel()->text(), u"2: CF-Access-Client-Id, CF-Access-Client-Secret"_s);
        dialog.checkServer();
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog.serverInfoLabel()->text().startsWith(u"Immich 2.7.5 at "_s), 10000);
        Test::saveScreenshot(&dialog, u"dialog-connect-proxy-headers"_s);
        dialog.emailField()->setText(DevServer::adminEmail());
        dialog.passwordField()->setText(DevServer::adminPassword());
        dialog.logIn();
        QTRY_COMPARE_WITH_TIMEOUT(app.state(), AppController::State::Connected, 10000);
        QCOMPARE(app.serverAccess(), cloudflare);

        // The dialog: values hidden, the wrong rows refused with their sentence.
        HeadersDialog headers(app.serverAccess(), &window);
        headers.show();
        bool intro = false;
        for (QLabel *label : headers.findChildren<QLabel *>())
            intro = intro
                || label->text()
                    == u"Headers the proxy in front of your Immich server asks for, such as "
                       "CF-Access-Client-Id and CF-Access-Client-Secret for Cloudflare Access. "
                       "Tidemark sends them with every request to this server and nowhere else, "
                       "and keeps their values in the system keychain."_s;
        QVERIFY(intro);
        QCOMPARE(headers.rowCount(), 2);
        QCOMPARE(headers.valueField(1)->echoMode(), QLineEdit::Password);
        QCOMPARE(headers.valueField(1)->accessibleDescription(),
            u"Kept in the system keychain; shown only as dots."_s);
        QCOMPARE(dialog.headersButton()->accessibleDescription(),
            u"Headers a proxy in front of the server asks for, such as Cloudflare Access'."_s);
        Test::saveScreenshot(&headers, u"dialog-proxy-headers"_s);
        headers.addButton()->click();
        headers.nameField(2)->setText(u"x-api-key"_s);
        headers.valueField(2)->setText(u"v"_s);
        headers.accept();
        QVERIFY(headers.isVisible());
        QCOMPARE(headers.statusLabel()->text(),
            u"“x-api-key” is not a header name Tidemark may set (letters, digits and "
            "-_.!#$%&'*+^`|~ only; not Host, Cookie, x-api-key and the like)."_s);
        headers.nameField(2)->setText(u"X-Family"_s);
        headers.valueField(2)->clear();
        headers.accept();
        QCOMPARE(headers.statusLabel()->text(), u"Enter a value for X-Family."_s);
        headers.nameField(2)->setText(u"CF-Access-Client-Id"_s);
        headers.valueField(2)->setText(u"again"_s);
        headers.accept();
        QCOMPARE(headers.statusLabel()->text(), u"CF-Access-Client-Id is there twice."_s);
        headers.nameField(2)->clear();
        headers.valueField(2)->clear();
        headers.accept();
        QVERIFY(!headers.isVisible());
        QCOMPARE(headers.access(), cloudflare);

        // Logging in again (File › Connect…) starts with the account's headers.
        QString shown;
        QTimer::singleShot(0, &window, [&] {
            if (auto *again = qobject_cast<ConnectDialog *>(QApplication::activeModalWidget())) {
                shown = again->headersLabel()->text();
                again->reject();
            }
        });
        window.showConnectDialog();
        QCOMPARE(shown, u"2: CF-Access-Client-Id, CF-Access-Client-Secret"_s);

        // Account › Proxy headers…: without them the proxy refuses, with them the server answers.
        app.setServerAccess({});
        QTRY_COMPARE_WITH_TIMEOUT(app.state(), AppController::State::Offline, 10000);
        app.setServerAccess(cloudflare);
        QTRY_COMPARE_WITH_TIMEOUT(app.state(), AppController::State::Connected, 10000);
    }
};

QTEST_MAIN(UiProxyHeadersTest)
#include "ui_proxy_headers.moc"
