// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// DTO decoding from the captured bodies (field by field), request bodies equal to the captured
// requests, decoding errors naming the member, and error bodies → Error.
#include "api/ApiDtos.h"

#include "TestSupport.h"

#include <QJsonDocument>
#include <QTest>

using namespace Tidemark;

namespace {
QJsonValue body(const QString &prefix)
{
    return *parseJsonBody(Test::loadCapture(prefix).body, prefix);
}
QJsonObject requestOf(const QString &prefix)
{
    return QJsonDocument::fromJson(Test::loadCapture(prefix).requestBody.toUtf8()).object();
}
} // namespace

class ApiDtosTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullSyncPage()
    {
        const auto page = AssetResponseDto::listFromJson(body(u"047-"_qs));
        QVERIFY2(page.hasValue(), qPrintable(page.error().detail));
        QCOMPARE(page->size(), 2);
        const AssetResponseDto &video = page->at(0);
        QCOMPARE(video.id, u"08441633-7d37-4458-b52c-631517e328e2"_qs);
        QCOMPARE(video.type, u"VIDEO"_qs);
        QCOMPARE(video.duration, u"00:00:02.000"_qs);
        QCOMPARE(video.originalMimeType, u"video/mp4"_qs);
        QCOMPARE(video.deviceId, u"capture-device"_qs);
        QVERIFY(video.libraryId.isNull());
        QVERIFY(!video.stack);
        QCOMPARE(video.peopleCount, 0);
        QVERIFY(video.resized && video.hasMetadata && !video.isOffline);
        QVERIFY(video.createdAt.isNull()); // not in the DTO before v1.140
        QVERIFY(!video.width);
        QVERIFY(video.exifInfo);
        QCOMPARE(video.exifInfo->dateTimeOriginal, u"2022-05-05T10:00:00+00:00"_qs);
        QCOMPARE(toDateTime(video.exifInfo->dateTimeOriginal),
            QDateTime(QDate(2022, 5, 5), QTime(10, 0), Qt::UTC));
        QCOMPARE(*video.exifInfo->fileSizeInByte, 3671);
        QCOMPARE(video.exifInfo->orientation, u"1"_qs);
        QVERIFY(!video.exifInfo->fNumber);
        const AssetResponseDto &img2 = page->at(1);
        QVERIFY(img2.isFavorite);
        QCOMPARE(img2.duration, u"0:00:00.00000"_qs);
        QCOMPARE(img2.visibility, u"timeline"_qs);

        const auto page2 = AssetResponseDto::listFromJson(body(u"048-"_qs));
        QVERIFY(page2->at(1).isArchived);
        QCOMPARE(page2->at(1).visibility, u"archive"_qs);
        QVERIFY(AssetResponseDto::listFromJson(body(u"051-"_qs))->isEmpty());
    }

    void deltaSync()
    {
        const auto recent = AssetDeltaSyncResponse::fromJson(body(u"063-"_qs));
        QVERIFY(recent.hasValue());
        QVERIFY(!recent->needsFullSync);
        QCOMPARE(recent->upserted.size(), 1);
        QCOMPARE(recent->upserted[0].exifInfo->description, u"Eiffel test"_qs);
        QCOMPARE(*recent->upserted[0].exifInfo->latitude, 48.8584);
        QVERIFY(recent->deleted.isEmpty());
        const auto old = AssetDeltaSyncResponse::fromJson(body(u"065-"_qs));
        QVERIFY(old->needsFullSync);
        QVERIFY(old->upserted.isEmpty());
    }

    void acks()
    {
        const auto before = SyncAckDto::listFromJson(body(u"026-"_qs));
        QCOMPARE(before->size(), 2);
        QCOMPARE(before->at(1).type, SyncEntityType::PartnerAssetExifBackfillV1);
        const auto after = SyncAckDto::listFromJson(body(u"030-"_qs));
        QCOMPARE(after->size(), 11);
        // Every ack posted in 028 is among the checkpoints of 030.
        const QJsonArray posted = requestOf(u"028-"_qs).value(u"acks"_qs).toArray();
        for (const QJsonValue &v : posted) {
            bool found = false;
            for (const SyncAckDto &d : *after)
                found = found || d.ack == v.toString();
            QVERIFY2(found, qPrintable(v.toString()));
        }
    }

    void serverVersion()
    {
        QCOMPARE(
            *ServerVersion::fromJson(Test::loadCapture(u"001-"_qs).body), ServerVersion(1, 135, 3));
    }

    void errorBodies_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("messages");
        QTest::newRow("015") << u"015-"_qs << int(Error::Kind::ApiKeyRefused)
                             << u"Sync endpoints cannot be used with API keys"_qs << 1;
        QTest::newRow("071") << u"071-"_qs << int(Error::Kind::Unauthorized)
                             << u"Authentication required"_qs << 1;
        QTest::newRow("076") << u"076-"_qs << int(Error::Kind::Http)
                             << u"each value in types must be one of"_qs << 1;
        QTest::newRow("079") << u"079-"_qs << int(Error::Kind::Http)
                             << u"each value in types must be one of"_qs << 1;
        QTest::newRow("081") << u"081-"_qs << int(Error::Kind::Http)
                             << u"Invalid ack type: garbage"_qs << 1;
        QTest::newRow("082") << u"082-"_qs << int(Error::Kind::Http)
                             << u"Only one ack per type is allowed"_qs << 1;
    }

    void errorBodies()
    {
        QFETCH(QString, prefix);
        QFETCH(int, kind);
        QFETCH(QString, message);
        QFETCH(int, messages);
        const Test::Capture c = Test::loadCapture(prefix);
        const Error e = Error::fromHttp(c.status, c.body, c.method + u' ' + c.path,
            QString::fromLatin1(c.header("x-immich-cid")));
        QCOMPARE(int(e.kind), kind);
        QCOMPARE(e.httpStatus, c.status);
        QCOMPARE(e.serverMessages.size(), messages);
        QVERIFY(e.serverMessages.first().startsWith(message));
        QCOMPARE(e.correlationId, QString::fromLatin1(c.header("x-immich-cid")));
        QVERIFY(!e.serverError.isEmpty());
        QVERIFY(!e.userMessage().isEmpty());
    }

    void requestBodies()
    {
        // The bodies we build are the bodies that were captured.
        SyncStreamRequest stream;
        for (const QJsonValue &v : requestOf(u"004-"_qs).value(u"types"_qs).toArray())
            stream.types << requestTypeFromName(v.toString());
        QCOMPARE(stream.toJson(), requestOf(u"004-"_qs));
        QCOMPARE(SyncStreamRequest {}.toJson(), requestOf(u"014-"_qs));
        QCOMPARE((SyncStreamRequest {{SyncRequestType::UsersV1}, true}).toJson(),
            QJsonDocument::fromJson(R"({"types":["UsersV1"],"reset":true})").object());
        QCOMPARE((FullSyncRequest {u"2026-11-27T03:15:41.000Z"_qs, 2, {}, {}}).toJson(),
            requestOf(u"047-"_qs));
        QCOMPARE((FullSyncRequest {u"2026-11-27T03:15:41.000Z"_qs, 2,
                      u"0d2cdcf0-046f-42b7-9ceb-317286806321"_qs, {}})
                     .toJson(),
            requestOf(u"048-"_qs));
        QCOMPARE((DeltaSyncRequest {u"2026-11-27T03:15:37.000Z"_qs,
                      {u"fd2354ee-8e4c-48bc-8637-a67a41edbcd5"_qs,
                          u"5b21d687-b33c-465b-b62a-c0694d0ccad0"_qs}})
                     .toJson(),
            requestOf(u"063-"_qs));
        QStringList acks;
        for (const QJsonValue &v : requestOf(u"028-"_qs).value(u"acks"_qs).toArray())
            acks << v.toString();
        QCOMPARE(SyncAckSetRequest {acks}.toJson(), requestOf(u"028-"_qs));
        QCOMPARE(SyncAckDeleteRequest {}.toJson(), QJsonObject());
        QCOMPARE(LoginCredential({u"a@b.c"_qs, u"pw"_qs}).toJson().value(u"email"_qs).toString(),
            u"a@b.c"_qs);
    }

    void decodingErrorsNameTheMember()
    {
        const auto wrong = AssetResponseDto::listFromJson(QJsonDocument::fromJson(
            R"([{"id":"a","ownerId":"o","type":"IMAGE","checksum":"c"},{"id":"b","ownerId":"o","type":"IMAGE","checksum":"c","exifInfo":{"fileSizeInByte":"12"}}])")
                                                              .array());
        QVERIFY(!wrong.hasValue());
        QCOMPARE(wrong.error().kind, Error::Kind::Malformed);
        QVERIFY2(
            wrong.error().detail.contains(
                u"AssetResponseDto[1].exifInfo.fileSizeInByte: expected integer or null, got string"_qs),
            qPrintable(wrong.error().detail));
        const auto missing
            = LoginResponse::fromJson(QJsonDocument::fromJson(R"({"userId":"u"})").object());
        QVERIFY(missing.error().detail.contains(u"LoginResponseDto.accessToken"_qs));
        const auto notObject = UserAdminResponse::fromJson(QJsonValue(5));
        QVERIFY(notObject.error().detail.contains(u"expected object, got number"_qs));
        const auto notJson = parseJsonBody("{\"a\":", u"GET /api/users/me"_qs);
        QVERIFY(!notJson.hasValue());
        QCOMPARE(notJson.error().byteOffset, 5);
        const auto ackList
            = SyncAckDto::listFromJson(QJsonDocument::fromJson(R"([{"type":"AssetV1"}])").array());
        QVERIFY(ackList.error().detail.contains(u"SyncAckDto[0].ack"_qs));
        const auto stats = AssetStatsResponse::fromJson(
            QJsonDocument::fromJson(R"({"images":1,"videos":2,"total":3})").object());
        QCOMPARE(stats->total, 3);
        const auto user = UserAdminResponse::fromJson(QJsonDocument::fromJson(
            R"({"id":"u","email":"e","quotaSizeInBytes":null,"quotaUsageInBytes":12,"license":{"licenseKey":"k","activationKey":"a","activatedAt":"2026-01-01T00:00:00.000Z"}})")
                                                          .object());
        QVERIFY(user.hasValue());
        QVERIFY(!user->quotaSizeInBytes);
        QCOMPARE(*user->quotaUsageInBytes, 12);
        QCOMPARE(user->license->licenseKey, u"k"_qs);
    }

    void retryAfter()
    {
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 27), Qt::UTC);
        QCOMPARE(Error::parseRetryAfter("120", now), 120);
        QCOMPARE(Error::parseRetryAfter(" 0 ", now), 0);
        QCOMPARE(Error::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now), 60);
        QCOMPARE(Error::parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now), 0);
        QCOMPARE(Error::parseRetryAfter("", now), -1);
        QCOMPARE(Error::parseRetryAfter("soon", now), -1);
        QCOMPARE(Error::parseRetryAfter("-5", now), -1);
    }
};

QTEST_GUILESS_MAIN(ApiDtosTest)
#include "api_dtos.moc"
