// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ServerVersion parsing/ordering and ServerCapabilities: the version → feature matrix
// (docs/dev/protocol.md, "Server versions").
#include "protocol/ServerCapabilities.h"

#include <QTest>

using namespace Tidemark;
using R = SyncRequestType;

class ServerCapabilitiesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionParsing()
    {
        const auto v
            = ServerVersion::fromJson(QByteArrayLiteral("{\"major\":1,\"minor\":135,\"patch\":3}"));
        QVERIFY(v.hasValue());
        QCOMPARE(*v, ServerVersion(1, 135, 3));
        QCOMPARE(v->toString(), QStringLiteral("1.135.3"));

        const auto missing
            = ServerVersion::fromJson(QByteArrayLiteral("{\"major\":1,\"minor\":135}"));
        QVERIFY(!missing.hasValue());
        QCOMPARE(missing.error().kind, Error::Kind::Malformed);
        QVERIFY(missing.error().detail.contains(QStringLiteral("patch")));
        const auto wrong = ServerVersion::fromJson(
            QByteArrayLiteral("{\"major\":\"1\",\"minor\":135,\"patch\":3}"));
        QVERIFY(!wrong.hasValue());
        QVERIFY(wrong.error().detail.contains(QStringLiteral("major")));
        QVERIFY(
            !ServerVersion::fromJson(QByteArrayLiteral("{\"major\":1.5,\"minor\":1,\"patch\":3}"))
                 .hasValue());
        const auto notJson = ServerVersion::fromJson(QByteArrayLiteral("<html>"));
        QVERIFY(!notJson.hasValue());
        QVERIFY(notJson.error().byteOffset >= 0);

        QCOMPARE(ServerVersion::fromString(u"v2.7.5"), ServerVersion(2, 7, 5));
        QCOMPARE(ServerVersion::fromString(u"1.135.3"), ServerVersion(1, 135, 3));
        QVERIFY(!ServerVersion::fromString(u"1.135").isValid());
        QVERIFY(!ServerVersion::fromString(u"x.y.z").isValid());
    }

    void ordering()
    {
        QVERIFY(ServerVersion(1, 135, 3) < ServerVersion(1, 136, 0));
        QVERIFY(ServerVersion(1, 99, 0) < ServerVersion(1, 127, 0)); // numeric, not text
        QVERIFY(ServerVersion(2, 0, 0) > ServerVersion(1, 142, 9));
        QVERIFY(ServerVersion(2, 6, 0) >= ServerVersion(2, 6, 0));
        QVERIFY(ServerVersion(3, 0, 0) > ServerVersion(2, 7, 5));
    }

    void matrix_data()
    {
        QTest::addColumn<ServerVersion>("version");
        QTest::addColumn<bool>("stream");
        QTest::addColumn<bool>("fullDelta");
        QTest::addColumn<bool>("v2Assets");
        QTest::addColumn<bool>("complete");
        QTest::addColumn<bool>("reset");
        QTest::addColumn<bool>("oneAck");
        QTest::addColumn<bool>("resetAck");
        QTest::newRow("1.126.1") << ServerVersion(1, 126, 1) << false << true << false << false
                                 << false << false << false;
        QTest::newRow("1.127.0") << ServerVersion(1, 127, 0) << true << true << false << false
                                 << false << true << false;
        QTest::newRow("1.130.0") << ServerVersion(1, 130, 0) << true << true << false << false
                                 << false << true << false;
        QTest::newRow("1.135.3") << ServerVersion(1, 135, 3) << true << true << false << false
                                 << false << true << false;
        QTest::newRow("1.136.0") << ServerVersion(1, 136, 0) << true << true << false << false
                                 << true << false << false;
        QTest::newRow("1.138.0") << ServerVersion(1, 138, 0) << true << true << false << false
                                 << true << false << true;
        QTest::newRow("1.141.0") << ServerVersion(1, 141, 0) << true << true << false << true
                                 << true << false << true;
        QTest::newRow("2.7.5") << ServerVersion(2, 7, 5) << true << true << false << true << true
                               << false << true;
        QTest::newRow("3.0.0") << ServerVersion(3, 0, 0) << true << false << true << true << true
                               << false << true;
        QTest::newRow("3.1.0") << ServerVersion(3, 1, 0) << true << false << true << true << true
                               << false << true;
    }

    void matrix()
    {
        QFETCH(ServerVersion, version);
        const ServerCapabilities caps(version);
        QTEST(caps.hasSyncStream(), "stream");
        QTEST(caps.hasFullAndDeltaSync(), "fullDelta");
        QTEST(caps.usesV2AssetTypes(), "v2Assets");
        QTEST(caps.sendsSyncComplete(), "complete");
        QTEST(caps.supportsResetFlag(), "reset");
        QTEST(caps.requiresOneAckPerType(), "oneAck");
        QTEST(caps.resetLineHasAck(), "resetAck");
        QCOMPARE(caps.maxAcksPerRequest(), 1000);
        // Whatever the version: the default set only holds types the server accepts, in order.
        const QList<R> defaults = caps.defaultRequestTypes();
        for (R t : defaults)
            QVERIFY2(caps.supportsRequestType(t), qPrintable(requestTypeName(t)));
        QCOMPARE(caps.filterRequestTypes(defaults), defaults);
        QVERIFY(!defaults.contains(R::AssetOcrV1));
        QVERIFY(!(defaults.contains(R::AssetFacesV1) && defaults.contains(R::AssetFacesV2)));
    }

    void requestTypesByVersion()
    {
        const auto types = [](int a, int b, int c) {
            return ServerCapabilities({a, b, c}).supportedRequestTypes();
        };
        QVERIFY(types(1, 126, 0).isEmpty());
        QCOMPARE(types(1, 127, 0), QList<R> {R::UsersV1});
        QCOMPARE(types(1, 129, 0), (QList<R> {R::UsersV1, R::PartnersV1}));
        // v1.135.3 = the captured server: the eight types of the captures, nothing else.
        const QList<R> captured {R::UsersV1, R::PartnersV1, R::AssetsV1, R::PartnerAssetsV1,
            R::AlbumsV1, R::AlbumUsersV1, R::AssetExifsV1, R::PartnerAssetExifsV1};
        QCOMPARE(types(1, 135, 3), captured);
        QCOMPARE(ServerCapabilities({1, 135, 3}).defaultRequestTypes(), captured);
        QVERIFY(!types(1, 135, 3).contains(R::AuthUsersV1));
        QVERIFY(types(1, 136, 0).contains(R::AuthUsersV1));
        QVERIFY(!types(1, 139, 0).contains(R::AssetMetadataV1));
        QVERIFY(types(1, 140, 0).contains(R::AssetMetadataV1));
        QVERIFY(!types(2, 5, 0).contains(R::AssetEditsV1));
        QVERIFY(types(2, 6, 0).contains(R::AssetEditsV1));

        const ServerCapabilities v25({2, 5, 9});
        QVERIFY(v25.defaultRequestTypes().contains(R::AssetFacesV1));
        QVERIFY(!v25.defaultRequestTypes().contains(R::AssetFacesV2));
        const ServerCapabilities v275({2, 7, 5});
        QVERIFY(v275.defaultRequestTypes().contains(R::AssetFacesV2));
        QVERIFY(!v275.defaultRequestTypes().contains(R::AssetFacesV1));
        QVERIFY(v275.supportsRequestType(R::AssetFacesV1));
        QVERIFY(v275.defaultRequestTypes().contains(R::AssetsV1));
        QVERIFY(!v275.supportsRequestType(R::AssetsV2));
        QCOMPARE(v275.defaultRequestTypes().size(), 21); // what the official app asks for

        const ServerCapabilities v3({3, 0, 0});
        for (R gone : {R::AssetsV1, R::PartnerAssetsV1, R::AlbumAssetsV1, R::AssetFacesV1})
            QVERIFY(!v3.supportsRequestType(gone));
        for (R added :
            {R::AssetsV2, R::PartnerAssetsV2, R::AlbumAssetsV2, R::AlbumsV2, R::AssetOcrV1})
            QVERIFY(v3.supportsRequestType(added));
        const QList<R> d3 = v3.defaultRequestTypes();
        QVERIFY(d3.contains(R::AssetsV2) && d3.contains(R::PartnerAssetsV2)
            && d3.contains(R::AlbumAssetsV2));
        QVERIFY(d3.contains(R::AssetFacesV2));
        QVERIFY(!d3.contains(R::AssetsV1));

        QCOMPARE(ServerCapabilities({1, 135, 3})
                     .filterRequestTypes({R::AssetsV1, R::MemoriesV1, R::AssetsV1, R::Unknown}),
            QList<R> {R::AssetsV1});
        QVERIFY(ServerCapabilities().supportedRequestTypes().isEmpty());
        QVERIFY(!ServerCapabilities().hasFullAndDeltaSync());
    }
};

QTEST_GUILESS_MAIN(ServerCapabilitiesTest)
#include "server_capabilities.moc"
