// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Capture parity for 2.7.5: the devserver emulating v2.7.5 answers like the real server recorded in
// tests/data/captures/immich-v2.7.5 (see its README): stream headers and their order, the key
// order of every line type the captures hold, SyncCompleteV1 closing every body, the lone
// SyncResetV1 with its literal ack, SyncAckV1 lines for album-asset updates and partner backfill
// completion, isEdited on AssetV1, and the REST shapes of full-sync and delta-sync (a partner's
// favourite hidden, "+00:00" exif dates, "0:00:00.00000" on images, isTrashed without a time).

#include "DevServerTestUtil.h"
#include "TestSupport.h"

using namespace DevTest;

namespace {

QByteArray capture(const char *name)
{
    return Tidemark::Test::readData(
        QStringLiteral("captures/immich-v2.7.5/") + QString::fromLatin1(name));
}

QStringList captureTypes()
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(capture("all-types.json")).array())
        out << v.toString();
    return out;
}

QMap<QString, QByteArray> firstLinePerType(const QByteArray &body)
{
    QMap<QString, QByteArray> out;
    for (const QByteArray &line : body.split('\n')) {
        if (line.isEmpty())
            continue;
        const QString type
            = QJsonDocument::fromJson(line).object().value(QStringLiteral("type")).toString();
        if (!out.contains(type))
            out.insert(type, line);
    }
    return out;
}

//! Every object path of `expected` has the same keys in the same order in `actual`.
QString compareShapes(const QByteArray &expected, const QByteArray &actual)
{
    const auto want = shapes(expected);
    const auto got = shapes(actual);
    for (auto it = want.cbegin(); it != want.cend(); ++it) {
        if (!got.contains(it.key())) {
            if (it.key().isEmpty() || it.key() == QLatin1StringView(".data")
                || it.key() == QLatin1StringView("[]"))
                return QStringLiteral("missing object at '%1'").arg(it.key());
            continue; // an object the capture had where ours is null
        }
        if (got.value(it.key()) != it.value())
            return QStringLiteral("keys at '%1': expected %2, got %3")
                .arg(it.key(), it.value().join(QLatin1Char(',')),
                    got.value(it.key()).join(QLatin1Char(',')));
    }
    return {};
}

//! Each line type of the capture body appears in ours with the same key order.
void compareLines(const char *captureName, const RawResponse &r, const QStringList &required = {})
{
    const auto want = firstLinePerType(capture(captureName));
    const auto got = firstLinePerType(r.body);
    QVERIFY2(!want.isEmpty(), captureName);
    int compared = 0;
    for (auto it = want.cbegin(); it != want.cend(); ++it) {
        const QByteArray tag = QByteArray(captureName) + ' ' + it.key().toUtf8();
        if (!got.contains(it.key())) {
            QVERIFY2(!required.contains(it.key()), (tag + ": no line of this type").constData());
            continue;
        }
        const QString d = compareShapes(it.value(), got.value(it.key()));
        QVERIFY2(d.isEmpty(), (tag + ": " + d.toUtf8()).constData());
        ++compared;
    }
    qInfo("%s: %d of %d recorded line types compared", captureName, compared, int(want.size()));
    QVERIFY(compared >= required.size());
}

void endsWithComplete(const RawResponse &r, const char *what)
{
    QVERIFY2(r.complete, what);
    const QList<QJsonObject> lines = r.lines();
    QVERIFY2(!lines.isEmpty(), what);
    QVERIFY2(lines.constLast().value(QStringLiteral("type")).toString()
            == QLatin1StringView("SyncCompleteV1"),
        what);
    QCOMPARE(lines.constLast().value(QStringLiteral("data")).toObject(), QJsonObject());
    QCOMPARE(r.types().count(QStringLiteral("SyncCompleteV1")), 1);
}

QStringList syncAckAcks(const RawResponse &r)
{
    QStringList out;
    for (const QJsonObject &o : r.lines())
        if (o.value(QStringLiteral("type")).toString() == QLatin1StringView("SyncAckV1")) {
            // the data object is empty, as recorded; a non-empty one shows in the list
            out << o.value(QStringLiteral("ack")).toString()
                    + (o.value(QStringLiteral("data")).toObject().isEmpty()
                            ? QString()
                            : QStringLiteral(" +data"));
        }
    return out;
}

} // namespace

class CaptureParity275 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void streamBodies();
    void restShapes();
};

void CaptureParity275::streamBodies()
{
    TidemarkDev::DevServer server;
    QVERIFY(server.setVersion(QStringLiteral("2.7.5")));
    TidemarkDev::LibrarySpec spec;
    spec.ownAssets = 12;
    spec.partnerAssets = 6;
    spec.favoriteRatio = 0.3;
    server.generateLibrary(spec);
    QVERIFY(server.start());
    const quint16 port = server.port();
    const QString admin = server.adminUserId();
    const QString bob = server.partnerUserId();
    const QString token = server.createSession(TidemarkDev::DevServer::adminEmail());
    const QStringList types = captureTypes();
    QCOMPARE(types.size(), 22);

    // 01: the first stream; headers in the recorded order, every line type in its key order.
    RawResponse first = stream(port, token, types);
    QCOMPARE(first.status, 200);
    QList<QByteArray> capNames;
    for (const QByteArray &line :
        capture("01-stream-all-before-tidemark.headers").split('\n').mid(1)) {
        if (line.trimmed().isEmpty())
            break;
        capNames << line.left(line.indexOf(':'));
    }
    QCOMPARE(first.headerNames(), capNames);
    QCOMPARE(first.header("Content-Type"), QByteArray("application/jsonlines+json"));
    QCOMPARE(first.header("Transfer-Encoding"), QByteArray("chunked"));
    compareLines("01-stream-all-before-tidemark.jsonl", first,
        {QStringLiteral("AuthUserV1"), QStringLiteral("UserV1"), QStringLiteral("PartnerV1"),
            QStringLiteral("AssetV1"), QStringLiteral("AssetExifV1"),
            QStringLiteral("PartnerAssetV1"), QStringLiteral("PartnerAssetExifV1"),
            QStringLiteral("AlbumV1"), QStringLiteral("AlbumUserV1"),
            QStringLiteral("AlbumToAssetV1"), QStringLiteral("SyncCompleteV1")});
    endsWithComplete(first, "01");
    for (const QJsonObject &o : first.lines())
        if (o.value(QStringLiteral("type")).toString() == QLatin1StringView("AssetV1"))
            QVERIFY(o.value(QStringLiteral("data"))
                        .toObject()
                        .value(QStringLiteral("isEdited"))
                        .isBool());
    // The album-asset update acks ride on SyncAckV1 lines with an empty data object.
    for (const QString &ack : syncAckAcks(first))
        QVERIFY2(ack.startsWith(QLatin1StringView("AlbumAssetUpdateV1|"))
                || ack.startsWith(QLatin1StringView("AlbumAssetExifUpdateV1|"))
                || ack.startsWith(QLatin1StringView("AlbumAssetBackfillV1|"))
                || ack.startsWith(QLatin1StringView("AlbumAssetExifBackfillV1|")),
            qPrintable(ack));
    postAcks(port, token, lastAckPerType(first));

    // 05: nothing changed, one line.
    const RawResponse same = syncAndAck(port, token, types);
    QCOMPARE(same.types(), QStringList {QStringLiteral("SyncCompleteV1")});
    QCOMPARE(same.body.count('\n'), capture("05-stream-all-nochange.jsonl").count('\n'));

    // 06: changes of every kind; album-asset changes bring their SyncAckV1 lines.
    const QStringList own = server.ownedAssetIds(admin);
    server.updateAsset(own.value(2));
    server.trashAsset(own.value(3));
    server.deleteAsset(own.value(4));
    const QString album = server.albumIds(admin).value(0);
    server.renameAlbum(album, QStringLiteral("Renamed"));
    server.addAssetsToAlbum(album, {own.value(5), own.value(6)});
    server.renameUser(admin, QStringLiteral("Admin Renamed"));
    const RawResponse changes = stream(port, token, types);
    compareLines("06-stream-all-after-mut1.jsonl", changes,
        {QStringLiteral("AssetV1"), QStringLiteral("AssetDeleteV1"), QStringLiteral("AlbumV1"),
            QStringLiteral("AlbumToAssetV1"), QStringLiteral("SyncCompleteV1")});
    endsWithComplete(changes, "06");
    postAcks(port, token, lastAckPerType(changes));

    // 08: the partner stops sharing: only PartnerDeleteV1 (and the complete line).
    server.removePartner(bob, admin);
    const RawResponse removed = stream(port, token, types);
    compareLines(
        "08-stream-all-after-partner-removed.jsonl", removed, {QStringLiteral("PartnerDeleteV1")});
    QCOMPARE(removed.types(),
        (QStringList {QStringLiteral("PartnerDeleteV1"), QStringLiteral("SyncCompleteV1")}));
    postAcks(port, token, lastAckPerType(removed));

    // 09: shares again: backfill lines, then SyncAckV1 lines carrying the "…|complete" acks.
    server.addPartner(bob, admin, false);
    const RawResponse readded = stream(port, token, types);
    compareLines("09-stream-all-after-partner-readded.jsonl", readded,
        {QStringLiteral("PartnerV1"), QStringLiteral("PartnerAssetBackfillV1"),
            QStringLiteral("PartnerAssetExifBackfillV1"), QStringLiteral("SyncAckV1"),
            QStringLiteral("SyncCompleteV1")});
    endsWithComplete(readded, "09");
    QStringList completes;
    for (const QString &ack : syncAckAcks(readded))
        if (ack.endsWith(QLatin1StringView("|complete")))
            completes << ack.section(QLatin1Char('|'), 0, 0);
    QVERIFY2(completes.contains(QStringLiteral("PartnerAssetBackfillV1")),
        qPrintable(completes.join(u',')));
    QVERIFY2(completes.contains(QStringLiteral("PartnerAssetExifBackfillV1")),
        qPrintable(completes.join(u',')));
    postAcks(port, token, lastAckPerType(readded));

    // 42: a pending reset is one line, SyncResetV1 with the literal ack.
    server.setPendingReset(token, true);
    const RawResponse reset = stream(port, token, types);
    QCOMPARE(reset.body, capture("42-stream-all-pending-reset.jsonl"));
}

void CaptureParity275::restShapes()
{
    TidemarkDev::DevServer server;
    QVERIFY(server.setVersion(QStringLiteral("2.7.5")));
    TidemarkDev::LibrarySpec spec;
    spec.ownAssets = 12;
    spec.partnerAssets = 6;
    spec.videoRatio = 0;
    spec.livePhotoRatio = 0;
    spec.favoriteRatio = 1; // every asset a favourite of its owner
    server.generateLibrary(spec);
    QVERIFY(server.start());
    const quint16 port = server.port();
    const QString admin = server.adminUserId();
    const QString bob = server.partnerUserId();
    const QString token = server.createSession(TidemarkDev::DevServer::adminEmail());
    const QString own = server.ownedAssetIds(admin).value(0);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QTest::qWait(5);
    server.trashAsset(own);
    const QString until = QDateTime::currentDateTimeUtc().addSecs(60).toString(Qt::ISODateWithMs);

    // 13: full-sync, own and a partner's assets.
    for (const QString &owner : {admin, bob}) {
        QByteArray body = "{\"limit\":100,\"updatedUntil\":\"" + until.toUtf8() + "\"";
        if (owner != admin)
            body += ",\"userId\":\"" + owner.toUtf8() + "\"";
        body += '}';
        const RawResponse r = rawRequest(port, "POST", "/api/sync/full-sync", body, bearer(token));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.array().isEmpty());
        // Key order of the elements (and their exifInfo, stack) as recorded.
        const QString d = compareShapes(capture("13-full-sync-admin.json"), r.body);
        QVERIFY2(d.isEmpty(), qPrintable(d));
        for (const QJsonValue &v : r.array()) {
            const QJsonObject a = v.toObject();
            if (owner != admin)
                QCOMPARE(a.value(QStringLiteral("isFavorite")).toBool(),
                    false); // hidden from non-owners
            if (a.value(QStringLiteral("type")).toString() == QLatin1StringView("IMAGE"))
                QCOMPARE(a.value(QStringLiteral("duration")).toString(),
                    QStringLiteral("0:00:00.00000"));
            QVERIFY(!a.contains(QStringLiteral("deletedAt")));
            QVERIFY(a.value(QStringLiteral("isTrashed")).isBool());
            const QJsonObject exif = a.value(QStringLiteral("exifInfo")).toObject();
            if (!exif.value(QStringLiteral("dateTimeOriginal")).isNull())
                QVERIFY2(exif.value(QStringLiteral("dateTimeOriginal"))
                             .toString()
                             .endsWith(QLatin1StringView("+00:00")),
                    qPrintable(exif.value(QStringLiteral("dateTimeOriginal")).toString()));
            QVERIFY(!exif.contains(QStringLiteral("fps")));
            QVERIFY(!exif.contains(QStringLiteral("profileDescription")));
            QVERIFY(a.value(QStringLiteral("isEdited")).isBool());
        }
    }

    // 14: delta-sync {needsFullSync, upserted, deleted}; the trashed asset among the upserted.
    const QByteArray delta = "{\"updatedAfter\":\"" + before.toString(Qt::ISODateWithMs).toUtf8()
        + "\",\"userIds\":[\"" + admin.toUtf8() + "\",\"" + bob.toUtf8() + "\"]}";
    const RawResponse r = rawRequest(port, "POST", "/api/sync/delta-sync", delta, bearer(token));
    QCOMPARE(r.status, 200);
    QCOMPARE(orderedKeys(r.body), orderedKeys(capture("14-delta-sync.json")));
    const QString dd = compareShapes(capture("14-delta-sync.json"), r.body);
    QVERIFY2(dd.isEmpty(), qPrintable(dd));
    bool trashedSeen = false;
    for (const QJsonValue &v : r.object().value(QStringLiteral("upserted")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toString() == own) {
            trashedSeen = true;
            QCOMPARE(v.toObject().value(QStringLiteral("isTrashed")).toBool(), true);
            QVERIFY(!v.toObject().contains(QStringLiteral("deletedAt")));
        }
    QVERIFY(trashedSeen);

    // 46: too old for a delta.
    const RawResponse old = rawRequest(port, "POST", "/api/sync/delta-sync",
        "{\"updatedAfter\":\"2020-01-01T00:00:00.000Z\",\"userIds\":[\"" + admin.toUtf8() + "\"]}",
        bearer(token));
    QCOMPARE(old.status, 200);
    QCOMPARE(QJsonDocument::fromJson(old.body).object(),
        QJsonDocument::fromJson(capture("46-delta-sync-old.json")).object());
}

QTEST_MAIN(CaptureParity275)
#include "capture_parity_275.moc"
