// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventLogModel.h"

#include "protocol/SyncEventParser.h"
#include "protocol/SyncLineSplitter.h"
#include "sync/EventSummaries.h"
#include "util/Logging.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSemaphore>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <deque>
#include <utility>

namespace Tidemark {

namespace {

constexpr int LoadBatchLines = 2000;
constexpr int LoadBatchesInFlight = 4;
constexpr qint64 LoadChunkBytes = 1024 * 1024;
constexpr int MaxMalformedKept = 10000;

} // namespace

// ---- loader -----------------------------------------------------------------------------------

//! Reads a JSONL file on its own thread and hands batches to the model (queued, at most
//! LoadBatchesInFlight batches waiting so a huge file never piles up in the event queue).
class JsonlLoader : public QThread
{
public:
    JsonlLoader(EventLogModel *model, const QString &path, qint64 size, quint64 generation)
        : m_model(model)
        , m_path(path)
        , m_size(size)
        , m_generation(generation)
        , m_slots(std::make_shared<QSemaphore>(LoadBatchesInFlight))
    { }

    std::atomic<bool> cancelled {false};

protected:
    void run() override;

private:
    void post(QList<EventSummary> &&batch, QList<MalformedLine> &&bad, qint64 bytes, qint64 lines);

    EventLogModel *m_model; // outlives the thread: the model joins it before dying
    QString m_path;
    qint64 m_size = 0;
    quint64 m_generation = 0;
    std::shared_ptr<QSemaphore> m_slots;
};

class EventLogModel::Private
{
public:
    std::deque<EventSummary> all; // held lines, oldest first
    qint64 firstSeq = 0; // sequence number of all.front()
    std::deque<qint64> visible; // sequences of the rows shown while a filter is set
    QSet<QString> filter;
    QStringList filterList;
    int maxRows = 50000;
    qint64 dropped = 0;
    QHash<QString, qint64> typeCounts;
    QList<EventSummary> queued; //!< queueEvents(): lines waiting for their slice
    QTimer sliceTimer;
    JsonlLoader *loader = nullptr;
    quint64 loadGeneration = 0;
    qint64 loadLines = 0;
    qint64 loadMalformed = 0;
    QList<MalformedLine> malformed;

    bool filtering() const { return !filter.isEmpty(); }
    int shown() const { return int(filtering() ? visible.size() : all.size()); }
    const EventSummary &at(int row) const
    {
        return filtering() ? all[size_t(visible[size_t(row)] - firstSeq)] : all[size_t(row)];
    }
};

void JsonlLoader::run()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    SyncLineSplitter splitter;
    splitter.setSkipEmptyLines(true);
    QList<SyncLine> lines;
    QList<EventSummary> batch;
    QList<MalformedLine> bad;
    SyncEvent event;
    qint64 bytes = 0, lineCount = 0;
    bool endsWithNewline = true;
    while (!cancelled.load()) {
        const QByteArray chunk = file.read(LoadChunkBytes);
        if (chunk.isEmpty()) {
            if (!endsWithNewline)
                splitter.feed(QByteArrayView("\n"), lines);
        } else {
            bytes += chunk.size();
            endsWithNewline = chunk.endsWith('\n');
            splitter.feed(chunk, lines);
        }
        if (splitter.hasFailed()) {
            bad.append({splitter.linesTerminated() + 1, splitter.error().detail});
            lines.clear();
            break;
        }
        for (SyncLine &line : lines) {
            ++lineCount;
            const Error err
                = SyncEventParser::parseInto(line.bytes, line.lineNumber, line.byteOffset, event);
            if (err.isError()) {
                bad.append(
                    {line.lineNumber, err.detail.isEmpty() ? kindName(err.kind) : err.detail});
                continue;
            }
            batch.append(makeEventSummary(event, true));
            if (batch.size() >= LoadBatchLines) {
                post(std::move(batch), std::move(bad), bytes, lineCount);
                batch.clear();
                bad.clear();
            }
        }
        lines.clear();
        if (chunk.isEmpty())
            break;
    }
    if (!cancelled.load())
        post(std::move(batch), std::move(bad), bytes, lineCount);
}

void JsonlLoader::post(
    QList<EventSummary> &&batch, QList<MalformedLine> &&bad, qint64 bytes, qint64 lines)
{
    while (!m_slots->tryAcquire(1, 50))
        if (cancelled.load())
            return;
    EventLogModel *model = m_model;
    QMetaObject::invokeMethod(
        model,
        [model, batch = std::move(batch), bad = std::move(bad), bytes, lines, total = m_size,
            gen = m_generation, sem = m_slots]() {
            sem->release();
            model->handleLoadBatch(gen, batch, bad, bytes, total, lines);
        },
        Qt::QueuedConnection);
}

// ---- model ------------------------------------------------------------------------------------

EventLogModel::EventLogModel(QObject *parent)
    : QAbstractTableModel(parent), d(std::make_unique<Private>())
{
    d->sliceTimer.setObjectName(QStringLiteral("eventLogSlices")); // named in gui_bench's report
    d->sliceTimer.setSingleShot(true);
    d->sliceTimer.setInterval(0);
    connect(&d->sliceTimer, &QTimer::timeout, this, [this] {
        const qsizetype n = qMin<qsizetype>(kSliceRows, d->queued.size());
        const QList<EventSummary> slice = d->queued.first(n);
        d->queued.remove(0, n);
        appendEvents(slice);
        if (!d->queued.isEmpty())
            d->sliceTimer.start();
    });
}

void EventLogModel::queueEvents(const QList<EventSummary> &events)
{
    if (events.isEmpty())
        return;
    d->queued.append(events);
    // More than the log holds would be dropped on arrival anyway: drop it here.
    if (d->queued.size() > d->maxRows) {
        const qsizetype extra = d->queued.size() - d->maxRows;
        bool newType = false;
        for (qsizetype i = 0; i < extra; ++i) {
            qint64 &n = d->typeCounts[d->queued.at(i).type];
            newType = newType || n == 0;
            ++n;
        }
        d->queued.remove(0, extra);
        d->dropped += extra;
        if (newType)
            Q_EMIT typeCountsChanged();
    }
    if (!d->sliceTimer.isActive())
        d->sliceTimer.start();
}

void EventLogModel::flushQueued()
{
    d->sliceTimer.stop();
    if (d->queued.isEmpty())
        return;
    const QList<EventSummary> all = std::exchange(d->queued, {});
    appendEvents(all);
}

int EventLogModel::queuedCount() const
{
    return int(d->queued.size());
}

EventLogModel::~EventLogModel()
{
    stopLoader();
}

void EventLogModel::setMaxRows(int rows)
{
    d->maxRows = qMax(1, rows);
    const qint64 excess = qint64(d->all.size()) - d->maxRows;
    if (excess > 0)
        dropOldest(excess);
}

int EventLogModel::maxRows() const
{
    return d->maxRows;
}

void EventLogModel::setTypeFilter(const QStringList &types)
{
    QSet<QString> next(types.cbegin(), types.cend());
    next.remove(QString());
    if (next == d->filter)
        return;
    beginResetModel();
    d->filter = next;
    d->filterList = QStringList(next.cbegin(), next.cend());
    d->filterList.sort();
    d->visible.clear();
    if (d->filtering()) {
        qint64 seq = d->firstSeq;
        for (const EventSummary &e : d->all) {
            if (d->filter.contains(e.type))
                d->visible.push_back(seq);
            ++seq;
        }
    }
    endResetModel();
}

QStringList EventLogModel::typeFilter() const
{
    return d->filterList;
}
QHash<QString, qint64> EventLogModel::typeCounts() const
{
    return d->typeCounts;
}
int EventLogModel::heldCount() const
{
    return int(d->all.size());
}
qint64 EventLogModel::droppedCount() const
{
    return d->dropped;
}

EventSummary EventLogModel::eventAt(int row) const
{
    return row >= 0 && row < d->shown() ? d->at(row) : EventSummary {};
}

void EventLogModel::dropOldest(qint64 count)
{
    count = qMin<qint64>(count, qint64(d->all.size()));
    if (count <= 0)
        return;
    const qint64 endSeq = d->firstSeq + count;
    int rows = 0;
    if (d->filtering()) {
        while (size_t(rows) < d->visible.size() && d->visible[size_t(rows)] < endSeq)
            ++rows;
    } else {
        rows = int(count);
    }
    if (rows > 0)
        beginRemoveRows({}, 0, rows - 1);
    d->all.erase(d->all.begin(), d->all.begin() + count);
    if (d->filtering())
        d->visible.erase(d->visible.begin(), d->visible.begin() + rows);
    d->firstSeq = endSeq;
    d->dropped += count;
    if (rows > 0)
        endRemoveRows();
}

void EventLogModel::appendEvents(const QList<EventSummary> &events)
{
    if (events.isEmpty())
        return;
    bool newType = false;
    for (const EventSummary &e : events) {
        auto it = d->typeCounts.find(e.type);
        if (it == d->typeCounts.end()) {
            d->typeCounts.insert(e.type, 1);
            newType = true;
        } else {
            ++*it;
        }
    }
    // A batch larger than the bound keeps only its newest lines.
    qsizetype from = 0;
    if (events.size() > d->maxRows) {
        from = events.size() - d->maxRows;
        d->dropped += from;
    }
    const qint64 incoming = events.size() - from;
    const qint64 overflow = qint64(d->all.size()) + incoming - d->maxRows;
    if (overflow > 0) {
        // Drop in chunks of at least a slice so a full log removes rows once per few batches
        // rather than on every line; larger chunks (a tenth of the bound) cost the window up to
        // 45 ms each (gui_bench).
        const qint64 chunk = qMax<qint64>(overflow, qMin<qint64>(kSliceRows * 2, d->maxRows / 10));
        dropOldest(chunk);
    }
    const qint64 seqBase = d->firstSeq + qint64(d->all.size());
    int added = 0;
    if (d->filtering()) {
        for (qsizetype i = from; i < events.size(); ++i)
            added += d->filter.contains(events.at(i).type) ? 1 : 0;
    } else {
        added = int(incoming);
    }
    const int first = d->shown();
    if (added > 0)
        beginInsertRows({}, first, first + added - 1);
    for (qsizetype i = from; i < events.size(); ++i) {
        if (d->filtering() && d->filter.contains(events.at(i).type))
            d->visible.push_back(seqBase + (i - from));
        d->all.push_back(events.at(i));
    }
    if (added > 0)
        endInsertRows();
    if (newType)
        Q_EMIT typeCountsChanged();
}

void EventLogModel::clear()
{
    d->queued.clear();
    d->sliceTimer.stop();
    if (d->loader)
        cancelLoad();
    beginResetModel();
    d->all.clear();
    d->visible.clear();
    d->firstSeq = 0;
    d->dropped = 0;
    endResetModel();
    if (!d->typeCounts.isEmpty()) {
        d->typeCounts.clear();
        Q_EMIT typeCountsChanged();
    }
}

qint64 EventLogModel::exportJsonl(
    const QString &path, QString *errorMessage, qint64 *reconstructed) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorMessage)
            *errorMessage = tr("Cannot write %1: %2").arg(path, file.errorString());
        return -1;
    }
    qint64 written = 0, rebuilt = 0;
    QByteArray buffer;
    buffer.reserve(1 << 20);
    for (const EventSummary &e : d->all) {
        if (!e.raw.isEmpty()) {
            buffer.append(e.raw);
        } else {
            QJsonObject o;
            o.insert(QLatin1StringView("type"), e.type);
            o.insert(QLatin1StringView("data"), QJsonObject());
            o.insert(QLatin1StringView("ack"), e.ack);
            buffer.append(QJsonDocument(o).toJson(QJsonDocument::Compact));
            ++rebuilt;
        }
        buffer.append('\n');
        ++written;
        if (buffer.size() >= (1 << 20)) {
            if (file.write(buffer) != buffer.size())
                break;
            buffer.clear();
        }
    }
    if (!buffer.isEmpty())
        file.write(buffer);
    if (!file.commit()) {
        if (errorMessage)
            *errorMessage = tr("Cannot write %1: %2").arg(path, file.errorString());
        return -1;
    }
    if (reconstructed)
        *reconstructed = rebuilt;
    return written;
}

bool EventLogModel::loadJsonl(const QString &path, QString *errorMessage)
{
    QFileInfo info(path);
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = tr("Cannot read %1: %2").arg(path, probe.errorString());
        return false;
    }
    probe.close();
    clear(); // also cancels a running load
    d->loadLines = 0;
    d->loadMalformed = 0;
    d->malformed.clear();
    const quint64 gen = ++d->loadGeneration;
    d->loader = new JsonlLoader(this, path, info.size(), gen);
    // Queued: delivered after the batches the thread posted before finishing.
    connect(
        d->loader, &QThread::finished, this, [this, gen] { handleLoadFinished(gen, false); },
        Qt::QueuedConnection);
    qCDebug(lcModels) << "loading JSONL" << path << info.size() << "bytes";
    d->loader->start(QThread::LowPriority);
    return true;
}

void EventLogModel::stopLoader()
{
    if (!d->loader)
        return;
    ++d->loadGeneration; // batches still queued are ignored
    d->loader->cancelled.store(true);
    d->loader->wait();
    delete d->loader;
    d->loader = nullptr;
}

void EventLogModel::handleLoadBatch(quint64 generation, const QList<EventSummary> &batch,
    const QList<MalformedLine> &bad, qint64 bytes, qint64 total, qint64 lines)
{
    if (generation != d->loadGeneration)
        return;
    appendEvents(batch);
    d->loadLines = lines;
    d->loadMalformed += bad.size();
    for (const MalformedLine &m : bad) {
        if (d->malformed.size() < MaxMalformedKept)
            d->malformed.append(m);
        Q_EMIT malformedLineFound(m.lineNumber, m.error);
    }
    Q_EMIT loadProgress(bytes, total, lines);
}

void EventLogModel::handleLoadFinished(quint64 generation, bool cancelled)
{
    if (generation != d->loadGeneration || !d->loader)
        return;
    d->loader->wait();
    delete d->loader;
    d->loader = nullptr;
    Q_EMIT loadFinished(d->loadLines, d->loadMalformed, cancelled);
}

bool EventLogModel::isLoading() const
{
    return d->loader != nullptr;
}

void EventLogModel::cancelLoad()
{
    if (!d->loader)
        return;
    stopLoader();
    Q_EMIT loadFinished(d->loadLines, d->loadMalformed, true);
}

QList<MalformedLine> EventLogModel::malformedLines() const
{
    return d->malformed;
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : d->shown();
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EventSummary &e = d->at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn:
            return e.lineNumber;
        case TypeColumn:
            return e.type;
        case AckColumn:
            return e.ack;
        case SummaryColumn:
            return e.summary;
        }
        return {};
    case Qt::ToolTipRole:
        // Escaped and marked up: a tooltip takes a line whose first tag looks like HTML (a name
        // such as "<b>x</b><img src=…>" in the JSON) as rich text.
        if (index.column() == SummaryColumn && !e.raw.isEmpty())
            return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>")
                .arg(QString::fromUtf8(e.raw.left(2000)).toHtmlEscaped());
        if (index.column() == AckColumn)
            return QStringLiteral("<p style=\"white-space:pre\">%1</p>").arg(e.ack.toHtmlEscaped());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case LineNumberRole:
        return e.lineNumber;
    case TypeRole:
        return e.type;
    case AckRole:
        return e.ack;
    case SummaryRole:
        return e.summary;
    case RawJsonRole:
        return e.raw;
    case EventSummaryRole:
        return QVariant::fromValue(e);
    }
    return {};
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case TypeColumn:
        return tr("Type");
    case AckColumn:
        return tr("Ack");
    case SummaryColumn:
        return tr("Summary");
    }
    return {};
}

QHash<int, QByteArray> EventLogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(LineNumberRole, "lineNumber");
    names.insert(TypeRole, "type");
    names.insert(AckRole, "ack");
    names.insert(SummaryRole, "summary");
    names.insert(RawJsonRole, "rawJson");
    names.insert(EventSummaryRole, "eventSummary");
    return names;
}

} // namespace Tidemark
