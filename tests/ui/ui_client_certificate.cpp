// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Client certificates in the window: a dev server behind a proxy that wants a certificate from
// its authority (mutual TLS, certificates made by openssl for the test). The Connect dialog's
// check says the server asks for one; the Client certificate dialog refuses a wrong password with
// its sentence, opens the right file and shows whom it names; then the check, the login and later
// requests get through. Account › Client certificate… removes it again (the proxy refuses).
#include "AppController.h"
#include "MainWindow.h"
#include "UiTestEnv.h"
#include "api/CertificatePins.h"
#include "dialogs/ClientCertificateDialog.h"
#include "dialogs/ConnectDialog.h"

#include "DevServer.h"
#include "TestCertificates.h"
#include "TestSupport.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSslKey>
#include <QTest>

using namespace Tidemark;
using namespace Qt::StringLiterals;
using TidemarkDev::DevServer;

class UiClientCertificateTest : public QObject
{
    Q_OBJECT
    Test::ClientCertificates m_certs;

private Q_SLOTS:
    void initTestCase()
    {
        Test::setUpUiEnvironment();
        QVERIFY2(m_certs.make(), qPrintable(m_certs.error()));
    }

    void behindMutualTls()
    {
        DevServer server;
        TidemarkDev::LibrarySpec spec;
        spec.ownAssets = 3;
        spec.partnerAssets = 1;
        server.generateLibrary(spec);
        const QSslCertificate cert(Test::readData(u"tls/server-a.pem"_s), QSsl::Pem);
        server.setTlsCertificate(
            cert, QSslKey(Test::readData(u"tls/server-a.key"_s), QSsl::Rsa, QSsl::Pem));
        server.setClientCertificateAuthority(m_certs.authority());
        QVERIFY(server.start(0));
        CertificatePins::pin(ServerUrl::parse(server.baseUrl().toString())->origin(),
            CertificatePins::fingerprint(cert));

        AppController app;
        app.setMemoryOnlySecrets(true);
        MainWindow window(&app);
        window.show();
        ConnectDialog dialog(&app, &window);
        dialog.show();
        QCOMPARE(dialog.clientCertificateSummary()->text(), u"none"_s);
        QCOMPARE(dialog.clientCertificateButton()->accessibleDescription(),
            u"The certificate file a proxy in front of the server asks for (mutual TLS)."_s);
        dialog.urlField()->setText(server.baseUrl().toString());
        dialog.checkServer();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.serverInfoLabel()->text(),
            u"The server asks for a client certificate (GET /api/server/ping), and this account "
            "has none. Choose the certificate file (.p12 or .pfx) its administrator gave you."_s,
            10000);

        // The dialog: a wrong password is said, the right one opens the file.
        ClientCertificateDialog choose(ClientCertificate(), &window);
        choose.show();
        bool intro = false;
        for (QLabel *label : choose.findChildren<QLabel *>())
            intro = intro
                || label->text()
                    == u"Some servers sit behind a proxy that lets in only devices with a "
                       "certificate of their own. Choose the certificate file (.p12 or .pfx) its "
                       "administrator gave you and enter its password. Tidemark shows it only to "
                       "this server, and keeps the password in the system keychain."_s;
        QVERIFY(intro);
        QCOMPARE(choose.statusLabel()->text(), u"none"_s);
        QCOMPARE(choose.passwordField()->echoMode(), QLineEdit::Password);
        QCOMPARE(choose.passwordField()->accessibleDescription(),
            u"Kept in the system keychain; shown only as dots."_s);
        choose.fileField()->setText(m_certs.clientP12());
        choose.passwordField()->setText(u"not it"_s);
        choose.accept();
        QVERIFY(choose.isVisible());
        QCOMPARE(choose.statusLabel()->text(),
            u"The client certificate file %1 could not be opened: it is not a PKCS#12 file (.p12 "
            "or .pfx) with a certificate and its private key, or the password is wrong."_s.arg(
                m_certs.clientP12()));
        Test::saveScreenshot(&choose, u"dialog-client-certificate"_s);
        choose.passwordField()->setText(QString::fromUtf8(Test::ClientCertificates::password()));
        choose.accept();
        QVERIFY(!choose.isVisible());
        const ClientCertificate chosen = choose.certificate();
        QVERIFY(chosen.isLoaded());
        QVERIFY2(ClientCertificateDialog::summary(chosen).startsWith(u"alice (valid until 20"_s),
            qPrintable(ClientCertificateDialog::summary(chosen)));
        ClientCertificate unopened;
        unopened.file = u"/nowhere/me.p12"_s;
        QCOMPARE(ClientCertificateDialog::summary(unopened), u"/nowhere/me.p12 (not opened)"_s);

        ServerAccess access;
        access.clientCertificate = chosen;
        dialog.setServerAccess(access);
        QCOMPARE(
            dialog.clientCertificateSummary()->text(), ClientCertificateDialog::summary(chosen));
        dialog.checkServer();
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog.serverInfoLabel()->text().startsWith(u"Immich 2.7.5 at "_s), 10000);
        Test::saveScreenshot(&dialog, u"dialog-connect-client-certificate"_s);
        dialog.emailField()->setText(DevServer::adminEmail());
        dialog.passwordField()->setText(DevServer::adminPassword());
        dialog.logIn();
        QTRY_COMPARE_WITH_TIMEOUT(app.state(), AppController::State::Connected, 10000);
        QCOMPARE(app.serverAccess().clientCertificate.file, m_certs.clientP12());
        QCOMPARE(app.currentAccount().clientCertificateFile, m_certs.clientP12());

        // "No certificate" in the dialog gives an empty one; without it the proxy refuses.
        ClientCertificateDialog again(app.serverAccess().clientCertificate, &window);
        again.show();
        QCOMPARE(again.fileField()->text(), m_certs.clientP12());
        again.noneButton()->click();
        QVERIFY(again.certificate().isEmpty());
        app.setServerAccess({});
        QTRY_COMPARE_WITH_TIMEOUT(app.state(), AppController::State::Offline, 10000);
        QVERIFY(app.currentAccount().clientCertificateFile.isEmpty());
        app.setServerAccess(access);
        QTRY_COMPARE_WITH_TIMEOUT(app.state(), AppController::State::Connected, 10000);
        CertificatePins::clear();
    }
};

QTEST_MAIN(UiClientCertificateTest)
#include "ui_client_certificate.moc"
