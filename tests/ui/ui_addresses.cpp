// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Account › Server addresses…: a home address (a TcpForwarder in front of the dev server) put
// before the public one is used at once; the Overview's Server line names the address in use and
// which of them it is; a wrong address is refused with its reason; the account's own address
// cannot be removed; with the server gone, the dialog says that no address is in use.
#include "AppController.h"
#include "MainWindow.h"
#include "TcpForwarder.h"
#include "UiTestEnv.h"
#include "dialogs/AddressesDialog.h"
#include "panels/OverviewPanel.h"

#include "DevServer.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace Tidemark;
using namespace Qt::StringLiterals;
using TidemarkDev::DevServer;

class UiAddressesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::setUpUiEnvironment(); }

    void homeAddressFirst()
    {
        DevServer server;
        TidemarkDev::LibrarySpec spec;
        spec.ownAssets = 3;
        spec.partnerAssets = 1;
        server.generateLibrary(spec);
        QVERIFY(server.start(0));
        TidemarkTest::TcpForwarder lan(server.port());
        QVERIFY(lan.listen());
        const QString wan = server.baseUrl().toString() + u"/api"_s;
        const QString home = lan.url().toString() + u"/api"_s;

        AppController app;
        app.setMemoryOnlySecrets(true);
        MainWindow window(&app);
        window.show();
        app.logIn(server.baseUrl().toString(), DevServer::adminEmail(), DevServer::adminPassword());
        QTRY_COMPARE_WITH_TIMEOUT(app.state(), AppController::State::Connected, 15000);
        QLabel *serverLine = window.overviewPanel()->serverLabel();
        QCOMPARE(serverLine->text(), wan);

        AddressesDialog dialog(&app, &window);
        dialog.show();
        bool intro = false;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            intro = intro
                || label->text()
                    == u"Tidemark uses the first of these addresses that answers, in this order: "
                       "put a home (LAN) address before the public one. Before it sends your "
                       "session to an address, it checks that the same Immich installation "
                       "answers there."_s;
        QVERIFY(intro);
        QCOMPARE(dialog.windowTitle(), u"Server addresses"_s);
        QCOMPARE(dialog.list()->count(), 1);
        QCOMPARE(dialog.list()->item(0)->text(), wan);
        QCOMPARE(dialog.inUseLabel()->text(), u"In use now: %1"_s.arg(wan));
        QVERIFY(!dialog.removeButton()->isEnabled()); // the account's own address stays

        // A wrong address: the reason, and nothing saved.
        dialog.addButton()->click();
        dialog.list()->currentItem()->setText(u"http://exa mple:99999"_s);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.statusLabel()->text().isEmpty());
        QCOMPARE(app.currentAccount().addresses, QStringList());

        // The home address, moved before the public one.
        dialog.list()->currentItem()->setText(lan.url().toString());
        QVERIFY(dialog.upButton()->isEnabled());
        dialog.upButton()->click();
        QCOMPARE(dialog.addresses(), (QStringList {lan.url().toString(), wan}));
        Test::saveScreenshot(&dialog, u"dialog-addresses"_s);
        dialog.accept();
        QVERIFY(!dialog.isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(app.currentAddress(), home, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(app.state(), AppController::State::Connected, 15000);
        QCOMPARE(app.currentAccount().addresses, (QStringList {home, wan}));
        QTRY_COMPARE_WITH_TIMEOUT(serverLine->text(), home + u" (address 1 of 2)"_s, 5000);
        QCOMPARE(serverLine->toolTip(),
            u"Addresses, in the order they are tried:\n%1\n%2"_s.arg(home, wan));

        // Both gone: offline, and the dialog says no address is in use.
        lan.close();
        server.stop();
        app.reconnect();
        QTRY_COMPARE_WITH_TIMEOUT(app.state(), AppController::State::Offline, 15000);
        AddressesDialog again(&app, &window);
        QCOMPARE(again.inUseLabel()->text(), u"No address is in use (not connected)."_s);
        QCOMPARE(again.list()->count(), 2);
    }
};

QTEST_MAIN(UiAddressesTest)
#include "ui_addresses.moc"
