// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ImmichClient and its jobs over loopback against a scripted HTTP server: every captured response
// replayed through the real job, credentials per endpoint, redirects, timeouts, cut connections,
// truncated streams, Retry-After, cancellation and the signal contract.
#include "api/DeleteSyncAcksJob.h"
#include "api/DeltaSyncJob.h"
#include "api/FullSyncJob.h"
#include "api/GetMyUserJob.h"
#include "api/GetPartnersJob.h"
#include "api/GetSyncAcksJob.h"
#include "api/ImmichClient.h"
#include "api/LoginJob.h"
#include "api/PingJob.h"
#include "api/SendSyncAcksJob.h"
#include "api/ServerVersionJob.h"
#include "api/SyncStreamJob.h"
#include "api/ThumbnailJob.h"
#include "protocol/SyncEventParser.h"

#include "FakeHttpServer.h"
#include "StreamLines.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <deque>
#include <memory>

using namespace Tidemark;
using Tidemark::Test::FakeHttpServer;
using Tidemark::Test::HttpRequest;

namespace {

// A capture as a server would send it now: the stored body is de-chunked, so chunked responses
// are re-chunked one line per chunk (like the real server), others get their Content-Length.
QByteArray replay(const Test::Capture &c)
{
    QByteArray out
        = "HTTP/1.1 " + QByteArray::number(c.status) + ' ' + c.reason.toLatin1() + "\r\n";
    for (const auto &[k, v] : c.headers) {
        const QByteArray key = k.toLower();
        if (key == "transfer-encoding" || key == "content-length" || key == "connection"
            || key == "keep-alive")
            continue;
        out += k + ": " + v + "\r\n";
    }
    out += "Connection: close\r\n";
    if (c.chunked) {
        out += "Transfer-Encoding: chunked\r\n\r\n";
        for (const QByteArray &line : c.body.split('\n'))
            if (!line.isEmpty())
                out += FakeHttpServer::chunk(line + '\n');
        out += "0\r\n\r\n";
    } else {
        out += "Content-Length: " + QByteArray::number(c.body.size()) + "\r\n\r\n" + c.body;
    }
    return out;
}

struct Outcome
{
    int succeeded = 0;
    int failed = 0;
    int finished = 0;
    Error error;
};

template<typename Job> Outcome *watch(Job *job)
{
    // Owned here (not by the job): the outcome is read after the job deleted itself.
    static std::deque<std::unique_ptr<Outcome>> outcomes;
    auto *o = outcomes.emplace_back(std::make_unique<Outcome>()).get();
    QObject::connect(job, &Job::succeeded, job, [o] { ++o->succeeded; });
    QObject::connect(job, &ApiJob::failed, job, [o](const Error &e) {
        ++o->failed;
        o->error = e;
    });
    QObject::connect(job, &ApiJob::finished, job, [o] { ++o->finished; });
    return o;
}

bool waitDone(const Outcome *o, int ms = 10000)
{
    QElapsedTimer t;
    t.start();
    while (o->finished == 0 && t.elapsed() < ms)
        QTest::qWait(5);
    return o->finished == 1 && o->succeeded + o->failed == 1;
}

QJsonObject json(const QByteArray &b)
{
    return QJsonDocument::fromJson(b).object();
}

} // namespace

class ClientLoopbackTest : public QObject
{
    Q_OBJECT

    FakeHttpServer *server = nullptr;
    ImmichClient *client = nullptr;

private Q_SLOTS:
    void init()
    {
        server = new FakeHttpServer;
        QVERIFY(server->isListening());
        client = new ImmichClient;
        client->setServerUrl(*ServerUrl::parse(server->origin()));
        client->setSessionToken(QStringLiteral("session-token-1"));
    }
    void cleanup()
    {
        delete client;
        delete server;
    }

    void replayedCaptures()
    {
        const QList<Test::Capture> captures = Test::loadCaptures();
        QByteArray current;
        server->setHandler([&](const HttpRequest &, QTcpSocket *s) {
            s->write(current);
            s->disconnectFromHost();
        });
        const auto serve = [&](const QString &prefix) {
            for (const Test::Capture &c : captures)
                if (c.fileName.startsWith(prefix)) {
                    current = replay(c);
                    return c;
                }
            qFatal("no capture");
        };
        const SyncStreamRequest eight {
            {SyncRequestType::UsersV1, SyncRequestType::PartnersV1, SyncRequestType::AssetsV1,
                SyncRequestType::AssetExifsV1, SyncRequestType::PartnerAssetsV1,
                SyncRequestType::PartnerAssetExifsV1, SyncRequestType::AlbumsV1,
                SyncRequestType::AlbumUsersV1},
            {}};

        // 001 server version (no credentials sent)
        serve(u"001-"_qs);
        auto *version = client->getServerVersion();
        Outcome *o = watch(version);
        ServerVersion got;
        connect(
            version, &ServerVersionJob::succeeded, this, [&](const ServerVersion &v) { got = v; });
        QVERIFY(waitDone(o));
        QCOMPARE(got, ServerVersion(1, 135, 3));
        QVERIFY(!server->requests.last().hasHeader("Authorization"));
        QCOMPARE(server->requests.last().method, QByteArray("GET"));
        QCOMPARE(server->requests.last().path, QByteArray("/api/server/version"));
        QCOMPARE(server->requests.last().header("User-Agent"),
            QByteArray("Tidemark/" TIDEMARK_VERSION_STRING));

        // 004/005/113/034/032/014 streams: lines parsed by the consumer, exactly as in the capture
        for (const auto &[prefix, count] :
            QList<QPair<QString, int>> {{u"004-"_qs, 28}, {u"005-"_qs, 28}, {u"113-"_qs, 8},
                {u"034-"_qs, 5}, {u"032-"_qs, 1}, {u"014-"_qs, 0}}) {
            const Test::Capture c = serve(prefix);
            SyncStreamRequest request;
            for (const QJsonValue &v : json(c.requestBody.toUtf8()).value(u"types"_qs).toArray())
                request.types << requestTypeFromName(v.toString());
            QCOMPARE(request.types.size(), prefix == u"014-"_qs ? 0 : 8);
            auto *stream = client->syncStream(request);
            Outcome *so = watch(stream);
            Test::StreamLines split(stream);
            SyncStreamSummary summary;
            connect(stream, &SyncStreamJob::succeeded, this,
                [&](const SyncStreamSummary &s) { summary = s; });
            QVERIFY(waitDone(so));
            QVERIFY2(so->succeeded, qPrintable(so->error.technicalDetails()));
            QVERIFY(!split.error.isError());
            QCOMPARE(split.lines.size(), count);
            QCOMPARE(summary.bytes, c.body.size());
            QCOMPARE(summary.correlationId, QString::fromLatin1(c.header("x-immich-cid")));
            QList<SyncEvent> events;
            QVERIFY(!SyncEventParser::parseBatch(split.lines, events));
            const HttpRequest &req = server->requests.last();
            QCOMPARE(req.path, QByteArray("/api/sync/stream"));
            QCOMPARE(req.header("Authorization"), QByteArray("Bearer session-token-1"));
            QCOMPARE(req.header("Content-Type"), QByteArray("application/json"));
            QCOMPARE(req.header("Accept"), QByteArray("application/jsonlines+json"));
            QVERIFY(!req.hasHeader("Cookie"));
            QCOMPARE(json(req.body), json(c.requestBody.toUtf8()));
        }

        // 015: the server's own 403 for API keys is mapped too (here the client had a token)
        {
            const Test::Capture c = serve(u"015-"_qs);
            Outcome *so = watch(client->syncStream(eight));
            QVERIFY(waitDone(so));
            QCOMPARE(so->error.kind, Error::Kind::ApiKeyRefused);
            QCOMPARE(so->error.httpStatus, 403);
            QCOMPARE(so->error.correlationId, u"h602yoma"_qs);
            QCOMPARE(so->error.where, u"POST /api/sync/stream"_qs);
        }
        // 071 401, 076/079 400 with array messages (and a jsonlines content type)
        {
            serve(u"071-"_qs);
            Outcome *so = watch(client->syncStream(eight));
            QVERIFY(waitDone(so));
            QCOMPARE(so->error.kind, Error::Kind::Unauthorized);
            QCOMPARE(so->error.serverMessages, QStringList {u"Authentication required"_qs});
            serve(u"079-"_qs);
            so = watch(client->syncStream({{SyncRequestType::AssetsV1}, {}}));
            QVERIFY(waitDone(so));
            QCOMPARE(so->error.kind, Error::Kind::Http);
            QCOMPARE(so->error.httpStatus, 400);
            QCOMPARE(so->error.serverMessages.size(), 1);
            QVERIFY(
                so->error.serverMessages[0].startsWith(u"each value in types must be one of"_qs));
            QCOMPARE(so->error.serverError, u"Bad Request"_qs);
            QCOMPARE(so->error.correlationId, u"3q9nofoo"_qs);
            QVERIFY(!so->error.isTransient());
        }
        // 026/030 GET /sync/ack
        for (const auto &[prefix, count] :
            QList<QPair<QString, int>> {{u"026-"_qs, 2}, {u"030-"_qs, 11}}) {
            serve(prefix);
            auto *acks = client->getSyncAcks();
            Outcome *ao = watch(acks);
            QList<SyncAckDto> list;
            connect(acks, &GetSyncAcksJob::succeeded, this,
                [&](const QList<SyncAckDto> &l) { list = l; });
            QVERIFY(waitDone(ao));
            QCOMPARE(list.size(), count);
            QCOMPARE(list[0].type, SyncEntityType::PartnerAssetBackfillV1);
            QVERIFY(list[0].ack.endsWith(u"|complete"_qs));
            QCOMPARE(server->requests.last().method, QByteArray("GET"));
        }
        // 028 POST /sync/ack → 204, body exactly the acks given
        {
            const Test::Capture c = serve(u"028-"_qs);
            const QStringList acks = [&] {
                QStringList l;
                for (const QJsonValue &v : json(c.requestBody.toUtf8()).value(u"acks"_qs).toArray())
                    l << v.toString();
                return l;
            }();
            QCOMPARE(acks.size(), 9);
            Outcome *ao = watch(client->sendSyncAcks(acks));
            QVERIFY(waitDone(ao));
            QVERIFY2(ao->succeeded, qPrintable(ao->error.technicalDetails()));
            QCOMPARE(json(server->requests.last().body), json(c.requestBody.toUtf8()));
        }
        // 047/048/051 full-sync pages, 063/065 delta-sync
        for (const auto &[prefix, count] :
            QList<QPair<QString, int>> {{u"047-"_qs, 2}, {u"048-"_qs, 2}, {u"051-"_qs, 0}}) {
            const Test::Capture c = serve(prefix);
            const QJsonObject body = json(c.requestBody.toUtf8());
            FullSyncRequest req {body.value(u"updatedUntil"_qs).toString(),
                body.value(u"limit"_qs).toInt(), body.value(u"lastId"_qs).toString(), {}};
            auto *full = client->fullSync(req);
            Outcome *fo = watch(full);
            QList<AssetResponseDto> page;
            connect(full, &FullSyncJob::succeeded, this,
                [&](const QList<AssetResponseDto> &p) { page = p; });
            QVERIFY(waitDone(fo));
            QVERIFY2(fo->succeeded, qPrintable(fo->error.technicalDetails()));
            QCOMPARE(page.size(), count);
            QCOMPARE(json(server->requests.last().body), body);
        }
        for (const QString &prefix : {u"063-"_qs, u"065-"_qs}) {
            const Test::Capture c = serve(prefix);
            const QJsonObject body = json(c.requestBody.toUtf8());
            DeltaSyncRequest req {body.value(u"updatedAfter"_qs).toString(), {}};
            for (const QJsonValue &v : body.value(u"userIds"_qs).toArray())
                req.userIds << v.toString();
            auto *delta = client->deltaSync(req);
            Outcome *dout = watch(delta);
            AssetDeltaSyncResponse result;
            connect(delta, &DeltaSyncJob::succeeded, this,
                [&](const AssetDeltaSyncResponse &r) { result = r; });
            QVERIFY(waitDone(dout));
            QCOMPARE(result.needsFullSync, prefix == u"065-"_qs);
            QCOMPARE(result.upserted.size(), prefix == u"063-"_qs ? 1 : 0);
            QVERIFY(result.deleted.isEmpty());
            QCOMPARE(json(server->requests.last().body), body);
        }
    }

    // 081/082: the client refuses these acks itself; the server is never asked.
    void badAcksRefusedClientSide()
    {
        server->setHandler([](const HttpRequest &, QTcpSocket *s) {
            s->write(FakeHttpServer::response(204, "No Content", {}));
        });
        for (const QStringList &acks : {QStringList {u"garbage"_qs},
                 QStringList {u"AssetV1|01a21aff-0000-7000-8000-000000000000"_qs,
                     u"AssetV1|01a21aff-0000-7000-8000-000000000001"_qs},
                 QStringList {u"AssetV1|not-a-uuid"_qs}, QStringList {u"AlbumV1"_qs},
                 QStringList {
                     u"SyncResetV1|reset"_qs, u"AssetV1|01a21aff-0000-7000-8000-000000000000"_qs},
                 QStringList {}}) {
            Outcome *o = watch(client->sendSyncAcks(acks));
            QVERIFY(waitDone(o));
            QCOMPARE(o->error.kind, Error::Kind::InvalidInput);
        }
        QStringList tooMany;
        for (int i = 0; i < 1001; ++i)
            tooMany << u"AssetV1|01a21aff-0000-7000-8000-000000000000"_qs;
        QVERIFY(SendSyncAcksJob::validate(tooMany));
        QVERIFY(server->requests.isEmpty());
        Outcome *ok = watch(client->sendSyncAcks({u"SyncResetV1|reset"_qs}));
        QVERIFY(waitDone(ok));
        QCOMPARE(ok->succeeded, 1);
    }

    void apiKeys()
    {
        server->setHandler([](const HttpRequest &, QTcpSocket *s) {
            s->write(FakeHttpServer::response(200, "OK", "[]"));
        });
        client->setApiKey(u"key-123"_qs);
        int refused = 0;
        connect(client, &ImmichClient::apiKeyRefused, this, [&] { ++refused; });
        QList<Outcome *> outcomes {watch(client->syncStream({{SyncRequestType::UsersV1}, {}})),
            watch(client->getSyncAcks()),
            watch(client->sendSyncAcks({u"UserV1|01a21aff-3031-71a3-9928-62cca5bf2250"_qs})),
            watch(client->deleteSyncAcks())};
        for (Outcome *o : outcomes) {
            QVERIFY(waitDone(o));
            QCOMPARE(o->error.kind, Error::Kind::ApiKeyRefused);
            QCOMPARE(o->error.httpStatus, 403);
            QVERIFY(o->error.detail.contains(u"Sync endpoints cannot be used with API keys"_qs));
            QCOMPARE(o->error.suggestedAction(), Error::Action::LogInAgain);
        }
        QCOMPARE(refused, 4);
        QVERIFY(server->requests.isEmpty());
        // full-sync accepts API keys: x-api-key, no Authorization
        Outcome *full = watch(client->fullSync({u"2026-11-27T03:15:41.000Z"_qs, 2, {}, {}}));
        QVERIFY(waitDone(full));
        QCOMPARE(full->succeeded, 1);
        QCOMPARE(server->requests.last().header("x-api-key"), QByteArray("key-123"));
        QVERIFY(!server->requests.last().hasHeader("Authorization"));
    }

    void publicEndpointsSendNoCredentials()
    {
        server->setHandler([](const HttpRequest &r, QTcpSocket *s) {
            if (r.path == "/api/auth/login")
                s->write(FakeHttpServer::response(201, "Created",
                    R"({"accessToken":"tok-new","userId":"u1","userEmail":"admin@example.test","name":"Admin","profileImagePath":"","isAdmin":true,"shouldChangePassword":false,"isOnboarded":true})",
                    "application/json", {"Set-Cookie: immich_access_token=tok-new; HttpOnly"}));
            else
                s->write(FakeHttpServer::response(200, "OK", R"({"res":"pong"})"));
        });
        Outcome *p = watch(client->ping());
        QVERIFY(waitDone(p));
        QCOMPARE(p->succeeded, 1);
        auto *login = client->login({u"admin@example.test"_qs, u"admin-password"_qs});
        Outcome *l = watch(login);
        LoginResponse response;
        connect(login, &LoginJob::succeeded, this, [&](const LoginResponse &r) { response = r; });
        QVERIFY(waitDone(l));
        QCOMPARE(response.accessToken, u"tok-new"_qs);
        QVERIFY(response.isAdmin);
        for (const HttpRequest &r : server->requests)
            QVERIFY(!r.hasHeader("Authorization") && !r.hasHeader("x-api-key"));
        QCOMPARE(json(server->requests.last().body).value(u"password"_qs).toString(),
            u"admin-password"_qs);
        // The login cookie is not stored: the next request carries only our token.
        Outcome *me = watch(client->getMyUser());
        QVERIFY(waitDone(me));
        QVERIFY(!server->requests.last().hasHeader("Cookie"));
        QCOMPARE(
            server->requests.last().header("Authorization"), QByteArray("Bearer session-token-1"));
    }

    void deleteAcksBodies()
    {
        server->setHandler([](const HttpRequest &, QTcpSocket *s) {
            s->write(FakeHttpServer::response(204, "No Content", {}));
        });
        Outcome *all = watch(client->deleteSyncAcks());
        QVERIFY(waitDone(all));
        QCOMPARE(all->succeeded, 1);
        QCOMPARE(server->requests.last().method, QByteArray("DELETE"));
        QCOMPARE(server->requests.last().path, QByteArray("/api/sync/ack"));
        QCOMPARE(server->requests.last().body, QByteArray("{}"));
        QCOMPARE(server->requests.last().header("Content-Type"), QByteArray("application/json"));
        Outcome *some = watch(client->deleteSyncAcks({QList<SyncEntityType> {
            SyncEntityType::AssetV1, SyncEntityType::AssetDeleteV1, SyncEntityType::AssetExifV1}}));
        QVERIFY(waitDone(some));
        QCOMPARE(server->requests.last().body,
            QByteArray(R"({"types":["AssetV1","AssetDeleteV1","AssetExifV1"]})"));
    }

    void redirectSameOriginFollowed()
    {
        server->setHandler([](const HttpRequest &r, QTcpSocket *s) {
            if (r.path == "/api/users/me")
                s->write(FakeHttpServer::response(
                    302, "Found", {}, "text/plain", {"Location: /api/users/me2"}));
            else
                s->write(FakeHttpServer::response(200, "OK", R"({"id":"u1","email":"a@b.c"})"));
        });
        Outcome *o = watch(client->getMyUser());
        QVERIFY(waitDone(o));
        QVERIFY2(o->succeeded, qPrintable(o->error.technicalDetails()));
        QCOMPARE(server->requests.size(), 2);
        QCOMPARE(server->requests[1].header("Authorization"), QByteArray("Bearer session-token-1"));
    }

    void redirectSameOriginRefusedWhenDisabled()
    {
        server->setHandler([](const HttpRequest &r, QTcpSocket *s) {
            if (r.path == "/api/users/me")
                s->write(FakeHttpServer::response(
                    302, "Found", {}, "text/plain", {"Location: /api/users/me2"}));
            else
                s->write(FakeHttpServer::response(200, "OK", R"({"id":"u1","email":"a@b.c"})"));
        });
        client->setFollowSameOriginRedirects(false);
        Outcome *o = watch(client->getMyUser());
        QVERIFY(waitDone(o));
        QCOMPARE(o->error.kind, Error::Kind::Redirect);
        QCOMPARE(o->error.httpStatus, 302);
        QTest::qWait(50);
        QCOMPARE(server->requests.size(), 1);
    }

    void partners()
    {
        server->setHandler([](const HttpRequest &r, QTcpSocket *s) {
            if (r.path == "/api/partners?direction=shared-with")
                s->write(FakeHttpServer::response(200, "OK",
                    R"([{"id":"p1","email":"p@x.y","name":"P","profileImagePath":"",)"
                    R"("avatarColor":"red","profileChangedAt":"2025-01-01T00:00:00.000Z","inTimeline":true},)"
                    R"({"id":"p2","email":"q@x.y","name":"Q","profileImagePath":"",)"
                    R"("avatarColor":"primary","profileChangedAt":"2025-01-01T00:00:00.000Z"}])"));
            else
                s->write(FakeHttpServer::response(200, "OK", R"([{"email":"p@x.y"}])"));
        });
        auto *job = client->getPartners(PartnerDirection::SharedWith);
        QList<PartnerResponseDto> got;
        connect(job, &GetPartnersJob::succeeded, this,
            [&](const QList<PartnerResponseDto> &l) { got = l; });
        Outcome *o = watch(job);
        QVERIFY(waitDone(o));
        QVERIFY2(o->succeeded, qPrintable(o->error.technicalDetails()));
        QCOMPARE(got.size(), 2);
        QCOMPARE(got[0].id, u"p1"_qs);
        QCOMPARE(got[0].avatarColor, u"red"_qs);
        QCOMPARE(got[0].inTimeline, std::optional<bool>(true));
        QCOMPARE(got[1].inTimeline, std::optional<bool>());
        QCOMPARE(
            server->requests.last().header("Authorization"), QByteArray("Bearer session-token-1"));

        client->setApiKey(u"key-123"_qs);
        Outcome *bad = watch(client->getPartners(PartnerDirection::SharedBy));
        QVERIFY(waitDone(bad));
        QCOMPARE(server->requests.last().path, QByteArray("/api/partners?direction=shared-by"));
        QCOMPARE(server->requests.last().header("x-api-key"), QByteArray("key-123"));
        QCOMPARE(bad->error.kind, Error::Kind::Malformed);
        QVERIFY2(bad->error.detail.contains(u"PartnerResponseDto[0].id"_qs),
            qPrintable(bad->error.detail));
    }

    // Every read as it came, no splitting; the summary counts bytes and sees the final
    // SyncCompleteV1 line; a body that ends inside a line is a cut (Network).
    void streamRawChunks()
    {
        const QByteArray line
            = R"({"type":"UserDeleteV1","data":{"userId":"u"},"ack":"UserDeleteV1|a"})"
              "\n";
        const QByteArray complete
            = R"({"type":"SyncCompleteV1","data":{},"ack":"SyncCompleteV1|019a"})"
              "\n";
        server->setHandler([&](const HttpRequest &, QTcpSocket *s) {
            s->write(FakeHttpServer::chunkedHead());
            for (int i = 0; i < 100; ++i)
                s->write(FakeHttpServer::chunk(line));
            s->write(FakeHttpServer::chunk(complete.left(20)));
            s->write(FakeHttpServer::chunk(complete.mid(20)));
            s->write("0\r\n\r\n");
            s->disconnectFromHost();
        });
        auto *stream = new SyncStreamJob({{SyncRequestType::UsersV1}, {}});
        stream->setReadBufferSize(4096);
        Outcome *o = watch(stream);
        QByteArray body;
        SyncStreamSummary summary;
        connect(
            stream, &SyncStreamJob::chunkReceived, this, [&](const QByteArray &b) { body += b; });
        connect(stream, &SyncStreamJob::succeeded, this,
            [&](const SyncStreamSummary &s) { summary = s; });
        client->run(stream);
        QVERIFY(waitDone(o));
        QVERIFY2(o->succeeded, qPrintable(o->error.technicalDetails()));
        QCOMPARE(body, line.repeated(100) + complete);
        QCOMPARE(summary.bytes, qint64(body.size()));
        QVERIFY(summary.endsWithSyncComplete);

        // The body ends inside a line although the terminating chunk came: every line the server
        // writes ends with a newline, and Qt 6.4 cannot always tell a cut from a clean end, so
        // it is a cut (Network); the consumer still got every byte.
        server->setHandler([&](const HttpRequest &, QTcpSocket *s) {
            s->write(FakeHttpServer::chunkedHead());
            s->write(FakeHttpServer::chunk(line + "{\"type\":\"Us"));
            s->write("0\r\n\r\n");
            s->disconnectFromHost();
        });
        auto *cut = new SyncStreamJob({{SyncRequestType::UsersV1}, {}});
        Outcome *co = watch(cut);
        body.clear();
        summary = {};
        connect(cut, &SyncStreamJob::chunkReceived, this, [&](const QByteArray &b) { body += b; });
        connect(
            cut, &SyncStreamJob::succeeded, this, [&](const SyncStreamSummary &s) { summary = s; });
        client->run(cut);
        QVERIFY(waitDone(co));
        QCOMPARE(co->succeeded, 0);
        QCOMPARE(co->error.kind, Error::Kind::Network);
        QVERIFY2(co->error.detail.contains(QLatin1StringView("in the middle of a line")),
            qPrintable(co->error.detail));
        QCOMPARE(body, line + "{\"type\":\"Us");

        // Cancelling from the chunk handler ends the job as Cancelled, once.
        server->setHandler([&](const HttpRequest &, QTcpSocket *s) {
            s->write(FakeHttpServer::chunkedHead());
            s->write(FakeHttpServer::chunk(line));
        });
        auto *cancelled = new SyncStreamJob({{SyncRequestType::UsersV1}, {}});
        Outcome *xo = watch(cancelled);
        connect(cancelled, &SyncStreamJob::chunkReceived, cancelled,
            [cancelled] { cancelled->cancel(); });
        client->run(cancelled);
        QVERIFY(waitDone(xo));
        QCOMPARE(xo->error.kind, Error::Kind::Cancelled);
    }

    void redirectOtherOriginRefused()
    {
        FakeHttpServer other([](const HttpRequest &, QTcpSocket *s) {
            s->write(FakeHttpServer::response(200, "OK", R"({"id":"u1","email":"a@b.c"})"));
        });
        const QByteArray target = other.origin().toLatin1() + "/api/users/me";
        server->setHandler([&](const HttpRequest &, QTcpSocket *s) {
            s->write(
                FakeHttpServer::response(302, "Found", {}, "text/plain", {"Location: " + target}));
        });
        for (bool apiKey : {false, true}) {
            if (apiKey)
                client->setApiKey(u"key-123"_qs);
            Outcome *o = watch(client->getMyUser());
            QVERIFY(waitDone(o));
            QCOMPARE(o->error.kind, Error::Kind::Redirect);
            QVERIFY(o->error.detail.contains(other.origin()));
            QCOMPARE(o->error.httpStatus, 302);
        }
        Outcome *t = watch(client->getThumbnail(
            u"8a749608-71b2-47ae-a944-bf2e6a97626a"_qs, ThumbnailSize::Fullsize));
        QVERIFY(waitDone(t));
        QCOMPARE(t->error.kind, Error::Kind::Redirect);
        QTest::qWait(100);
        QVERIFY(other.requests.isEmpty()); // nothing, credentials or not, reached the other origin

        // Same host name, other port = other origin; "localhost" vs 127.0.0.1 = other origin.
        const QByteArray sameHostOtherName
            = "http://localhost:" + QByteArray::number(server->serverPort()) + "/api/users/me";
        server->setHandler([&](const HttpRequest &, QTcpSocket *s) {
            s->write(FakeHttpServer::response(
                307, "Temporary Redirect", {}, "text/plain", {"Location: " + sameHostOtherName}));
        });
        const int before = int(server->requests.size());
        Outcome *o = watch(client->getMyUser());
        QVERIFY(waitDone(o));
        QCOMPARE(o->error.kind, Error::Kind::Redirect);
        QTest::qWait(50);
        QCOMPARE(int(server->requests.size()), before + 1);
    }

    void inactivityTimeout()
    {
        // Headers and one line, then silence: Timeout after ~300 ms, the line is delivered.
        server->setHandler([](const HttpRequest &, QTcpSocket *s) {
            s->write(FakeHttpServer::chunkedHead());
            s->write(FakeHttpServer::chunk(
                R"({"type":"UserDeleteV1","data":{"userId":"u"},"ack":"UserDeleteV1|a"})"
                "\n"));
        });
        client->setInactivityTimeout(std::chrono::milliseconds(300));
        auto *stream = client->syncStream({{SyncRequestType::UsersV1}, {}});
        Outcome *o = watch(stream);
        Test::StreamLines split(stream);
        QElapsedTimer t;
        t.start();
        QVERIFY(waitDone(o));
        QCOMPARE(o->error.kind, Error::Kind::Timeout);
        QVERIFY(o->error.isTransient());
        QVERIFY(t.elapsed() >= 250);
        QCOMPARE(split.lines.size(), 1);

        // Nothing at all (no status line) — like the poisoned-checkpoint hang of v1.135.3.
        server->setHandler([](const HttpRequest &, QTcpSocket *) {});
        Outcome *silent = watch(client->getSyncAcks());
        QVERIFY(waitDone(silent));
        QCOMPARE(silent->error.kind, Error::Kind::Timeout);
    }

    void timeoutIsNotTotal()
    {
        // A line every 100 ms for 1.2 s with a 400 ms inactivity timeout: succeeds.
        server->setHandler([](const HttpRequest &, QTcpSocket *s) {
            s->write(FakeHttpServer::chunkedHead());
            auto *timer = new QTimer(s);
            auto *n = new int(0);
            QObject::connect(timer, &QTimer::timeout, s, [s, timer, n] {
                if (++*n > 12) {
                    s->write("0\r\n\r\n");
                    s->disconnectFromHost();
                    timer->stop();
                    delete n;
                    return;
                }
                s->write(FakeHttpServer::chunk(
                    R"({"type":"UserDeleteV1","data":{"userId":"u"},"ack":"UserDeleteV1|a"})"
                    "\n"));
            });
            timer->start(100);
        });
        client->setInactivityTimeout(std::chrono::milliseconds(400));
        auto *stream = client->syncStream({{SyncRequestType::UsersV1}, {}});
        Outcome *o = watch(stream);
        Test::StreamLines split(stream);
        QVERIFY(waitDone(o));
        QVERIFY2(o->succeeded, qPrintable(o->error.technicalDetails()));
        QCOMPARE(split.reads, 12); // delivered as they arrived, not at the end
        QCOMPARE(split.lines.size(), 12);
    }

    void cutConnection()
    {
        server->setHandler([](const HttpRequest &, QTcpSocket *s) {
            s->write(FakeHttpServer::chunkedHead());
            s->write(FakeHttpServer::chunk(
                R"({"type":"UserDeleteV1","data":{"userId":"u"},"ack":"UserDeleteV1|a"})"
                "\n"));
            s->write(FakeHttpServer::chunk(
                R"({"type":"UserDeleteV1","data":{"userId":"v"},"ack":"UserDeleteV1|b"})"
                "\n{\"type\":\"Us"));
            s->flush();
            s->disconnectFromHost(); // no terminating chunk
        });
        auto *stream = client->syncStream({{SyncRequestType::UsersV1}, {}});
        Outcome *o = watch(stream);
        Test::StreamLines split(stream);
        QVERIFY(waitDone(o));
        // Qt 6.4 sometimes reports a normal end for this cut; the half line tells it apart.
        QCOMPARE(o->error.kind, Error::Kind::Network);
        QCOMPARE(o->succeeded, 0);
        QCOMPARE(split.lines.size(), 2);
    }

    // The connection closes at a line boundary without the terminating chunk. Qt 6.4 reports
    // either a network error or, when the FIN comes with the last data, a normal end
    // (SyncStreamJob.h); then the summary must not claim SyncCompleteV1, which is what makes the
    // consumer count the run as interrupted.
    void cutAtLineBoundary()
    {
        server->setHandler([](const HttpRequest &, QTcpSocket *s) {
            s->write(FakeHttpServer::chunkedHead());
            s->write(FakeHttpServer::chunk(
                R"({"type":"UserDeleteV1","data":{"userId":"u"},"ack":"UserDeleteV1|a"})"
                "\n"));
            s->flush();
            QTimer::singleShot(100, s, [s] { s->disconnectFromHost(); });
        });
        auto *stream = client->syncStream({{SyncRequestType::UsersV1}, {}});
        Outcome *o = watch(stream);
        Test::StreamLines split(stream);
        bool claimsComplete = false;
        connect(stream, &SyncStreamJob::succeeded, this,
            [&](const SyncStreamSummary &s) { claimsComplete = s.endsWithSyncComplete; });
        QVERIFY(waitDone(o));
        QCOMPARE(split.lines.size(), 1);
        if (o->succeeded)
            QVERIFY(!claimsComplete);
        else
            QCOMPARE(o->error.kind, Error::Kind::Network);
    }

    void retryAfterAndServerErrors()
    {
        struct Case
        {
            int status;
            QByteArray body;
            QByteArray retryAfter;
            Error::Kind kind;
            int seconds;
            bool transient;
        };
        const QList<Case> cases {
            {503, R"({"message":"Service Unavailable","statusCode":503})", "120", Error::Kind::Http,
                120, true},
            {429, R"({"message":"Too Many Requests"})", "Wed, 21 Oct 2015 07:28:00 GMT",
                Error::Kind::Http, 0, true},
            {500, "<html>Internal error</html>", {}, Error::Kind::Http, -1, true},
            {400,
                R"({"message":["a must be b","c must be d"],"error":"Bad Request","statusCode":400,"correlationId":"cid9"})",
                {}, Error::Kind::Http, -1, false},
            {401, R"({"message":"Invalid user token","error":"Unauthorized","statusCode":401})", {},
                Error::Kind::Unauthorized, -1, false},
            {403,
                R"({"message":"Missing required permission: asset.read","error":"Forbidden","statusCode":403})",
                {}, Error::Kind::Http, -1, false},
        };
        for (const Case &c : cases) {
            server->setHandler([&](const HttpRequest &, QTcpSocket *s) {
                QList<QByteArray> extra {"x-immich-cid: hdrcid"};
                if (!c.retryAfter.isEmpty())
                    extra << "Retry-After: " + c.retryAfter;
                s->write(
                    FakeHttpServer::response(c.status, "X", c.body, "application/json", extra));
            });
            Outcome *o = watch(client->getMyUser());
            QVERIFY(waitDone(o));
            QCOMPARE(o->error.kind, c.kind);
            QCOMPARE(o->error.httpStatus, c.status);
            QCOMPARE(o->error.retryAfterSeconds, c.seconds);
            QCOMPARE(o->error.isTransient(), c.transient);
            QCOMPARE(o->error.correlationId, c.status == 400 ? u"cid9"_qs : u"hdrcid"_qs);
            QVERIFY(!o->error.userMessage().isEmpty());
        }
    }

    void malformedBodies()
    {
        server->setHandler([](const HttpRequest &, QTcpSocket *s) {
            s->write(FakeHttpServer::response(200, "OK", R"({"id":"u1","email":5})"));
        });
        Outcome *o = watch(client->getMyUser());
        QVERIFY(waitDone(o));
        QCOMPARE(o->error.kind, Error::Kind::Malformed);
        QVERIFY2(o->error.detail.contains(u"UserAdminResponseDto.email"_qs),
            qPrintable(o->error.detail));
        QCOMPARE(o->error.where, u"GET /api/users/me"_qs);
        server->setHandler([](const HttpRequest &, QTcpSocket *s) {
            s->write(FakeHttpServer::response(200, "OK", R"({"major":1,)"));
        });
        Outcome *v = watch(client->getServerVersion());
        QVERIFY(waitDone(v));
        QCOMPARE(v->error.kind, Error::Kind::Malformed);
        QVERIFY(v->error.byteOffset >= 0);
    }

    void connectionRefused()
    {
        quint16 port;
        {
            FakeHttpServer gone;
            port = gone.serverPort();
        }
        client->setServerUrl(*ServerUrl::parse(QStringLiteral("127.0.0.1:%1").arg(port)));
        Outcome *o = watch(client->ping());
        QVERIFY(waitDone(o));
        QCOMPARE(o->error.kind, Error::Kind::Network);
        QVERIFY(o->error.isTransient());
        // No server address at all.
        client->setServerUrl(ServerUrl());
        Outcome *none = watch(client->ping());
        QVERIFY(waitDone(none));
        QCOMPARE(none->error.kind, Error::Kind::InvalidInput);
    }

    void cancelAndContract()
    {
        server->setHandler([](const HttpRequest &, QTcpSocket *) {}); // never answers
        auto *job = client->getSyncAcks();
        QPointer<ApiJob> guard(job);
        Outcome *o = watch(job);
        QTimer::singleShot(50, job, &ApiJob::cancel);
        QVERIFY(waitDone(o));
        QCOMPARE(o->error.kind, Error::Kind::Cancelled);
        QTRY_VERIFY(guard.isNull()); // deleted after finished
        QCOMPARE(o->finished, 1);
    }

    void thumbnail()
    {
        server->setHandler([](const HttpRequest &, QTcpSocket *s) {
            s->write(FakeHttpServer::response(
                200, "OK", QByteArray("RIFF\0\0\0\0WEBPVP8 ", 16), "image/webp"));
        });
        auto *job = client->getThumbnail(
            u"8a749608-71b2-47ae-a944-bf2e6a97626a"_qs, ThumbnailSize::Thumbnail);
        Outcome *o = watch(job);
        ThumbnailData data;
        connect(job, &ThumbnailJob::succeeded, this, [&](const ThumbnailData &d) { data = d; });
        QVERIFY(waitDone(o));
        QCOMPARE(data.contentType, QByteArray("image/webp"));
        QCOMPARE(data.data.size(), 16);
        QCOMPARE(server->requests.last().path,
            QByteArray(
                "/api/assets/8a749608-71b2-47ae-a944-bf2e6a97626a/thumbnail?size=thumbnail"));
        Outcome *bad
            = watch(client->getThumbnail(u"../../server/version"_qs, ThumbnailSize::Thumbnail));
        QVERIFY(waitDone(bad));
        QCOMPARE(bad->error.kind, Error::Kind::InvalidInput);
        QCOMPARE(server->requests.size(), 1);
    }
};

QTEST_GUILESS_MAIN(ClientLoopbackTest)
#include "client_loopback.moc"
