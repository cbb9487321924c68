// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// TLS against the dev server serving HTTPS with the test certificates of tests/data/tls:
// a self-signed server is refused with its SHA-256 fingerprint; pinned, it is accepted (also a
// login and a stream, through every client of the process via AccountStore); a changed certificate
// is refused again and names the new fingerprint; a CA-signed server is accepted once the CA is
// trusted, and a pin never makes another server's certificate acceptable.
#include "account/AccountStore.h"
#include "api/CertificatePins.h"
#include "api/GetMyUserJob.h"
#include "api/ImmichClient.h"
#include "api/LoginJob.h"
#include "api/ServerVersionJob.h"
#include "api/SyncStreamJob.h"

#include "DevServer.h"
#include "RunJob.h"
#include "StreamLines.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidemark;
using TidemarkDev::DevServer;

using Tidemark::Test::runJob;

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

class TlsPinning : public QObject
{
    Q_OBJECT

    DevServer server;
    ServerUrl url;

    ImmichClient *newClient()
    {
        auto *c = new ImmichClient(this);
        c->setServerUrl(url);
        return c;
    }
    void serve(const QString &name) { server.setTlsCertificate(certificate(name), key(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!certificate(QStringLiteral("server-a")).isNull());
        QVERIFY(!key(QStringLiteral("server-a")).isNull());
        serve(QStringLiteral("server-a"));
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QCOMPARE(server.baseUrl().scheme(), QStringLiteral("https"));
        auto parsed = ServerUrl::parse(server.baseUrl().toString());
        QVERIFY(parsed);
        url = *parsed;
    }
    void init()
    {
        CertificatePins::clear();
        serve(QStringLiteral("server-a"));
    }

    void fingerprintFormat()
    {
        const QString fp = CertificatePins::fingerprint(certificate(QStringLiteral("server-a")));
        QCOMPARE(fp.size(), 32 * 3 - 1);
        QCOMPARE(CertificatePins::normalize(fp), fp);
        QCOMPARE(CertificatePins::normalize(QString(fp).remove(QLatin1Char(':')).toLower()), fp);
        QCOMPARE(CertificatePins::normalize(QStringLiteral("sha256/") + fp), fp);
        QVERIFY(CertificatePins::normalize(fp.left(90)).isEmpty());
        QVERIFY(CertificatePins::normalize(QString(fp).replace(QLatin1Char('A'), QLatin1Char('G')))
                    .isEmpty()
            || !fp.contains(QLatin1Char('A')));
    }

    void selfSignedRefusedWithFingerprint()
    {
        ImmichClient *client = newClient();
        const Error e = runJob(client->getServerVersion());
        QCOMPARE(e.kind, Error::Kind::Tls);
        const QString expected
            = CertificatePins::fingerprint(certificate(QStringLiteral("server-a")));
        QCOMPARE(e.certificateSha256, expected);
        QVERIFY2(e.userMessage().contains(expected), qPrintable(e.userMessage()));
        QVERIFY(e.detail.contains(QStringLiteral("self signed"), Qt::CaseInsensitive)
            || e.detail.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive));
    }

    void pinnedAccepted()
    {
        const QString fp = CertificatePins::fingerprint(certificate(QStringLiteral("server-a")));
        ImmichClient *client = newClient();
        client->setPinnedCertificate(fp);
        QVERIFY(!runJob(client->getServerVersion()));
        // A real login and stream over the pinned connection.
        QString token;
        LoginJob *login
            = client->login(LoginCredential {DevServer::adminEmail(), DevServer::adminPassword()});
        connect(login, &LoginJob::succeeded, this,
            [&](const LoginResponse &r) { token = r.accessToken; });
        QVERIFY(!runJob(login));
        QVERIFY(!token.isEmpty());
        client->setSessionToken(token);
        SyncStreamRequest request;
        request.types = {SyncRequestType::UsersV1};
        SyncStreamJob *stream = client->syncStream(request);
        Test::StreamLines split(stream);
        QVERIFY(!runJob(stream));
        QVERIFY(!split.error.isError());
        QVERIFY(split.lines.size() > 0);
    }

    void pinStoredPerServerReachesEveryClient()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        const QString fp = CertificatePins::fingerprint(certificate(QStringLiteral("server-a")));
        {
            AccountStore store(ini);
            QVERIFY(
                !store.setPinnedCertificate(url.toString(), QStringLiteral("not-a-fingerprint")));
            QVERIFY(
                store.setPinnedCertificate(url.toString(), fp.toLower().remove(QLatin1Char(':'))));
            QCOMPARE(
                store.pinnedCertificate(server.baseUrl().toString() + QStringLiteral("/photos/x")),
                fp);
        }
        CertificatePins::clear();
        ImmichClient *before = newClient();
        QCOMPARE(runJob(before->getServerVersion()).kind, Error::Kind::Tls);
        AccountStore reopened(ini); // registers its pins for every client of the process
        QCOMPARE(reopened.pinnedCertificate(url.toString()), fp);
        ImmichClient *after = newClient();
        QVERIFY(!runJob(after->getServerVersion()));
        // The pin is for this origin only: the same host on another port is not trusted by it.
        DevServer other;
        other.setTlsCertificate(
            certificate(QStringLiteral("server-a")), key(QStringLiteral("server-a")));
        QVERIFY(other.start());
        ImmichClient *otherClient = new ImmichClient(this);
        otherClient->setServerUrl(*ServerUrl::parse(other.baseUrl().toString()));
        QCOMPARE(runJob(otherClient->getServerVersion()).kind, Error::Kind::Tls);
        QVERIFY(reopened.setPinnedCertificate(url.toString(), QString()));
        QVERIFY(CertificatePins::pinned(url.origin()).isEmpty());
    }

    void changedCertificateRefusedAgain()
    {
        const QString fpA = CertificatePins::fingerprint(certificate(QStringLiteral("server-a")));
        const QString fpB = CertificatePins::fingerprint(certificate(QStringLiteral("server-b")));
        QVERIFY(fpA != fpB);
        CertificatePins::pin(url.origin(), fpA);
        QVERIFY(!runJob(newClient()->getServerVersion()));

        serve(QStringLiteral("server-b")); // new connections get the other certificate
        ImmichClient *client = newClient();
        const Error e = runJob(client->getServerVersion());
        QCOMPARE(e.kind, Error::Kind::Tls);
        QCOMPARE(e.certificateSha256, fpB);
        QVERIFY2(e.userMessage().contains(fpB), qPrintable(e.userMessage()));
        QVERIFY2(e.detail.contains(fpA) && e.detail.contains(QStringLiteral("changed")),
            qPrintable(e.detail));
        // Credentials are never sent over the refused connection: a login fails the same way.
        const Error login = runJob(
            client->login(LoginCredential {DevServer::adminEmail(), DevServer::adminPassword()}));
        QCOMPARE(login.kind, Error::Kind::Tls);

        CertificatePins::pin(url.origin(), fpB);
        QVERIFY(!runJob(newClient()->getServerVersion()));
    }

    void caTrustedAccepted()
    {
        serve(QStringLiteral("server-ca"));
        QCOMPARE(runJob(newClient()->getServerVersion()).kind, Error::Kind::Tls);
        ImmichClient *client = newClient();
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificate(certificate(QStringLiteral("ca")));
        client->setSslConfiguration(ssl);
        QVERIFY(!runJob(client->getServerVersion()));
        // The same CA configuration does not make a self-signed server acceptable.
        serve(QStringLiteral("server-a"));
        ImmichClient *selfSigned = newClient();
        selfSigned->setSslConfiguration(ssl);
        QCOMPARE(runJob(selfSigned->getServerVersion()).kind, Error::Kind::Tls);
    }

    void cleanupTestCase()
    {
        server.stop();
        CertificatePins::clear();
    }
};

QTEST_GUILESS_MAIN(TlsPinning)
#include "tls_pinning.moc"
