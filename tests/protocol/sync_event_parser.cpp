// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// SyncEventParser: every entity type from fixtures (tests/data/stream, constructed V2/backfill
// lines, every captured stream), compared member by member with QJsonDocument; and every way a
// line can be wrong.
#include "protocol/SyncEventParser.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <map>

using namespace Tidemark;

namespace {

QJsonValue s(const QString &v)
{
    return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
}
template<typename T> QJsonValue o(const std::optional<T> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue(QJsonValue::Null);
}
QJsonValue n(qint64 v)
{
    return QJsonValue(double(v));
}

// Payload → JSON with the wire member names, to compare with what QJsonDocument reads.
struct ToJson
{
    QJsonObject operator()(const SyncEmpty &) const { return {}; }
    QJsonObject operator()(const SyncUserV1 &u) const
    {
        return {{u"id"_qs, s(u.id)}, {u"name"_qs, s(u.name)}, {u"email"_qs, s(u.email)},
            {u"avatarColor"_qs, s(u.avatarColor)}, {u"deletedAt"_qs, s(u.deletedAt)},
            {u"hasProfileImage"_qs, u.hasProfileImage},
            {u"profileChangedAt"_qs, s(u.profileChangedAt)}};
    }
    QJsonObject operator()(const SyncAuthUserV1 &u) const
    {
        QJsonObject j = (*this)(static_cast<const SyncUserV1 &>(u));
        j.insert(u"isAdmin"_qs, u.isAdmin);
        j.insert(u"pinCode"_qs, s(u.pinCode));
        j.insert(u"oauthId"_qs, s(u.oauthId));
        j.insert(u"storageLabel"_qs, s(u.storageLabel));
        j.insert(u"quotaSizeInBytes"_qs, o(u.quotaSizeInBytes));
        j.insert(u"quotaUsageInBytes"_qs, n(u.quotaUsageInBytes));
        return j;
    }
    QJsonObject operator()(const SyncUserDeleteV1 &d) const { return {{u"userId"_qs, d.userId}}; }
    QJsonObject operator()(const SyncPartnerV1 &p) const
    {
        return {{u"sharedById"_qs, p.sharedById}, {u"sharedWithId"_qs, p.sharedWithId},
            {u"inTimeline"_qs, p.inTimeline}};
    }
    QJsonObject operator()(const SyncPartnerDeleteV1 &p) const
    {
        return {{u"sharedById"_qs, p.sharedById}, {u"sharedWithId"_qs, p.sharedWithId}};
    }
    QJsonObject operator()(const SyncAssetV1 &a) const
    {
        return {{u"id"_qs, s(a.id)}, {u"ownerId"_qs, s(a.ownerId)},
            {u"originalFileName"_qs, s(a.originalFileName)}, {u"thumbhash"_qs, s(a.thumbhash)},
            {u"checksum"_qs, s(a.checksum)}, {u"fileCreatedAt"_qs, s(a.fileCreatedAt)},
            {u"fileModifiedAt"_qs, s(a.fileModifiedAt)}, {u"localDateTime"_qs, s(a.localDateTime)},
            {u"duration"_qs, a.durationMs ? n(*a.durationMs) : s(a.duration)},
            {u"type"_qs, s(a.type)}, {u"deletedAt"_qs, s(a.deletedAt)},
            {u"isFavorite"_qs, a.isFavorite}, {u"visibility"_qs, s(a.visibility)},
            {u"livePhotoVideoId"_qs, s(a.livePhotoVideoId)}, {u"stackId"_qs, s(a.stackId)},
            {u"libraryId"_qs, s(a.libraryId)}, {u"width"_qs, o(a.width)},
            {u"height"_qs, o(a.height)}, {u"isEdited"_qs, a.isEdited},
            {u"createdAt"_qs, s(a.createdAt)}};
    }
    QJsonObject operator()(const SyncAssetDeleteV1 &d) const
    {
        return {{u"assetId"_qs, d.assetId}};
    }
    QJsonObject operator()(const SyncAssetExifV1 &e) const
    {
        return {{u"assetId"_qs, s(e.assetId)}, {u"description"_qs, s(e.description)},
            {u"exifImageWidth"_qs, o(e.exifImageWidth)},
            {u"exifImageHeight"_qs, o(e.exifImageHeight)},
            {u"fileSizeInByte"_qs, o(e.fileSizeInByte)}, {u"iso"_qs, o(e.iso)},
            {u"rating"_qs, o(e.rating)}, {u"orientation"_qs, s(e.orientation)},
            {u"timeZone"_qs, s(e.timeZone)}, {u"projectionType"_qs, s(e.projectionType)},
            {u"city"_qs, s(e.city)}, {u"state"_qs, s(e.state)}, {u"country"_qs, s(e.country)},
            {u"make"_qs, s(e.make)}, {u"model"_qs, s(e.model)}, {u"lensModel"_qs, s(e.lensModel)},
            {u"exposureTime"_qs, s(e.exposureTime)},
            {u"profileDescription"_qs, s(e.profileDescription)},
            {u"dateTimeOriginal"_qs, s(e.dateTimeOriginal)}, {u"modifyDate"_qs, s(e.modifyDate)},
            {u"latitude"_qs, o(e.latitude)}, {u"longitude"_qs, o(e.longitude)},
            {u"fNumber"_qs, o(e.fNumber)}, {u"focalLength"_qs, o(e.focalLength)},
            {u"fps"_qs, o(e.fps)}};
    }
    QJsonObject operator()(const SyncAlbumV1 &a) const
    {
        return {{u"id"_qs, s(a.id)}, {u"ownerId"_qs, s(a.ownerId)}, {u"name"_qs, s(a.name)},
            {u"description"_qs, s(a.description)}, {u"createdAt"_qs, s(a.createdAt)},
            {u"updatedAt"_qs, s(a.updatedAt)}, {u"thumbnailAssetId"_qs, s(a.thumbnailAssetId)},
            {u"isActivityEnabled"_qs, a.isActivityEnabled}, {u"order"_qs, s(a.order)}};
    }
    QJsonObject operator()(const SyncAlbumDeleteV1 &d) const
    {
        return {{u"albumId"_qs, d.albumId}};
    }
    QJsonObject operator()(const SyncAlbumUserV1 &u) const
    {
        return {{u"albumId"_qs, u.albumId}, {u"userId"_qs, u.userId}, {u"role"_qs, u.role}};
    }
    QJsonObject operator()(const SyncAlbumUserDeleteV1 &u) const
    {
        return {{u"albumId"_qs, u.albumId}, {u"userId"_qs, u.userId}};
    }
    QJsonObject operator()(const SyncAlbumToAssetV1 &l) const
    {
        return {{u"albumId"_qs, l.albumId}, {u"assetId"_qs, l.assetId}};
    }
    QJsonObject operator()(const SyncAlbumToAssetDeleteV1 &l) const
    {
        return {{u"albumId"_qs, l.albumId}, {u"assetId"_qs, l.assetId}};
    }
    QJsonObject operator()(const SyncMemoryV1 &m) const
    {
        return {{u"id"_qs, m.id}, {u"createdAt"_qs, s(m.createdAt)},
            {u"updatedAt"_qs, s(m.updatedAt)}, {u"deletedAt"_qs, s(m.deletedAt)},
            {u"ownerId"_qs, m.ownerId}, {u"type"_qs, m.type}, {u"data"_qs, m.data},
            {u"isSaved"_qs, m.isSaved}, {u"memoryAt"_qs, s(m.memoryAt)},
            {u"seenAt"_qs, s(m.seenAt)}, {u"showAt"_qs, s(m.showAt)}, {u"hideAt"_qs, s(m.hideAt)}};
    }
    QJsonObject operator()(const SyncMemoryDeleteV1 &d) const
    {
        return {{u"memoryId"_qs, d.memoryId}};
    }
    QJsonObject operator()(const SyncMemoryAssetV1 &l) const
    {
        return {{u"memoryId"_qs, l.memoryId}, {u"assetId"_qs, l.assetId}};
    }
    QJsonObject operator()(const SyncMemoryAssetDeleteV1 &l) const
    {
        return {{u"memoryId"_qs, l.memoryId}, {u"assetId"_qs, l.assetId}};
    }
    QJsonObject operator()(const SyncStackV1 &st) const
    {
        return {{u"id"_qs, st.id}, {u"createdAt"_qs, st.createdAt}, {u"updatedAt"_qs, st.updatedAt},
            {u"primaryAssetId"_qs, st.primaryAssetId}, {u"ownerId"_qs, st.ownerId}};
    }
    QJsonObject operator()(const SyncStackDeleteV1 &d) const
    {
        return {{u"stackId"_qs, d.stackId}};
    }
    QJsonObject operator()(const SyncPersonV1 &p) const
    {
        return {{u"id"_qs, p.id}, {u"createdAt"_qs, p.createdAt}, {u"updatedAt"_qs, p.updatedAt},
            {u"ownerId"_qs, p.ownerId}, {u"name"_qs, p.name}, {u"birthDate"_qs, s(p.birthDate)},
            {u"isHidden"_qs, p.isHidden}, {u"isFavorite"_qs, p.isFavorite},
            {u"color"_qs, s(p.color)}, {u"faceAssetId"_qs, s(p.faceAssetId)}};
    }
    QJsonObject operator()(const SyncPersonDeleteV1 &d) const
    {
        return {{u"personId"_qs, d.personId}};
    }
    QJsonObject operator()(const SyncAssetFaceV1 &f) const
    {
        return {{u"id"_qs, f.id}, {u"assetId"_qs, f.assetId}, {u"personId"_qs, s(f.personId)},
            {u"imageWidth"_qs, n(f.imageWidth)}, {u"imageHeight"_qs, n(f.imageHeight)},
            {u"boundingBoxX1"_qs, n(f.boundingBoxX1)}, {u"boundingBoxY1"_qs, n(f.boundingBoxY1)},
            {u"boundingBoxX2"_qs, n(f.boundingBoxX2)}, {u"boundingBoxY2"_qs, n(f.boundingBoxY2)},
            {u"sourceType"_qs, f.sourceType}, {u"deletedAt"_qs, s(f.deletedAt)},
            {u"isVisible"_qs, f.isVisible}};
    }
    QJsonObject operator()(const SyncAssetFaceDeleteV1 &d) const
    {
        return {{u"assetFaceId"_qs, d.assetFaceId}};
    }
    QJsonObject operator()(const SyncUserMetadataV1 &m) const
    {
        return {{u"userId"_qs, m.userId}, {u"key"_qs, m.key}, {u"value"_qs, m.value}};
    }
    QJsonObject operator()(const SyncUserMetadataDeleteV1 &m) const
    {
        return {{u"userId"_qs, m.userId}, {u"key"_qs, m.key}};
    }
    QJsonObject operator()(const SyncAssetMetadataV1 &m) const
    {
        return {{u"assetId"_qs, m.assetId}, {u"key"_qs, m.key}, {u"value"_qs, m.value}};
    }
    QJsonObject operator()(const SyncAssetMetadataDeleteV1 &m) const
    {
        return {{u"assetId"_qs, m.assetId}, {u"key"_qs, m.key}};
    }
    QJsonObject operator()(const SyncAssetEditV1 &e) const
    {
        return {{u"id"_qs, e.id}, {u"assetId"_qs, e.assetId}, {u"action"_qs, e.action},
            {u"parameters"_qs, e.parameters}, {u"sequence"_qs, n(e.sequence)}};
    }
    QJsonObject operator()(const SyncAssetEditDeleteV1 &d) const
    {
        return {{u"editId"_qs, d.editId}};
    }
};

// Every member of the line's `data` must come back with the same value.
void roundTrip(const QByteArray &line, qint64 number)
{
    const auto parsed = SyncEventParser::parse(line, number, 0);
    QVERIFY2(parsed.hasValue(), qPrintable(parsed.error().technicalDetails()));
    const QJsonObject doc = QJsonDocument::fromJson(line).object();
    const SyncEvent &e = *parsed;
    QCOMPARE(e.typeName, doc.value(u"type"_qs).toString());
    QCOMPARE(e.ack, doc.value(u"ack"_qs).toString());
    QCOMPARE(e.raw, line);
    QCOMPARE(e.lineNumber, number);
    QVERIFY2(e.type != SyncEntityType::Unknown, qPrintable(e.typeName));
    QCOMPARE(e.payload.index(), SyncEventParser::payloadIndex(e.type));
    const QJsonObject data = doc.value(u"data"_qs).toObject();
    const QJsonObject mine = std::visit(ToJson {}, e.payload);
    for (auto it = data.begin(); it != data.end(); ++it) {
        QVERIFY2(
            mine.contains(it.key()), qPrintable(e.typeName + u'.' + it.key() + u" not read"_qs));
        QVERIFY2(mine.value(it.key()) == it.value(),
            qPrintable(e.typeName + u'.' + it.key() + u": "_qs
                + QString::fromUtf8(QJsonDocument(QJsonArray {mine.value(it.key()), it.value()})
                                        .toJson(QJsonDocument::Compact))));
    }
}

QList<QByteArray> fixtureLines(const QString &relative)
{
    QList<QByteArray> lines = Test::readData(relative).split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

std::map<QString, int> countTypes(const QByteArray &body)
{
    std::map<QString, int> counts;
    SyncLineSplitter splitter;
    QList<SyncEvent> events;
    const QList<SyncLine> lines = splitter.feed(body);
    if (SyncEventParser::parseBatch(lines, events) || splitter.finish())
        return {};
    for (const SyncEvent &e : events)
        ++counts[e.typeName];
    return counts;
}

Error errorOf(const QByteArray &line)
{
    const auto r = SyncEventParser::parse(line, 7, 1000, QStringLiteral("POST /api/sync/stream"));
    return r.hasValue() ? Error() : r.error();
}

} // namespace

class SyncEventParserTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void referenceLines()
    {
        const QList<QByteArray> lines
            = fixtureLines(QStringLiteral("stream/reference-v2.7.5.jsonl"));
        QCOMPARE(lines.size(), 53);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            roundTrip(lines[i], i + 1);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void constructedLines()
    {
        const QList<QByteArray> lines
            = fixtureLines(QStringLiteral("stream/constructed-other-types.jsonl"));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            roundTrip(lines[i], i + 1);
            if (QTest::currentTestFailed())
                return;
        }
    }

    // Together the two fixtures hold every entity type we know.
    void everyEntityTypeCovered()
    {
        QSet<SyncEntityType> seen;
        for (const QString &f : {QStringLiteral("stream/reference-v2.7.5.jsonl"),
                 QStringLiteral("stream/constructed-other-types.jsonl")})
            for (const QByteArray &line : fixtureLines(f))
                seen.insert(SyncEventParser::parse(line)->type);
        for (SyncEntityType t : allEntityTypes())
            QVERIFY2(seen.contains(t), qPrintable(entityTypeName(t)));
    }

    void referenceValues()
    {
        const QList<QByteArray> lines
            = fixtureLines(QStringLiteral("stream/reference-v2.7.5.jsonl"));
        const SyncEvent auth = *SyncEventParser::parse(lines[0]);
        QCOMPARE(auth.type, SyncEntityType::AuthUserV1);
        const auto &u = std::get<SyncAuthUserV1>(auth.payload);
        QCOMPARE(u.name, u"Alice"_qs);
        QVERIFY(u.isAdmin);
        QVERIFY(u.pinCode.isNull());
        QVERIFY(!u.oauthId.isNull() && u.oauthId.isEmpty()); // "" stays empty, not null
        QVERIFY(!u.quotaSizeInBytes);
        QCOMPARE(u.quotaUsageInBytes, 52428800000LL);

        const SyncEvent asset = *SyncEventParser::parse(lines[6]);
        const auto &a = std::get<SyncAssetV1>(asset.payload);
        QCOMPARE(a.originalFileName, u"IMG_0001.HEIC"_qs);
        QCOMPARE(*a.width, 4032);
        QVERIFY(a.duration.isNull());
        QVERIFY(a.deletedAt.isNull());
        QCOMPARE(a.visibility, u"timeline"_qs);
        QCOMPARE(
            toDateTime(a.fileCreatedAt), QDateTime(QDate(2026, 4, 18), QTime(14, 3, 11), Qt::UTC));

        const SyncEvent ack = *SyncEventParser::parse(lines[11]);
        QCOMPARE(ack.type, SyncEntityType::SyncAckV1);
        QVERIFY(std::holds_alternative<SyncEmpty>(ack.payload));
        QCOMPARE(
            ack.ack, u"PartnerAssetBackfillV1|019c18a5-1d00-7087-9d54-4718634fdee8|complete"_qs);

        for (const QByteArray &line : lines) {
            const SyncEvent e = *SyncEventParser::parse(line);
            if (e.type == SyncEntityType::MemoryV1)
                QCOMPARE(std::get<SyncMemoryV1>(e.payload).data.value(u"year"_qs).toInt(), 2021);
            if (e.type == SyncEntityType::AssetEditV1
                && std::get<SyncAssetEditV1>(e.payload).action == u"rotate"_qs)
                QCOMPARE(
                    std::get<SyncAssetEditV1>(e.payload).parameters.value(u"angle"_qs).toInt(), 90);
            if (e.type == SyncEntityType::AssetFaceV1)
                QVERIFY(std::get<SyncAssetFaceV1>(e.payload).isVisible); // V1 rows count as visible
            if (e.type == SyncEntityType::AssetExifV1)
                QCOMPARE(
                    std::get<SyncAssetExifV1>(e.payload).state, QString::fromUtf8("Île-de-France"));
        }
    }

    void v2AndEscapes()
    {
        const QList<QByteArray> lines
            = fixtureLines(QStringLiteral("stream/constructed-other-types.jsonl"));
        const SyncEvent first = *SyncEventParser::parse(lines[0]);
        const auto &v2 = std::get<SyncAssetV1>(first.payload);
        QCOMPARE(*v2.durationMs, 72345);
        QVERIFY(v2.duration.isNull());
        QCOMPARE(v2.createdAt, u"2026-04-18T14:05:40.212Z"_qs);
        const SyncEvent exif = *SyncEventParser::parse(lines[15]);
        QCOMPARE(exif.type, SyncEntityType::AlbumAssetExifUpdateV1);
        QCOMPARE(std::get<SyncAssetExifV1>(exif.payload).description,
            QString::fromUtf8("Fireworks \"4th\" \xC3\xA9t\xC3\xA9 \xF0\x9F\x8E\x86"));
        QCOMPARE(std::get<SyncAssetExifV1>(exif.payload).city, QString::fromUtf8("Zürich"));
        const SyncEvent albumEvent = *SyncEventParser::parse(lines[16]);
        const auto &album = std::get<SyncAlbumV1>(albumEvent.payload);
        QVERIFY(album.ownerId.isEmpty()); // dropped in V2
        QCOMPARE(album.description, u"Beach\nand hills"_qs);
    }

    // Every line of every captured stream (a v1.135.3 server: fewer members, no SyncCompleteV1).
    void captures()
    {
        for (const Test::Capture &c : Test::loadCaptures()) {
            if (c.path != u"/api/sync/stream"_qs || c.status != 200)
                continue;
            SyncLineSplitter splitter;
            const QList<SyncLine> lines = splitter.feed(c.body);
            QVERIFY(!splitter.finish());
            for (const SyncLine &line : lines) {
                roundTrip(line.bytes, line.lineNumber);
                if (QTest::currentTestFailed()) {
                    qWarning() << c.fileName << line.lineNumber;
                    return;
                }
            }
        }
        const std::map<QString, int> c004 = countTypes(Test::loadCapture(u"004-"_qs).body);
        const std::map<QString, int> want004 {{u"UserV1"_qs, 2}, {u"PartnerV1"_qs, 2},
            {u"AssetDeleteV1"_qs, 1}, {u"AssetV1"_qs, 8}, {u"AssetExifV1"_qs, 8},
            {u"PartnerAssetV1"_qs, 2}, {u"PartnerAssetExifV1"_qs, 2}, {u"AlbumDeleteV1"_qs, 1},
            {u"AlbumV1"_qs, 1}, {u"AlbumUserV1"_qs, 1}};
        QVERIFY(c004 == want004);
        QVERIFY(countTypes(Test::loadCapture(u"005-"_qs).body) == want004);
        QVERIFY(countTypes(Test::loadCapture(u"014-"_qs).body).empty());
        // 032: after acking everything of 004 but AlbumUserV1 (028 did not ack it), only that row
        // comes again (the capture README calls it empty; the bytes say otherwise).
        const std::map<QString, int> want032 {{u"AlbumUserV1"_qs, 1}};
        QVERIFY(countTypes(Test::loadCapture(u"032-"_qs).body) == want032);
        const std::map<QString, int> want034 {{u"UserV1"_qs, 1}, {u"AssetDeleteV1"_qs, 1},
            {u"AssetV1"_qs, 1}, {u"AlbumV1"_qs, 1}, {u"AlbumUserV1"_qs, 1}};
        QVERIFY(countTypes(Test::loadCapture(u"034-"_qs).body) == want034);
        const std::map<QString, int> want113 {{u"UserV1"_qs, 1}, {u"PartnerV1"_qs, 1},
            {u"SyncAckV1"_qs, 2}, {u"PartnerAssetV1"_qs, 2}, {u"PartnerAssetExifV1"_qs, 2}};
        QVERIFY(countTypes(Test::loadCapture(u"113-"_qs).body) == want113);
    }

    // Every line a real server sent (v1.135.3 and v2.7.5) keeps the rules checkRules enforces:
    // every ack shape (Type|id, Type|createId|id, SyncAckV1 lines with other types' acks and
    // "|complete", SyncResetV1|reset, SyncCompleteV1|nowId) and every key member.
    void capturesKeepTheRules()
    {
        QList<QByteArray> bodies;
        for (const Test::Capture &c : Test::loadCaptures())
            if (c.path == u"/api/sync/stream"_qs && c.status == 200)
                bodies.append(c.body);
        const QDir v275(QStringLiteral(TIDEMARK_TEST_DATA "/captures/immich-v2.7.5"));
        const QStringList files = v275.entryList({u"*.jsonl"_qs}, QDir::Files);
        QCOMPARE(files.size(), 6);
        for (const QString &name : files) {
            QFile f(v275.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            bodies.append(f.readAll());
        }
        QSet<QString> shapes;
        for (const QByteArray &body : std::as_const(bodies)) {
            SyncLineSplitter splitter;
            const QList<SyncLine> lines = splitter.feed(body);
            for (const SyncLine &line : lines) {
                auto e = SyncEventParser::parse(line);
                QVERIFY(e.hasValue());
                const Error err = SyncEventParser::checkRules(*e);
                QVERIFY2(!err.isError(), qPrintable(err.technicalDetails()));
                shapes.insert(e->typeName == u"SyncAckV1"_qs
                        ? u"SyncAckV1:"_qs + QString::number(e->ack.count(u'|'))
                        : QString::number(e->ack.count(u'|')));
            }
        }
        // All shapes were there to check.
        QVERIFY(shapes.contains(u"1"_qs) && shapes.contains(u"2"_qs)
            && shapes.contains(u"SyncAckV1:1"_qs) && shapes.contains(u"SyncAckV1:2"_qs));
    }

    void captureValues()
    {
        SyncLineSplitter splitter;
        QList<SyncEvent> events;
        QVERIFY(!SyncEventParser::parseBatch(
            splitter.feed(Test::loadCapture(u"004-"_qs).body), events));
        QCOMPARE(events.size(), 28);
        const auto &bob = std::get<SyncUserV1>(events[0].payload);
        QCOMPARE(bob.email, u"bob@example.test"_qs);
        QVERIFY(bob.avatarColor.isNull()); // absent before v1.136
        QVERIFY(!bob.hasProfileImage);
        QCOMPARE(events[1].ack, u"UserV1|01a21aff-3031-71a3-9928-62cca5bf2250"_qs);
        QCOMPARE(events[4].type, SyncEntityType::AssetDeleteV1);
        QCOMPARE(std::get<SyncAssetDeleteV1>(events[4].payload).assetId,
            u"33ed1391-3a89-4239-bad1-1f4634258dd1"_qs);
        int trashed = 0, archived = 0, videos = 0, favorites = 0;
        for (const SyncEvent &e : events) {
            if (e.type != SyncEntityType::AssetV1)
                continue;
            const auto &a = std::get<SyncAssetV1>(e.payload);
            trashed += !a.deletedAt.isNull();
            archived += a.visibility == u"archive"_qs;
            videos += a.type == u"VIDEO"_qs;
            favorites += a.isFavorite;
            QVERIFY(!a.width); // absent before v2.5
            QVERIFY(a.stackId.isNull());
            if (a.type == u"VIDEO"_qs)
                QCOMPARE(a.duration, u"00:00:02.000"_qs);
        }
        QCOMPARE(trashed, 1); // img5
        QCOMPARE(archived, 1); // img4
        QCOMPARE(videos, 1);
        QCOMPARE(favorites, 1); // img2
        const auto &exif = std::get<SyncAssetExifV1>(events[15].payload);
        QCOMPARE(exif.description, u"Eiffel test"_qs);
        QCOMPARE(*exif.latitude, 48.8584);
        QCOMPARE(events.last().type, SyncEntityType::AlbumUserV1);
        QCOMPARE(std::get<SyncAlbumUserV1>(events.last().payload).role, u"editor"_qs);
        QCOMPARE(events.last().lineNumber, 28);

        events.clear();
        QVERIFY(!SyncEventParser::parseBatch(splitter.feed(QByteArray()), events));
        SyncLineSplitter s113;
        QVERIFY(
            !SyncEventParser::parseBatch(s113.feed(Test::loadCapture(u"113-"_qs).body), events));
        QCOMPARE(events[2].type, SyncEntityType::SyncAckV1);
        QCOMPARE(events[2].ack,
            u"PartnerAssetBackfillV1|01a21b0e-26af-736f-881b-3e6a679fbfd1|complete"_qs);
        QCOMPARE(events[2].byteOffset,
            Test::loadCapture(u"113-"_qs).body.indexOf("{\"type\":\"SyncAckV1\""));
    }

    void tolerated()
    {
        // Unknown type: not an error, empty payload, name kept.
        const auto unknown = SyncEventParser::parse(
            R"({"type":"AssetOcrV1","data":{"text":[1,{"a":null}]},"ack":"AssetOcrV1|x"})");
        QVERIFY(unknown.hasValue());
        QCOMPARE(unknown->type, SyncEntityType::Unknown);
        QCOMPARE(unknown->typeName, u"AssetOcrV1"_qs);
        QVERIFY(std::holds_alternative<SyncEmpty>(unknown->payload));
        // SyncResetV1 without ack (v1.136-v1.137).
        QVERIFY(SyncEventParser::parse(R"({"type":"SyncResetV1","data":{}})").hasValue());
        // Member order, whitespace, unknown members, missing members.
        const auto reordered = SyncEventParser::parse(
            " { \"ack\" : \"UserV1|a\" , \"extra\":[true,false,null,-1.5e3,\"x\"], \"data\" : { "
            "\"name\":\"N\",\"future\":{\"x\":[]}, \"id\" : \"i\" } , \"type\" : \"UserV1\" } \r");
        QVERIFY2(reordered.hasValue(), qPrintable(reordered.error().detail));
        const auto &u = std::get<SyncUserV1>(reordered->payload);
        QCOMPARE(u.id, u"i"_qs);
        QCOMPARE(u.name, u"N"_qs);
        QVERIFY(u.email.isNull());
        // Numbers: integral exponent form accepted for integers; null for non-optional → default.
        const auto face = SyncEventParser::parse(
            R"({"type":"AssetFaceV1","data":{"id":"f","imageWidth":4.032e3,"imageHeight":null,"boundingBoxX1":-0},"ack":"a"})");
        QVERIFY2(face.hasValue(), qPrintable(face.error().detail));
        QCOMPARE(std::get<SyncAssetFaceV1>(face->payload).imageWidth, 4032);
        QCOMPARE(std::get<SyncAssetFaceV1>(face->payload).imageHeight, 0);
        // Escapes in keys and in the type name.
        const auto escaped = SyncEventParser::parse(
            R"({"typ\u0065":"User\u0056\u0031","data":{"n\u0061me":"\u00e9\/\\\b\f\n\r\t"},"ack":"x"})");
        QVERIFY2(escaped.hasValue(), qPrintable(escaped.error().detail));
        QCOMPARE(escaped->type, SyncEntityType::UserV1);
        QCOMPARE(std::get<SyncUserV1>(escaped->payload).name,
            QString::fromUtf8("\xC3\xA9/\\\b\f\n\r\t"));
        // A payload type shared through backfill types.
        QCOMPARE(SyncEventParser::payloadIndex(SyncEntityType::PartnerAssetBackfillV2),
            SyncEventParser::payloadIndex(SyncEntityType::AssetV1));
        QCOMPARE(SyncEventParser::payloadIndex(SyncEntityType::SyncCompleteV1), std::size_t(0));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("mentions");
        QTest::addColumn<int>("column"); // 1-based column of the problem, 0 = don't check
        const auto row
            = [](const char *name, const char *line, const char *mentions, int column = 0) {
                  QTest::newRow(name) << QByteArray(line) << QString::fromUtf8(mentions) << column;
              };
        row("empty", "", "empty line", 1);
        row("spaces", "   ", "empty line");
        row("not json", "hello", "not a JSON object", 1);
        row("array", "[1,2]", "not a JSON object", 1);
        row("html", "<html>", "not a JSON object", 1);
        row("missing type", R"({"data":{},"ack":"a"})", "missing member \"type\"");
        row("missing data", R"({"type":"UserV1","ack":"a"})", "missing member \"data\"");
        row("missing ack", R"({"type":"UserV1","data":{}})", "missing member \"ack\"");
        row("type number", R"({"type":5,"data":{},"ack":"a"})",
            "member \"type\": expected string, got number", 9);
        row("type null", R"({"type":null,"data":{},"ack":"a"})", "expected string, got null");
        row("data array", R"({"type":"UserV1","data":[],"ack":"a"})",
            "member \"data\": expected object, got array");
        row("data string", R"({"type":"UserV1","data":"x","ack":"a"})",
            "expected object, got string");
        row("ack number", R"({"type":"UserV1","data":{},"ack":1})",
            "member \"ack\": expected string, got number");
        row("ack null", R"({"type":"UserV1","data":{},"ack":null})", "member \"ack\"");
        row("member bool as string",
            R"({"type":"PartnerV1","data":{"inTimeline":"yes"},"ack":"a"})",
            "member \"data.inTimeline\": expected boolean, got string", 42);
        row("member string as number", R"({"type":"UserV1","data":{"id":5},"ack":"a"})",
            "member \"data.id\": expected string or null, got number");
        row("member int as float", R"({"type":"AssetV1","data":{"width":1.5},"ack":"a"})",
            "member \"data.width\": expected integer");
        row("member int as string", R"({"type":"AssetV1","data":{"width":"4032"},"ack":"a"})",
            "member \"data.width\": expected integer or null, got string");
        row("member object as string", R"({"type":"MemoryV1","data":{"data":"x"},"ack":"a"})",
            "member \"data.data\": expected object or null, got string");
        row("int overflow", R"({"type":"AssetV1","data":{"width":99999999999999999999},"ack":"a"})",
            "out of range");
        row("trailing garbage", R"({"type":"UserV1","data":{},"ack":"a"} x)",
            "unexpected text after", 39);
        row("two objects", R"({"type":"UserV1","data":{},"ack":"a"}{})", "unexpected text after");
        row("unterminated", R"({"type":"UserV1","data":{},"ack":"a")", "expected ',' or '}'");
        row("cut in string", "{\"type\":\"UserV1\",\"data\":{\"id\":\"abc", "unterminated string");
        row("trailing comma", R"({"type":"UserV1","data":{},"ack":"a",})",
            "expected a member name");
        row("trailing comma in data", R"({"type":"UserV1","data":{"id":"a",},"ack":"a"})",
            "expected a member name");
        row("single quotes", R"({'type':"UserV1"})", "expected a member name");
        row("bad escape", R"({"type":"UserV1","data":{"id":"\x"},"ack":"a"})", "invalid escape");
        row("bad unicode escape", R"({"type":"UserV1","data":{"id":"\u12G4"},"ack":"a"})",
            "invalid \\u escape");
        row("lone surrogate", R"({"type":"UserV1","data":{"id":"\udc00"},"ack":"a"})", "surrogate");
        row("unpaired high surrogate", R"({"type":"UserV1","data":{"id":"\ud83cx"},"ack":"a"})",
            "surrogate");
        row("control char", "{\"type\":\"UserV1\",\"data\":{\"id\":\"a\tb\"},\"ack\":\"a\"}",
            "control character");
        row("invalid utf8", "{\"type\":\"UserV1\",\"data\":{\"id\":\"\xC3\x28\"},\"ack\":\"a\"}",
            "invalid UTF-8");
        row("overlong utf8", "{\"type\":\"UserV1\",\"data\":{\"id\":\"\xC0\xAF\"},\"ack\":\"a\"}",
            "invalid UTF-8");
        row("truncated utf8", "{\"type\":\"UserV1\",\"data\":{\"id\":\"\xE2\x82\"},\"ack\":\"a\"}",
            "invalid UTF-8");
        row("bad literal", R"({"type":"PartnerV1","data":{"inTimeline":tru},"ack":"a"})",
            "invalid JSON value");
        row("leading zero", R"({"type":"AssetV1","data":{"width":01},"ack":"a"})",
            "expected ',' or '}'");
        row("plus sign", R"({"type":"AssetV1","data":{"width":+1},"ack":"a"})", "expected integer");
        row("dot no digits", R"({"type":"AssetExifV1","data":{"fps":1.},"ack":"a"})",
            "digits expected");
        row("nested unknown broken", R"({"type":"UserV1","data":{"x":{"y":[1,}},"ack":"a"})",
            "invalid JSON value");
        row("unknown type bad data", R"({"type":"FooV9","data":{"x":},"ack":"a"})",
            "invalid JSON value");
        row("data before type, wrong member",
            R"({"data":{"inTimeline":1},"type":"PartnerV1","ack":"a"})",
            "member \"data.inTimeline\": expected boolean, got number", 23);
        row("no colon", R"({"type" "UserV1"})", "expected ':'");
    }

    void malformed()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, mentions);
        QFETCH(int, column);
        const Error e = errorOf(line);
        QCOMPARE(e.kind, Error::Kind::Malformed);
        QVERIFY2(e.detail.contains(mentions), qPrintable(e.detail));
        QCOMPARE(e.lineNumber, 7);
        QVERIFY(e.byteOffset >= 1000 && e.byteOffset <= 1000 + line.size());
        QVERIFY2(e.detail.startsWith(u"line 7, column "_qs), qPrintable(e.detail));
        QCOMPARE(e.where, u"POST /api/sync/stream"_qs);
        if (column > 0)
            QCOMPARE(e.byteOffset, 1000 + column - 1);
    }

    void deepNestingIsBounded()
    {
        QByteArray deep = R"({"type":"UserMetadataV1","data":{"value":{"a":)";
        for (int i = 0; i < 10000; ++i)
            deep += "[";
        const Error e = errorOf(deep);
        QCOMPARE(e.kind, Error::Kind::Malformed);
        QVERIFY(e.detail.contains(u"nested too deeply"_qs));
        QByteArray ok = R"({"type":"UserMetadataV1","data":{"value":{"a":)";
        for (int i = 0; i < 30; ++i)
            ok += "[";
        for (int i = 0; i < 30; ++i)
            ok += "]";
        ok += R"(}},"ack":"a"})";
        QVERIFY(SyncEventParser::parse(ok).hasValue());
    }

    // Every prefix of a valid line is rejected cleanly (no crash, no out-of-bounds read under
    // ASan).
    void everyPrefixFails()
    {
        const QList<QByteArray> lines
            = fixtureLines(QStringLiteral("stream/reference-v2.7.5.jsonl"));
        for (const QByteArray &line : lines) {
            for (qsizetype n = 0; n < line.size(); ++n) {
                const QByteArray prefix = line.left(n); // own copy: an overread hits the guard
                const auto r = SyncEventParser::parse(prefix);
                QVERIFY2(!r.hasValue(), prefix.constData());
            }
        }
    }

    void parseBatchStopsAtFirstError()
    {
        QList<SyncLine> lines {
            {R"({"type":"UserDeleteV1","data":{"userId":"u"},"ack":"UserDeleteV1|a"})", 1, 0},
            {R"({"type":"UserDeleteV1","data":{"userId":5},"ack":"UserDeleteV1|b"})", 2, 70},
            {R"({"type":"UserDeleteV1","data":{"userId":"w"},"ack":"UserDeleteV1|c"})", 3, 140}};
        QList<SyncEvent> events;
        const Error e = SyncEventParser::parseBatch(lines, events);
        QCOMPARE(e.lineNumber, 2);
        QCOMPARE(events.size(), 1);
        QCOMPARE(std::get<SyncUserDeleteV1>(events[0].payload).userId, u"u"_qs);
    }

    void eventReuse()
    {
        SyncEvent e;
        QVERIFY(!SyncEventParser::parseInto(
            R"({"type":"MemoryV1","data":{"id":"m","data":{"year":1}},"ack":"x"})", 1, 0, e));
        QVERIFY(SyncEventParser::parseInto("garbage", 2, 10, e));
        QVERIFY(std::holds_alternative<SyncEmpty>(e.payload));
        QVERIFY(!SyncEventParser::parseInto(
            R"({"type":"StackDeleteV1","data":{"stackId":"s"},"ack":"y"})", 3, 20, e));
        QCOMPARE(e.ack, u"y"_qs);
        QCOMPARE(e.lineNumber, 3);
        QCOMPARE(std::get<SyncStackDeleteV1>(e.payload).stackId, u"s"_qs);
    }
};

QTEST_GUILESS_MAIN(SyncEventParserTest)
#include "sync_event_parser.moc"
