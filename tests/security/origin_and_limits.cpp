// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Credentials stay on the server's origin, and what the server sends is bounded:
// - a redirect to another origin is refused before anything (credentials or not) reaches it, also
//   after a same-origin hop; same-origin hops keep working;
// - paths built from server data (asset ids, "..", "//host") cannot leave <origin>/api/;
// - a stream line over the limit fails naming the limit and the line number; a JSON body over its
//   limit fails naming the limit (dev server over loopback).
#include "api/GetMyUserJob.h"
#include "api/ImmichClient.h"
#include "api/SyncStreamJob.h"
#include "api/ThumbnailJob.h"

#include "DevServer.h"
#include "FakeHttpServer.h"
#include "RunJob.h"
#include "StreamLines.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Tidemark;
using Tidemark::Test::FakeHttpServer;
using TidemarkDev::DevServer;

using Tidemark::Test::runJob;

namespace {

//! A GET of any path below /api, as a job built from server data would make it.
class PathJob : public ApiJob
{
public:
    explicit PathJob(const QString &path) : ApiJob("GET", path, Auth::Any) { }

protected:
    Error parseBody(const QByteArray &) override { return {}; }
    void emitSucceeded() override { }
};

} // namespace

class OriginAndLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crossOriginRedirectGetsNoCredentials()
    {
        FakeHttpServer other([](const Test::HttpRequest &, QTcpSocket *s) {
            s->write(FakeHttpServer::response(200, "OK", R"({"id":"u1","email":"a@b.c"})"));
        });
        FakeHttpServer server;
        const QByteArray away = other.origin().toLatin1() + "/api/users/me";
        server.setHandler([&](const Test::HttpRequest &r, QTcpSocket *s) {
            if (r.path == "/api/users/me") // same origin first, then away
                s->write(FakeHttpServer::response(
                    307, "Temporary Redirect", {}, "text/plain", {"Location: /api/users/me2"}));
            else
                s->write(FakeHttpServer::response(
                    302, "Found", {}, "text/plain", {"Location: " + away}));
        });
        ImmichClient client;
        client.setServerUrl(*ServerUrl::parse(server.origin()));
        for (const Credentials &c : {Credentials::sessionToken(QStringLiteral("session-secret")),
                 Credentials::apiKey(QStringLiteral("key-secret"))}) {
            client.setCredentials(c);
            const Error e = runJob(client.getMyUser());
            QCOMPARE(e.kind, Error::Kind::Redirect);
            QVERIFY(e.detail.contains(other.origin()));
        }
        QTest::qWait(100);
        QVERIFY(other.requests.isEmpty());
        // The same-origin hop carried the credentials, on the same origin only.
        QCOMPARE(server.requests.size(), 4);
        QCOMPARE(server.requests[1].path, QByteArray("/api/users/me2"));
        QCOMPARE(server.requests[1].header("Authorization"), QByteArray("Bearer session-secret"));
        QCOMPARE(server.requests[3].header("x-api-key"), QByteArray("key-secret"));
    }

    void pathsStayBelowTheApi_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("dot-dot") << QStringLiteral("assets/../../admin");
        QTest::newRow("double slash") << QStringLiteral("assets//evil.example/x");
        QTest::newRow("backslash") << QStringLiteral("assets/..\\..\\x");
        QTest::newRow("dot") << QStringLiteral("assets/./x");
    }
    void pathsStayBelowTheApi()
    {
        QFETCH(QString, path);
        FakeHttpServer server([](const Test::HttpRequest &, QTcpSocket *s) {
            s->write(FakeHttpServer::response(200, "OK", "{}"));
        });
        ImmichClient client;
        client.setServerUrl(*ServerUrl::parse(server.origin()));
        client.setSessionToken(QStringLiteral("session-secret"));
        auto *job = new PathJob(path);
        client.run(job);
        const Error e = runJob(job);
        QCOMPARE(e.kind, Error::Kind::InvalidInput);
        QTest::qWait(20);
        QVERIFY(server.requests.isEmpty());
        // A well-formed path goes through.
        auto *ok = new PathJob(QStringLiteral("server/ping"));
        client.run(ok);
        QVERIFY(!runJob(ok));
        QCOMPARE(server.requests.size(), 1);
    }

    void percentSignsAreLiteral()
    {
        // Paths are set decoded: "%2e%2e" from server data is sent as "%252e%252e", which no server
        // decodes to "..".
        FakeHttpServer server([](const Test::HttpRequest &, QTcpSocket *s) {
            s->write(FakeHttpServer::response(200, "OK", "{}"));
        });
        ImmichClient client;
        client.setServerUrl(*ServerUrl::parse(server.origin()));
        auto *job = new PathJob(QStringLiteral("assets/%2e%2e/%2E%2E/admin"));
        client.run(job);
        QVERIFY(!runJob(job));
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(server.requests.constFirst().path,
            QByteArray("/api/assets/%252e%252e/%252E%252E/admin"));
    }

    void thumbnailIdsFromTheServerAreChecked()
    {
        FakeHttpServer server([](const Test::HttpRequest &, QTcpSocket *s) {
            s->write(FakeHttpServer::response(200, "OK", "x", "image/webp"));
        });
        ImmichClient client;
        client.setServerUrl(*ServerUrl::parse(server.origin()));
        client.setSessionToken(QStringLiteral("session-secret"));
        for (const QString &id :
            {QStringLiteral("../../users/me"), QStringLiteral("//evil.example/x"),
                QStringLiteral("8a749608-71b2-47ae-a944-bf2e6a97626a/../../x")})
            QCOMPARE(runJob(client.getThumbnail(id, ThumbnailSize::Thumbnail)).kind,
                Error::Kind::InvalidInput);
        QTest::qWait(20);
        QVERIFY(server.requests.isEmpty());
        QVERIFY(!runJob(client.getThumbnail(
            QStringLiteral("8a749608-71b2-47ae-a944-bf2e6a97626a"), ThumbnailSize::Thumbnail)));
        QCOMPARE(server.requests.constFirst().path,
            QByteArray(
                "/api/assets/8a749608-71b2-47ae-a944-bf2e6a97626a/thumbnail?size=thumbnail"));
    }

    void streamLineOverTheLimit()
    {
        DevServer server;
        QVERIFY(server.start());
        ImmichClient client;
        client.setServerUrl(*ServerUrl::parse(server.baseUrl().toString()));
        client.setSessionToken(server.createSession(DevServer::adminEmail()));
        QCOMPARE(SyncLineSplitter::DefaultMaxLineLength, qsizetype(16 * 1024 * 1024));
        SyncStreamRequest request;
        request.types = {SyncRequestType::UsersV1, SyncRequestType::AssetsV1};
        auto *job = new SyncStreamJob(request);
        Test::StreamLines split(job, 120); // every UserV1/AssetV1 line is longer
        client.run(job);
        QCOMPARE(runJob(job).kind, Error::Kind::Cancelled); // the consumer ends the run
        const Error e = split.error;
        QCOMPARE(e.kind, Error::Kind::Malformed);
        QVERIFY2(e.detail.contains(QStringLiteral("120 bytes")), qPrintable(e.detail));
        QCOMPARE(e.lineNumber, 1);
        QCOMPARE(e.byteOffset, 0);
        QCOMPARE(split.lines.size(), 0);
        QVERIFY2(e.technicalDetails().contains(QStringLiteral("line=1")),
            qPrintable(e.technicalDetails()));
    }

    void streamLineOverTheDefaultLimit()
    {
        // A 17 MiB line from the dev server (fault OversizedLine) against the default 16 MiB limit.
        DevServer server;
        QVERIFY(server.start());
        TidemarkDev::Fault f;
        f.kind = TidemarkDev::Fault::Kind::OversizedLine;
        f.path = QStringLiteral("/api/sync/stream");
        f.after = 2;
        server.addFault(f);
        ImmichClient client;
        client.setServerUrl(*ServerUrl::parse(server.baseUrl().toString()));
        client.setSessionToken(server.createSession(DevServer::adminEmail()));
        SyncStreamRequest request;
        request.types = {SyncRequestType::UsersV1, SyncRequestType::AssetsV1};
        auto *job = new SyncStreamJob(request);
        Test::StreamLines split(job); // the engine's limit: SyncLineSplitter's default
        client.run(job);
        QCOMPARE(runJob(job, 60000).kind, Error::Kind::Cancelled);
        const Error e = split.error;
        QCOMPARE(e.kind, Error::Kind::Malformed);
        QVERIFY2(e.detail.contains(QString::number(SyncLineSplitter::DefaultMaxLineLength)),
            qPrintable(e.detail));
        QCOMPARE(e.lineNumber, 3);
        QCOMPARE(split.lines.size(), 2);
    }

    void jsonBodyOverTheLimit()
    {
        DevServer server;
        QVERIFY(server.start());
        ImmichClient client;
        client.setServerUrl(*ServerUrl::parse(server.baseUrl().toString()));
        client.setSessionToken(server.createSession(DevServer::adminEmail()));
        auto *job = new GetMyUserJob;
        QCOMPARE(job->maxBodySize(), 64ll * 1024 * 1024);
        job->setMaxBodySize(32);
        client.run(job);
        const Error e = runJob(job);
        QCOMPARE(e.kind, Error::Kind::Malformed);
        QVERIFY2(e.detail.contains(QStringLiteral("limit of 32 bytes")), qPrintable(e.detail));
        auto *fits = new GetMyUserJob;
        client.run(fits);
        QVERIFY(!runJob(fits));
    }
};

QTEST_GUILESS_MAIN(OriginAndLimits)
#include "origin_and_limits.moc"
