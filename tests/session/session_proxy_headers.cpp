// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Headers a proxy in front of Immich asks for, over loopback: the dev server refuses every request
// without them (403, as Cloudflare Access does). With them the session checks the server, logs in,
// and a later start reads them back from the keychain; their values never reach the settings
// file. A proxy that takes Authorization (Basic auth) gets it, and Immich's token travels in
// x-immich-user-token. A redirect to another origin is not followed, so the other server never
// sees them.
#include "account/SecretStore.h"
#include "api/GetSyncAcksJob.h"
#include "api/ImmichClient.h"
#include "api/PingJob.h"
#include "session/Session.h"

#include "DevServer.h"
#include "SessionTestEnv.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidemark;
using namespace Qt::StringLiterals;
using TidemarkDev::DevServer;
using State = Session::State;

namespace {

const QByteArray kClientId = "4a7f0c1e.access";
const QByteArray kSecret = "cf-secret-8d2b9e51f0a34c77";

struct Fixture : Test::SessionTestEnv
{
    Fixture() : SessionTestEnv(u"tidemark-proxy-test"_s) { }
    static ServerAccess cloudflare()
    {
        ServerAccess a;
        a.headers = {{"CF-Access-Client-Id", kClientId}, {"CF-Access-Client-Secret", kSecret}};
        return a;
    }
    bool logIn(const ServerAccess &access, Error *error = nullptr)
    {
        return SessionTestEnv::logIn(adminLogin(access), error);
    }
};

} // namespace

class SessionProxyHeadersTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cloudflareAccess()
    {
        Fixture f;
        f.server.setRequiredHeaders(
            {{"CF-Access-Client-Id", kClientId}, {"CF-Access-Client-Secret", kSecret}});
        QVERIFY(f.server.start(0));

        // Without the headers the proxy answers, not Immich: no login.
        Error e;
        QVERIFY(!f.logIn({}, &e));
        QVERIFY(e.isError());
        QVERIFY(f.server.sessionTokens(DevServer::adminEmail()).isEmpty());

        QVERIFY(f.logIn(Fixture::cloudflare(), &e));
        QCOMPARE(f.session.state(), State::Connected);
        const AccountInfo account = f.session.account();
        QCOMPARE(account.headerNames,
            (QStringList {u"CF-Access-Client-Id"_s, u"CF-Access-Client-Secret"_s}));
        QCOMPARE(ServerAccess::fromSecret(
                     f.secrets.readBlocking(account.id, SecretStore::Kind::Headers)),
            Fixture::cloudflare());
        // A request of the session goes through the proxy.
        GetSyncAcksJob *acks = f.session.client()->getSyncAcks();
        QSignalSpy acked(acks, &GetSyncAcksJob::succeeded);
        QVERIFY(acked.wait(15000));
        // The values never reach the settings file.
        QFile ini(f.dir.filePath(u"accounts.ini"_s));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray settings = ini.readAll();
        QVERIFY(settings.contains("CF-Access-Client-Secret"));
        QVERIFY(!settings.contains(kSecret));
        QVERIFY(!settings.contains(kClientId));

        // A later start reads them back from the keychain and gets through again.
        Session later(f.accounts, &f.secrets);
        later.open(f.accounts.account(account.id));
        QTRY_COMPARE_WITH_TIMEOUT(later.state(), State::Connected, 15000);
        QCOMPARE(later.serverAccess(), Fixture::cloudflare());

        // Removing them: the proxy refuses the next check.
        later.setServerAccess({});
        QTRY_COMPARE_WITH_TIMEOUT(later.state(), State::Offline, 15000);
        QVERIFY(f.secrets.readBlocking(account.id, SecretStore::Kind::Headers).isEmpty());
    }

    void basicAuthProxyTakesAuthorization()
    {
        Fixture f;
        const QByteArray basic = "Basic " + QByteArray("family:proxy-pass").toBase64();
        f.server.setRequiredHeaders({{"Authorization", basic}});
        QVERIFY(f.server.start(0));
        ServerAccess access;
        access.headers = {{"Authorization", basic}};
        QVERIFY(f.logIn(access));
        QCOMPARE(f.session.state(), State::Connected);
        QVERIFY(f.server.hasSession(f.session.sessionToken()));
        GetSyncAcksJob *acks = f.session.client()->getSyncAcks();
        QSignalSpy acked(acks, &GetSyncAcksJob::succeeded);
        QVERIFY(acked.wait(15000)); // the token went in x-immich-user-token
        QVERIFY(f.server.headerSeenCount("x-immich-user-token") > 0);
    }

    void crossOriginRedirectNeverCarriesThem()
    {
        DevServer other;
        TidemarkDev::LibrarySpec spec;
        spec.ownAssets = 1;
        spec.partnerAssets = 0;
        other.generateLibrary(spec);
        QVERIFY(other.start(0));
        // A server that sends every request on to the other origin.
        QTcpServer redirecting;
        QVERIFY(redirecting.listen(QHostAddress::LocalHost, 0));
        const QByteArray location = other.baseUrl().toEncoded() + "/api/server/ping";
        connect(&redirecting, &QTcpServer::newConnection, &redirecting, [&] {
            QTcpSocket *s = redirecting.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [s, location] {
                if (!s->readAll().contains("\r\n\r\n"))
                    return;
                s->write("HTTP/1.1 302 Found\r\nLocation: " + location
                    + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                s->disconnectFromHost();
            });
        });
        ImmichClient client;
        client.setServerUrl(
            *ServerUrl::parse(u"http://127.0.0.1:%1"_s.arg(redirecting.serverPort())));
        client.setServerAccess(Fixture::cloudflare());
        PingJob *ping = client.ping();
        QSignalSpy failed(ping, &ApiJob::failed);
        QVERIFY(failed.wait(15000));
        QCOMPARE(failed.first().at(0).value<Error>().kind, Error::Kind::Redirect);
        QCOMPARE(other.headerSeenCount("CF-Access-Client-Secret"), 0);
        QCOMPARE(other.requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(SessionProxyHeadersTest)
#include "session_proxy_headers.moc"
