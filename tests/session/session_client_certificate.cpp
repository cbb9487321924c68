// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Client certificates (mutual TLS) over loopback: the dev server serves HTTPS and, like a proxy
// with `ssl_verify_client on`, completes a handshake only with a client that shows a certificate
// from the authority it was given (made fresh for the test with openssl). The right certificate
// logs in and a later start reads its password back from the keychain; no certificate and one
// from another authority are refused with a sentence that says which, before any password
// reached the server; a wrong password and a missing file say so and name the file.
#include "account/SecretStore.h"
#include "api/CertificatePins.h"
#include "api/GetSyncAcksJob.h"
#include "api/ImmichClient.h"
#include "session/Session.h"

#include "DevServer.h"
#include "SessionTestEnv.h"
#include "TestCertificates.h"
#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidemark;
using namespace Qt::StringLiterals;
using TidemarkDev::DevServer;
using State = Session::State;

namespace {

struct Fixture : Test::SessionTestEnv
{
    explicit Fixture(const QList<QSslCertificate> &authority)
        : SessionTestEnv(u"tidemark-mtls-test"_s)
    {
        const QSslCertificate cert(Test::readData(u"tls/server-a.pem"_s), QSsl::Pem);
        server.setTlsCertificate(
            cert, QSslKey(Test::readData(u"tls/server-a.key"_s), QSsl::Rsa, QSsl::Pem));
        server.setClientCertificateAuthority(authority);
        if (server.start(0))
            CertificatePins::pin(ServerUrl::parse(server.baseUrl().toString())->origin(),
                CertificatePins::fingerprint(cert));
    }
    static ServerAccess withCertificate(const QString &file, const QByteArray &password)
    {
        ServerAccess a;
        QString why;
        a.clientCertificate = ClientCertificate::fromFile(file, password, &why);
        return a;
    }
    bool logIn(const ServerAccess &access, Error *error = nullptr)
    {
        return SessionTestEnv::logIn(adminLogin(access), error);
    }
};

} // namespace

class SessionClientCertificateTest : public QObject
{
    Q_OBJECT
    Test::ClientCertificates m_certs;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_certs.make(), qPrintable(m_certs.error())); }
    void cleanup() { CertificatePins::clear(); }

    void rightCertificate()
    {
        Fixture f(m_certs.authority());
        QVERIFY(f.server.isRunning());
        const ServerAccess access
            = Fixture::withCertificate(m_certs.clientP12(), Test::ClientCertificates::password());
        QVERIFY(access.clientCertificate.isLoaded());
        QCOMPARE(access.clientCertificate.summary().left(6), u"alice "_s);
        Error e;
        QVERIFY2(f.logIn(access, &e), qPrintable(e.technicalDetails()));
        QCOMPARE(f.session.state(), State::Connected);
        const AccountInfo account = f.session.account();
        QCOMPARE(account.clientCertificateFile, m_certs.clientP12());
        GetSyncAcksJob *acks = f.session.client()->getSyncAcks();
        QSignalSpy acked(acks, &GetSyncAcksJob::succeeded);
        QVERIFY(acked.wait(15000));
        // The password lives in the keychain, never in the settings file.
        QFile ini(f.dir.filePath(u"accounts.ini"_s));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray settings = ini.readAll();
        QVERIFY(settings.contains("client.p12"));
        QVERIFY(!settings.contains(Test::ClientCertificates::password()));
        QCOMPARE(
            ServerAccess::fromSecret(f.secrets.readBlocking(account.id, SecretStore::Kind::Headers))
                .clientCertificate.password,
            Test::ClientCertificates::password());

        // A later start reads the file again with the password from the keychain.
        Session later(f.accounts, &f.secrets);
        later.open(f.accounts.account(account.id));
        QTRY_COMPARE_WITH_TIMEOUT(later.state(), State::Connected, 15000);
        QVERIFY(later.serverAccess().clientCertificate.isLoaded());

        // The file gone: the next start says which file, and asks the server nothing.
        QVERIFY(QFile::rename(m_certs.clientP12(), m_certs.clientP12() + u".moved"_s));
        const qint64 before = f.server.requestCount();
        Session gone(f.accounts, &f.secrets);
        QSignalSpy errors(&gone, &Session::errorOccurred);
        gone.open(f.accounts.account(account.id));
        QTRY_COMPARE_WITH_TIMEOUT(gone.state(), State::Offline, 15000);
        QCOMPARE(errors.size(), 1);
        const Error missing = errors.first().at(0).value<Error>();
        QCOMPARE(missing.kind, Error::Kind::ClientCertificate);
        QCOMPARE(missing.userMessage(),
            u"The client certificate file %1 does not exist."_s.arg(m_certs.clientP12()));
        QCOMPARE(f.server.requestCount(), before);
        QVERIFY(QFile::rename(m_certs.clientP12() + u".moved"_s, m_certs.clientP12()));
    }

    void noCertificate()
    {
        Fixture f(m_certs.authority());
        Error e;
        QVERIFY(!f.logIn({}, &e));
        QVERIFY2(e.kind == Error::Kind::ClientCertificate, qPrintable(e.technicalDetails()));
        QCOMPARE(e.detail, u"required"_s);
        QCOMPARE(e.userMessage(),
            u"The server asks for a client certificate (GET /api/server/ping), and this account "
            u"has none. Choose the certificate file (.p12 or .pfx) its administrator gave you."_s);
        QVERIFY(f.server.clientCertificateRefusals() > 0);
        QVERIFY(f.server.sessionTokens(DevServer::adminEmail()).isEmpty());
        QCOMPARE(f.server.requestCount(), 0);
    }

    void certificateFromAnotherAuthority()
    {
        Fixture f(m_certs.authority());
        const ServerAccess access
            = Fixture::withCertificate(m_certs.otherP12(), Test::ClientCertificates::password());
        QVERIFY(access.clientCertificate.isLoaded());
        Error e;
        QVERIFY(!f.logIn(access, &e));
        QVERIFY2(e.kind == Error::Kind::ClientCertificate, qPrintable(e.technicalDetails()));
        QCOMPARE(e.detail, u"refused"_s);
        QCOMPARE(e.userMessage(),
            u"The server did not accept the client certificate Tidemark showed it (GET "
            u"/api/server/ping). It may have expired or been revoked, or come from an authority "
            u"the server does not trust: ask its administrator for a new one."_s);
        QVERIFY(f.server.clientCertificateRefusals() > 0);
        QVERIFY(f.server.sessionTokens(DevServer::adminEmail()).isEmpty());
        QCOMPARE(f.server.requestCount(), 0);
    }

    void closedInTheHandshake()
    {
        // A server that ends the handshake instead (no page): a connection error, and still
        // nothing of the login reached it.
        Fixture f(m_certs.authority());
        f.server.setClientCertificatePage(false);
        Error e;
        QVERIFY(!f.logIn({}, &e));
        QVERIFY2(e.kind == Error::Kind::Network || e.kind == Error::Kind::Tls
                || e.kind == Error::Kind::ClientCertificate,
            qPrintable(e.technicalDetails()));
        QVERIFY(f.server.sessionTokens(DevServer::adminEmail()).isEmpty());
        QCOMPARE(f.server.requestCount(), 0);
        QCOMPARE(f.server.clientCertificateRefusals(), 0);
        // The right certificate gets through that server too.
        QVERIFY(f.logIn(
            Fixture::withCertificate(m_certs.clientP12(), Test::ClientCertificates::password())));
    }

    void wrongPasswordOrNotPkcs12()
    {
        QString why;
        ClientCertificate c
            = ClientCertificate::fromFile(m_certs.clientP12(), "not the password", &why);
        QVERIFY(!c.isLoaded());
        QCOMPARE(why,
            u"The client certificate file %1 could not be opened: it is not a PKCS#12 file (.p12 "
            u"or .pfx) with a certificate and its private key, or the password is wrong."_s.arg(
                m_certs.clientP12()));
        c = ClientCertificate::fromFile(m_certs.path(u"ca.pem"_s), "", &why);
        QVERIFY(!c.isLoaded());
        QVERIFY(why.startsWith(u"The client certificate file "_s));
        c = ClientCertificate::fromFile(QString(), "", &why);
        QCOMPARE(why, u"No client certificate file was chosen."_s);
        c = ClientCertificate::fromFile(
            m_certs.expiredP12(), Test::ClientCertificates::password(), &why);
        QVERIFY(!c.isLoaded());
        QCOMPARE(why,
            u"The client certificate in %1 expired on 2020-01-02T00:00:00Z."_s.arg(
                m_certs.expiredP12()));
        c = ClientCertificate::fromFile(
            m_certs.noKeyP12(), Test::ClientCertificates::password(), &why);
        QVERIFY(!c.isLoaded());
        QCOMPARE(why,
            u"The client certificate file %1 could not be opened: it is not a PKCS#12 file (.p12 "
            u"or .pfx) with a certificate and its private key, or the password is wrong."_s.arg(
                m_certs.noKeyP12()));
        const QString directory = QFileInfo(m_certs.clientP12()).absolutePath();
        c = ClientCertificate::fromFile(directory, "", &why);
        QVERIFY(!c.isLoaded());
        QVERIFY2(
            why.startsWith(u"The client certificate file %1 cannot be read: "_s.arg(directory)),
            qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(SessionClientCertificateTest)
#include "session_client_certificate.moc"
