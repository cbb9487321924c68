// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The connect dialog's security notices, against the dev server: a self-signed HTTPS server is
// refused with its SHA-256 fingerprint and "Trust this certificate"; trusting pins it for that
// server (saved) and the check then succeeds; a changed certificate is refused again; plain http
// to another machine is warned about, loopback http is not.

#include "AppController.h"
#include "UiTestEnv.h"
#include "api/CertificatePins.h"
#include "dialogs/ConnectDialog.h"

#include "DevServer.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSslKey>
#include <QTest>

using namespace Tidemark;
using TidemarkDev::DevServer;

namespace {
QSslCertificate certificate(const QString &name)
{
    return QSslCertificate(Test::readData(QStringLiteral("tls/%1.pem").arg(name)), QSsl::Pem);
}
QSslKey key(const QString &name)
{
    return QSslKey(Test::readData(QStringLiteral("tls/%1.key").arg(name)), QSsl::Rsa, QSsl::Pem);
}
} // namespace

class ConnectSecurityTest : public QObject
{
    Q_OBJECT
    DevServer *m_server = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        Test::setUpUiEnvironment();
        m_server = new DevServer(this);
        m_server->setTlsCertificate(
            certificate(QStringLiteral("server-a")), key(QStringLiteral("server-a")));
        QVERIFY(m_server->start(0));
    }

    void untrustedCertificateOfferedAndPinned()
    {
        CertificatePins::clear();
        AppController app;
        ConnectDialog dialog(&app);
        dialog.show();
        dialog.urlField()->setText(m_server->baseUrl().toString());
        dialog.checkServer();
        const QString fpA = CertificatePins::fingerprint(certificate(QStringLiteral("server-a")));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.trustButton()->isVisible(), 10000);
        QCOMPARE(dialog.offeredFingerprint(), fpA);
        QVERIFY(dialog.certificateLabel()
                    ->text()
                    .remove(QLatin1Char('\n'))
                    .contains(QString(fpA).remove(47, 1)));
        QCOMPARE(dialog.certificateLabel()->textFormat(), Qt::PlainText);
        QVERIFY2(
            dialog.statusLabel()->text().contains(fpA), qPrintable(dialog.statusLabel()->text()));
        QVERIFY(!dialog.httpWarningLabel()->isVisible());
        Test::saveScreenshot(&dialog, QStringLiteral("connect-untrusted-certificate"));

        dialog.trustButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog.serverInfoLabel()->text().contains(QStringLiteral("2.7.5")), 10000);
        QVERIFY(!dialog.trustButton()->isVisible());
        QCOMPARE(app.accountStore().pinnedCertificate(m_server->baseUrl().toString()), fpA);

        // The server's certificate changes: refused again, the new fingerprint offered.
        m_server->setTlsCertificate(
            certificate(QStringLiteral("server-b")), key(QStringLiteral("server-b")));
        AppController
            fresh; // new network manager: no kept-alive connection with the old certificate
        ConnectDialog again(&fresh);
        again.show();
        again.urlField()->setText(m_server->baseUrl().toString());
        again.checkServer();
        QTRY_VERIFY_WITH_TIMEOUT(again.trustButton()->isVisible(), 10000);
        QCOMPARE(again.offeredFingerprint(),
            CertificatePins::fingerprint(certificate(QStringLiteral("server-b"))));
        QVERIFY(again.statusLabel()->text().contains(QStringLiteral("changed")));
        Test::saveScreenshot(&again, QStringLiteral("connect-changed-certificate"));
        m_server->setTlsCertificate(
            certificate(QStringLiteral("server-a")), key(QStringLiteral("server-a")));
    }

    void plainHttpWarning()
    {
        AppController app;
        ConnectDialog dialog(&app);
        dialog.show();
        dialog.urlField()->setText(QStringLiteral("http://192.168.1.5:2283"));
        QVERIFY(dialog.httpWarningLabel()->isVisible());
        QVERIFY(dialog.httpWarningLabel()->text().contains(QStringLiteral("not encrypted")));
        Test::saveScreenshot(&dialog, QStringLiteral("connect-http-warning"));
        dialog.urlField()->setText(QStringLiteral("photos.example.com")); // https by default
        QVERIFY(!dialog.httpWarningLabel()->isVisible());
        dialog.urlField()->setText(QStringLiteral("http://localhost:2283"));
        QVERIFY(!dialog.httpWarningLabel()->isVisible());
        dialog.urlField()->setText(QStringLiteral("http://127.0.0.1:2283"));
        QVERIFY(!dialog.httpWarningLabel()->isVisible());
    }
};

QTEST_MAIN(ConnectSecurityTest)
#include "connect_security.moc"
