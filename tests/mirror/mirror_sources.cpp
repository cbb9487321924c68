// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// One truth per field (MirrorSchema.h), proven with the responses of a real Immich 2.7.5 server
// (tests/data/captures/immich-v2.7.5): the stream bodies go through the real line parser and
// MirrorStore::applyBatch, the full-sync and delta-sync bodies through the real DTO decoders,
// SyncWorker::toRecord and MirrorStore::applyAssetResponses. Whichever order the sources come
// in, the rows they both describe end up identical, in one format.

#include "MirrorTestUtil.h"
#include "TestSupport.h"

#include "api/ApiDtos.h"
#include "protocol/SyncEventParser.h"
#include "sync/SyncWorker.h"

#include <QJsonDocument>

using namespace Tidemark;
using namespace Tidemark::MirrorTest;

namespace {

const QString kAdmin = QStringLiteral("dfa58e81-80be-43f1-b136-abc195dbb9ac");
const QString kTrashed
    = QStringLiteral("759b0e26"); // trashed in 06; its deletedAt only the stream knows
const QString kPartnerAsset = QStringLiteral("5ffca4fc-"); // Bob's, in 09 (backfill) and 14

QByteArray capture(const QString &name)
{
    return Test::readData(QStringLiteral("captures/immich-v2.7.5/") + name);
}

const QStringList &streamBodies()
{
    static const QStringList list {QStringLiteral("01-stream-all-before-tidemark.jsonl"),
        QStringLiteral("05-stream-all-nochange.jsonl"),
        QStringLiteral("06-stream-all-after-mut1.jsonl"),
        QStringLiteral("08-stream-all-after-partner-removed.jsonl"),
        QStringLiteral("09-stream-all-after-partner-readded.jsonl")};
    return list;
}

//! The partner asset's stream lines with the owner's favourite set: what the stream carries
//! when Bob favourites it (PartnerAssetV1 in 01 shows the flag reaching a partner). The REST
//! answers hide it (isFavorite false for non-owners).
QByteArray withPartnerFavourite(QByteArray body)
{
    QList<QByteArray> lines = body.split('\n');
    for (QByteArray &line : lines)
        if (line.contains("\"id\":\"5ffca4fc-"))
            line.replace("\"isFavorite\":false", "\"isFavorite\":true");
    return lines.join('\n');
}

void applyStream(MirrorStore &store, bool partnerFavourite = false, const QString &skip = {})
{
    for (const QString &name : streamBodies()) {
        if (!skip.isEmpty() && name.startsWith(skip))
            continue;
        QByteArray body = capture(name);
        if (partnerFavourite)
            body = withPartnerFavourite(body);
        QList<SyncEvent> events;
        qint64 n = 0;
        for (const QByteArray &line : body.split('\n')) {
            if (line.isEmpty())
                continue;
            auto e = SyncEventParser::parse(line, ++n);
            QVERIFY2(bool(e), qPrintable(name));
            events.append(e.value());
        }
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.constLast().type, SyncEntityType::SyncCompleteV1);
        MIRROR_VERIFY_OK(store.applyBatch(events));
        MIRROR_VERIFY_OK(store.pruneOrphanAssets()); // after every complete run, as the engine does
    }
}

void applyRest(MirrorStore &store, const QList<AssetResponseDto> &assets)
{
    QList<MirrorAssetRecord> own, partner;
    for (const AssetResponseDto &a : assets)
        (a.ownerId == kAdmin ? own : partner).append(SyncWorker::toRecord(a));
    if (!own.isEmpty())
        MIRROR_VERIFY_OK(store.applyAssetResponses(own, AssetSourceOwn));
    if (!partner.isEmpty())
        MIRROR_VERIFY_OK(store.applyAssetResponses(partner, AssetSourcePartner));
}

QList<AssetResponseDto> fullSync()
{
    auto list = AssetResponseDto::listFromJson(
        QJsonDocument::fromJson(capture(QStringLiteral("13-full-sync-admin.json"))).array());
    if (!list)
        qFatal("13-full-sync-admin.json does not decode");
    return list.value();
}

QList<AssetResponseDto> deltaSync()
{
    auto r = AssetDeltaSyncResponse::fromJson(
        QJsonDocument::fromJson(capture(QStringLiteral("14-delta-sync.json"))).object());
    if (!r || r.value().needsFullSync || r.value().upserted.size() != 3)
        qFatal("14-delta-sync.json does not decode");
    return r.value().upserted;
}

using Row = QVariantMap;

//! Every column of every row of `table`, by key, minus `skip`.
QMap<QString, Row> rows(
    MirrorStore &store, const QString &table, const QString &key, const QStringList &skip = {})
{
    QMap<QString, Row> out;
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
        qFatal("query failed");
    while (q.next()) {
        Row row;
        const QSqlRecord rec = q.record();
        for (int i = 0; i < rec.count(); ++i)
            if (!skip.contains(rec.fieldName(i)))
                row.insert(rec.fieldName(i), rec.value(i));
        out.insert(rec.value(key).toString(), row);
    }
    return out;
}

QString diff(const Row &a, const Row &b)
{
    QStringList out;
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        if (b.value(it.key()) != it.value() || b.value(it.key()).isNull() != it.value().isNull())
            out << QStringLiteral("%1: %2 vs %3")
                       .arg(it.key(), it.value().toString(), b.value(it.key()).toString());
    return out.join(QStringLiteral("; "));
}

} // namespace

class MirrorSourcesTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    void open(MirrorStore &store)
    {
        MIRROR_VERIFY_NO_ERROR(store.open(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_n))));
        store.setSelfUserId(kAdmin);
    }

    void compareTables(MirrorStore &a, MirrorStore &b, const QStringList &skip = {},
        const QStringList &onlyIds = {})
    {
        for (const auto &[table, key] : {std::pair {QStringLiteral("assets"), QStringLiteral("id")},
                 std::pair {QStringLiteral("exif"), QStringLiteral("asset_id")}}) {
            const auto ra = rows(a, table, key, skip);
            const auto rb = rows(b, table, key, skip);
            QCOMPARE(ra.keys(), rb.keys());
            for (auto it = ra.cbegin(); it != ra.cend(); ++it) {
                if (!onlyIds.isEmpty() && !onlyIds.contains(it.key()))
                    continue;
                const QString d = diff(it.value(), rb.value(it.key()));
                QVERIFY2(d.isEmpty(),
                    qPrintable(table + QLatin1Char(' ') + it.key() + QStringLiteral(": ") + d));
            }
        }
    }

private Q_SLOTS:
    void streamAndFullSyncInEitherOrder()
    {
        MirrorStore a, b;
        open(a);
        open(b);
        applyStream(a);
        applyRest(a, fullSync());
        applyRest(b, fullSync());
        applyStream(b);
        QVERIFY(count(a, QStringLiteral("SELECT COUNT(*) FROM assets")) > 12);
        compareTables(a, b);
        // One format: the stream's dates, no duration on images, the stream's deletion time.
        for (MirrorStore *s : {&a, &b}) {
            QCOMPARE(count(*s,
                         QStringLiteral(
                             "SELECT COUNT(*) FROM exif WHERE date_time_original NOT LIKE '%.000Z'"
                             " OR modify_date NOT LIKE '%.000Z'")),
                0);
            QCOMPARE(
                count(*s, QStringLiteral("SELECT COUNT(*) FROM assets WHERE duration IS NOT NULL")),
                0);
            QCOMPARE(
                count(*s, QStringLiteral("SELECT COUNT(*) FROM assets WHERE unknown_fields <> 0")),
                0);
            QCOMPARE(value(*s,
                         QStringLiteral("SELECT deleted_at FROM assets WHERE id LIKE '%1%'")
                             .arg(kTrashed))
                         .toString(),
                QStringLiteral("2026-12-05T11:56:08.394Z"));
            QCOMPARE(
                count(
                    *s, QStringLiteral("SELECT COUNT(*) FROM assets WHERE updated_at IS NOT NULL")),
                12);
        }
    }

    void fullSyncAloneWritesWhatTheStreamWrites()
    {
        // A mirror written only by full-sync (an account that never streamed) holds, for every
        // field both know, the very value the stream writes; what REST does not know is marked.
        MirrorStore s, r;
        open(s);
        open(r);
        applyStream(s);
        applyRest(r, fullSync());
        const QStringList restOnly {QStringLiteral("created_at"), QStringLiteral("updated_at"),
            QStringLiteral("is_offline"), QStringLiteral("profile_description"),
            QStringLiteral("fps"), QStringLiteral("deleted_at"), QStringLiteral("unknown_fields"),
            QStringLiteral("sources")};
        const auto rs = rows(s, QStringLiteral("assets"), QStringLiteral("id"), restOnly);
        const auto rr = rows(r, QStringLiteral("assets"), QStringLiteral("id"), restOnly);
        QCOMPARE(rr.size(), 12);
        for (auto it = rr.cbegin(); it != rr.cend(); ++it) {
            QVERIFY(rs.contains(it.key()));
            const QString d = diff(it.value(), rs.value(it.key()));
            QVERIFY2(d.isEmpty(), qPrintable(it.key() + QStringLiteral(": ") + d));
        }
        const auto es = rows(s, QStringLiteral("exif"), QStringLiteral("asset_id"), restOnly);
        const auto er = rows(r, QStringLiteral("exif"), QStringLiteral("asset_id"), restOnly);
        QCOMPARE(er.size(), 12);
        for (auto it = er.cbegin(); it != er.cend(); ++it) {
            const QString d = diff(it.value(), es.value(it.key()));
            QVERIFY2(d.isEmpty(), qPrintable(it.key() + QStringLiteral(": ") + d));
        }
        // The trashed asset: in the trash, but its deletion time is unknown (not made up).
        QCOMPARE(
            count(r, QStringLiteral("SELECT COUNT(*) FROM assets WHERE deleted_at IS NOT NULL")),
            1);
        QCOMPARE(value(r,
                     QStringLiteral("SELECT unknown_fields FROM assets WHERE id LIKE '%1%'")
                         .arg(kTrashed))
                     .toInt(),
            int(AssetDeletedAtUnknown));
        const auto det = r.assetDetails(rows(r, QStringLiteral("assets"), QStringLiteral("id"))
                                            .keys()
                                            .filter(kTrashed)
                                            .value(0));
        MIRROR_VERIFY_OK(det);
        QVERIFY(det.value.has_value());
        QCOMPARE(det.value->unknownFields, int(AssetDeletedAtUnknown));
        QCOMPARE(
            count(r, QStringLiteral("SELECT COUNT(*) FROM assets WHERE unknown_fields <> 0")), 1);
    }

    void deltaSyncKeepsThePartnersFavourite()
    {
        // Stream (with Bob's favourite on his asset), full-sync, delta-sync; and the REST
        // answers first, then the stream.
        MirrorStore a, b;
        open(a);
        open(b);
        applyStream(a, true);
        applyRest(a, fullSync());
        applyRest(a, deltaSync());
        applyRest(b, fullSync());
        applyRest(b, deltaSync());
        const QString partnerId = rows(b, QStringLiteral("assets"), QStringLiteral("id"))
                                      .keys()
                                      .filter(kPartnerAsset)
                                      .value(0);
        QVERIFY(!partnerId.isEmpty());
        // REST alone: the partner's favourite is unknown, not "no".
        QCOMPARE(
            value(b,
                QStringLiteral("SELECT unknown_fields FROM assets WHERE id = '%1'").arg(partnerId))
                .toInt(),
            int(AssetFavoriteUnknown));
        // Without 08: Bob's un-share drops his assets and with them what 14 said about them
        // (created and updated time, REST-only), and 09's backfill brings them back from the
        // stream alone. That is the partner rule, not a disagreement of the two sources.
        applyStream(b, true, QStringLiteral("08-"));
        QCOMPARE(
            value(
                a, QStringLiteral("SELECT is_favorite FROM assets WHERE id = '%1'").arg(partnerId))
                .toInt(),
            1);
        QCOMPARE(
            value(a,
                QStringLiteral("SELECT unknown_fields FROM assets WHERE id = '%1'").arg(partnerId))
                .toInt(),
            0);
        compareTables(a, b, {}, {partnerId});
        // 14 was taken after the last stream body: img5 was trashed and img4 favourited since.
        // The delta's newer values stand after the stream (its deletion time is unknown) …
        QCOMPARE(count(a,
                     QStringLiteral("SELECT COUNT(*) FROM assets WHERE id LIKE 'c5505d17%' AND "
                                    "deleted_at IS NOT NULL"
                                    " AND unknown_fields = 2")),
            1);
        QCOMPARE(
            count(a,
                QStringLiteral(
                    "SELECT COUNT(*) FROM assets WHERE id LIKE '5736258d%' AND is_favorite = 1")),
            1);
        // … and every other field the two describe is the same in both orders.
        compareTables(a, b,
            {QStringLiteral("is_favorite"), QStringLiteral("deleted_at"),
                QStringLiteral("unknown_fields")});
    }
};

QTEST_MAIN(MirrorSourcesTest)
#include "mirror_sources.moc"
