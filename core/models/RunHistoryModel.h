// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RunHistoryModel: past sync runs from the mirror's run history (table `runs`), newest first.
//
// refresh() reads the history (bounded by maxRows()) from the mirror file and merges it into the
// rows shown: runs newer than the top row are inserted at the top with beginInsertRows, changed
// rows emit dataChanged (e.g. a run that was "running"), vanished ones are removed; no reset.
// The read runs in the Qt thread pool on its own short-lived read-only connection (opening a
// mirror whose WAL is large costs far more than the query): the GUI thread never touches the
// file. refreshed() follows each merged read; reads requested while one is running are
// coalesced into one more. readRuns() is the same read, synchronous, for headless callers.
// runId is the `runs.id` the sync engine reports in runStarted/runFinished; runs the mirror has
// no row for (a dry run, a mirror that failed to open) are shown from the signals alone.

#include "mirror/MirrorTypes.h"
#include "sync/SyncTypesUi.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <memory>

namespace Tidemark {

//! One run as the model shows it.
struct RunHistoryEntry
{
    qint64 runId = 0;
    QDateTime started; //!< UTC
    QDateTime finished; //!< UTC, invalid while running
    QString kind; //!< runKindName(): stream | full-sync | delta-sync | reconcile
    QString mode; //!< ackModeName(): automatic | manual | dry-run
    QString outcome; //!< runOutcomeName()
    qint64 events = 0;
    qint64 bytes = 0;
    qint64 ackRequests = 0;
    qint64 durationMs = 0;
    QString error; //!< as stored: technicalDetails() (or older free text); empty when none
};

class RunHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StartedColumn,
        KindColumn,
        ModeColumn,
        OutcomeColumn,
        EventsColumn,
        BytesColumn,
        DurationColumn,
        ErrorColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        RunIdRole = Qt::UserRole + 1, //!< qint64
        StartedRole, //!< QDateTime UTC
        FinishedRole, //!< QDateTime UTC
        KindRole, //!< QString
        ModeRole, //!< QString
        OutcomeRole, //!< QString
        EventsRole, //!< qint64
        BytesRole, //!< qint64
        AckRequestsRole, //!< qint64
        DurationMsRole, //!< qint64
        ErrorRole, //!< QString: the sentence for a person (errorSentence())
        IsFailureRole, //!< bool: outcome failed or interrupted
        ErrorDetailsRole //!< QString: the stored technical details
    };
    Q_ENUM(Role)

    explicit RunHistoryModel(QObject *parent = nullptr);
    ~RunHistoryModel() override;

    //! Clears (reset) and reads the history of this mirror file off the GUI thread. Empty clears.
    void setMirrorPath(const QString &path);
    QString mirrorPath() const;
    void setMaxRows(int rows); //!< default 1000
    int maxRows() const;

    //! The newest `maxRows` runs of a mirror file, newest first, read on the calling thread
    //! (any thread) on its own read-only connection.
    static MirrorResult<QList<RunHistoryEntry>> readRuns(const QString &path, int maxRows);
    //! The sentence a person reads for a run's stored error text: the history stores the
    //! technical details, the sentence is made from them (Error::userMessage()); text in no
    //! known form is shown as it is.
    static QString errorSentence(const QString &stored);

    //! True while a read of the mirror is in flight.
    bool isLoading() const;

    RunHistoryEntry entryAt(int row) const;
    int rowOfRun(qint64 runId) const; //!< -1 when absent

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    //! Re-reads the history: new runs are inserted at the top, changed rows emit dataChanged,
    //! vanished runs are removed. No reset.
    void refresh();
    //! Connect SyncService::runFinished here: refresh(); when the mirror holds no row for the run
    //! (dry runs, a mirror that failed to open) the result itself is inserted at the top.
    void onRunFinished(const Tidemark::RunResult &result);
    //! Connect SyncService::runStarted here: shows a "running" row at the top.
    void onRunStarted(qint64 runId, Tidemark::RunKind kind, Tidemark::AckMode mode);

Q_SIGNALS:
    //! A read of the mirror was merged into the rows.
    void refreshed();
    void loadFailed(const QString &message);

private:
    void startRead();
    void readFinished(quint64 generation, const MirrorResult<QList<RunHistoryEntry>> &result);
    //! Merges the last read with the live rows and applies the difference to the view.
    void rebuild();
    void apply(const QList<RunHistoryEntry> &next);

    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Tidemark

Q_DECLARE_METATYPE(Tidemark::RunHistoryEntry)
