// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// No OS keychain reachable (the D-Bus session bus points nowhere): a real login still works, the
// session token is kept in memory only, the window says so in its notice banner, and neither the
// settings file nor anything else the app wrote holds the token.
#include "AppController.h"
#include "MainWindow.h"
#include "UiTestEnv.h"
#include "account/SecretStore.h"
#include "dialogs/ConnectDialog.h"

#include "DevServer.h"

#include <QDirIterator>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Tidemark;
using TidemarkDev::DevServer;

class KeychainFallbackTest : public QObject
{
    Q_OBJECT
    DevServer *m_server = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        Test::setUpUiEnvironment();
        qunsetenv("TIDEMARK_NO_KEYCHAIN"); // try the real keychain…
        qputenv("DBUS_SESSION_BUS_ADDRESS",
            "unix:path=/nonexistent/tidemark-test-bus"); // …which is not there
        m_server = new DevServer(this);
        QVERIFY(m_server->start(0));
    }

    void tokenInMemoryWithNotice()
    {
        AppController app;
        MainWindow window(&app);
        window.show();
        QSignalSpy notices(&app, &AppController::notice);
        ConnectDialog dialog(&app, &window);
        dialog.show();
        dialog.urlField()->setText(m_server->baseUrl().toString());
        dialog.emailField()->setText(DevServer::adminEmail());
        dialog.passwordField()->setText(DevServer::adminPassword());
        dialog.logIn();
        QTRY_COMPARE_WITH_TIMEOUT(app.state(), AppController::State::Connected, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!app.secretStore()->keychainAvailable(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!notices.isEmpty(), 10000);
        bool said = false;
        for (const QList<QVariant> &n : std::as_const(notices))
            said = said
                || (n.at(0).toString().contains(QStringLiteral("keychain"))
                    && n.at(0).toString().contains(QStringLiteral("memory")));
        QVERIFY(said);
        Test::saveScreenshot(&window, QStringLiteral("keychain-unavailable"));

        const QString token = app.secretStore()->readBlocking(
            app.currentAccount().id, SecretStore::Kind::SessionToken);
        QVERIFY(!token.isEmpty());
        QVERIFY(m_server->hasSession(token));
        QDirIterator it(
            Test::uiTempDir().path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            ++files;
            QVERIFY2(!f.readAll().contains(token.toUtf8()), qPrintable(f.fileName()));
        }
        QVERIFY(files > 0);
    }
};

QTEST_MAIN(KeychainFallbackTest)
#include "keychain_fallback.moc"
