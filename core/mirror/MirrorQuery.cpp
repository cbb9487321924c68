// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// MirrorStore: the reads the models and the UI need.

#include "AssetFilterSql.h"
#include "MirrorSchema.h"
#include "MirrorStore.h"
#include "MirrorStore_p.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Tidemark {

namespace {

QString sortColumn(AssetSort::Key key)
{
    switch (key) {
    case AssetSort::Key::LocalDateTime:
        return QStringLiteral("a.local_date_time");
    case AssetSort::Key::FileName:
        return QStringLiteral("a.original_file_name");
    case AssetSort::Key::FileCreatedAt:
        return QStringLiteral("COALESCE(a.file_created_at, '')");
    }
    return QStringLiteral("a.local_date_time");
}

//! "HH:MM:SS.mmm" or "H:MM:SS.ffffff" -> milliseconds; nullopt when not parseable.
std::optional<qint64> parseDuration(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 3)
        return std::nullopt;
    bool okH = false, okM = false, okS = false;
    const qint64 h = parts[0].toLongLong(&okH);
    const qint64 m = parts[1].toLongLong(&okM);
    const double s = parts[2].toDouble(&okS);
    if (!okH || !okM || !okS)
        return std::nullopt;
    return (h * 3600 + m * 60) * 1000 + qint64(s * 1000.0 + 0.5);
}

std::optional<qint64> optInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

std::optional<double> optDouble(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

QString text(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

bool runQuery(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    return q.exec();
}

} // namespace

AssetCursor AssetRow::cursor(const AssetSort &sort) const
{
    switch (sort.key) {
    case AssetSort::Key::LocalDateTime:
        return {localDateTime, id};
    case AssetSort::Key::FileName:
        return {originalFileName, id};
    case AssetSort::Key::FileCreatedAt:
        return {fileCreatedAt.isNull() ? QStringLiteral("") : fileCreatedAt, id};
    }
    return {localDateTime, id};
}

MirrorResult<MirrorTableCounts> MirrorStore::tableCounts() const
{
    if (auto e = d->settleAssets()) // repeated ids folded first (bulk load)
        return e;
    MirrorTableCounts counts;
    for (const QString &table : MirrorSchema::serverTables()) {
        auto r = d->scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table), table);
        if (!r)
            return r.error;
        counts.insert(table, r.value);
    }
    return counts;
}

MirrorResult<qint64> MirrorStore::assetCount() const
{
    if (auto e = d->settleAssets()) // repeated ids folded first (bulk load)
        return e;
    return d->scalar(QStringLiteral("SELECT COUNT(*) FROM assets"), QStringLiteral("assets"));
}

MirrorResult<QPair<qint64, qint64>> MirrorStore::unknownFieldCounts() const
{
    QSqlQuery q(d->db);
    if (!runQuery(q,
            QStringLiteral("SELECT COALESCE(SUM((unknown_fields & 1) <> 0), 0),"
                           " COALESCE(SUM((unknown_fields & 2) <> 0), 0) FROM assets WHERE "
                           "unknown_fields <> 0"),
            {})
        || !q.next())
        return d->error(QStringLiteral("assets"), q);
    return QPair<qint64, qint64>(q.value(0).toLongLong(), q.value(1).toLongLong());
}

MirrorResult<QSet<QString>> MirrorStore::assetIdsByOwner(const QString &ownerId) const
{
    if (auto e = d->settleAssets()) // repeated ids folded first (bulk load)
        return e;
    QSqlQuery q(d->db);
    if (!runQuery(q, QStringLiteral("SELECT id FROM assets WHERE owner_id = ?"), {ownerId}))
        return d->error(QStringLiteral("assets"), q);
    QSet<QString> ids;
    while (q.next())
        ids.insert(q.value(0).toString());
    return ids;
}

MirrorResult<QSet<QString>> MirrorStore::allAssetIds() const
{
    if (auto e = d->settleAssets()) // repeated ids folded first (bulk load)
        return e;
    QSqlQuery q(d->db);
    if (!runQuery(q, QStringLiteral("SELECT id FROM assets"), {}))
        return d->error(QStringLiteral("assets"), q);
    QSet<QString> ids;
    while (q.next())
        ids.insert(q.value(0).toString());
    return ids;
}

MirrorResult<QList<AssetRow>> MirrorStore::fetchAssets(
    const AssetFilter &filter, const AssetSort &sort, const AssetPageRequest &page) const
{
    if (auto e = d->settleAssets()) // repeated ids folded first (bulk load)
        return e;
    const QString self = d->effectiveSelf();
    AssetFilterSql w = assetFilterSql(filter, self);
    const QString col = sortColumn(sort.key);
    const QString dir = sort.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    if (!page.after.isNull()) {
        w.terms << QStringLiteral("(%1, a.id) %2 (?, ?)")
                       .arg(col, sort.descending ? QStringLiteral("<") : QStringLiteral(">"));
        w.values << page.after.sortValue << page.after.id;
    }
    QString sql = QStringLiteral(
        "SELECT a.id, a.owner_id, a.original_file_name, a.type, a.visibility, a.thumbhash, "
        "a.checksum,"
        " a.duration, a.duration_ms, a.local_date_time, a.file_created_at, a.deleted_at, "
        "a.is_favorite,"
        " a.width, a.height, a.sources, a.stack_id, a.live_photo_video_id,"
        " EXISTS (SELECT 1 FROM album_assets l WHERE l.asset_id = a.id), a.unknown_fields"
        " FROM assets a WHERE %1 ORDER BY %2 %3, a.id %3 LIMIT ?")
                      .arg(w.sql(), col, dir);
    QVariantList values = w.values;
    values << qMax(0, page.limit);
    if (page.after.isNull() && page.offset > 0) {
        sql += QStringLiteral(" OFFSET ?");
        values << page.offset;
    }
    QSqlQuery q(d->db);
    if (!runQuery(q, sql, values))
        return d->error(QStringLiteral("asset query"), q);
    QList<AssetRow> rows;
    rows.reserve(qMax(0, page.limit));
    while (q.next()) {
        AssetRow r;
        r.id = q.value(0).toString();
        r.ownerId = q.value(1).toString();
        r.originalFileName = q.value(2).toString();
        r.type = text(q.value(3));
        r.visibility = text(q.value(4));
        r.thumbhash = text(q.value(5));
        r.checksum = text(q.value(6));
        r.duration = text(q.value(7));
        r.durationMs = optInt(q.value(8));
        if (!r.durationMs)
            r.durationMs = parseDuration(r.duration);
        r.localDateTime = q.value(9).toString();
        r.fileCreatedAt = text(q.value(10));
        r.deletedAt = text(q.value(11));
        r.isFavorite = q.value(12).toBool();
        r.width = optInt(q.value(13));
        r.height = optInt(q.value(14));
        r.sources = q.value(15).toInt();
        r.stackId = text(q.value(16));
        r.livePhotoVideoId = text(q.value(17));
        r.inAlbum = q.value(18).toBool();
        r.unknownFields = q.value(19).toInt();
        r.isOwn = self.isEmpty() ? (r.sources & AssetSourceOwn) != 0 : r.ownerId == self;
        r.isPartner = !r.isOwn && (r.sources & AssetSourcePartner) != 0;
        rows.append(r);
    }
    return rows;
}

MirrorResult<qint64> MirrorStore::countAssets(const AssetFilter &filter) const
{
    if (auto e = d->settleAssets()) // repeated ids folded first (bulk load)
        return e;
    const AssetFilterSql w = assetFilterSql(filter, d->effectiveSelf());
    return d->scalar(QStringLiteral("SELECT COUNT(*) FROM assets a WHERE %1").arg(w.sql()),
        QStringLiteral("asset count"), w.values);
}

MirrorResult<std::optional<AssetDetails>> MirrorStore::assetDetails(const QString &id) const
{
    if (auto e = d->settleAssets()) // repeated ids folded first (bulk load)
        return e;
    QSqlQuery q(d->db);
    if (!runQuery(q,
            QStringLiteral(
                "SELECT a.id, a.owner_id, a.original_file_name, a.thumbhash, a.checksum, "
                "a.file_created_at,"
                " a.file_modified_at, a.local_date_time, a.duration, a.duration_ms, a.type, "
                "a.deleted_at,"
                " a.is_favorite, a.visibility, a.live_photo_video_id, a.stack_id, a.library_id, "
                "a.width,"
                " a.height, a.is_edited, a.created_at, a.updated_at, a.is_offline, a.sources,"
                " e.asset_id, e.description, e.exif_image_width, e.exif_image_height, "
                "e.file_size_in_byte,"
                " e.iso, e.rating, e.orientation, e.time_zone, e.projection_type, e.city, e.state, "
                "e.country,"
                " e.make, e.model, e.lens_model, e.exposure_time, e.profile_description,"
                " e.date_time_original, e.modify_date, e.latitude, e.longitude, e.f_number,"
                " e.focal_length, e.fps, a.unknown_fields"
                " FROM assets a LEFT JOIN exif e ON e.asset_id = a.id WHERE a.id = ?"),
            {id}))
        return d->error(QStringLiteral("asset details"), q);
    if (!q.next())
        return std::optional<AssetDetails>();
    AssetDetails det;
    SyncAssetV1 &a = det.asset;
    a.id = q.value(0).toString();
    a.ownerId = q.value(1).toString();
    a.originalFileName = q.value(2).toString();
    a.thumbhash = text(q.value(3));
    a.checksum = text(q.value(4));
    a.fileCreatedAt = text(q.value(5));
    a.fileModifiedAt = text(q.value(6));
    a.localDateTime = q.value(7).toString();
    if (a.localDateTime.isEmpty())
        a.localDateTime = QString();
    a.duration = text(q.value(8));
    a.durationMs = optInt(q.value(9));
    a.type = text(q.value(10));
    a.deletedAt = text(q.value(11));
    a.isFavorite = q.value(12).toBool();
    a.visibility = text(q.value(13));
    a.livePhotoVideoId = text(q.value(14));
    a.stackId = text(q.value(15));
    a.libraryId = text(q.value(16));
    a.width = optInt(q.value(17));
    a.height = optInt(q.value(18));
    a.isEdited = q.value(19).toBool();
    a.createdAt = text(q.value(20));
    det.updatedAt = text(q.value(21));
    det.isOffline = q.value(22).toBool();
    det.sources = q.value(23).toInt();
    det.unknownFields = q.value(49).toInt();
    if (!q.value(24).isNull()) {
        SyncAssetExifV1 e;
        e.assetId = q.value(24).toString();
        e.description = text(q.value(25));
        e.exifImageWidth = optInt(q.value(26));
        e.exifImageHeight = optInt(q.value(27));
        e.fileSizeInByte = optInt(q.value(28));
        e.iso = optInt(q.value(29));
        e.rating = optInt(q.value(30));
        e.orientation = text(q.value(31));
        e.timeZone = text(q.value(32));
        e.projectionType = text(q.value(33));
        e.city = text(q.value(34));
        e.state = text(q.value(35));
        e.country = text(q.value(36));
        e.make = text(q.value(37));
        e.model = text(q.value(38));
        e.lensModel = text(q.value(39));
        e.exposureTime = text(q.value(40));
        e.profileDescription = text(q.value(41));
        e.dateTimeOriginal = text(q.value(42));
        e.modifyDate = text(q.value(43));
        e.latitude = optDouble(q.value(44));
        e.longitude = optDouble(q.value(45));
        e.fNumber = optDouble(q.value(46));
        e.focalLength = optDouble(q.value(47));
        e.fps = optDouble(q.value(48));
        det.exif = e;
    }
    QSqlQuery albums(d->db);
    if (!runQuery(albums,
            QStringLiteral(
                "SELECT album_id FROM album_assets WHERE asset_id = ? ORDER BY album_id"),
            {id}))
        return d->error(QStringLiteral("asset details"), albums);
    while (albums.next())
        det.albumIds << albums.value(0).toString();
    auto faces = d->scalar(
        QStringLiteral(
            "SELECT COUNT(*) FROM asset_faces WHERE asset_id = ? AND deleted_at IS NULL"),
        QStringLiteral("asset details"), {id});
    if (!faces)
        return faces.error;
    det.faceCount = int(faces.value);
    return std::optional<AssetDetails>(det);
}

MirrorResult<QStringList> MirrorStore::partnersSharingWith(const QString &userId) const
{
    QSqlQuery q(d->db);
    if (!runQuery(q,
            QStringLiteral(
                "SELECT shared_by_id FROM partners WHERE shared_with_id = ? ORDER BY shared_by_id"),
            {userId}))
        return d->error(QStringLiteral("partners"), q);
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

MirrorResult<QList<QPair<QString, QString>>> MirrorStore::albumNames(int limit) const
{
    QSqlQuery q(d->db);
    if (!runQuery(q,
            QStringLiteral("SELECT id, name FROM albums ORDER BY name COLLATE NOCASE, id LIMIT ?"),
            {limit}))
        return d->error(QStringLiteral("albums"), q);
    QList<QPair<QString, QString>> albums;
    while (q.next())
        albums.append({q.value(0).toString(), q.value(1).toString()});
    return albums;
}

MirrorResult<QList<MonthBucket>> MirrorStore::assetsPerMonth(const AssetFilter &filter) const
{
    if (auto e = d->settleAssets()) // repeated ids folded first (bulk load)
        return e;
    const QString self = d->effectiveSelf();
    const AssetFilterSql w = assetFilterSql(filter, self);
    QVariantList values;
    QString ownExpr;
    if (self.isEmpty()) {
        ownExpr = QStringLiteral("(a.sources & 1) <> 0");
    } else {
        ownExpr = QStringLiteral("a.owner_id = ?");
        values << self;
    }
    values << w.values;
    // The writer's summary (MirrorSchema::monthSummary()) answers at once when the filter only
    // asks what it keeps: owner, sources, type, visibility, trash. Seen through a subquery with
    // the assets' column names, the same filter SQL applies to it.
    const bool summarised = !filter.favorite && filter.albumId.isEmpty() && !filter.from.isValid()
        && !filter.to.isValid() && filter.fileNameContains.isEmpty();
    bool useSummary = false;
    if (summarised) {
        auto has = d->hasMonthSummary();
        if (!has)
            return has.error;
        useSummary = has.value;
    }
    // Otherwise every matching asset is counted, so one sequential pass over the table is the
    // cheapest plan: through idx_assets_visibility SQLite would fetch each row by rowid in date
    // order (random reads; 2.1 s instead of 0.75 s for 826,000 assets, far worse on a cold cache).
    const QString sql = useSummary
        ? QStringLiteral(
            "SELECT a.month,"
            " CASE WHEN %1 THEN 0 WHEN (a.sources & 2) <> 0 THEN 1 ELSE 2 END AS who,"
            " a.type, SUM(a.n) FROM (SELECT month, owner_id, sources, type,"
            " NULLIF(visibility, '') AS visibility, CASE WHEN trashed THEN 1 END AS deleted_at, n"
            " FROM asset_months WHERE n > 0) a"
            " WHERE %2 AND a.type IN ('IMAGE', 'VIDEO')"
            " GROUP BY a.month, who, a.type HAVING SUM(a.n) > 0 ORDER BY a.month")
              .arg(ownExpr, w.sql())
        : QStringLiteral("SELECT substr(a.local_date_time, 1, 7) AS month,"
                         " CASE WHEN %1 THEN 0 WHEN (a.sources & 2) <> 0 THEN 1 ELSE 2 END AS who,"
                         " a.type, COUNT(*) FROM assets a NOT INDEXED"
                         " WHERE %2 AND a.type IN ('IMAGE', 'VIDEO') AND a.local_date_time <> ''"
                         " GROUP BY month, who, a.type ORDER BY month")
              .arg(ownExpr, w.sql());
    QSqlQuery q(d->db);
    if (!runQuery(q, sql, values))
        return d->error(QStringLiteral("assets per month"), q);
    QList<MonthBucket> buckets;
    while (q.next()) {
        const QString month = q.value(0).toString();
        if (buckets.isEmpty() || buckets.constLast().month != month) {
            MonthBucket b;
            b.month = month;
            buckets.append(b);
        }
        MonthBucket &b = buckets.last();
        const int who = q.value(1).toInt();
        const bool video = q.value(2).toString() == QLatin1StringView("VIDEO");
        const qint64 n = q.value(3).toLongLong();
        qint64 &slot = who == 0 ? (video ? b.ownVideos : b.ownPhotos)
            : who == 1          ? (video ? b.partnerVideos : b.partnerPhotos)
                                : (video ? b.otherVideos : b.otherPhotos);
        slot += n;
    }
    return buckets;
}

} // namespace Tidemark
