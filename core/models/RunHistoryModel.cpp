// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunHistoryModel.h"

#include "util/Logging.h"

#include <QAtomicInteger>
#include <QFutureWatcher>
#include <QLocale>
#include <QPointer>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Tidemark {

namespace {

QDateTime parseTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    const QString text = v.toString();
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

bool sameEntry(const RunHistoryEntry &a, const RunHistoryEntry &b)
{
    return a.runId == b.runId && a.started == b.started && a.finished == b.finished
        && a.kind == b.kind && a.mode == b.mode && a.outcome == b.outcome && a.events == b.events
        && a.bytes == b.bytes && a.ackRequests == b.ackRequests && a.durationMs == b.durationMs
        && a.error == b.error;
}

QString durationText(qint64 ms)
{
    if (ms < 1000)
        return QStringLiteral("%1 ms").arg(ms);
    const qint64 s = ms / 1000;
    if (s < 60)
        return QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
    if (s < 3600)
        return QStringLiteral("%1 min %2 s").arg(s / 60).arg(s % 60);
    return QStringLiteral("%1 h %2 min").arg(s / 3600).arg((s / 60) % 60);
}

} // namespace

class RunHistoryModel::Private
{
public:
    QString path;
    int maxRows = 1000;
    QList<RunHistoryEntry> rows; // shown, newest first (runId descending)
    QList<RunHistoryEntry> stored; // the last read of the mirror
    QHash<qint64, RunHistoryEntry> live; // runs reported by signals, not (yet) final in the mirror
    QPointer<QFutureWatcher<MirrorResult<QList<RunHistoryEntry>>>> watcher;
    quint64 generation = 0;
    bool again = false;
};

RunHistoryModel::RunHistoryModel(QObject *parent)
    : QAbstractTableModel(parent), d(std::make_unique<Private>())
{ }

RunHistoryModel::~RunHistoryModel() = default;

MirrorResult<QList<RunHistoryEntry>> RunHistoryModel::readRuns(const QString &path, int maxRows)
{
    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("tidemark-runs-%1").arg(counter.fetchAndAddRelaxed(1));
    MirrorResult<QList<RunHistoryEntry>> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        if (!db.open()) {
            result = Error::make(Error::Kind::Storage, QStringLiteral("mirror: run history"),
                QStringLiteral("%1: %2").arg(path, db.lastError().text()));
        } else {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(QStringLiteral("SELECT id, kind, mode, started_at, finished_at, outcome, "
                                     "error_text, bytes, events,"
                                     " ack_requests FROM runs ORDER BY id DESC LIMIT ?"));
            q.addBindValue(maxRows);
            if (!q.exec()) {
                result = Error::make(Error::Kind::Storage, QStringLiteral("mirror: run history"),
                    QStringLiteral("%1: %2").arg(path, q.lastError().text()));
            } else {
                QList<RunHistoryEntry> runs;
                while (q.next()) {
                    RunHistoryEntry e;
                    e.runId = q.value(0).toLongLong();
                    e.kind = q.value(1).toString();
                    e.mode = q.value(2).toString();
                    e.started = parseTime(q.value(3));
                    e.finished = parseTime(q.value(4));
                    e.outcome = q.value(5).toString();
                    e.error = q.value(6).toString();
                    e.bytes = q.value(7).toLongLong();
                    e.events = q.value(8).toLongLong();
                    e.ackRequests = q.value(9).toLongLong();
                    if (e.started.isValid() && e.finished.isValid())
                        e.durationMs = e.started.msecsTo(e.finished);
                    runs.append(e);
                }
                result = MirrorResult<QList<RunHistoryEntry>>(std::move(runs));
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

void RunHistoryModel::setMirrorPath(const QString &path)
{
    beginResetModel();
    d->path = path;
    d->rows.clear();
    d->stored.clear();
    d->live.clear();
    ++d->generation;
    endResetModel();
    refresh();
}

QString RunHistoryModel::mirrorPath() const
{
    return d->path;
}

QString RunHistoryModel::errorSentence(const QString &stored)
{
    const Error error = Error::fromTechnicalDetails(stored);
    if (error.isError())
        return error.userMessage();
    if (stored == QLatin1StringView(kRunAbandonedText)) // SyncMirror::recordRunStart()
        return tr("Tidemark was closed before this run ended.");
    return stored;
}

bool RunHistoryModel::isLoading() const
{
    return !d->watcher.isNull();
}

void RunHistoryModel::setMaxRows(int rows)
{
    d->maxRows = qMax(1, rows);
    if (d->rows.size() > d->maxRows) {
        beginRemoveRows({}, d->maxRows, int(d->rows.size()) - 1);
        d->rows.resize(d->maxRows);
        endRemoveRows();
    }
}

int RunHistoryModel::maxRows() const
{
    return d->maxRows;
}

RunHistoryEntry RunHistoryModel::entryAt(int row) const
{
    return row >= 0 && row < d->rows.size() ? d->rows.at(row) : RunHistoryEntry {};
}

int RunHistoryModel::rowOfRun(qint64 runId) const
{
    for (int i = 0; i < d->rows.size(); ++i)
        if (d->rows.at(i).runId == runId)
            return i;
    return -1;
}

void RunHistoryModel::refresh()
{
    if (d->path.isEmpty()) {
        rebuild();
        Q_EMIT refreshed();
        return;
    }
    if (d->watcher) {
        d->again = true; // one more read once this one is in
        return;
    }
    startRead();
}

void RunHistoryModel::startRead()
{
    const QString path = d->path;
    const int maxRows = d->maxRows;
    const quint64 generation = d->generation;
    auto *watcher = new QFutureWatcher<MirrorResult<QList<RunHistoryEntry>>>(this);
    d->watcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        const MirrorResult<QList<RunHistoryEntry>> result = watcher->result();
        watcher->deleteLater();
        d->watcher = nullptr;
        readFinished(generation, result);
    });
    watcher->setFuture(QtConcurrent::run([path, maxRows] { return readRuns(path, maxRows); }));
}

void RunHistoryModel::readFinished(
    quint64 generation, const MirrorResult<QList<RunHistoryEntry>> &result)
{
    const bool current = generation == d->generation;
    if (current) {
        if (result.ok()) {
            d->stored = result.value;
            // A live row is dropped once the mirror holds the run's final state.
            for (const RunHistoryEntry &e : std::as_const(d->stored))
                if (e.outcome != runOutcomeName(RunOutcome::Running))
                    d->live.remove(e.runId);
            rebuild();
            Q_EMIT refreshed();
        } else {
            qCWarning(lcModels) << result.error.technicalDetails();
            Q_EMIT loadFailed(result.error.userMessage());
        }
    }
    if (std::exchange(d->again, false) || !current)
        refresh();
}

void RunHistoryModel::rebuild()
{
    QList<RunHistoryEntry> next;
    QSet<qint64> stored;
    for (RunHistoryEntry e : std::as_const(d->stored)) {
        // A live row knows more than a row the worker has not finished writing.
        auto live = d->live.constFind(e.runId);
        if (live != d->live.cend() && e.outcome == runOutcomeName(RunOutcome::Running))
            e = *live;
        stored.insert(e.runId);
        next.append(e);
    }
    for (auto it = d->live.cbegin(); it != d->live.cend(); ++it)
        if (!stored.contains(it.key()))
            next.append(*it);
    std::sort(next.begin(), next.end(),
        [](const RunHistoryEntry &a, const RunHistoryEntry &b) { return a.runId > b.runId; });
    if (next.size() > d->maxRows)
        next.resize(d->maxRows);
    apply(next);
}

void RunHistoryModel::apply(const QList<RunHistoryEntry> &next)
{
    // Both lists are sorted by runId descending: merge with grouped inserts / removes.
    QList<RunHistoryEntry> &cur = d->rows;
    int i = 0, j = 0;
    while (i < cur.size() || j < next.size()) {
        if (j >= next.size() || (i < cur.size() && cur.at(i).runId > next.at(j).runId)) {
            int end = i;
            while (end + 1 < cur.size()
                && (j >= next.size() || cur.at(end + 1).runId > next.at(j).runId))
                ++end;
            beginRemoveRows({}, i, end);
            cur.remove(i, end - i + 1);
            endRemoveRows();
        } else if (i >= cur.size() || next.at(j).runId > cur.at(i).runId) {
            int endJ = j;
            while (endJ + 1 < next.size()
                && (i >= cur.size() || next.at(endJ + 1).runId > cur.at(i).runId))
                ++endJ;
            const int n = endJ - j + 1;
            beginInsertRows({}, i, i + n - 1);
            for (int k = 0; k < n; ++k)
                cur.insert(i + k, next.at(j + k));
            endInsertRows();
            i += n;
            j += n;
        } else {
            if (!sameEntry(cur.at(i), next.at(j))) {
                cur[i] = next.at(j);
                Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
            ++i;
            ++j;
        }
    }
}

void RunHistoryModel::onRunStarted(qint64 runId, RunKind kind, AckMode mode)
{
    RunHistoryEntry e;
    e.runId = runId;
    e.kind = runKindName(kind);
    e.mode = ackModeName(mode);
    e.outcome = runOutcomeName(RunOutcome::Running);
    e.started = QDateTime::currentDateTimeUtc();
    d->live.insert(runId, e);
    rebuild(); // shown at once; the mirror's row follows with the read
    refresh();
}

void RunHistoryModel::onRunFinished(const RunResult &result)
{
    RunHistoryEntry e = d->live.value(result.runId);
    e.runId = result.runId;
    e.kind = runKindName(result.kind);
    e.mode = ackModeName(result.mode);
    e.outcome = runOutcomeName(result.outcome);
    e.events = result.events;
    e.bytes = result.bytes;
    e.ackRequests = result.ackRequests;
    e.durationMs = result.elapsedMs;
    e.finished = QDateTime::currentDateTimeUtc();
    if (!e.started.isValid())
        e.started = e.finished.addMSecs(-result.elapsedMs);
    e.error = result.error.isError() ? result.error.technicalDetails()
                                     : QString(); // as the mirror stores it
    d->live.insert(result.runId, e);
    rebuild();
    refresh();
}

int RunHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(d->rows.size());
}

int RunHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunHistoryEntry &e = d->rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StartedColumn:
            return e.started.isValid()
                ? e.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                : QString();
        case KindColumn:
            return runWordText(e.kind); // stored names, shown as translated words
        case ModeColumn:
            return runWordText(e.mode);
        case OutcomeColumn:
            return runWordText(e.outcome);
        case EventsColumn:
            return e.events;
        case BytesColumn:
            return QLocale().formattedDataSize(e.bytes);
        case DurationColumn:
            // Still running, or stopped without an end time (the process was killed): no length
            // is known, and "0 ms" would be untrue.
            return e.durationMs == 0
                    && (e.outcome == runOutcomeName(RunOutcome::Running) || !e.finished.isValid())
                ? QString()
                : durationText(e.durationMs);
        case ErrorColumn:
            return errorSentence(e.error);
        }
        return {};
    case Qt::ToolTipRole:
        // The sentence and the technical details behind it; the server's words escaped: a tooltip
        // would otherwise take markup in them as rich text.
        if (index.column() == ErrorColumn && !e.error.isEmpty()) {
            const QString sentence = errorSentence(e.error);
            if (sentence == e.error)
                return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>")
                    .arg(e.error.toHtmlEscaped());
            return QStringLiteral(
                "<p style=\"white-space:pre-wrap\">%1</p><p style=\"white-space:pre-wrap\">%2 "
                "<code>%3</code></p>")
                .arg(sentence.toHtmlEscaped(), tr("Details:").toHtmlEscaped(),
                    e.error.toHtmlEscaped());
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == EventsColumn || index.column() == BytesColumn
            || index.column() == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RunIdRole:
        return e.runId;
    case StartedRole:
        return e.started;
    case FinishedRole:
        return e.finished;
    case KindRole:
        return e.kind;
    case ModeRole:
        return e.mode;
    case OutcomeRole:
        return e.outcome;
    case EventsRole:
        return e.events;
    case BytesRole:
        return e.bytes;
    case AckRequestsRole:
        return e.ackRequests;
    case DurationMsRole:
        return e.durationMs;
    case ErrorRole:
        return errorSentence(e.error);
    case ErrorDetailsRole:
        return e.error;
    case IsFailureRole:
        return e.outcome == runOutcomeName(RunOutcome::Failed)
            || e.outcome == runOutcomeName(RunOutcome::Interrupted);
    }
    return {};
}

QVariant RunHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartedColumn:
        return tr("Started");
    case KindColumn:
        return tr("Kind");
    case ModeColumn:
        return tr("Mode");
    case OutcomeColumn:
        return tr("Outcome");
    case EventsColumn:
        return tr("Events");
    case BytesColumn:
        return tr("Bytes");
    case DurationColumn:
        return tr("Duration");
    case ErrorColumn:
        return tr("Error");
    }
    return {};
}

QHash<int, QByteArray> RunHistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RunIdRole, "runId");
    names.insert(StartedRole, "started");
    names.insert(FinishedRole, "finished");
    names.insert(KindRole, "kind");
    names.insert(ModeRole, "mode");
    names.insert(OutcomeRole, "outcome");
    names.insert(EventsRole, "events");
    names.insert(BytesRole, "bytes");
    names.insert(AckRequestsRole, "ackRequests");
    names.insert(DurationMsRole, "durationMs");
    names.insert(ErrorRole, "error");
    names.insert(IsFailureRole, "isFailure");
    names.insert(ErrorDetailsRole, "errorDetails");
    return names;
}

} // namespace Tidemark
