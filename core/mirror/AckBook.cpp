// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AckBook.h"

#include "MirrorStore.h"

#include "util/Logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Tidemark {

namespace {

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime fromText(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QString typeKey(SyncEntityType type, const QString &ack)
{
    const QString prefix = AckBook::ackType(ack);
    if (!prefix.isEmpty()) {
        if (type != SyncEntityType::Unknown && prefix != entityTypeName(type)
            && type != SyncEntityType::SyncAckV1) {
            qCDebug(lcMirror) << "ack" << ack << "recorded under its own type, not"
                              << entityTypeName(type);
        }
        return prefix;
    }
    return entityTypeName(type);
}

} // namespace

AckBook::AckBook(MirrorStore &store) : m_store(store)
{ }

QString AckBook::ackType(const QString &ack)
{
    const qsizetype bar = ack.indexOf(QLatin1Char('|'));
    return bar <= 0 ? QString() : ack.left(bar);
}

// Shorthand for the statements below.
namespace {
struct Exec
{
    MirrorStore &store;
    QString what;
    Error operator()(QSqlQuery &q, const QString &sql, const QVariantList &values = {}) const
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
        return store.storageError(what, e.databaseText().isEmpty() ? e.text() : e.databaseText(),
            parsed ? (code & 0xff) : -1);
    }
};

QList<PendingAck> readPending(QSqlQuery &q)
{
    QList<PendingAck> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
            fromText(q.value(3))});
    return list;
}
} // namespace

Error AckBook::recordCommitted(const QString &ack)
{
    return recordCommitted(SyncEntityType::Unknown, ack);
}

Error AckBook::recordCommitted(SyncEntityType type, const QString &ack)
{
    const QString key = typeKey(type, ack);
    if (key.isEmpty() || ack.isEmpty())
        return Error::make(Error::Kind::InvalidInput, QStringLiteral("mirror: checkpoints"),
            QStringLiteral("empty ack"));
    QSqlQuery q(m_store.database());
    return Exec {m_store, QStringLiteral("checkpoints")}(q,
        QStringLiteral("INSERT INTO checkpoints (type, ack, committed_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (type) DO UPDATE SET ack = excluded.ack, committed_at = "
                       "excluded.committed_at"),
        {key, ack, nowText()});
}

Error AckBook::recordPending(const QString &ack, qint64 seq)
{
    return recordPending(QList<PendingAck> {{ackType(ack), ack, seq, {}}});
}

Error AckBook::recordPending(SyncEntityType type, const QString &ack, qint64 seq)
{
    return recordPending(QList<PendingAck> {{typeKey(type, ack), ack, seq, {}}});
}

Error AckBook::recordPending(const QList<PendingAck> &acks)
{
    MirrorTransaction tx(m_store);
    if (tx.beginError())
        return tx.beginError();
    const Exec exec {m_store, QStringLiteral("pending acks")};
    const QString now = nowText();
    QSqlQuery log(m_store.database());
    QSqlQuery latest(m_store.database());
    for (const PendingAck &p : acks) {
        const QString key = p.type.isEmpty() ? ackType(p.ack) : p.type;
        if (key.isEmpty() || p.ack.isEmpty())
            continue; // e.g. the ack-less SyncResetV1 line of v1.136-v1.137
        // A stream that was not acked delivers the same acks again (manual mode, twice): the log
        // keeps one entry per ack, at its latest seq.
        if (auto e = exec(log,
                QStringLiteral("DELETE FROM pending_log WHERE type = ? AND ack = ? AND seq <> ?"),
                {key, p.ack, p.seq}))
            return e;
        if (auto e = exec(log,
                QStringLiteral("INSERT OR REPLACE INTO pending_log (seq, type, ack, recorded_at) "
                               "VALUES (?, ?, ?, ?)"),
                {p.seq, key, p.ack, now}))
            return e;
        if (auto e = exec(latest,
                QStringLiteral(
                    "INSERT INTO pending_acks (type, ack, seq, recorded_at) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (type) DO UPDATE SET ack = excluded.ack, seq = excluded.seq, "
                    "recorded_at = excluded.recorded_at WHERE excluded.seq >= pending_acks.seq"),
                {key, p.ack, p.seq, now}))
            return e;
    }
    return tx.commit();
}

MirrorResult<QList<PendingAck>> AckBook::pending() const
{
    QSqlQuery q(m_store.database());
    if (auto e = Exec {m_store, QStringLiteral("pending acks")}(
            q, QStringLiteral("SELECT type, ack, seq, recorded_at FROM pending_acks ORDER BY seq")))
        return e;
    return readPending(q);
}

MirrorResult<QList<PendingAck>> AckBook::pendingLog() const
{
    QSqlQuery q(m_store.database());
    if (auto e = Exec {m_store, QStringLiteral("pending acks")}(
            q, QStringLiteral("SELECT type, ack, seq, recorded_at FROM pending_log ORDER BY seq")))
        return e;
    return readPending(q);
}

MirrorResult<QList<PendingAck>> AckBook::pendingUpTo(qint64 seq) const
{
    QSqlQuery q(m_store.database());
    if (auto e = Exec {m_store, QStringLiteral("pending acks")}(q,
            QStringLiteral("SELECT p.type, p.ack, p.seq, p.recorded_at FROM pending_log p "
                           "WHERE p.seq = (SELECT MAX(x.seq) FROM pending_log x "
                           "WHERE x.type = p.type AND x.seq <= ?) ORDER BY p.seq"),
            {seq}))
        return e;
    return readPending(q);
}

MirrorResult<qint64> AckBook::nextSequence() const
{
    QSqlQuery q(m_store.database());
    if (auto e = Exec {m_store, QStringLiteral("pending acks")}(q,
            QStringLiteral("SELECT MAX(COALESCE((SELECT MAX(seq) FROM pending_log), 0), "
                           "COALESCE((SELECT MAX(seq) FROM pending_acks), 0))")))
        return e;
    return q.next() ? q.value(0).toLongLong() + 1 : qint64(1);
}

MirrorResult<QList<CommittedAck>> AckBook::committed() const
{
    QSqlQuery q(m_store.database());
    if (auto e = Exec {m_store, QStringLiteral("checkpoints")}(
            q, QStringLiteral("SELECT type, ack, committed_at FROM checkpoints ORDER BY type")))
        return e;
    QList<CommittedAck> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), fromText(q.value(2))});
    return list;
}

MirrorResult<QString> AckBook::committedAck(const QString &type) const
{
    QSqlQuery q(m_store.database());
    if (auto e = Exec {m_store, QStringLiteral("checkpoints")}(
            q, QStringLiteral("SELECT ack FROM checkpoints WHERE type = ?"), {type}))
        return e;
    return q.next() ? q.value(0).toString() : QString();
}

Error AckBook::markSent(const QStringList &acks)
{
    MirrorTransaction tx(m_store);
    if (tx.beginError())
        return tx.beginError();
    const Exec exec {m_store, QStringLiteral("checkpoints")};
    const QString now = nowText();
    for (const QString &ack : acks) {
        const QString type = ackType(ack);
        if (type.isEmpty())
            continue;
        if (type == entityTypeName(SyncEntityType::SyncResetV1)) {
            if (auto e = clearAll())
                return e;
            continue;
        }
        QSqlQuery find(m_store.database());
        if (auto e = exec(find,
                QStringLiteral("SELECT MAX(seq) FROM pending_log WHERE type = ? AND ack = ?"),
                {type, ack}))
            return e;
        const QVariant seq = find.next() ? find.value(0) : QVariant();
        find.finish();
        // Two ack requests can finish in either order (and be recorded from two threads). An ack
        // no longer in the pending log was overtaken by a newer one of its type that is already
        // committed here; writing it would move the local checkpoint behind the server's.
        if (seq.isNull()) {
            QSqlQuery known(m_store.database());
            if (auto e
                = exec(known, QStringLiteral("SELECT 1 FROM checkpoints WHERE type = ?"), {type}))
                return e;
            const bool overtaken = known.next();
            known.finish();
            if (overtaken) {
                QSqlQuery del(m_store.database());
                if (auto e = exec(del,
                        QStringLiteral("DELETE FROM pending_acks WHERE type = ? AND ack = ?"),
                        {type, ack}))
                    return e;
                continue;
            }
        }
        QSqlQuery q(m_store.database());
        if (auto e = exec(q,
                QStringLiteral("INSERT INTO checkpoints (type, ack, committed_at) VALUES (?, ?, ?) "
                               "ON CONFLICT (type) DO UPDATE SET ack = excluded.ack, "
                               "committed_at = excluded.committed_at"),
                {type, ack, now}))
            return e;
        QSqlQuery del(m_store.database());
        if (!seq.isNull()) {
            if (auto e
                = exec(del, QStringLiteral("DELETE FROM pending_log WHERE type = ? AND seq <= ?"),
                    {type, seq}))
                return e;
            if (auto e
                = exec(del, QStringLiteral("DELETE FROM pending_acks WHERE type = ? AND seq <= ?"),
                    {type, seq}))
                return e;
        } else if (auto e
            = exec(del, QStringLiteral("DELETE FROM pending_acks WHERE type = ? AND ack = ?"),
                {type, ack})) {
            return e;
        }
    }
    return tx.commit();
}

Error AckBook::clear(const QList<SyncEntityType> &types)
{
    QStringList names;
    for (SyncEntityType t : types)
        names << entityTypeName(t);
    return clear(names);
}

Error AckBook::clear(const QStringList &typeNames)
{
    MirrorTransaction tx(m_store);
    if (tx.beginError())
        return tx.beginError();
    const Exec exec {m_store, QStringLiteral("checkpoints")};
    QSqlQuery q(m_store.database());
    for (const QString &type : typeNames) {
        for (const char *table : {"checkpoints", "pending_acks", "pending_log"}) {
            if (auto e = exec(q,
                    QStringLiteral("DELETE FROM %1 WHERE type = ?").arg(QLatin1StringView(table)),
                    {type}))
                return e;
        }
    }
    return tx.commit();
}

Error AckBook::clearAll()
{
    MirrorTransaction tx(m_store);
    if (tx.beginError())
        return tx.beginError();
    const Exec exec {m_store, QStringLiteral("checkpoints")};
    QSqlQuery q(m_store.database());
    for (const char *table : {"checkpoints", "pending_acks", "pending_log"}) {
        if (auto e = exec(q, QStringLiteral("DELETE FROM %1").arg(QLatin1StringView(table))))
            return e;
    }
    return tx.commit();
}

Error AckBook::clearPending()
{
    MirrorTransaction tx(m_store);
    if (tx.beginError())
        return tx.beginError();
    const Exec exec {m_store, QStringLiteral("pending acks")};
    QSqlQuery q(m_store.database());
    for (const char *table : {"pending_acks", "pending_log"}) {
        if (auto e = exec(q, QStringLiteral("DELETE FROM %1").arg(QLatin1StringView(table))))
            return e;
    }
    return tx.commit();
}

} // namespace Tidemark
