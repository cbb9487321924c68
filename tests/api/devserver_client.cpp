// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ImmichClient against our own Immich-compatible DevServer over loopback: every endpoint, every
// credential case, a large stream read incrementally, acks round-trip, faults (stall, cut,
// truncated body, malformed line, 503 + Retry-After, revoked session) and version gating.
#include "api/AssetStatisticsJob.h"
#include "api/DeleteSyncAcksJob.h"
#include "api/DeltaSyncJob.h"
#include "api/FullSyncJob.h"
#include "api/GetMyUserJob.h"
#include "api/GetSyncAcksJob.h"
#include "api/ImmichClient.h"
#include "api/LoginJob.h"
#include "api/LogoutJob.h"
#include "api/PingJob.h"
#include "api/SendSyncAcksJob.h"
#include "api/ServerVersionJob.h"
#include "api/SyncStreamJob.h"
#include "api/ThumbnailJob.h"
#include "api/ValidateTokenJob.h"
#include "protocol/ServerCapabilities.h"
#include "protocol/SyncEventParser.h"

#include "DevServer.h"
#include "StreamLines.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <map>

using namespace Tidemark;
using TidemarkDev::DevServer;
using TidemarkDev::Fault;
using TidemarkDev::LibrarySpec;

namespace {

// Runs a job to the end; returns its error (none on success) and hands the result to `onResult`.
template<typename Job, typename F> Error runJob(Job *job, F &&onResult, int timeoutMs = 60000)
{
    Error error;
    bool done = false;
    QObject::connect(job, &Job::succeeded, job, std::forward<F>(onResult));
    QObject::connect(job, &ApiJob::failed, job, [&](const Error &e) { error = e; });
    QObject::connect(job, &ApiJob::finished, job, [&] { done = true; });
    QElapsedTimer t;
    t.start();
    while (!done && t.elapsed() < timeoutMs)
        QTest::qWait(2);
    if (!done)
        return Error::make(
            Error::Kind::Timeout, QStringLiteral("test"), QStringLiteral("job did not finish"));
    return error;
}
template<typename Job> Error runJob(Job *job)
{
    return runJob(job, [] {});
}

struct StreamResult
{
    Error error;
    SyncStreamSummary summary;
    QList<SyncEvent> events;
    int batches = 0;
    bool linesBeforeEnd = false;
    Error parseError;
    std::map<QString, int> counts;
    QStringList lastAckPerType() const
    {
        QStringList acks;
        QHash<QString, qsizetype> at;
        for (const SyncEvent &e : events) {
            if (e.type == SyncEntityType::Unknown || e.ack.isEmpty())
                continue;
            const QString type = e.ack.section(u'|', 0, 0);
            if (at.contains(type))
                acks[at[type]] = e.ack;
            else {
                at.insert(type, acks.size());
                acks << e.ack;
            }
        }
        return acks;
    }
};

StreamResult stream(ImmichClient &client, const SyncStreamRequest &request)
{
    StreamResult r;
    // Bounded reads, as the engine does (SyncWorker): the body then arrives in many chunks.
    auto *job = new SyncStreamJob(request);
    job->setReadBufferSize(64 * 1024);
    bool finished = false;
    Test::StreamLines split(job);
    QObject::connect(job, &SyncStreamJob::chunkReceived, job, [&] {
        ++r.batches;
        if (!finished)
            r.linesBeforeEnd = true;
    });
    QObject::connect(job, &ApiJob::finished, job, [&] { finished = true; });
    client.run(job);
    r.error = runJob(job, [&](const SyncStreamSummary &s) { r.summary = s; });
    r.parseError
        = split.error.isError() ? split.error : SyncEventParser::parseBatch(split.lines, r.events);
    for (const SyncEvent &e : r.events)
        ++r.counts[e.typeName];
    return r;
}

} // namespace

class DevServerClientTest : public QObject
{
    Q_OBJECT

    DevServer server;
    ImmichClient client;
    QString token;

private Q_SLOTS:
    void initTestCase()
    {
        LibrarySpec spec;
        spec.ownAssets = 200;
        spec.partnerAssets = 30;
        server.generateLibrary(spec);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        client.setServerUrl(*ServerUrl::parse(server.baseUrl().toString()));
    }

    void init()
    {
        server.clearFaults();
        if (token.isEmpty() || !server.hasSession(token))
            token = server.createSession(DevServer::adminEmail());
        client.setSessionToken(token);
        client.setInactivityTimeout(ImmichClient::DefaultInactivityTimeout);
    }

    void serverEndpoints()
    {
        client.clearCredentials();
        PingResponse pong;
        QVERIFY(!runJob(client.ping(), [&](const PingResponse &p) { pong = p; }));
        QCOMPARE(pong.res, u"pong"_qs);
        for (const auto &[a, b, c] : {std::tuple {2, 7, 5}, std::tuple {1, 135, 3}}) {
            server.setVersion(a, b, c);
            ServerVersion v;
            QVERIFY(!runJob(client.getServerVersion(), [&](const ServerVersion &got) { v = got; }));
            QCOMPARE(v, ServerVersion(a, b, c));
        }
        server.setVersion(2, 7, 5);
    }

    void loginAndAccount()
    {
        client.clearCredentials();
        const Error wrong = runJob(client.login({DevServer::adminEmail(), u"nope"_qs}));
        QCOMPARE(wrong.kind, Error::Kind::Unauthorized);
        QCOMPARE(wrong.httpStatus, 401);

        LoginResponse login;
        QVERIFY(!runJob(client.login({DevServer::adminEmail(), DevServer::adminPassword()}),
            [&](const LoginResponse &r) { login = r; }));
        QVERIFY(!login.accessToken.isEmpty());
        QCOMPARE(login.userId, server.adminUserId());
        QVERIFY(server.hasSession(login.accessToken));
        token = login.accessToken;
        client.setSessionToken(token);

        ValidateTokenResponse valid;
        QVERIFY(
            !runJob(client.validateToken(), [&](const ValidateTokenResponse &v) { valid = v; }));
        QVERIFY(valid.authStatus);
        UserAdminResponse me;
        QVERIFY(!runJob(client.getMyUser(), [&](const UserAdminResponse &u) { me = u; }));
        QCOMPARE(me.id, server.adminUserId());
        QCOMPARE(me.email, DevServer::adminEmail());
        AssetStatsResponse stats;
        QVERIFY(
            !runJob(client.getAssetStatistics(), [&](const AssetStatsResponse &s) { stats = s; }));
        QVERIFY(stats.total > 0);
        QCOMPARE(stats.total, stats.images + stats.videos);

        // Logout kills the session: the same token is then refused.
        ImmichClient other;
        other.setServerUrl(client.serverUrl());
        const QString spare = server.createSession(DevServer::adminEmail());
        other.setSessionToken(spare);
        LogoutResponse out;
        QVERIFY(!runJob(other.logout(), [&](const LogoutResponse &l) { out = l; }));
        QVERIFY(out.successful);
        QVERIFY(!server.hasSession(spare));
        int unauthorized = 0;
        connect(&other, &ImmichClient::unauthorized, this, [&] { ++unauthorized; });
        QCOMPARE(runJob(other.getMyUser()).kind, Error::Kind::Unauthorized);
        QCOMPARE(runJob(other.syncStream({{SyncRequestType::UsersV1}, {}})).kind,
            Error::Kind::Unauthorized);
        QCOMPARE(unauthorized, 2);
        // No credentials at all.
        other.clearCredentials();
        QCOMPARE(runJob(other.getMyUser()).kind, Error::Kind::Unauthorized);
    }

    void apiKey()
    {
        ImmichClient keyed;
        keyed.setServerUrl(client.serverUrl());
        keyed.setApiKey(server.createApiKey(DevServer::adminEmail()));
        QVERIFY(!runJob(keyed.getMyUser()));
        const QList<Error> refused {runJob(keyed.syncStream({{SyncRequestType::UsersV1}, {}})),
            runJob(keyed.getSyncAcks()), runJob(keyed.sendSyncAcks({u"SyncResetV1|reset"_qs})),
            runJob(keyed.deleteSyncAcks())};
        for (const Error &e : refused)
            QCOMPARE(e.kind, Error::Kind::ApiKeyRefused);
        QList<AssetResponseDto> page;
        QVERIFY(!runJob(keyed.fullSync({u"2100-01-01T00:00:00.000Z"_qs, 10, {}, {}}),
            [&](const QList<AssetResponseDto> &p) { page = p; }));
        QCOMPARE(page.size(), 10);
    }

    void largeStreamIncrementalAndAcks()
    {
        LibrarySpec spec;
        spec.ownAssets = 20000;
        spec.partnerAssets = 2000;
        server.generateLibrary(spec);
        token = server.createSession(DevServer::adminEmail());
        client.setSessionToken(token);
        const QList<SyncRequestType> types = ServerCapabilities({2, 7, 5}).defaultRequestTypes();

        QElapsedTimer t;
        t.start();
        const StreamResult first = stream(client, {types, {}});
        QVERIFY2(!first.error, qPrintable(first.error.technicalDetails()));
        QVERIFY2(!first.parseError, qPrintable(first.parseError.technicalDetails()));
        qInfo("stream: %d lines in %d batches, %lld ms", int(first.events.size()), first.batches,
            t.elapsed());
        QVERIFY(first.batches > 10); // delivered as it arrived
        QVERIFY(first.linesBeforeEnd);
        QVERIFY(first.counts.at(u"AssetV1"_qs) >= 19000);
        QVERIFY(first.counts.at(u"PartnerAssetV1"_qs) >= 1900);
        QCOMPARE(first.events.last().type, SyncEntityType::SyncCompleteV1);
        QVERIFY(first.summary.endsWithSyncComplete);
        QCOMPARE(first.counts.count(u"Unknown"_qs), std::size_t(0));
        for (const SyncEvent &e : first.events)
            QVERIFY2(e.type != SyncEntityType::Unknown, qPrintable(e.typeName));
        QCOMPARE(first.counts.at(u"AuthUserV1"_qs), 1);

        // Ack last-per-type (≤ 1000, one per type), then the server holds exactly those.
        const QStringList acks = first.lastAckPerType();
        QVERIFY(!runJob(client.sendSyncAcks(acks)));
        QList<SyncAckDto> stored;
        QVERIFY(!runJob(client.getSyncAcks(), [&](const QList<SyncAckDto> &l) { stored = l; }));
        const auto serverSide = server.checkpoints(token);
        QCOMPARE(stored.size(), serverSide.size());
        for (const QString &ack : acks) {
            bool found = false;
            for (const SyncAckDto &d : stored)
                found = found || d.ack == ack;
            QVERIFY2(found, qPrintable(ack));
        }
        // Next run: nothing new but the completion line.
        const StreamResult second = stream(client, {types, {}});
        QVERIFY(!second.error);
        QCOMPARE(second.events.size(), 1);
        QCOMPARE(second.events.first().type, SyncEntityType::SyncCompleteV1);

        // Delete only the asset checkpoints → only assets come again.
        QVERIFY(!runJob(client.deleteSyncAcks({QList<SyncEntityType> {SyncEntityType::AssetV1}})));
        const StreamResult third = stream(client, {types, {}});
        QVERIFY(!third.error);
        QVERIFY(third.counts.at(u"AssetV1"_qs) >= 19000);
        QCOMPARE(third.counts.count(u"UserV1"_qs), std::size_t(0));
        // Delete everything (body {}) → the server holds nothing.
        QVERIFY(!runJob(client.deleteSyncAcks()));
        QVERIFY(server.checkpoints(token).isEmpty());
        // reset: true is accepted.
        const StreamResult fourth = stream(client, {{SyncRequestType::UsersV1}, true});
        QVERIFY(!fourth.error);
        QVERIFY(fourth.counts.at(u"UserV1"_qs) >= 2);
    }

    void fullAndDeltaSync()
    {
        QList<AssetResponseDto> all;
        QString lastId;
        for (int page = 0; page < 1000; ++page) {
            QList<AssetResponseDto> got;
            QVERIFY(!runJob(client.fullSync({u"2100-01-01T00:00:00.000Z"_qs, 5000, lastId, {}}),
                [&](const QList<AssetResponseDto> &p) { got = p; }));
            all += got;
            if (got.size() < 5000)
                break;
            lastId = got.last().id;
        }
        QVERIFY(all.size() >= 19000);
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all[i - 1].id < all[i].id);
        AssetDeltaSyncResponse delta;
        QVERIFY(!runJob(client.deltaSync({u"2000-01-01T00:00:00.000Z"_qs,
                            {server.adminUserId(), server.partnerUserId()}}),
            [&](const AssetDeltaSyncResponse &d) { delta = d; }));
        QVERIFY(delta.needsFullSync); // older than 100 days
    }

    void thumbnail()
    {
        const QString id = server.ownedAssetIds(server.adminUserId()).value(0);
        QVERIFY(!id.isEmpty());
        ThumbnailData data;
        QVERIFY(!runJob(client.getThumbnail(id, ThumbnailSize::Thumbnail),
            [&](const ThumbnailData &d) { data = d; }));
        QVERIFY(data.data.size() > 16);
        QVERIFY(data.contentType.startsWith("image/"));
    }

    void stallTimesOut()
    {
        server.addFault({Fault::Kind::Stall, u"/api/sync/stream"_qs, 100, 500, -1, 10000, 1});
        client.setInactivityTimeout(std::chrono::milliseconds(500));
        QElapsedTimer t;
        t.start();
        const StreamResult r = stream(client, {{SyncRequestType::AssetsV1}, {}});
        QCOMPARE(r.error.kind, Error::Kind::Timeout);
        QVERIFY(t.elapsed() < 5000);
        QCOMPARE(r.events.size(), 100);
    }

    void cutConnection()
    {
        server.addFault({Fault::Kind::CutAfterLines, u"/api/sync/stream"_qs, 250, 500, -1, 0, 1});
        const StreamResult r = stream(client, {{SyncRequestType::AssetsV1}, {}});
        // Network error, or (Qt 6.4, FIN together with the last data) a "clean" end without the
        // SyncCompleteV1 line: either way the run is known to be interrupted.
        QVERIFY2(
            r.error.kind == Error::Kind::Network || (!r.error && !r.summary.endsWithSyncComplete),
            qPrintable(r.error.technicalDetails()));
        QCOMPARE(r.events.size(), 250);
        QVERIFY(r.events.last().type != SyncEntityType::SyncCompleteV1);
    }

    void truncatedFinalLine()
    {
        server.addFault({Fault::Kind::TruncateFinalLine, u"/api/sync/stream"_qs, 0, 500, -1, 0, 1});
        const StreamResult r = stream(client, {{SyncRequestType::UsersV1}, {}});
        // The terminating chunk came, but the body ends inside a line: a cut, whatever Qt said.
        QCOMPARE(r.error.kind, Error::Kind::Network);
        QVERIFY2(r.error.detail.contains(QLatin1StringView("in the middle of a line")),
            qPrintable(r.error.technicalDetails()));
        QVERIFY(!r.events.isEmpty());
    }

    void malformedLine()
    {
        server.addFault({Fault::Kind::MalformedLine, u"/api/sync/stream"_qs, 10, 500, -1, 0, 1});
        const StreamResult r = stream(client, {{SyncRequestType::AssetsV1}, {}});
        QVERIFY(!r.error); // the body itself ended cleanly; the consumer's parser finds the line
        QCOMPARE(r.parseError.kind, Error::Kind::Malformed);
        QCOMPARE(r.parseError.lineNumber, 11);
        QCOMPARE(r.events.size(), 10);
    }

    void serviceUnavailable()
    {
        server.addFault({Fault::Kind::HttpStatus, u"/api/sync/stream"_qs, 0, 503, 30, 0, 1});
        const StreamResult r = stream(client, {{SyncRequestType::UsersV1}, {}});
        QCOMPARE(r.error.kind, Error::Kind::Http);
        QCOMPARE(r.error.httpStatus, 503);
        QCOMPARE(r.error.retryAfterSeconds, 30);
        QVERIFY(r.error.isTransient());
        QVERIFY(!stream(client, {{SyncRequestType::UsersV1}, {}}).error); // fault used up
    }

    void revokedMidStream()
    {
        const QString t = server.createSession(DevServer::adminEmail());
        client.setSessionToken(t);
        server.addFault(
            {Fault::Kind::RevokeSessionAfterLines, u"/api/sync/stream"_qs, 20, 500, -1, 0, 1});
        const StreamResult r = stream(client, {{SyncRequestType::AssetsV1}, {}});
        QVERIFY(r.error || !r.summary.endsWithSyncComplete);
        QCOMPARE(r.events.size(), 20);
        QCOMPARE(runJob(client.getSyncAcks()).kind, Error::Kind::Unauthorized);
        client.setSessionToken(token);
    }

    void versionGating()
    {
        // A v1.135.3 server rejects unknown request types with 400; the capability set avoids them.
        server.setVersion(1, 135, 3);
        const QList<SyncRequestType> types = ServerCapabilities({1, 135, 3}).defaultRequestTypes();
        const StreamResult ok = stream(client, {types, {}});
        QVERIFY2(!ok.error, qPrintable(ok.error.technicalDetails()));
        const StreamResult bad
            = stream(client, {{SyncRequestType::AssetsV1, SyncRequestType::MemoriesV1}, {}});
        QCOMPARE(bad.error.kind, Error::Kind::Http);
        QCOMPARE(bad.error.httpStatus, 400);
        QVERIFY(!bad.error.serverMessages.isEmpty());
        server.setVersion(2, 7, 5);
    }
};

QTEST_GUILESS_MAIN(DevServerClientTest)
#include "devserver_client.moc"
