// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Thumbnails (real images, access rules, errors, headers), asset statistics, keep-alive, and the
// determinism of the synthetic library for a seed.

#include "DevServerTestUtil.h"

#include <QImage>
#include <QSet>

#include "Library.h"
#include "ThumbHashEncoder.h"
#include "Thumbnails.h"

using namespace DevTest;

class ThumbnailsDeterminism : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        TidemarkDev::LibrarySpec spec;
        spec.ownAssets = 40;
        spec.partnerAssets = 6;
        spec.archivedRatio = 0.3;
        server.generateLibrary(spec);
        QVERIFY(server.start());
        port = server.port();
        token = server.createSession(TidemarkDev::DevServer::adminEmail());
    }
    void thumbnails()
    {
        const QString id = server.ownedAssetIds(server.adminUserId()).first();
        const QByteArray path = "/api/assets/" + id.toUtf8() + "/thumbnail";
        const RawResponse r = rawRequest(port, "GET", path, {}, bearer(token));
        QCOMPARE(r.status, 200);
        QVERIFY(
            r.header("Content-Type") == "image/webp" || r.header("Content-Type") == "image/jpeg");
        QCOMPARE(r.header("Cache-Control"),
            QByteArray("private, max-age=86400, no-transform, stale-while-revalidate=2592000, "
                       "stale-if-error=2592000"));
        const QImage img = QImage::fromData(r.body);
        QVERIFY(!img.isNull());
        QCOMPARE(qMin(img.width(), img.height()), 250);
        const RawResponse p = rawRequest(port, "GET", path + "?size=preview", {}, bearer(token));
        QCOMPARE(p.header("Content-Type"), QByteArray("image/jpeg"));
        const QImage preview = QImage::fromData(p.body, "JPEG");
        QCOMPARE(qMax(preview.width(), preview.height()), 1440);
        // different assets look different
        const QString other = server.ownedAssetIds(server.adminUserId()).last();
        QVERIFY(rawRequest(
                    port, "GET", "/api/assets/" + other.toUtf8() + "/thumbnail", {}, bearer(token))
                    .body
            != r.body);

        const RawResponse orig
            = rawRequest(port, "GET", path + "?size=original", {}, bearer(token));
        QCOMPARE(orig.status, 400);
        QCOMPARE(orig.object().value(QStringLiteral("message")).toString(),
            QStringLiteral("May not request original file"));
        QCOMPARE(rawRequest(port, "GET", path + "?size=huge", {}, bearer(token)).status, 400);
        QCOMPARE(
            rawRequest(port, "GET", "/api/assets/not-a-uuid/thumbnail", {}, bearer(token)).status,
            400);
        const RawResponse missing = rawRequest(port, "GET",
            "/api/assets/00000000-0000-4000-8000-000000000000/thumbnail", {}, bearer(token));
        QCOMPARE(missing.object().value(QStringLiteral("message")).toString(),
            QStringLiteral("Not found or no asset.view access"));
        QCOMPARE(rawRequest(port, "GET", path).status, 401);
    }
    void thumbnailAccess()
    {
        // partner assets: timeline/hidden only and not trashed; unrelated users: never
        const QString bob = server.partnerUserId();
        const QString carolAsset
            = server.ownedAssetIds(server.userIdByEmail(QStringLiteral("carol@example.test")))
                  .first();
        QCOMPARE(rawRequest(port, "GET", "/api/assets/" + carolAsset.toUtf8() + "/thumbnail", {},
                     bearer(token))
                     .status,
            400);
        const QString bobAsset = server.ownedAssetIds(bob).last();
        QCOMPARE(rawRequest(port, "GET", "/api/assets/" + bobAsset.toUtf8() + "/thumbnail", {},
                     bearer(token))
                     .status,
            200);
        server.trashAsset(bobAsset);
        const bool inSharedAlbum = false;
        Q_UNUSED(inSharedAlbum);
        const int status = rawRequest(
            port, "GET", "/api/assets/" + bobAsset.toUtf8() + "/thumbnail", {}, bearer(token))
                               .status;
        QCOMPARE(status, 400);
        server.restoreAsset(bobAsset);
        server.deleteAsset(bobAsset);
        QCOMPARE(rawRequest(port, "GET", "/api/assets/" + bobAsset.toUtf8() + "/thumbnail", {},
                     bearer(token))
                     .status,
            400);
    }
    void statistics()
    {
        const RawResponse all
            = rawRequest(port, "GET", "/api/assets/statistics", {}, bearer(token));
        QCOMPARE(orderedKeys(all.body),
            QStringList(
                {QStringLiteral("images"), QStringLiteral("videos"), QStringLiteral("total")}));
        int images = 0, videos = 0, archived = 0, trashed = 0;
        for (const QJsonObject &o : stream(port, token, {QStringLiteral("AssetsV1")}).lines()) {
            const QJsonObject d = o.value(QStringLiteral("data")).toObject();
            if (o.value(QStringLiteral("type")).toString() != QLatin1StringView("AssetV1"))
                continue;
            const QString vis = d.value(QStringLiteral("visibility")).toString();
            if (!d.value(QStringLiteral("deletedAt")).isNull()) {
                ++trashed;
                continue;
            }
            if (vis == QLatin1StringView("archive"))
                ++archived;
            if (vis != QLatin1StringView("timeline") && vis != QLatin1StringView("archive"))
                continue;
            (d.value(QStringLiteral("type")).toString() == QLatin1StringView("VIDEO") ? videos
                                                                                      : images)++;
        }
        QCOMPARE(all.object().value(QStringLiteral("images")).toInt(), images);
        QCOMPARE(all.object().value(QStringLiteral("videos")).toInt(), videos);
        QCOMPARE(all.object().value(QStringLiteral("total")).toInt(), images + videos);
        QVERIFY(archived > 0);
        const RawResponse arch = rawRequest(
            port, "GET", "/api/assets/statistics?visibility=archive", {}, bearer(token));
        QCOMPARE(arch.object().value(QStringLiteral("total")).toInt(), archived);
        const RawResponse tr
            = rawRequest(port, "GET", "/api/assets/statistics?isTrashed=true", {}, bearer(token));
        QVERIFY(tr.object().value(QStringLiteral("total")).toInt() <= trashed);
        QCOMPARE(
            rawRequest(port, "GET", "/api/assets/statistics?isFavorite=maybe", {}, bearer(token))
                .status,
            400);
    }
    void keepAliveAndPipelining()
    {
        QTcpSocket s;
        s.connectToHost(QStringLiteral("127.0.0.1"), port);
        QVERIFY(s.waitForConnected(3000));
        s.write("GET /api/server/ping HTTP/1.1\r\nHost: x\r\n\r\nGET /api/server/version "
                "HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray got;
        QElapsedTimer t;
        t.start();
        while (got.count("HTTP/1.1 200") < 2 || !got.contains("\"patch\"")) {
            QVERIFY(t.elapsed() < 5000);
            s.waitForReadyRead(200);
            got += s.readAll();
        }
        QVERIFY(got.indexOf("pong") < got.indexOf("\"major\""));
        QCOMPARE(s.state(), QAbstractSocket::ConnectedState);
    }
    void determinism()
    {
        TidemarkDev::LibrarySpec spec;
        spec.seed = 1234;
        spec.ownAssets = 60;
        auto snapshot = [&](const TidemarkDev::LibrarySpec &sp) {
            TidemarkDev::DevServer s;
            s.generateLibrary(sp);
            if (!s.start())
                return QByteArray();
            const QString t = s.createSession(TidemarkDev::DevServer::adminEmail());
            QByteArray out;
            for (const QJsonObject &o : stream(s.port(), t, allV1Types()).lines()) {
                if (o.value(QStringLiteral("type")).toString()
                        == QLatin1StringView("SyncCompleteV1")
                    || o.value(QStringLiteral("type")).toString() == QLatin1StringView("SyncAckV1"))
                    continue;
                out += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
            }
            out += s.visibleAssetIds(s.adminUserId()).join(QLatin1Char(',')).toUtf8();
            return out;
        };
        const QByteArray a = snapshot(spec);
        const QByteArray b = snapshot(spec);
        QVERIFY(a.size() > 10000);
        QCOMPARE(a, b);
        spec.seed = 1235;
        QVERIFY(snapshot(spec) != a);
    }
    void thumbhashDescribesTheThumbnail()
    {
        // Every asset's own hash (not a few fixed ones), and the quick path gives what encoding
        // a rendering of the thumbnail gives: header fields within one step, AC nibbles close.
        QSet<QString> hashes;
        const QList<QJsonObject> lines = stream(port, token, {QStringLiteral("AssetsV1")}).lines();
        for (const QJsonObject &o : lines)
            if (o.value(QStringLiteral("type")).toString() == QLatin1StringView("AssetV1"))
                hashes.insert(o.value(QStringLiteral("data"))
                                  .toObject()
                                  .value(QStringLiteral("thumbhash"))
                                  .toString());
        QVERIFY(hashes.size() >= 35);

        const int dims[][2] = {{4032, 3024}, {3024, 4032}, {6000, 4000}, {4000, 3000}, {1170, 2532},
            {1920, 1080}, {3840, 2160}, {1440, 1080}};
        int worstHeader = 0;
        qint64 nibbleDiff = 0, nibbles = 0;
        for (int i = 0; i < 800; ++i) {
            TidemarkDev::Asset a;
            a.id.hi = TidemarkDev::mix64(quint64(i), 5);
            a.id.lo = TidemarkDev::mix64(quint64(i), 6);
            a.width = quint16(dims[i % 8][0]);
            a.height = quint16(dims[i % 8][1]);
            const QByteArray quick = TidemarkDev::Thumbnails::thumbhash(a);
            const QByteArray rendered
                = TidemarkDev::ThumbHashEncoder::encode(TidemarkDev::Thumbnails::hashSource(a));
            QCOMPARE(quick.size(), rendered.size());
            QCOMPARE(quick.mid(3, 1).at(0) & 7, rendered.mid(3, 1).at(0) & 7); // L grid size
            QCOMPARE(quick.at(4) & 0x80, rendered.at(4) & 0x80); // orientation
            auto header = [](const QByteArray &h) {
                return quint32(uchar(h[0])) | quint32(uchar(h[1])) << 8
                    | quint32(uchar(h[2])) << 16;
            };
            const quint32 hq = header(quick), hr = header(rendered);
            for (int shift : {0, 6, 12}) // l_dc, p_dc, q_dc
                worstHeader = std::max(
                    worstHeader, std::abs(int((hq >> shift) & 63) - int((hr >> shift) & 63)));
            worstHeader
                = std::max(worstHeader, std::abs(int((hq >> 18) & 31) - int((hr >> 18) & 31)));
            for (qsizetype k = 5; k < quick.size(); ++k)
                for (int shift : {0, 4}) {
                    nibbleDiff += std::abs(
                        ((uchar(quick[k]) >> shift) & 15) - ((uchar(rendered[k]) >> shift) & 15));
                    ++nibbles;
                }
        }
        const double meanNibble = double(nibbleDiff) / double(nibbles);
        qInfo("quick thumbhash vs encoded rendering: worst header step %d, mean AC nibble "
              "difference %.3f",
            worstHeader, meanNibble);
        QVERIFY(worstHeader <= 1);
        QVERIFY(meanNibble < 0.3);
    }
    void largeLibraryCounts()
    {
        TidemarkDev::DevServer s;
        TidemarkDev::LibrarySpec spec;
        spec.ownAssets = 20000;
        spec.partnerAssets = 100;
        s.generateLibrary(spec);
        QVERIFY(s.start());
        const QString t = s.createSession(TidemarkDev::DevServer::adminEmail());
        const RawResponse r
            = stream(s.port(), t, {QStringLiteral("AssetsV1"), QStringLiteral("PartnerAssetsV1")});
        QCOMPARE(r.types().count(QStringLiteral("AssetV1")), 20000);
        QCOMPARE(r.types().count(QStringLiteral("PartnerAssetV1")), 100);
        QCOMPARE(s.visibleAssetIds(s.adminUserId()).size(), 20100);
        QVERIFY(r.chunks.size() < 20000 / 10); // batched chunks by default
    }

private:
    TidemarkDev::DevServer server;
    quint16 port = 0;
    QString token;
};

QTEST_MAIN(ThumbnailsDeterminism)
#include "thumbnails_determinism.moc"
