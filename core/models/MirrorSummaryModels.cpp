#include "MirrorSummaryModels.h"

#include "AssetPageLoader.h"
#include "mirror/MirrorSchema.h"
#include "util/Logging.h"

#include <QAtomicInteger>
#include <QDate>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace Tidemark {

namespace {

QAtomicInteger<quint64> g_connectionCounter;

//! Runs `body` on a fresh read-only connection to `path` (any thread) and closes it.
template <typename T, typename Body>
MirrorResult<T> withReader(const QString &path, Body body)
{
    const QString name = QStringLiteral("tidemark-summary-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    MirrorResult<T> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            result = ApiError::make(ApiError::Kind::Storage, QStringLiteral("mirror: summary"),
                                    QStringLiteral("%1: %2").arg(path, db.lastError().text()));
        } else {
            QString error;
            T value = body(db, &error);
            if (error.isEmpty())
                result = MirrorResult<T>(std::move(value));
            else
                result = ApiError::make(ApiError::Kind::Storage, QStringLiteral("mirror: summary"),
                                        QStringLiteral("%1: %2").arg(path, error));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

bool sameBucket(const MonthBucket &a, const MonthBucket &b)
{
    return a.month == b.month && a.ownPhotos == b.ownPhotos && a.ownVideos == b.ownVideos
        && a.partnerPhotos == b.partnerPhotos && a.partnerVideos == b.partnerVideos
        && a.otherPhotos == b.otherPhotos && a.otherVideos == b.otherVideos;
}

} // namespace

// ---- EntityCountsModel ------------------------------------------------------------------------

EntityCountsModel::EntityCountsModel(QObject *parent) : QAbstractTableModel(parent) {}

EntityCountsModel::~EntityCountsModel()
{
    if (m_watcher)
        m_watcher->waitForFinished();
}

void EntityCountsModel::setMirrorPath(const QString &path)
{
    beginResetModel();
    m_path = path;
    m_rows.clear();
    ++m_generation;
    endResetModel();
    refresh();
}

QString EntityCountsModel::mirrorPath() const { return m_path; }

void EntityCountsModel::setServerCounts(const QHash<QString, qint64> &counts)
{
    m_server = counts;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ServerCountColumn), index(int(m_rows.size()) - 1, DifferenceColumn));
}

qint64 EntityCountsModel::localCount(const QString &table) const
{
    for (const Row &r : m_rows)
        if (r.table == table)
            return r.local;
    return -1;
}

void EntityCountsModel::refresh()
{
    if (m_path.isEmpty())
        return;
    if (m_watcher) {
        m_again = true;
        return;
    }
    const QString path = m_path;
    const quint64 gen = m_generation;
    auto *watcher = new QFutureWatcher<MirrorResult<MirrorTableCounts>>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, gen] {
        const MirrorResult<MirrorTableCounts> result = watcher->result();
        watcher->deleteLater();
        m_watcher = nullptr;
        if (gen == m_generation) {
            if (result.ok()) {
                apply(result.value);
            } else {
                qCWarning(lcModels) << result.error.technicalDetails();
                Q_EMIT loadFailed(result.error.userMessage());
            }
        }
        if (std::exchange(m_again, false) || gen != m_generation)
            refresh();
    });
    watcher->setFuture(QtConcurrent::run([path] {
        return withReader<MirrorTableCounts>(path, [](QSqlDatabase &db, QString *error) {
            MirrorTableCounts counts;
            QSqlQuery q(db);
            for (const QString &table : MirrorSchema::serverTables()) {
                if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next()) {
                    *error = q.lastError().text();
                    return counts;
                }
                counts.insert(table, q.value(0).toLongLong());
            }
            return counts;
        });
    }));
}

void EntityCountsModel::onMirrorChanged(const QStringList &tables)
{
    if (!tables.isEmpty())
        refresh();
}

void EntityCountsModel::apply(const MirrorTableCounts &counts)
{
    // The set of tables is fixed by the schema: after the first read only values change.
    if (m_rows.isEmpty() && !counts.isEmpty()) {
        beginInsertRows({}, 0, int(counts.size()) - 1);
        for (const QString &table : MirrorSchema::serverTables())
            if (counts.contains(table))
                m_rows.append({table, counts.value(table)});
        endInsertRows();
    } else {
        for (int i = 0; i < m_rows.size(); ++i) {
            const qint64 n = counts.value(m_rows.at(i).table, m_rows.at(i).local);
            if (n != m_rows.at(i).local) {
                m_rows[i].local = n;
                Q_EMIT dataChanged(index(i, LocalCountColumn), index(i, DifferenceColumn));
            }
        }
    }
    Q_EMIT refreshed();
}

int EntityCountsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int EntityCountsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant EntityCountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const auto server = m_server.constFind(r.table);
    const bool hasServer = server != m_server.cend();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TableColumn: return r.table;
        case LocalCountColumn: return r.local;
        case ServerCountColumn: return hasServer ? QVariant(*server) : QVariant(QString());
        case DifferenceColumn: return hasServer ? QVariant(r.local - *server) : QVariant(QString());
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == TableColumn ? QVariant() : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case TableRole: return r.table;
    case LocalCountRole: return r.local;
    case ServerCountRole: return hasServer ? QVariant(*server) : QVariant();
    case DifferenceRole: return hasServer ? QVariant(r.local - *server) : QVariant();
    }
    return {};
}

QVariant EntityCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TableColumn: return tr("Table");
    case LocalCountColumn: return tr("Mirror");
    case ServerCountColumn: return tr("Server");
    case DifferenceColumn: return tr("Difference");
    }
    return {};
}

QHash<int, QByteArray> EntityCountsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(TableRole, "table");
    names.insert(LocalCountRole, "localCount");
    names.insert(ServerCountRole, "serverCount");
    names.insert(DifferenceRole, "difference");
    return names;
}

// ---- MonthlyAssetsModel -----------------------------------------------------------------------

MonthlyAssetsModel::MonthlyAssetsModel(QObject *parent) : QAbstractTableModel(parent) {}

MonthlyAssetsModel::~MonthlyAssetsModel()
{
    if (m_watcher)
        m_watcher->waitForFinished();
}

void MonthlyAssetsModel::setMirrorPath(const QString &path)
{
    beginResetModel();
    m_path = path;
    m_rows.clear();
    ++m_generation;
    endResetModel();
    refresh();
}

QString MonthlyAssetsModel::mirrorPath() const { return m_path; }

void MonthlyAssetsModel::setSelfUserId(const QString &userId)
{
    if (userId == m_selfId)
        return;
    m_selfId = userId;
    refresh();
}

void MonthlyAssetsModel::setFilter(const AssetFilter &filter)
{
    m_filter = filter;
    refresh();
}

MonthBucket MonthlyAssetsModel::bucketAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : MonthBucket{};
}

void MonthlyAssetsModel::refresh()
{
    if (m_path.isEmpty())
        return;
    if (m_watcher) {
        m_again = true;
        return;
    }
    AssetQuerySpec spec;
    spec.mirrorPath = m_path;
    spec.selfUserId = m_selfId;
    spec.filter = m_filter;
    const quint64 gen = m_generation;
    auto *watcher = new QFutureWatcher<MirrorResult<QList<MonthBucket>>>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, gen] {
        const MirrorResult<QList<MonthBucket>> result = watcher->result();
        watcher->deleteLater();
        m_watcher = nullptr;
        if (gen == m_generation) {
            if (result.ok()) {
                apply(result.value);
            } else {
                qCWarning(lcModels) << result.error.technicalDetails();
                Q_EMIT loadFailed(result.error.userMessage());
            }
        }
        if (std::exchange(m_again, false) || gen != m_generation)
            refresh();
    });
    watcher->setFuture(QtConcurrent::run([spec]() mutable {
        return withReader<QList<MonthBucket>>(spec.mirrorPath, [&spec](QSqlDatabase &db, QString *error) {
            QList<MonthBucket> out;
            QSqlQuery q(db);
            if (spec.selfUserId.isEmpty() && q.exec(QStringLiteral("SELECT id FROM auth_user LIMIT 1")) && q.next())
                spec.selfUserId = q.value(0).toString();
            QVariantList binds;
            const QString where = AssetPageLoader::whereClause(spec, binds);
            const QString own = spec.selfUserId.isEmpty() ? QStringLiteral("((a.sources & 1) != 0)")
                                                          : QStringLiteral("(a.owner_id = ?)");
            const QString partner = QStringLiteral("(NOT %1 AND (a.sources & 2) != 0)").arg(own);
            const QString other = QStringLiteral("(NOT %1 AND (a.sources & 2) = 0)").arg(own);
            const QString img = QStringLiteral("a.type = 'IMAGE'"), vid = QStringLiteral("a.type = 'VIDEO'");
            QString sql = QStringLiteral(
                              "SELECT substr(a.local_date_time, 1, 7) AS m,"
                              " SUM(%1 AND %4), SUM(%1 AND %5), SUM(%2 AND %4), SUM(%2 AND %5),"
                              " SUM(%3 AND %4), SUM(%3 AND %5) FROM assets a")
                              .arg(own, partner, other, img, vid);
            if (!where.isEmpty())
                sql += QStringLiteral(" WHERE ") + where;
            sql += QStringLiteral(" GROUP BY m ORDER BY m DESC");
            q.setForwardOnly(true);
            if (!q.prepare(sql)) {
                *error = q.lastError().text();
                return out;
            }
            // own appears 6 times in the select list (directly, and inside partner/other).
            if (!spec.selfUserId.isEmpty())
                for (int k = 0; k < 6; ++k)
                    q.addBindValue(spec.selfUserId);
            for (const QVariant &b : std::as_const(binds))
                q.addBindValue(b);
            if (!q.exec()) {
                *error = q.lastError().text();
                return out;
            }
            while (q.next()) {
                MonthBucket b;
                b.month = q.value(0).toString();
                b.ownPhotos = q.value(1).toLongLong();
                b.ownVideos = q.value(2).toLongLong();
                b.partnerPhotos = q.value(3).toLongLong();
                b.partnerVideos = q.value(4).toLongLong();
                b.otherPhotos = q.value(5).toLongLong();
                b.otherVideos = q.value(6).toLongLong();
                out.append(b);
            }
            return out;
        });
    }));
}

void MonthlyAssetsModel::onMirrorChanged(const QStringList &tables)
{
    for (const QString &t : tables)
        if (t == QLatin1StringView("assets") || t == QLatin1StringView("auth_user")
            || t == QLatin1StringView("album_assets") || t == QLatin1StringView("*")
            || t == QLatin1StringView("reset")) {
            refresh();
            return;
        }
}

void MonthlyAssetsModel::apply(const QList<MonthBucket> &next)
{
    // Both sorted by month descending: merge with grouped inserts / removes.
    int i = 0, j = 0;
    while (i < m_rows.size() || j < next.size()) {
        if (j >= next.size() || (i < m_rows.size() && m_rows.at(i).month > next.at(j).month)) {
            int end = i;
            while (end + 1 < m_rows.size() && (j >= next.size() || m_rows.at(end + 1).month > next.at(j).month))
                ++end;
            beginRemoveRows({}, i, end);
            m_rows.remove(i, end - i + 1);
            endRemoveRows();
        } else if (i >= m_rows.size() || next.at(j).month > m_rows.at(i).month) {
            int endJ = j;
            while (endJ + 1 < next.size() && (i >= m_rows.size() || next.at(endJ + 1).month > m_rows.at(i).month))
                ++endJ;
            const int n = endJ - j + 1;
            beginInsertRows({}, i, i + n - 1);
            for (int k = 0; k < n; ++k)
                m_rows.insert(i + k, next.at(j + k));
            endInsertRows();
            i += n;
            j += n;
        } else {
            if (!sameBucket(m_rows.at(i), next.at(j))) {
                m_rows[i] = next.at(j);
                Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
            ++i;
            ++j;
        }
    }
    Q_EMIT refreshed();
}

int MonthlyAssetsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int MonthlyAssetsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant MonthlyAssetsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MonthBucket &b = m_rows.at(index.row());
    const qint64 values[] = {0, b.ownPhotos, b.ownVideos, b.partnerPhotos, b.partnerVideos,
                             b.otherPhotos, b.otherVideos, b.total()};
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == MonthColumn)
            return b.month.isEmpty() ? tr("no date") : b.month;
        return values[index.column()];
    case Qt::TextAlignmentRole:
        return index.column() == MonthColumn ? QVariant() : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case MonthRole: return b.month;
    case MonthDateRole: return QDate::fromString(b.month + QStringLiteral("-01"), Qt::ISODate);
    case OwnPhotosRole: return b.ownPhotos;
    case OwnVideosRole: return b.ownVideos;
    case PartnerPhotosRole: return b.partnerPhotos;
    case PartnerVideosRole: return b.partnerVideos;
    case OtherPhotosRole: return b.otherPhotos;
    case OtherVideosRole: return b.otherVideos;
    case TotalRole: return b.total();
    case BucketRole: return QVariant::fromValue(b);
    }
    return {};
}

QVariant MonthlyAssetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MonthColumn: return tr("Month");
    case OwnPhotosColumn: return tr("My photos");
    case OwnVideosColumn: return tr("My videos");
    case PartnerPhotosColumn: return tr("Partner photos");
    case PartnerVideosColumn: return tr("Partner videos");
    case OtherPhotosColumn: return tr("Other photos");
    case OtherVideosColumn: return tr("Other videos");
    case TotalColumn: return tr("Total");
    }
    return {};
}

QHash<int, QByteArray> MonthlyAssetsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(MonthRole, "month");
    names.insert(MonthDateRole, "monthDate");
    names.insert(OwnPhotosRole, "ownPhotos");
    names.insert(OwnVideosRole, "ownVideos");
    names.insert(PartnerPhotosRole, "partnerPhotos");
    names.insert(PartnerVideosRole, "partnerVideos");
    names.insert(OtherPhotosRole, "otherPhotos");
    names.insert(OtherVideosRole, "otherVideos");
    names.insert(TotalRole, "total");
    names.insert(BucketRole, "bucket");
    return names;
}

} // namespace Tidemark
