// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssetPageLoader.h"

#include "AssetTableModel.h"
#include "mirror/AssetFilterSql.h"
#include "util/Logging.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Tidemark {

namespace {

constexpr std::size_t MaxQueuedPages = 48;
//! How far (in rows) from a loaded page a filtered page is still read without the snapshot.
constexpr qint64 NearAnchorRows = 8192;

QString l1(const char *text)
{
    return QString::fromLatin1(text);
}

// The size shown: the asset's own width and height, or, when the server has not filled them
// (older uploads, some formats), the ones from the exif record, which the details pane shows too.
QString shownWidth()
{
    return l1("(CASE WHEN a.width > 0 AND a.height > 0 THEN a.width ELSE e.exif_image_width END)");
}
QString shownHeight()
{
    return l1(
        "(CASE WHEN a.width > 0 AND a.height > 0 THEN a.height ELSE e.exif_image_height END)");
}

//! Whether a sort key needs the exif table joined.
bool keyReadsExif(const QString &key)
{
    return key.startsWith(l1("e.")) || key.contains(l1(" e.")) || key.contains(l1("(e."));
}

//! Sort keys that can be NULL need "OR key IS NULL" in descending keyset conditions (SQLite sorts
//! NULL first ascending, last descending).
bool sortKeyNullable(int column)
{
    switch (column) {
    case AssetTableModel::FileNameColumn:
    case AssetTableModel::DateColumn:
    case AssetTableModel::OwnerColumn:
    case AssetTableModel::FavoriteColumn:
        return false;
    default:
        return true;
    }
}

std::optional<qint64> optInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

//! "H:MM:SS.ffffff" → milliseconds.
std::optional<qint64> parseDuration(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 3)
        return std::nullopt;
    bool ok1 = false, ok2 = false, ok3 = false;
    const qint64 h = parts.at(0).toLongLong(&ok1);
    const qint64 m = parts.at(1).toLongLong(&ok2);
    const double s = parts.at(2).toDouble(&ok3);
    if (!ok1 || !ok2 || !ok3)
        return std::nullopt;
    return (h * 3600 + m * 60) * 1000 + qRound64(s * 1000.0);
}

} // namespace

AssetPageLoader::AssetPageLoader(
    QObject *receiver, PageCallback onPage, CountCallback onCount, ErrorCallback onError)
    : m_receiver(receiver)
    , m_onPage(std::move(onPage))
    , m_onCount(std::move(onCount))
    , m_onError(std::move(onError))
{
    m_connection = QStringLiteral("tidemark-assets-%1").arg(quintptr(this), 0, 16);
}

AssetPageLoader::~AssetPageLoader()
{
    stop();
    wait();
}

void AssetPageLoader::setup(quint64 generation, const AssetQuerySpec &spec)
{
    QMutexLocker lock(&m_mutex);
    m_generation = generation;
    m_version = 0;
    m_pendingSetup = std::make_pair(generation, spec);
    m_pendingCount.reset();
    m_pages.clear();
    m_wake.wakeOne();
}

void AssetPageLoader::requestPage(quint64 generation, quint64 version, int page)
{
    QMutexLocker lock(&m_mutex);
    if (generation != m_generation)
        return;
    m_pages.push_back({generation, version, page});
    if (m_pages.size() > MaxQueuedPages) {
        // The oldest requests are for rows the view has most likely scrolled past; tell the
        // model so it asks again if it still needs them.
        const PageRequest dropped = m_pages.front();
        m_pages.pop_front();
        post([cb = m_onPage, dropped] {
            cb(dropped.generation, dropped.version, dropped.page, {}, -1);
        });
    }
    m_wake.wakeOne();
}

void AssetPageLoader::requestCount(quint64 generation, quint64 version)
{
    QMutexLocker lock(&m_mutex);
    if (generation != m_generation)
        return;
    m_pendingCount = std::make_pair(generation, version);
    m_wake.wakeOne();
}

void AssetPageLoader::setVersion(quint64 generation, quint64 version)
{
    QMutexLocker lock(&m_mutex);
    if (generation == m_generation)
        m_version = version;
}

void AssetPageLoader::stop()
{
    QMutexLocker lock(&m_mutex);
    m_stop = true;
    m_wake.wakeAll();
}

void AssetPageLoader::post(std::function<void()> call)
{
    QMetaObject::invokeMethod(m_receiver, std::move(call), Qt::QueuedConnection);
}

void AssetPageLoader::run()
{
    for (;;) {
        std::optional<std::pair<quint64, AssetQuerySpec>> setupReq;
        std::optional<std::pair<quint64, quint64>> countReq;
        std::optional<PageRequest> pageReq;
        {
            QMutexLocker lock(&m_mutex);
            while (!m_stop && !m_pendingSetup && !m_pendingCount && m_pages.empty())
                m_wake.wait(&m_mutex);
            if (m_stop)
                break;
            if (m_pendingSetup) {
                setupReq = std::move(m_pendingSetup);
                m_pendingSetup.reset();
            } else if (m_pendingCount && (m_pages.empty() || m_countNext)) {
                countReq = m_pendingCount;
                m_pendingCount.reset();
                m_countNext = false;
            } else {
                pageReq = m_pages.back(); // newest first: what the view shows now
                m_pages.pop_back();
                m_countNext = true;
            }
            if (m_version != m_anchorVersion) {
                m_anchors.clear();
                m_anchorVersion = m_version;
                m_snapshotValid = false;
            }
        }

        if (setupReq) {
            const quint64 gen = setupReq->first;
            m_spec = setupReq->second;
            m_specGeneration = gen;
            m_anchors.clear();
            m_anchorVersion = 0;
            dropSnapshot();
            QString error;
            if (m_spec.mirrorPath != m_openPath) {
                close();
                if (!m_spec.mirrorPath.isEmpty() && !open(m_spec.mirrorPath, &error)) {
                    post([cb = m_onError, gen, error] { cb(gen, error); });
                    continue;
                }
            }
            if (m_spec.selfUserId.isEmpty() && !m_openPath.isEmpty())
                m_spec.selfUserId = resolveSelfId();
            m_binds.clear();
            m_where = whereClause(m_spec, m_binds);
            continue;
        }
        if (m_openPath.isEmpty())
            continue;
        if (countReq) {
            if (countReq->first != m_specGeneration)
                continue;
            QString error;
            const qint64 n = count(&error);
            if (n < 0)
                post([cb = m_onError, gen = countReq->first, error] { cb(gen, error); });
            else
                post([cb = m_onCount, gen = countReq->first, ver = countReq->second, n] {
                    cb(gen, ver, n);
                });
            continue;
        }
        if (pageReq) {
            if (pageReq->generation != m_specGeneration)
                continue;
            QElapsedTimer timer;
            timer.start();
            QString error;
            QList<AssetTableRow> rows = loadPage(pageReq->page, &error);
            if (!error.isEmpty()) {
                post([cb = m_onError, gen = pageReq->generation, error] { cb(gen, error); });
                // Release the pending flag so the page can be asked for again later.
                post(
                    [cb = m_onPage, r = *pageReq] { cb(r.generation, r.version, r.page, {}, -1); });
                continue;
            }
            const qint64 ms = timer.elapsed();
            qCDebug(lcModels) << "assets page" << pageReq->page << "rows" << rows.size() << ms
                              << "ms";
            post([cb = m_onPage, r = *pageReq, rows = std::move(rows), ms]() mutable {
                cb(r.generation, r.version, r.page, std::move(rows), ms);
            });
        }
    }
    close();
}

bool AssetPageLoader::open(const QString &path, QString *error)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            *error = QStringLiteral("Cannot open the mirror %1 for reading: %2")
                         .arg(path, db.lastError().text());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connection);
            return false;
        }
        QSqlQuery q(db);
        q.exec(l1("PRAGMA cache_size=-32768"));
        q.exec(l1("PRAGMA mmap_size=268435456"));
        q.exec(l1("PRAGMA temp_store=MEMORY"));
    }
    m_openPath = path;
    return true;
}

void AssetPageLoader::close()
{
    dropSnapshot();
    if (m_openPath.isEmpty() && !QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_openPath.clear();
}

QString AssetPageLoader::resolveSelfId()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(l1("SELECT id FROM auth_user LIMIT 1")) && q.next())
        return q.value(0).toString();
    return {};
}

QString AssetPageLoader::sortExpression(int column)
{
    switch (column) {
    case AssetTableModel::FileNameColumn:
        return l1("a.original_file_name");
    case AssetTableModel::TypeColumn:
        return l1("a.type");
    case AssetTableModel::OwnerColumn:
        return l1("a.owner_id");
    case AssetTableModel::SizeColumn:
        return l1("e.file_size_in_byte");
    case AssetTableModel::DimensionsColumn:
        return l1("(%1 * %2)").arg(shownWidth(), shownHeight());
    case AssetTableModel::FavoriteColumn:
        return l1("a.is_favorite");
    case AssetTableModel::VisibilityColumn:
        return l1("a.visibility");
    case AssetTableModel::TrashedColumn:
        return l1("a.deleted_at");
    case AssetTableModel::DateColumn:
    case AssetTableModel::AlbumsColumn: // a per-row subquery over a million rows: sort by date
    default:
        return l1("a.local_date_time");
    }
}

QString AssetPageLoader::whereClause(const AssetQuerySpec &spec, QVariantList &binds)
{
    const AssetFilterSql sql = assetFilterSql(spec.filter, spec.selfUserId);
    binds << sql.values;
    return sql.conditions();
}

qint64 AssetPageLoader::count(QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    QString sql = l1("SELECT COUNT(*) FROM assets a");
    if (!m_where.isEmpty())
        sql += l1(" WHERE ") + m_where;
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return -1;
    }
    for (const QVariant &b : std::as_const(m_binds))
        q.addBindValue(b);
    if (!q.exec() || !q.next()) {
        *error = QStringLiteral("Counting assets in %1: %2").arg(m_openPath, q.lastError().text());
        return -1;
    }
    return q.value(0).toLongLong();
}

bool AssetPageLoader::indexedSort() const
{
    return m_spec.sortColumn == AssetTableModel::DateColumn
        || m_spec.sortColumn == AssetTableModel::FileNameColumn
        || m_spec.sortColumn == AssetTableModel::AlbumsColumn; // sorted by date
}

bool AssetPageLoader::useSnapshot() const
{
    return !indexedSort() || !m_where.isEmpty();
}

void AssetPageLoader::dropSnapshot()
{
    m_snapshotValid = false;
    if (!m_snapshotExists || !QSqlDatabase::contains(m_connection))
        return;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.exec(l1("DROP TABLE IF EXISTS temp.asset_order"));
    m_snapshotExists = false;
}

bool AssetPageLoader::ensureSnapshot(QString *error)
{
    if (m_snapshotValid)
        return true;
    QElapsedTimer timer;
    timer.start();
    dropSnapshot();
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    // rowids, not text ids: a million integers insert and join much faster.
    if (!q.exec(
            l1("CREATE TEMP TABLE asset_order (pos INTEGER PRIMARY KEY, rid INTEGER NOT NULL)"))) {
        *error = QStringLiteral("Ordering assets of %1: %2").arg(m_openPath, q.lastError().text());
        return false;
    }
    m_snapshotExists = true;
    const QString key = sortExpression(m_spec.sortColumn);
    const QString dir = m_spec.descending ? l1("DESC") : l1("ASC");
    QString sql = l1("INSERT INTO temp.asset_order(rid) SELECT a.rowid FROM assets a");
    if (keyReadsExif(key))
        sql += l1(" LEFT JOIN exif e ON e.asset_id = a.id");
    if (!m_where.isEmpty())
        sql += l1(" WHERE ") + m_where;
    sql += l1(" ORDER BY %1 %2, a.id %2").arg(key, dir);
    q.prepare(sql);
    for (const QVariant &b : std::as_const(m_binds))
        q.addBindValue(b);
    if (!q.exec()) {
        *error = QStringLiteral("Ordering assets of %1: %2").arg(m_openPath, q.lastError().text());
        return false;
    }
    m_snapshotValid = true;
    qCDebug(lcModels) << "asset order snapshot:" << q.numRowsAffected() << "rows in"
                      << timer.elapsed() << "ms";
    return true;
}

QList<AssetTableRow> AssetPageLoader::readRows(QSqlQuery &q, QList<qint64> *rowids)
{
    QList<AssetTableRow> rows;
    rows.reserve(m_spec.pageSize);
    const QString &self = m_spec.selfUserId;
    while (q.next()) {
        AssetTableRow r;
        r.id = q.value(0).toString();
        r.ownerId = q.value(1).toString();
        r.fileName = q.value(2).toString();
        r.thumbhash = q.value(3).toString();
        r.checksum = q.value(4).toString();
        r.type = q.value(5).toString();
        r.localDateTime = q.value(6).toString();
        r.fileCreatedAt = q.value(7).toString();
        r.deletedAt = q.value(8).toString();
        r.isFavorite = q.value(9).toInt() != 0;
        r.visibility = q.value(10).toString();
        r.width = optInt(q.value(11));
        r.height = optInt(q.value(12));
        r.durationMs = optInt(q.value(13));
        if (!r.durationMs)
            r.durationMs = parseDuration(q.value(14).toString());
        const int sources = q.value(15).toInt();
        r.fileSize = optInt(q.value(16));
        r.ownerName = q.value(17).toString();
        r.albumCount = q.value(18).toInt();
        r.sortValue = q.value(19);
        r.isOwn = self.isEmpty() ? (sources & AssetSourceOwn) != 0 : r.ownerId == self;
        r.isPartner = !r.isOwn;
        if (rowids)
            rowids->append(q.value(20).toLongLong());
        rows.append(std::move(r));
    }
    return rows;
}

QList<AssetTableRow> AssetPageLoader::loadPage(int page, QString *error)
{
    const int ps = m_spec.pageSize;
    const QString key = sortExpression(m_spec.sortColumn);
    const bool keyFromExif = keyReadsExif(key);
    const QString dir = m_spec.descending ? l1("DESC") : l1("ASC");
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto fail = [&](const QSqlQuery &q) {
        *error = QStringLiteral("Reading assets from %1: %2").arg(m_openPath, q.lastError().text());
        return QList<AssetTableRow>();
    };

    // Step 1: the rowids of the page, by a lean query that touches only the sort index (or the
    // snapshot). Skipped rows never go through the joins and the album-count subquery.
    QList<qint64> rids;
    rids.reserve(ps);
    QVariant lastKey;
    QString lastId;
    // Nearest anchor before the page (a page whose last row we know).
    int anchorPage = -1;
    for (auto it = m_anchors.cbegin(); it != m_anchors.cend(); ++it)
        if (it.key() < page && it.key() > anchorPage && !it.value().key.isNull())
            anchorPage = it.key();
    // Without a snapshot yet, pages close to a known one (the first screens, sequential
    // scrolling) are read directly; a far jump pays for the snapshot once.
    // (Only with an index to walk: an unindexed sort would sort everything for every page.)
    const bool nearAnchor = indexedSort() && qint64(page - anchorPage - 1) * ps <= NearAnchorRows;
    if (page > 0 && useSnapshot() && (m_snapshotValid || !nearAnchor)) {
        if (!ensureSnapshot(error))
            return {};
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(l1("SELECT rid FROM temp.asset_order WHERE pos > %1 AND pos <= %2 ORDER BY pos")
                        .arg(qint64(page) * ps)
                        .arg(qint64(page + 1) * ps)))
            return fail(q);
        while (q.next())
            rids.append(q.value(0).toLongLong());
    } else {
        QStringList conds;
        QVariantList binds = m_binds;
        if (!m_where.isEmpty())
            conds << l1("(") + m_where + l1(")");
        if (anchorPage >= 0) {
            const Anchor &a = m_anchors[anchorPage];
            QString keyset
                = l1("(%1, a.id) %2 (?, ?)").arg(key, m_spec.descending ? l1("<") : l1(">"));
            if (m_spec.descending && sortKeyNullable(m_spec.sortColumn))
                keyset = l1("(") + keyset + l1(" OR ") + key + l1(" IS NULL)");
            conds << keyset;
            binds << a.key << a.id;
        }
        const qint64 offset = qint64(page - anchorPage - 1) * ps;
        QString sql = l1("SELECT a.rowid, %1, a.id FROM assets a").arg(key);
        if (keyFromExif)
            sql += l1(" LEFT JOIN exif e ON e.asset_id = a.id");
        if (!conds.isEmpty())
            sql += l1(" WHERE ") + conds.join(l1(" AND "));
        sql += l1(" ORDER BY %1 %2, a.id %2 LIMIT %3 OFFSET %4").arg(key, dir).arg(ps).arg(offset);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return fail(q);
        for (const QVariant &b : std::as_const(binds))
            q.addBindValue(b);
        if (!q.exec())
            return fail(q);
        while (q.next()) {
            rids.append(q.value(0).toLongLong());
            lastKey = q.value(1);
            lastId = q.value(2).toString();
        }
        if (rids.size() == ps)
            m_anchors.insert(page, {lastKey, lastId});
    }
    if (rids.isEmpty())
        return {};

    // Step 2: the shown columns of those rows only.
    QStringList list;
    list.reserve(rids.size());
    for (qint64 rid : std::as_const(rids))
        list << QString::number(rid);
    const QString sql
        = l1("SELECT a.id, a.owner_id, a.original_file_name, a.thumbhash, a.checksum, a.type,"
             " a.local_date_time, a.file_created_at, a.deleted_at, a.is_favorite, a.visibility,"
             " %3, %4, a.duration_ms, a.duration, a.sources, e.file_size_in_byte, u.name,"
             " (SELECT COUNT(*) FROM album_assets x WHERE x.asset_id = a.id), %1, a.rowid"
             " FROM assets a LEFT JOIN exif e ON e.asset_id = a.id LEFT JOIN users u ON u.id = "
             "a.owner_id"
             " WHERE a.rowid IN (%2)")
              .arg(key, list.join(QLatin1Char(',')), shownWidth(), shownHeight());
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return fail(q);
    QList<qint64> gotRids;
    QList<AssetTableRow> unordered = readRows(q, &gotRids);
    QHash<qint64, qsizetype> at;
    at.reserve(gotRids.size());
    for (qsizetype i = 0; i < gotRids.size(); ++i)
        at.insert(gotRids.at(i), i);
    QList<AssetTableRow> rows;
    rows.reserve(rids.size());
    for (qint64 rid : std::as_const(rids)) {
        auto it = at.constFind(rid);
        if (it != at.cend()) // gone since step 1 (a concurrent delete): the page comes out short
            rows.append(std::move(unordered[*it]));
    }
    return rows;
}

} // namespace Tidemark
