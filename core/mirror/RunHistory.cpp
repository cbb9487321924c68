#include "RunHistory.h"

#include "MirrorStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <array>

namespace Tidemark {
// Own names: RunKind/RunOutcome/RunProgress also exist in sync/SyncTypesUi.h (the SyncService
// contract), so the history keeps its vocabulary in a namespace of its own.
namespace MirrorRuns {

namespace {

template <typename Enum, std::size_t N>
Enum fromName(const QString &name, const std::array<std::pair<Enum, const char *>, N> &table, Enum fallback)
{
    for (const auto &[value, text] : table) {
        if (name == QLatin1StringView(text))
            return value;
    }
    return fallback;
}

template <typename Enum, std::size_t N>
QString toName(Enum value, const std::array<std::pair<Enum, const char *>, N> &table)
{
    for (const auto &[v, text] : table) {
        if (v == value)
            return QString::fromLatin1(text);
    }
    return {};
}

const std::array<std::pair<RunKind, const char *>, 4> kKinds{{
    {RunKind::Stream, "stream"}, {RunKind::FullSync, "full"}, {RunKind::DeltaSync, "delta"},
    {RunKind::Reconcile, "reconcile"}}};
const std::array<std::pair<RunMode, const char *>, 3> kModes{{
    {RunMode::Automatic, "automatic"}, {RunMode::Manual, "manual"}, {RunMode::DryRun, "dry-run"}}};
const std::array<std::pair<RunOutcome, const char *>, 6> kOutcomes{{
    {RunOutcome::Running, "running"}, {RunOutcome::Complete, "complete"},
    {RunOutcome::Interrupted, "interrupted"}, {RunOutcome::Reset, "reset"},
    {RunOutcome::Error, "error"}, {RunOutcome::Cancelled, "cancelled"}}};

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString countsJson(const QMap<QString, qint64> &counts)
{
    QJsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<QString, qint64> countsFromJson(const QString &text)
{
    QMap<QString, qint64> counts;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        counts.insert(it.key(), it.value().toInteger());
    return counts;
}

ApiError execSql(MirrorStore &store, QSqlQuery &q, const QString &sql, const QVariantList &values = {})
{
    q.setForwardOnly(true);
    bool ok = q.prepare(sql);
    if (ok) {
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        ok = q.exec();
    }
    if (ok)
        return {};
    const QSqlError e = q.lastError();
    bool parsed = false;
    const int code = e.nativeErrorCode().toInt(&parsed);
    return store.storageError(QStringLiteral("run history"),
                              e.databaseText().isEmpty() ? e.text() : e.databaseText(),
                              parsed ? (code & 0xff) : -1);
}

const char *kSelect = "SELECT id, kind, mode, started_at, finished_at, outcome, error_text, bytes, events, "
                      "type_counts, ack_requests FROM runs ";

RunRecord readRecord(const QSqlQuery &q)
{
    RunRecord r;
    r.id = q.value(0).toLongLong();
    r.kind = fromName(q.value(1).toString(), kKinds, RunKind::Stream);
    r.mode = fromName(q.value(2).toString(), kModes, RunMode::Automatic);
    r.startedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    if (!q.value(4).isNull())
        r.finishedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    r.outcome = fromName(q.value(5).toString(), kOutcomes, RunOutcome::Error);
    r.errorText = q.value(6).toString();
    r.progress.bytes = q.value(7).toLongLong();
    r.progress.events = q.value(8).toLongLong();
    r.progress.typeCounts = countsFromJson(q.value(9).toString());
    r.progress.ackRequests = q.value(10).toLongLong();
    return r;
}

} // namespace

QString runKindName(RunKind kind) { return toName(kind, kKinds); }
QString runModeName(RunMode mode) { return toName(mode, kModes); }
QString runOutcomeName(RunOutcome outcome) { return toName(outcome, kOutcomes); }

RunHistory::RunHistory(MirrorStore &store) : m_store(store) {}

MirrorResult<qint64> RunHistory::begin(RunKind kind, RunMode mode)
{
    QSqlQuery q(m_store.database());
    if (auto e = execSql(m_store, q,
                     QStringLiteral("INSERT INTO runs (kind, mode, started_at, outcome, type_counts) "
                                    "VALUES (?, ?, ?, ?, '{}')"),
                     {runKindName(kind), runModeName(mode), nowText(), runOutcomeName(RunOutcome::Running)}))
        return e;
    return q.lastInsertId().toLongLong();
}

ApiError RunHistory::update(qint64 id, const RunProgress &p)
{
    QSqlQuery q(m_store.database());
    return execSql(m_store, q,
               QStringLiteral("UPDATE runs SET bytes = ?, events = ?, type_counts = ?, ack_requests = ? "
                              "WHERE id = ?"),
               {p.bytes, p.events, countsJson(p.typeCounts), p.ackRequests, id});
}

ApiError RunHistory::finish(qint64 id, RunOutcome outcome, const QString &errorText,
                            const std::optional<RunProgress> &progress)
{
    QSqlQuery q(m_store.database());
    const QVariant error = errorText.isEmpty() ? QVariant() : QVariant(errorText);
    if (progress) {
        return execSql(m_store, q,
                   QStringLiteral("UPDATE runs SET finished_at = ?, outcome = ?, error_text = ?, bytes = ?, "
                                  "events = ?, type_counts = ?, ack_requests = ? WHERE id = ?"),
                   {nowText(), runOutcomeName(outcome), error, progress->bytes, progress->events,
                    countsJson(progress->typeCounts), progress->ackRequests, id});
    }
    return execSql(m_store, q,
               QStringLiteral("UPDATE runs SET finished_at = ?, outcome = ?, error_text = ? WHERE id = ?"),
               {nowText(), runOutcomeName(outcome), error, id});
}

MirrorResult<QList<RunRecord>> RunHistory::list(int limit) const
{
    QSqlQuery q(m_store.database());
    if (auto e = execSql(m_store, q, QString::fromLatin1(kSelect) + QStringLiteral("ORDER BY id DESC LIMIT ?"),
                     {qMax(0, limit)}))
        return e;
    QList<RunRecord> list;
    while (q.next())
        list.append(readRecord(q));
    return list;
}

MirrorResult<std::optional<RunRecord>> RunHistory::run(qint64 id) const
{
    QSqlQuery q(m_store.database());
    if (auto e = execSql(m_store, q, QString::fromLatin1(kSelect) + QStringLiteral("WHERE id = ?"), {id}))
        return e;
    if (!q.next())
        return std::optional<RunRecord>();
    return std::optional<RunRecord>(readRecord(q));
}

MirrorResult<qint64> RunHistory::markAbandoned()
{
    QSqlQuery q(m_store.database());
    if (auto e = execSql(m_store, q,
                               QStringLiteral("UPDATE runs SET outcome = ?, finished_at = COALESCE(finished_at, ?), "
                                              "error_text = COALESCE(error_text, ?) WHERE outcome = ?"),
                               {runOutcomeName(RunOutcome::Interrupted), nowText(),
                                QStringLiteral("Tidemark stopped during this run"),
                                runOutcomeName(RunOutcome::Running)}))
        return e;
    return qint64(q.numRowsAffected());
}

ApiError RunHistory::prune(int keep)
{
    QSqlQuery q(m_store.database());
    return execSql(m_store, q,
                         QStringLiteral("DELETE FROM runs WHERE id NOT IN (SELECT id FROM runs ORDER BY id DESC LIMIT ?)"),
                         {qMax(0, keep)});
}

} // namespace MirrorRuns
} // namespace Tidemark
