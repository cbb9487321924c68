// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssetTableModel.h"

#include "AssetPageLoader.h"
#include "protocol/SyncPayloads.h"
#include "util/Logging.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <QTimer>

namespace Tidemark {

namespace {

struct Page
{
    QList<AssetTableRow> rows;
    quint64 version = 0; //!< data version the rows were read at
    quint64 lastUse = 0;
};

QString dateText(const QString &iso)
{
    // "2026-04-18T14:03:11.000Z" -> "2026-04-18 14:03:11" (a wall-clock time: shown as stored).
    if (iso.size() < 19)
        return iso;
    QString out = iso.left(19);
    out[10] = QLatin1Char(' ');
    return out;
}

QString durationText(qint64 ms)
{
    const qint64 s = ms / 1000;
    return s >= 3600 ? QStringLiteral("%1:%2:%3")
                           .arg(s / 3600)
                           .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
                           .arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

bool sameFilter(const AssetFilter &a, const AssetFilter &b)
{
    return a.owner == b.owner && a.types == b.types && a.favorite == b.favorite
        && a.archived == b.archived && a.trashed == b.trashed && a.hidden == b.hidden
        && a.locked == b.locked && a.albumId == b.albumId && a.ownerId == b.ownerId
        && a.from == b.from && a.to == b.to && a.fileNameContains == b.fileNameContains;
}

} // namespace

class AssetTableModel::Private
{
public:
    std::unique_ptr<AssetPageLoader> loader;
    QString path;
    QString selfId;
    AssetFilter filter;
    int sortColumn = DateColumn;
    Qt::SortOrder sortOrder = Qt::DescendingOrder;
    int pageSize = 256;
    int maxPages = 64;

    quint64 generation = 0;
    quint64 version = 0; //!< bumped by refresh(): cached pages of older versions are stale
    int rows = 0; //!< rows exposed to views
    qint64 total = -1; //!< last COUNT of this generation (-1 = not counted yet)
    bool firstRowsSent = false;
    QElapsedTimer setupTimer;

    QTimer refreshTimer; //!< coalesces mirrorChanged bursts during a sync
    QTimer growTimer; //!< the next step of rows after the count (fetchMore)
    bool growing = false; //!< inside a step's beginInsertRows/endInsertRows

    //! The rows the count asks for (int-capped); rows until the count is in.
    int targetRows() const
    {
        return total < 0 ? rows : int(qMin<qint64>(total, std::numeric_limits<int>::max()));
    }

    mutable QHash<int, Page> cache;
    mutable QSet<int> pending;
    mutable quint64 useTick = 0;

    const AssetTableRow *row(int r) const
    {
        auto it = cache.find(r / pageSize);
        if (it == cache.end())
            return nullptr;
        const int i = r % pageSize;
        return i < it->rows.size() ? &it->rows.at(i) : nullptr;
    }
    void request(int page) const
    {
        if (pending.contains(page) || path.isEmpty())
            return;
        pending.insert(page);
        loader->requestPage(generation, version, page);
    }
    void evict()
    {
        while (cache.size() > maxPages) {
            auto oldest = cache.begin();
            for (auto it = cache.begin(); it != cache.end(); ++it)
                if (it->lastUse < oldest->lastUse)
                    oldest = it;
            cache.erase(oldest);
        }
    }
};

AssetTableModel::AssetTableModel(QObject *parent)
    : QAbstractTableModel(parent), d(std::make_unique<Private>())
{
    d->setupTimer.start();
    d->refreshTimer.setSingleShot(true);
    d->refreshTimer.setInterval(250);
    connect(&d->refreshTimer, &QTimer::timeout, this, &AssetTableModel::refresh);
    d->refreshTimer.setObjectName(QStringLiteral("assetRefresh")); // named in gui_bench's report
    d->growTimer.setObjectName(QStringLiteral("assetRowSteps"));
    d->growTimer.setSingleShot(true);
    d->growTimer.setInterval(0);
    connect(&d->growTimer, &QTimer::timeout, this, [this] { fetchMore({}); });
    d->loader = std::make_unique<AssetPageLoader>(
        this,
        [this](quint64 gen, quint64 ver, int page, QList<AssetTableRow> rows, qint64 ms) {
            handlePage(gen, ver, page, std::move(rows), ms);
        },
        [this](quint64 gen, quint64 ver, qint64 n) { handleCount(gen, ver, n); },
        [this](quint64 gen, const QString &message) {
            if (gen != d->generation)
                return;
            qCWarning(lcModels) << message;
            Q_EMIT loadFailed(message);
        });
    d->loader->start();
}

AssetTableModel::~AssetTableModel()
{
    d->loader->stop();
    d->loader->wait();
}

void AssetTableModel::setup()
{
    ++d->generation;
    d->version = 0;
    d->growTimer.stop();
    beginResetModel();
    d->cache.clear();
    d->pending.clear();
    d->rows = 0;
    d->total = -1;
    endResetModel();
    d->firstRowsSent = false;
    d->setupTimer.restart();

    AssetQuerySpec spec;
    spec.mirrorPath = d->path;
    spec.selfUserId = d->selfId;
    spec.filter = d->filter;
    spec.sortColumn = d->sortColumn;
    spec.descending = d->sortOrder == Qt::DescendingOrder;
    spec.pageSize = d->pageSize;
    d->loader->setup(d->generation, spec);
    if (d->path.isEmpty())
        return;
    d->request(0); // first rows before the count: they show as soon as they are read
    d->loader->requestCount(d->generation, d->version);
}

void AssetTableModel::handlePage(
    quint64 gen, quint64 ver, int page, QList<AssetTableRow> rows, qint64 ms)
{
    if (gen != d->generation)
        return;
    d->pending.remove(page);
    if (ms < 0)
        return; // dropped from the queue or failed: asked again when still needed
    const int ps = d->pageSize;
    const int first = page * ps;
    const int got = int(rows.size());
    d->cache.insert(page, Page {std::move(rows), ver, ++d->useTick});
    d->evict();

    if (page == 0 && d->total < 0 && d->rows == 0 && got > 0) {
        // The count is not in yet: show the first rows now, the count inserts the rest.
        beginInsertRows({}, 0, got - 1);
        d->rows = got;
        endInsertRows();
    } else if (first < d->rows) {
        Q_EMIT dataChanged(index(first, 0), index(qMin(first + ps, d->rows) - 1, ColumnCount - 1));
    }
    if (page == 0 && !d->firstRowsSent) {
        d->firstRowsSent = true;
        qCDebug(lcModels) << "first rows after" << d->setupTimer.elapsed() << "ms (page read in"
                          << ms << "ms)";
        Q_EMIT firstRowsReady(d->setupTimer.elapsed());
    }
    Q_EMIT pageLoaded(page);
    // A short page in the middle of the rows: the mirror shrank under us.
    if (got < ps && first + got < d->rows && d->total >= 0 && ver == d->version)
        refresh();
}

void AssetTableModel::handleCount(quint64 gen, quint64 ver, qint64 n)
{
    if (gen != d->generation)
        return;
    const bool changed = n != d->total;
    d->total = n;
    const int target = int(qMin<qint64>(n, std::numeric_limits<int>::max()));
    if (target == 0 && d->rows > 0) {
        // Wiped (or everything filtered away after a change): nothing to keep stable.
        beginResetModel();
        d->rows = 0;
        d->cache.clear();
        endResetModel();
    } else if (target > d->rows) {
        fetchMore({}); // the first step now, the rest from the event loop
    } else if (target < d->rows) {
        beginRemoveRows({}, target, d->rows - 1);
        d->rows = target;
        endRemoveRows();
        const int lastPage = target > 0 ? (target - 1) / d->pageSize : -1;
        for (auto it = d->cache.begin(); it != d->cache.end();)
            it = it.key() > lastPage ? d->cache.erase(it) : std::next(it);
    }
    if (ver > 0) {
        // After a refresh: cached pages are stale; tell views so they ask again (data() then
        // serves the stale rows while the fresh ones are read).
        for (auto it = d->cache.cbegin(); it != d->cache.cend(); ++it) {
            const int first = it.key() * d->pageSize;
            if (first < d->rows && it->version < d->version)
                Q_EMIT dataChanged(index(first, 0),
                    index(qMin(first + d->pageSize, d->rows) - 1, ColumnCount - 1));
        }
    }
    if (changed)
        Q_EMIT countChanged(n);
}

void AssetTableModel::setMirrorPath(const QString &path)
{
    if (path == d->path && d->generation > 0)
        return;
    d->path = path;
    setup();
    Q_EMIT mirrorPathChanged(path);
}

QString AssetTableModel::mirrorPath() const
{
    return d->path;
}

void AssetTableModel::setSelfUserId(const QString &userId)
{
    if (userId == d->selfId)
        return;
    d->selfId = userId;
    if (!d->path.isEmpty())
        setup();
}

QString AssetTableModel::selfUserId() const
{
    return d->selfId;
}

void AssetTableModel::setFilter(const AssetFilter &filter)
{
    if (sameFilter(filter, d->filter))
        return;
    d->filter = filter;
    if (!d->path.isEmpty())
        setup();
}

AssetFilter AssetTableModel::filter() const
{
    return d->filter;
}

void AssetTableModel::setSort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        column = DateColumn;
    if (column == d->sortColumn && order == d->sortOrder)
        return;
    d->sortColumn = column;
    d->sortOrder = order;
    if (!d->path.isEmpty())
        setup();
}

void AssetTableModel::sort(int column, Qt::SortOrder order)
{
    setSort(column, order);
}
int AssetTableModel::sortColumn() const
{
    return d->sortColumn;
}
Qt::SortOrder AssetTableModel::sortOrder() const
{
    return d->sortOrder;
}

void AssetTableModel::setPageSize(int rows)
{
    rows = qBound(16, rows, 10000);
    if (rows == d->pageSize)
        return;
    d->pageSize = rows;
    if (!d->path.isEmpty())
        setup();
}

int AssetTableModel::pageSize() const
{
    return d->pageSize;
}

void AssetTableModel::setMaxCachedPages(int pages)
{
    d->maxPages = qMax(2, pages);
    d->evict();
}

int AssetTableModel::maxCachedPages() const
{
    return d->maxPages;
}
qint64 AssetTableModel::totalCount() const
{
    return qMax<qint64>(0, d->total);
}
bool AssetTableModel::isReady() const
{
    return d->total >= 0 && d->firstRowsSent && d->rows == d->targetRows();
}

bool AssetTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && d->rows < d->targetRows();
}

void AssetTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || d->rows >= d->targetRows())
        return;
    if (d->growing) {
        // Asked again from a view's slot while this step's rowsInserted is being delivered:
        // take the next step from the event loop, never nested inside this one.
        d->growTimer.start();
        return;
    }
    const int target = d->targetRows();
    const int next = int(qMin<qint64>(target, qint64(d->rows) + kRowsPerStep));
    d->growing = true;
    beginInsertRows({}, d->rows, next - 1);
    d->rows = next;
    endInsertRows();
    d->growing = false;
    if (d->rows < target)
        d->growTimer.start();
}

bool AssetTableModel::isRowLoaded(int row) const
{
    return row >= 0 && row < d->rows && d->row(row) != nullptr;
}

void AssetTableModel::prefetch(int firstRow, int lastRow)
{
    firstRow = qMax(0, firstRow);
    lastRow = qMin(lastRow, d->rows - 1);
    for (int p = firstRow / d->pageSize; firstRow <= lastRow && p <= lastRow / d->pageSize; ++p) {
        auto it = d->cache.find(p);
        if (it == d->cache.end() || it->version < d->version)
            d->request(p);
    }
}

QString AssetTableModel::idAt(int row) const
{
    const AssetTableRow *r = row >= 0 && row < d->rows ? d->row(row) : nullptr;
    return r ? r->id : QString();
}

void AssetTableModel::refresh()
{
    if (d->path.isEmpty())
        return;
    ++d->version;
    d->loader->setVersion(d->generation, d->version);
    d->loader->requestCount(d->generation, d->version);
}

void AssetTableModel::onMirrorChanged(const QStringList &tables)
{
    static const QStringList relevant {QStringLiteral("assets"), QStringLiteral("exif"),
        QStringLiteral("album_assets"), QStringLiteral("albums"), QStringLiteral("users"),
        QStringLiteral("auth_user"), QStringLiteral("partners"), QStringLiteral("*"),
        QStringLiteral("reset")};
    for (const QString &t : tables) {
        if (relevant.contains(t)) {
            // A sync commits many times a second; one refresh per burst is enough (and keeps
            // the reader from rebuilding a filtered snapshot on every commit).
            if (!d->refreshTimer.isActive())
                d->refreshTimer.start();
            return;
        }
    }
}

void AssetTableModel::reload()
{
    setup();
}

int AssetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : d->rows;
}

int AssetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssetTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int page = index.row() / d->pageSize;
    auto it = d->cache.find(page);
    const AssetTableRow *r = nullptr;
    if (it == d->cache.end()) {
        d->request(page);
    } else {
        it->lastUse = ++d->useTick;
        if (it->version < d->version)
            d->request(page);
        const int i = index.row() % d->pageSize;
        if (i < it->rows.size())
            r = &it->rows.at(i);
    }
    if (!r) {
        // Placeholder until the page arrives (dataChanged follows).
        switch (role) {
        case IsLoadedRole:
            return false;
        case Qt::DisplayRole:
            return QString();
        default:
            return {};
        }
    }
    auto opt = [](const std::optional<qint64> &v) { return v ? QVariant(*v) : QVariant(); };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FileNameColumn:
            return r->fileName;
        case DateColumn:
            return dateText(r->localDateTime);
        case TypeColumn:
            return r->type;
        case OwnerColumn:
            if (r->isOwn)
                return tr("me");
            return r->ownerName.isEmpty() ? r->ownerId : r->ownerName;
        case SizeColumn:
            return r->fileSize ? QLocale().formattedDataSize(*r->fileSize) : QString();
        case DimensionsColumn: {
            QString dims = r->width && r->height
                ? QStringLiteral("%1 \u00d7 %2").arg(*r->width).arg(*r->height)
                : QString();
            if (r->durationMs && r->type == QLatin1StringView("VIDEO"))
                dims += (dims.isEmpty() ? QString() : QStringLiteral(", "))
                    + durationText(*r->durationMs);
            return dims;
        }
        case FavoriteColumn:
            return r->isFavorite ? QStringLiteral("\u2605") : QString();
        case VisibilityColumn:
            return r->visibility;
        case TrashedColumn:
            return r->deletedAt.isEmpty() ? QString() : dateText(r->deletedAt);
        case AlbumsColumn:
            return r->albumCount > 0 ? QVariant(r->albumCount) : QVariant(QString());
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == FileNameColumn || index.column() == OwnerColumn)
            // Escaped and marked up: a tooltip would take markup in a file name as rich text.
            return QStringLiteral("<p style=\"white-space:pre\">%1<br>%2<br>%3</p>")
                .arg(r->fileName.toHtmlEscaped(), r->id.toHtmlEscaped(),
                    tr("owner %1").arg(r->ownerId.toHtmlEscaped()));
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case SizeColumn:
        case AlbumsColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        case FavoriteColumn:
            return QVariant::fromValue(Qt::AlignCenter);
        }
        return {};
    case IdRole:
        return r->id;
    case OwnerIdRole:
        return r->ownerId;
    case OwnerNameRole:
        return r->isOwn ? tr("me") : r->ownerName;
    case ThumbhashRole:
        return r->thumbhash;
    case TypeRole:
        return r->type;
    case LocalDateTimeRole:
        return toDateTime(r->localDateTime);
    case FileCreatedAtRole:
        return toDateTime(r->fileCreatedAt);
    case FileNameRole:
        return r->fileName;
    case IsFavoriteRole:
        return r->isFavorite;
    case VisibilityRole:
        return r->visibility;
    case IsTrashedRole:
        return !r->deletedAt.isEmpty();
    case IsPartnerRole:
        return r->isPartner;
    case WidthRole:
        return opt(r->width);
    case HeightRole:
        return opt(r->height);
    case DurationRole:
        return opt(r->durationMs);
    case ChecksumRole:
        return r->checksum;
    case FileSizeRole:
        return opt(r->fileSize);
    case AlbumCountRole:
        return r->albumCount;
    case IsLoadedRole:
        return true;
    case SortValueRole:
        return r->sortValue;
    }
    return {};
}

QVariant AssetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileNameColumn:
        return tr("File name");
    case DateColumn:
        return tr("Date");
    case TypeColumn:
        return tr("Type");
    case OwnerColumn:
        return tr("Owner");
    case SizeColumn:
        return tr("Size");
    case DimensionsColumn:
        return tr("Dimensions");
    case FavoriteColumn:
        return tr("Favorite");
    case VisibilityColumn:
        return tr("Visibility");
    case TrashedColumn:
        return tr("Trashed");
    case AlbumsColumn:
        return tr("Albums");
    }
    return {};
}

Qt::ItemFlags AssetTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> AssetTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "assetId");
    names.insert(OwnerIdRole, "ownerId");
    names.insert(OwnerNameRole, "ownerName");
    names.insert(ThumbhashRole, "thumbhash");
    names.insert(TypeRole, "type");
    names.insert(LocalDateTimeRole, "localDateTime");
    names.insert(FileCreatedAtRole, "fileCreatedAt");
    names.insert(FileNameRole, "fileName");
    names.insert(IsFavoriteRole, "isFavorite");
    names.insert(VisibilityRole, "visibility");
    names.insert(IsTrashedRole, "isTrashed");
    names.insert(IsPartnerRole, "isPartner");
    names.insert(WidthRole, "width");
    names.insert(HeightRole, "height");
    names.insert(DurationRole, "durationMs");
    names.insert(ChecksumRole, "checksum");
    names.insert(FileSizeRole, "fileSize");
    names.insert(AlbumCountRole, "albumCount");
    names.insert(IsLoadedRole, "isLoaded");
    names.insert(SortValueRole, "sortValue");
    return names;
}

} // namespace Tidemark
