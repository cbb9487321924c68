// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The command line against the dev server over HTTPS: refused with the certificate's fingerprint
// and the --pin-sha256 hint; with --pin-sha256 the login works and the pin is kept for later
// commands; a wrong fingerprint is refused; plain http to another machine warns on stderr.
#include "api/CertificatePins.h"

#include "DevServer.h"
#include "TestCertificates.h"
#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidemark;
using TidemarkDev::DevServer;

class CliTlsTest : public QObject
{
    Q_OBJECT
    DevServer m_server;
    QTemporaryDir m_home;
    QString m_fp;

    struct Run
    {
        int code = -1;
        QByteArray err;
        QByteArray out;
    };
    Run cli(const QStringList &args, const QByteArray &input = {},
        const QList<QPair<QString, QString>> &extra = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        env.remove(QStringLiteral("TIDEMARK_SESSION_TOKEN"));
        env.remove(QStringLiteral("TIDEMARK_CLIENT_CERT_PASSWORD"));
        for (const auto &[name, value] : extra)
            env.insert(name, value);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TIDEMARK_BIN), args);
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return {p.exitCode(), p.readAllStandardError(), p.readAllStandardOutput()};
    }
    QStringList login(const QStringList &extra)
    {
        return QStringList {QStringLiteral("login"), QStringLiteral("--server"),
                   m_server.baseUrl().toString(), QStringLiteral("--email"),
                   DevServer::adminEmail(), QStringLiteral("--password-stdin"),
                   QStringLiteral("--no-keychain"), QStringLiteral("--token-file"),
                   m_home.filePath(QStringLiteral("token"))}
        + extra;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QSslCertificate cert(Test::readData(QStringLiteral("tls/server-a.pem")), QSsl::Pem);
        m_server.setTlsCertificate(cert,
            QSslKey(Test::readData(QStringLiteral("tls/server-a.key")), QSsl::Rsa, QSsl::Pem));
        QVERIFY(m_server.start());
        m_fp = CertificatePins::fingerprint(cert);
    }

    void refusedWithFingerprint()
    {
        const Run r = cli(login({}), DevServer::adminPassword().toUtf8() + '\n');
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(m_fp.toLatin1()), r.err.constData());
        QVERIFY(r.err.contains("--pin-sha256 " + m_fp.toLatin1()));
    }

    void wrongPinRefused()
    {
        QString other = m_fp;
        other[0] = other[0] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        const Run r = cli(login({QStringLiteral("--pin-sha256"), other}),
            DevServer::adminPassword().toUtf8() + '\n');
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains("changed"), r.err.constData());
        QVERIFY(cli(login({QStringLiteral("--pin-sha256"), QStringLiteral("nonsense")})).code == 1);
    }

    void pinnedAccepted()
    {
        const Run r = cli(login({QStringLiteral("--pin-sha256"), m_fp}),
            DevServer::adminPassword().toUtf8() + '\n');
        QVERIFY2(r.code == 0, r.err.constData());
        // Kept for the server: the next command needs no option.
        const Run again = cli(login({}), DevServer::adminPassword().toUtf8() + '\n');
        QVERIFY2(again.code == 0, again.err.constData());
    }

    void clientCertificate()
    {
        // A second server that, like a proxy with `ssl_verify_client on`, wants a certificate
        // from the test authority; the same server certificate, so the pin holds.
        Test::ClientCertificates certs;
        QVERIFY2(certs.make(), qPrintable(certs.error()));
        DevServer mtls;
        mtls.setTlsCertificate(m_server.tlsCertificate(),
            QSslKey(Test::readData(QStringLiteral("tls/server-a.key")), QSsl::Rsa, QSsl::Pem));
        mtls.setClientCertificateAuthority(certs.authority());
        QVERIFY(mtls.start());
        const QString tokenFile = m_home.filePath(QStringLiteral("mtls-token"));
        auto loginTo = [&](const QStringList &extra) {
            return QStringList {QStringLiteral("login"), QStringLiteral("--server"),
                       mtls.baseUrl().toString(), QStringLiteral("--email"),
                       DevServer::adminEmail(), QStringLiteral("--password-stdin"),
                       QStringLiteral("--no-keychain"), QStringLiteral("--token-file"), tokenFile,
                       QStringLiteral("--pin-sha256"), m_fp}
            + extra;
        };
        const QByteArray password = DevServer::adminPassword().toUtf8() + '\n';

        // No certificate: refused by the proxy, with the sentence; no login reached Immich.
        Run r = cli(loginTo({}), password);
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains("The server asks for a client certificate"), r.err.constData());
        QCOMPARE(mtls.requestCount(), 0);

        // One from another authority: refused, said so.
        r = cli(loginTo({QStringLiteral("--client-cert"), certs.otherP12()}),
            password + Test::ClientCertificates::password() + '\n');
        QVERIFY(r.code != 0);
        QVERIFY2(
            r.err.contains("The server did not accept the client certificate"), r.err.constData());
        QCOMPARE(mtls.requestCount(), 0);

        // A wrong password for the file: named, before anything is sent.
        r = cli(
            loginTo({QStringLiteral("--client-cert"), certs.clientP12()}), password + "wrong\n");
        QCOMPARE(r.code, 1); // usage
        QVERIFY2(
            r.err.contains("could not be opened: it is not a PKCS#12 file"), r.err.constData());

        // The right one, its password on the next stdin line: logged in. Without a keychain the
        // password is not kept, and the command says where later commands read it.
        r = cli(loginTo({QStringLiteral("--client-cert"), certs.clientP12()}),
            password + Test::ClientCertificates::password() + '\n');
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("the client certificate's password was not kept; later commands "
                                "read it from TIDEMARK_CLIENT_CERT_PASSWORD"),
            r.err.constData());
        QVERIFY(!r.out.contains(Test::ClientCertificates::password()));
        QVERIFY(!r.err.contains(Test::ClientCertificates::password()));
        QFile token(tokenFile);
        QVERIFY(token.open(QIODevice::ReadOnly));
        const QString session = QString::fromUtf8(token.readAll()).trimmed();

        // A later command finds the file in the account and the password in the environment.
        const QList<QPair<QString, QString>> env
            = {{QStringLiteral("TIDEMARK_SESSION_TOKEN"), session},
                {QStringLiteral("TIDEMARK_CLIENT_CERT_PASSWORD"),
                    QString::fromUtf8(Test::ClientCertificates::password())}};
        r = cli({QStringLiteral("acks"), QStringLiteral("list"), QStringLiteral("--server"),
                    mtls.baseUrl().toString()},
            {}, env);
        QVERIFY2(r.code == 0, r.err.constData());
        // Without the password it cannot open the file, and says which file.
        r = cli({QStringLiteral("acks"), QStringLiteral("list"), QStringLiteral("--server"),
                    mtls.baseUrl().toString()},
            {}, {env.first()});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QFileInfo(certs.clientP12()).absoluteFilePath().toUtf8()),
            r.err.constData());
        QVERIFY2(r.err.contains("the client certificate's password is neither in the keychain nor "
                                "in TIDEMARK_CLIENT_CERT_PASSWORD"),
            r.err.constData());
    }

    void plainHttpWarns()
    {
        const Run r = cli(
            {QStringLiteral("login"), QStringLiteral("--server"),
                QStringLiteral("http://192.0.2.1:9"), QStringLiteral("--email"),
                QStringLiteral("a@b.c"), QStringLiteral("--password-stdin"),
                QStringLiteral("--no-keychain"), QStringLiteral("--timeout"), QStringLiteral("2")},
            "x\n");
        QVERIFY(r.err.contains("warning:") && r.err.contains("plain http"));
        const Run local = cli(
            {QStringLiteral("login"), QStringLiteral("--server"),
                QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--email"),
                QStringLiteral("a@b.c"), QStringLiteral("--password-stdin"),
                QStringLiteral("--no-keychain"), QStringLiteral("--timeout"), QStringLiteral("2")},
            "x\n");
        QVERIFY(!local.err.contains("plain http"));
    }
};

QTEST_GUILESS_MAIN(CliTlsTest)
#include "cli_tls.moc"
