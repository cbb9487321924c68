// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Fault injection: every Fault::Kind, selected per request and path, with `times`.

#include "DevServerTestUtil.h"

using namespace DevTest;
using Kind = TidemarkDev::Fault::Kind;

static QByteArray withoutComplete(const QByteArray &body)
{
    const qsizetype at = body.lastIndexOf("{\"type\":\"SyncCompleteV1\"");
    return at < 0 ? body : body.left(at);
}

class Faults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        server.stop();
        server.clearFaults();
        TidemarkDev::LibrarySpec spec;
        spec.ownAssets = 30;
        server.generateLibrary(spec);
        QVERIFY(server.start());
        port = server.port();
        token = server.createSession(TidemarkDev::DevServer::adminEmail());
        full = stream(port, token, {QStringLiteral("AssetsV1")});
        QCOMPARE(full.types().size(), 33); // 2 deletes, 30 assets, complete
    }
    static TidemarkDev::Fault fault(Kind k, qint64 after)
    {
        TidemarkDev::Fault f;
        f.kind = k;
        f.path = QStringLiteral("/api/sync/stream");
        f.after = after;
        return f;
    }
    void cutAfterLines()
    {
        server.addFault(fault(Kind::CutAfterLines, 5));
        const RawResponse r = stream(port, token, {QStringLiteral("AssetsV1")});
        QCOMPARE(r.status, 200);
        QVERIFY(r.closed);
        QVERIFY(!r.complete);
        QCOMPARE(r.lines().size(), 5);
        QVERIFY(r.body.endsWith('\n'));
        QCOMPARE(withoutComplete(stream(port, token, {QStringLiteral("AssetsV1")}).body),
            withoutComplete(full.body)); // times = 1
    }
    void cutAfterBytes()
    {
        server.addFault(fault(Kind::CutAfterBytes, 1000));
        const RawResponse r = stream(port, token, {QStringLiteral("AssetsV1")});
        QVERIFY(r.closed);
        QVERIFY(!r.complete);
        QCOMPARE(r.body.size(), 1000);
        QCOMPARE(r.body, full.body.left(1000));
        // on a JSON answer too
        TidemarkDev::Fault f = fault(Kind::CutAfterBytes, 10);
        f.path = QStringLiteral("/api/server/version");
        server.addFault(f);
        const RawResponse v = rawRequest(port, "GET", "/api/server/version");
        QVERIFY(v.closed && !v.complete);
        QCOMPARE(v.body.size(), 10);
    }
    void malformedLine()
    {
        server.addFault(fault(Kind::MalformedLine, 3));
        const RawResponse r = stream(port, token, {QStringLiteral("AssetsV1")});
        QVERIFY(r.complete);
        const QList<QByteArray> lines = r.body.split('\n');
        QCOMPARE(lines.size(), full.body.split('\n').size());
        QJsonParseError e;
        QJsonDocument::fromJson(lines[3], &e);
        QVERIFY(e.error != QJsonParseError::NoError);
        QJsonDocument::fromJson(lines[4], &e);
        QCOMPARE(e.error, QJsonParseError::NoError);
        QCOMPARE(lines[2], full.body.split('\n')[2]);
    }
    void truncateFinalLine()
    {
        server.addFault(fault(Kind::TruncateFinalLine, 0));
        const RawResponse r = stream(port, token, {QStringLiteral("AssetsV1")});
        QVERIFY(r.complete);
        QVERIFY(!r.body.endsWith('\n'));
        QCOMPARE(r.lines().size(), 32);
        QVERIFY(full.body.startsWith(withoutComplete(r.body)));
        QVERIFY(r.body.endsWith("\"data\":{},\"ack\":\"SyncCompleteV1|") == false);
        QVERIFY(r.body.size() < full.body.size());
    }
    void stall()
    {
        server.addFault([] {
            auto f = fault(Kind::Stall, 4);
            f.stallMs = 800;
            return f;
        }());
        const RawResponse r = stream(port, token, {QStringLiteral("AssetsV1")});
        QVERIFY(r.complete);
        QVERIFY(r.elapsedMs >= 750);
        QCOMPARE(withoutComplete(r.body), withoutComplete(full.body));
        server.addFault([] {
            auto f = fault(Kind::Stall, 4);
            f.stallMs = 0;
            return f;
        }());
        const RawResponse endless = stream(port, token, {QStringLiteral("AssetsV1")}, {}, 1200);
        QVERIFY(endless.timedOut);
        QCOMPARE(endless.lines().size(), 4);
    }
    void httpStatus()
    {
        TidemarkDev::Fault f = fault(Kind::HttpStatus, 0);
        f.status = 503;
        f.retryAfterSeconds = 7;
        f.times = 2;
        server.addFault(f);
        for (int i = 0; i < 2; ++i) {
            const RawResponse r = stream(port, token, {QStringLiteral("AssetsV1")});
            QCOMPARE(r.status, 503);
            QCOMPARE(r.header("Retry-After"), QByteArray("7"));
            QCOMPARE(r.object().value(QStringLiteral("statusCode")).toInt(), 503);
        }
        QCOMPARE(stream(port, token, {QStringLiteral("AssetsV1")}).status, 200);
        f.status = 500;
        f.retryAfterSeconds = -1;
        f.path.clear(); // any request
        f.times = 1;
        server.addFault(f);
        const RawResponse any = rawRequest(port, "GET", "/api/server/ping");
        QCOMPARE(any.status, 500);
        QVERIFY(any.header("Retry-After").isEmpty());
        QCOMPARE(rawRequest(port, "GET", "/api/server/ping").status, 200);
        // forever until cleared
        f.times = -1;
        server.addFault(f);
        QCOMPARE(rawRequest(port, "GET", "/api/server/ping").status, 500);
        QCOMPARE(rawRequest(port, "GET", "/api/server/ping").status, 500);
        server.clearFaults();
        QCOMPARE(rawRequest(port, "GET", "/api/server/ping").status, 200);
    }
    void revokeSession()
    {
        server.addFault(fault(Kind::RevokeSessionAfterLines, 6));
        const RawResponse r = stream(port, token, {QStringLiteral("AssetsV1")});
        QVERIFY(r.closed && !r.complete);
        QCOMPARE(r.lines().size(), 6);
        QVERIFY(!server.hasSession(token));
        QCOMPARE(stream(port, token, {QStringLiteral("AssetsV1")}).status, 401);
    }
    void pathFilter()
    {
        TidemarkDev::Fault f = fault(Kind::HttpStatus, 0);
        f.path = QStringLiteral("/api/sync/ack");
        server.addFault(f);
        QCOMPARE(stream(port, token, {QStringLiteral("AssetsV1")}).status, 200);
        QCOMPARE(server.pendingFaults(), 1);
        QCOMPARE(rawRequest(port, "GET", "/api/sync/ack", {}, bearer(token)).status, 500);
        QCOMPARE(server.pendingFaults(), 0);
    }

private:
    TidemarkDev::DevServer server;
    quint16 port = 0;
    QString token;
    RawResponse full;
};

QTEST_MAIN(Faults)
#include "faults.moc"
