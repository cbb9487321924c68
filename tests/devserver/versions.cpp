// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Version matrix: accepted request types, payload shapes and endpoint availability per emulated
// version.

#include "DevServerTestUtil.h"

using namespace DevTest;

class Versions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        TidemarkDev::LibrarySpec spec;
        spec.ownAssets = 20;
        server.generateLibrary(spec);
        QVERIFY(server.start());
        port = server.port();
    }
    void requestTypes_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QStringList>("accepted");
        QTest::addColumn<QStringList>("rejected");
        const QString s = QStringLiteral("StacksV1"), a = QStringLiteral("AssetsV1"),
                      a2 = QStringLiteral("AssetsV2");
        QTest::newRow("1.133.0") << QStringLiteral("1.133.0")
                                 << QStringList {QStringLiteral("AlbumsV1"), a}
                                 << QStringList {s, QStringLiteral("AuthUsersV1"), a2};
        QTest::newRow("1.135.3") << QStringLiteral("1.135.3")
                                 << QStringList {QStringLiteral("AlbumUsersV1"), a}
                                 << QStringList {s, QStringLiteral("AssetMetadataV1")};
        QTest::newRow("2.7.5") << QStringLiteral("2.7.5")
                               << QStringList {s, a, QStringLiteral("AssetEditsV1"),
                                      QStringLiteral("AssetFacesV2")}
                               << QStringList {a2, QStringLiteral("AlbumsV2")};
        QTest::newRow("3.1.0") << QStringLiteral("3.1.0")
                               << QStringList {a2, QStringLiteral("PartnerAssetsV2"),
                                      QStringLiteral("AlbumAssetsV2"), QStringLiteral("AlbumsV2"),
                                      QStringLiteral("AlbumsV1"), s}
                               << QStringList {a, QStringLiteral("PartnerAssetsV1"),
                                      QStringLiteral("AlbumAssetsV1"),
                                      QStringLiteral("AssetFacesV1")};
    }
    void requestTypes()
    {
        QFETCH(QString, version);
        QFETCH(QStringList, accepted);
        QFETCH(QStringList, rejected);
        QVERIFY(server.setVersion(version));
        const QString token = server.createSession(TidemarkDev::DevServer::adminEmail());
        const RawResponse v = rawRequest(port, "GET", "/api/server/version");
        QCOMPARE(QStringLiteral("%1.%2.%3")
                     .arg(v.object().value(QStringLiteral("major")).toInt())
                     .arg(v.object().value(QStringLiteral("minor")).toInt())
                     .arg(v.object().value(QStringLiteral("patch")).toInt()),
            version);
        for (const QString &t : accepted)
            QVERIFY2(stream(port, token, {t}).status == 200, qPrintable(t));
        for (const QString &t : rejected) {
            const RawResponse r = stream(port, token, {t});
            QVERIFY2(r.status == 400, qPrintable(t));
            const QString msg
                = r.object().value(QStringLiteral("message")).toArray().first().toString();
            QVERIFY(!msg.section(QStringLiteral(": "), 1).split(QStringLiteral(", ")).contains(t));
        }
    }
    void assetShapes()
    {
        const QString token = server.createSession(TidemarkDev::DevServer::adminEmail());
        auto firstData = [&](const QString &type, const QString &lineType) {
            for (const QByteArray &line : stream(port, token, {type}).body.split('\n'))
                if (QJsonDocument::fromJson(line).object().value(QStringLiteral("type")).toString()
                    == lineType)
                    return shapes(line).value(QStringLiteral(".data"));
            return QStringList();
        };
        server.setVersion(1, 135, 3);
        QCOMPARE(firstData(QStringLiteral("AssetsV1"), QStringLiteral("AssetV1")),
            QStringLiteral("id,ownerId,originalFileName,fileCreatedAt,fileModifiedAt,localDateTime,"
                           "type,deletedAt,isFavorite,"
                           "visibility,duration,checksum,thumbhash")
                .split(QLatin1Char(',')));
        QCOMPARE(firstData(QStringLiteral("UsersV1"), QStringLiteral("UserV1")),
            QStringLiteral("id,name,email,deletedAt").split(QLatin1Char(',')));
        server.setVersion(1, 133, 0);
        QCOMPARE(firstData(QStringLiteral("AssetsV1"), QStringLiteral("AssetV1")),
            QStringLiteral(
                "id,ownerId,fileCreatedAt,fileModifiedAt,localDateTime,type,deletedAt,isFavorite,"
                "visibility,checksum,thumbhash")
                .split(QLatin1Char(',')));
        server.setVersion(2, 7, 5);
        QCOMPARE(firstData(QStringLiteral("AssetsV1"), QStringLiteral("AssetV1")),
            QStringLiteral("id,ownerId,originalFileName,fileCreatedAt,fileModifiedAt,localDateTime,"
                           "type,deletedAt,isFavorite,"
                           "visibility,duration,livePhotoVideoId,stackId,libraryId,width,height,"
                           "isEdited,checksum,thumbhash")
                .split(QLatin1Char(',')));
        QCOMPARE(firstData(QStringLiteral("UsersV1"), QStringLiteral("UserV1")),
            QStringLiteral("id,name,email,avatarColor,deletedAt,profileChangedAt,hasProfileImage")
                .split(QLatin1Char(',')));
        QCOMPARE(firstData(QStringLiteral("AssetFacesV2"), QStringLiteral("AssetFaceV2")).mid(10),
            QStringList({QStringLiteral("isVisible"), QStringLiteral("deletedAt")}));
        server.setVersion(3, 1, 0);
        const QStringList v2 = firstData(QStringLiteral("AssetsV2"), QStringLiteral("AssetV2"));
        QVERIFY(v2.contains(QStringLiteral("createdAt")));
        QCOMPARE(v2.size(), 20);
        QVERIFY(!firstData(QStringLiteral("AlbumsV2"), QStringLiteral("AlbumV2"))
                     .contains(QStringLiteral("ownerId")));
        // V2 duration is integer milliseconds
        for (const QJsonObject &o : stream(port, token, {QStringLiteral("AssetsV2")}).lines()) {
            if (o.value(QStringLiteral("type")).toString() != QLatin1StringView("AssetV2"))
                continue;
            const QJsonValue d
                = o.value(QStringLiteral("data")).toObject().value(QStringLiteral("duration"));
            QVERIFY(d.isNull() || d.isDouble());
        }
        const QStringList partnerTypes
            = stream(port, token, {QStringLiteral("PartnerAssetsV2")}).types();
        QVERIFY(partnerTypes.contains(QStringLiteral("PartnerAssetV2")));
        const QStringList albumTypes
            = stream(port, token, {QStringLiteral("AlbumAssetsV2")}).types();
        QVERIFY(albumTypes.contains(QStringLiteral("AlbumAssetCreateV2")));
        server.setVersion(2, 7, 5);
    }
    void ackTypesPerVersion()
    {
        const QString token = server.createSession(TidemarkDev::DevServer::adminEmail());
        server.setVersion(1, 135, 3);
        QCOMPARE(
            postAcks(port, token, {QStringLiteral("StackV1|01a21aff-0000-7000-8000-000000000000")})
                .status,
            400);
        QCOMPARE(postAcks(port, token,
                     {QStringLiteral(
                         "PartnerAssetBackfillV1|01a21aff-0000-7000-8000-000000000000|complete")})
                     .status,
            204);
        server.setVersion(1, 133, 0);
        QCOMPARE(postAcks(port, token,
                     {QStringLiteral(
                         "PartnerAssetBackfillV1|01a21aff-0000-7000-8000-000000000000|complete")})
                     .status,
            400);
        server.setVersion(2, 7, 5);
        QCOMPARE(postAcks(port, token,
                     {QStringLiteral("AssetEditV1|01a21aff-0000-7000-8000-000000000000")})
                     .status,
            204);
        QVERIFY(TidemarkDev::DevServer::knownVersions().contains(QStringLiteral("3.1.0")));
    }

private:
    TidemarkDev::DevServer server;
    quint16 port = 0;
};

QTEST_MAIN(Versions)
#include "versions.moc"
