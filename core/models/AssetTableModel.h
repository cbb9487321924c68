// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// AssetTableModel: the mirror's assets as a table, smooth at a million rows.
//
// Windowed design:
//   - the row count of the current filter comes from a COUNT query; the rows grow to it in
//     steps (fetchMore), so that no single insert of a million rows stalls the window;
//   - rows are served from an LRU-bounded cache of pages (pageSize() rows each) that a reader
//     thread fills from its own read-only SQLite connection (WAL: reads while the sync writes);
//   - a row whose page is not loaded yet returns placeholder data (IsLoadedRole == false, empty
//     display text) and the model emits dataChanged for that page when it arrives.
// Filtering and sorting happen in SQL (no proxy model). A model reset happens only when the
// filter, the sort or the mirror file changes, or when the mirror was wiped; refresh() keeps the
// view stable (new tail rows are inserted, cached pages are reloaded in place).
//
// Qt Core only: no pixmaps, no DecorationRole. Thumbnails are the view's business (ThumbhashRole
// and IdRole give it what it needs).

#include "mirror/MirrorTypes.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QList>

#include <memory>

namespace Tidemark {

struct AssetTableRow; // AssetPageLoader.h (internal)

class AssetTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(QString mirrorPath READ mirrorPath WRITE setMirrorPath NOTIFY mirrorPathChanged)
    Q_PROPERTY(qint64 totalCount READ totalCount NOTIFY countChanged)
public:
    enum Column {
        FileNameColumn,
        DateColumn, //!< localDateTime (wall clock, shown as stored)
        TypeColumn, //!< IMAGE / VIDEO / AUDIO / OTHER
        OwnerColumn, //!< "me" or the partner's / other user's name
        SizeColumn, //!< file size (exif) when known
        DimensionsColumn, //!< "4032 × 3024"
        FavoriteColumn,
        VisibilityColumn, //!< timeline / archive / hidden / locked
        TrashedColumn,
        AlbumsColumn, //!< number of albums holding the asset
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1, //!< QString asset id
        OwnerIdRole, //!< QString
        OwnerNameRole, //!< QString, "me" for own assets
        ThumbhashRole, //!< QString base64 (empty when none)
        TypeRole, //!< QString IMAGE|VIDEO|AUDIO|OTHER
        LocalDateTimeRole, //!< QDateTime (UTC-encoded wall clock, as the server sends it)
        FileCreatedAtRole, //!< QDateTime UTC
        FileNameRole, //!< QString originalFileName
        IsFavoriteRole, //!< bool
        VisibilityRole, //!< QString timeline|archive|hidden|locked
        IsTrashedRole, //!< bool
        IsPartnerRole, //!< bool: not mine (partner or album-only)
        WidthRole, //!< qint64 or invalid QVariant
        HeightRole, //!< qint64 or invalid QVariant
        DurationRole, //!< qint64 milliseconds or invalid QVariant (stills)
        ChecksumRole, //!< QString base64 SHA-1
        FileSizeRole, //!< qint64 bytes or invalid QVariant
        AlbumCountRole, //!< int
        IsLoadedRole, //!< bool: false while the row is a placeholder
        SortValueRole //!< the raw SQL sort key of the row (debugging, tests)
    };
    Q_ENUM(Role)

    explicit AssetTableModel(QObject *parent = nullptr);
    ~AssetTableModel() override;

    //! Opens the mirror file read-only on the reader thread and loads the first rows. Empty
    //! closes. Resets the model.
    void setMirrorPath(const QString &path);
    QString mirrorPath() const;
    //! The account's user id: decides "me" vs partner (falls back to the mirror's auth_user row).
    void setSelfUserId(const QString &userId);
    QString selfUserId() const;

    //! Filter in SQL; resets the model when it differs from the current one.
    void setFilter(const AssetFilter &filter);
    AssetFilter filter() const;
    //! Sort in SQL by a Column; resets the model. Ties are broken by asset id. Date and file
    //! name walk their indexes; other columns (and any filter) read pages from an ordered
    //! snapshot built once per filter/sort/refresh (~1-3 s at a million rows, first rows first).
    //! OwnerColumn sorts by owner id (groups owners; not alphabetical by name); AlbumsColumn
    //! sorts by date (a per-row count over a million rows is not worth it).
    void setSort(int column, Qt::SortOrder order);
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;

    //! Rows per cached page (default 256) and the maximum number of cached pages (default 64).
    //! Set before setMirrorPath().
    void setPageSize(int rows);
    int pageSize() const;
    void setMaxCachedPages(int pages);
    int maxCachedPages() const;

    //! Number of rows of the current filter, as last counted (rowCount() once inserted).
    qint64 totalCount() const;
    //! True once the count and the first page of the current filter are in and the rows have
    //! grown to the count.
    bool isReady() const;
    //! True when the row's page is cached (possibly stale during a refresh).
    bool isRowLoaded(int row) const;
    //! Asks the reader thread for the pages covering [first, last] (views call this implicitly
    //! through data(); a view may call it ahead of scrolling).
    void prefetch(int firstRow, int lastRow);
    //! The asset id at a row when loaded, else an empty string.
    QString idAt(int row) const;

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    //! Rows grow to the count in steps of kRowsPerStep, one per event-loop pass (and at once
    //! when a view scrolls to the end): a view's header keeps an entry per row, and a million at
    //! once stalled the window for ~90 ms.
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    static constexpr int kRowsPerStep = 65536;
    QHash<int, QByteArray> roleNames() const override;
    //! Same as setSort() (header clicks in a QTableView with sorting enabled).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

public Q_SLOTS:
    //! Re-counts and reloads cached pages in place (connect to SyncService::mirrorChanged via
    //! onMirrorChanged). A grown count inserts the new tail rows; a shrunk one removes the tail;
    //! an empty mirror after rows resets the model.
    void refresh();
    //! Schedules refresh() (coalesced: at most one per 250 ms burst) when `tables` contains
    //! "assets" (or "exif", "album_assets", "albums", "users", "auth_user", "partners", which feed
    //! columns and filters), "*" or "reset".
    void onMirrorChanged(const QStringList &tables);
    //! Drops the cache and re-runs count + first page with a model reset.
    void reload();

Q_SIGNALS:
    void mirrorPathChanged(const QString &path);
    //! The first page of a new setup (mirror path, filter or sort) arrived; ms since the setup
    //! call (the GUI benchmark measures time-to-first-rows with this).
    void firstRowsReady(qint64 msSinceSetup);
    //! A new COUNT result for the current filter.
    void countChanged(qint64 count);
    //! A page arrived (after its dataChanged).
    void pageLoaded(int page);
    //! The reader could not open or query the mirror (message names the file and SQLite's words).
    void loadFailed(const QString &message);

private:
    void setup();
    void handlePage(
        quint64 generation, quint64 version, int page, QList<AssetTableRow> rows, qint64 elapsedMs);
    void handleCount(quint64 generation, quint64 version, qint64 count);

    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Tidemark
