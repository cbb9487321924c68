// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to AssetTableModel: the reader thread and its SQL.
//
// The thread owns one read-only QSQLITE connection to the mirror file (WAL lets it read while the
// sync engine writes). It serves three kinds of requests, newest first for pages:
//   setup  - a new (path, filter, sort) generation; drops everything queued for older ones;
//   page   - rows [page*pageSize, +pageSize) of the current generation;
//   count  - SELECT COUNT(*) of the current filter.
// Results go back to the model as queued calls tagged with the generation, so results of an
// old filter are dropped on arrival.
//
// Paging, two strategies:
// - Index walk (no filter, sort by date or file name: both have an (key, id) index): OFFSET from
//   the nearest known anchor. Each loaded page records the sort key and id of its last row; page
//   p is then read by keyset ("(key, id) after the anchor of page a") with OFFSET
//   (p - a - 1) * pageSize, so sequential scrolling costs one index seek per page and a random
//   jump walks at most the distance to the nearest loaded page, index-only.
// - Snapshot (any filter, or a sort without an index): the ordered rowids of the current filter
//   are written once into a TEMP table (pos INTEGER PRIMARY KEY, rid) of this connection, and
//   every page is a range of pos: O(page) for any row, whatever the filter or sort. Built on the
//   first page after page 0 (page 0 is read directly so the first rows never wait for it) and
//   rebuilt after a refresh; rows deleted since drop out (a short page makes the model refresh).
// Either way a page is read in two steps: a lean query for the page's rowids (sort index or
// snapshot only; rows skipped by OFFSET never go through joins or subqueries), then the shown
// columns of those rowids (exif size, owner name, album count).
//
// SQL is written against MirrorSchema (migrations 1-3): tables assets, exif, users, auth_user,
// album_assets and the browser indexes (local_date_time, id), (original_file_name, id),
// (owner_id, local_date_time), (visibility, local_date_time).

#include "mirror/MirrorTypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <optional>

namespace Tidemark {

//! One asset row as the table shows it.
struct AssetTableRow
{
    QString id, ownerId, ownerName, fileName, type, visibility, thumbhash, checksum;
    QString localDateTime, fileCreatedAt, deletedAt; //!< verbatim ISO text
    bool isFavorite = false;
    bool isOwn = false;
    bool isPartner = false; //!< not mine (partner or album-only)
    std::optional<qint64> width, height, durationMs, fileSize;
    int albumCount = 0;
    QVariant sortValue;
};

//! What the table asks the SQL for.
struct AssetQuerySpec
{
    QString mirrorPath;
    QString selfUserId;
    AssetFilter filter;
    int sortColumn = 1; //!< AssetTableModel::Column
    bool descending = true;
    int pageSize = 256;
};

class AssetPageLoader : public QThread
{
public:
    using PageCallback = std::function<void(quint64 generation, quint64 version, int page,
        QList<AssetTableRow> rows, qint64 elapsedMs)>;
    using CountCallback = std::function<void(quint64 generation, quint64 version, qint64 count)>;
    using ErrorCallback = std::function<void(quint64 generation, QString message)>;

    //! Callbacks run on `receiver`'s thread (queued).
    AssetPageLoader(
        QObject *receiver, PageCallback onPage, CountCallback onCount, ErrorCallback onError);
    ~AssetPageLoader() override;

    void setup(quint64 generation, const AssetQuerySpec &spec);
    void requestPage(quint64 generation, quint64 version, int page);
    void requestCount(quint64 generation, quint64 version);
    //! The data changed (refresh): anchors of older versions are no longer trusted.
    void setVersion(quint64 generation, quint64 version);
    void stop();

    //! SQL pieces, public for tests: the WHERE clause (with '?' placeholders, bound in order)
    //! and the ORDER BY key expression of a column.
    static QString whereClause(const AssetQuerySpec &spec, QVariantList &binds);
    static QString sortExpression(int column);

protected:
    void run() override;

private:
    struct PageRequest
    {
        quint64 generation, version;
        int page;
    };
    struct Anchor
    {
        QVariant key;
        QString id;
    };

    bool open(const QString &path, QString *error);
    void close();
    QList<AssetTableRow> loadPage(int page, QString *error);
    bool indexedSort() const;
    bool useSnapshot() const;
    bool ensureSnapshot(QString *error);
    void dropSnapshot();
    QList<AssetTableRow> readRows(QSqlQuery &q, QList<qint64> *rowids);
    qint64 count(QString *error);
    QString resolveSelfId();
    void post(std::function<void()> call);

    QObject *m_receiver; // outlives the thread: the model stops and joins it first
    PageCallback m_onPage;
    CountCallback m_onCount;
    ErrorCallback m_onError;

    QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_stop = false;
    std::optional<std::pair<quint64, AssetQuerySpec>> m_pendingSetup;
    std::optional<std::pair<quint64, quint64>> m_pendingCount; // generation, version
    std::deque<PageRequest> m_pages;
    bool m_countNext = false;
    quint64 m_generation = 0; // latest generation requested (guarded)
    quint64 m_version = 0;

    // reader-thread state
    QString m_connection;
    QString m_openPath;
    AssetQuerySpec m_spec;
    quint64 m_specGeneration = 0;
    quint64 m_anchorVersion = 0;
    QString m_where;
    QVariantList m_binds;
    QHash<int, Anchor> m_anchors; // page -> last row of that page
    bool m_snapshotValid = false;
    bool m_snapshotExists = false;
};

} // namespace Tidemark
