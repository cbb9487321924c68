// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// EventLogModel: the live event log of the current run, or a JSONL file opened offline.
//
// Fed by SyncService::eventsLogged batches: each batch is one beginInsertRows. Bounded to
// maxRows() (default 50,000): when full, the oldest rows are dropped in one beginRemoveRows per
// batch. A type filter (setTypeFilter) is applied internally (filter changes reset the model;
// appends keep using insert/remove). clear() on a new run.
//
// loadJsonl() reads a stream capture (one JSON object per line) on a worker thread in chunks,
// parses each line with SyncEventParser (summaries from makeEventSummary, like the live log) and
// feeds the model in batches; malformed lines are reported with their 1-based line number.
// exportJsonl() writes the raw lines still held.

#include "sync/SyncTypesUi.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <memory>

namespace Tidemark {

//! A line of a JSONL file that is not a valid stream line.
struct MalformedLine
{
    qint64 lineNumber = 0; //!< 1-based
    QString error; //!< e.g. "illegal value at offset 12", "missing \"type\""
};

class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LineColumn, TypeColumn, AckColumn, SummaryColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        LineNumberRole = Qt::UserRole + 1, //!< qint64
        TypeRole, //!< QString entity type name
        AckRole, //!< QString verbatim ack
        SummaryRole, //!< QString
        RawJsonRole, //!< QByteArray, the line as received (may be empty)
        EventSummaryRole //!< QVariant::fromValue(EventSummary)
    };
    Q_ENUM(Role)

    explicit EventLogModel(QObject *parent = nullptr);
    ~EventLogModel() override;

    //! Maximum rows held (over all types, before filtering). Shrinking drops the oldest.
    void setMaxRows(int rows);
    int maxRows() const;

    //! Shows only these entity types (empty = all). Resets the model when it changes.
    void setTypeFilter(const QStringList &types);
    QStringList typeFilter() const;
    //! Entity types seen since the last clear(), with their counts (including dropped lines).
    QHash<QString, qint64> typeCounts() const;

    //! Lines held (all types), and lines dropped because of the bound since the last clear().
    int heldCount() const;
    qint64 droppedCount() const;

    EventSummary eventAt(int row) const;

    //! Writes the raw lines held (all types, oldest first) as JSONL. Lines kept without raw JSON
    //! are written as {"type","data":{},"ack"} reconstructions and counted in *reconstructed.
    //! Returns the number of lines written, or -1 (error in *errorMessage).
    qint64 exportJsonl(const QString &path, QString *errorMessage = nullptr,
        qint64 *reconstructed = nullptr) const;

    //! Clears and loads a JSONL file on a worker thread; progress and the end are signalled.
    //! Returns false when the file cannot be opened (error in *errorMessage).
    bool loadJsonl(const QString &path, QString *errorMessage = nullptr);
    bool isLoading() const;
    void cancelLoad();
    //! Malformed lines of the last load (capped at 10,000 entries).
    QList<MalformedLine> malformedLines() const;

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static constexpr int kSliceRows = 200;
    //! Lines queued by queueEvents() and not shown yet.
    int queuedCount() const;

public Q_SLOTS:
    //! Appends the lines now (one beginInsertRows for the batch).
    void appendEvents(const QList<Tidemark::EventSummary> &events);
    //! Connect SyncService::eventsLogged here: appends in slices of kSliceRows, one per
    //! event-loop pass. A 1,000,000-event run logs 3,000 lines per progress tick, and appending
    //! them at once (with the drop of the oldest when full) stalled the window for up to 44 ms
    //! (gui_bench); clear() and loadJsonl() drop what is still queued.
    void queueEvents(const QList<Tidemark::EventSummary> &events);
    //! Appends every queued line now (before an export: it writes what the log holds).
    void flushQueued();
    //! Connect SyncService::runStarted here (through a lambda) or call on a new run.
    void clear();

Q_SIGNALS:
    void loadProgress(qint64 bytesRead, qint64 bytesTotal, qint64 lines);
    void malformedLineFound(qint64 lineNumber, const QString &error);
    //! End of loadJsonl (also after cancelLoad, with cancelled = true).
    void loadFinished(qint64 lines, qint64 malformed, bool cancelled);
    void typeCountsChanged();

private:
    friend class JsonlLoader;
    void stopLoader();
    void dropOldest(qint64 count);
    void handleLoadBatch(quint64 generation, const QList<EventSummary> &batch,
        const QList<MalformedLine> &bad, qint64 bytes, qint64 total, qint64 lines);
    void handleLoadFinished(quint64 generation, bool cancelled);

    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Tidemark

Q_DECLARE_METATYPE(Tidemark::MalformedLine)
