// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MirrorAdapter.h"

#include "mirror/MirrorStore.h"
#include "util/Logging.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Tidemark::SyncMirror {

namespace {

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Error sqlError(MirrorStore &store, const QString &what, const QSqlQuery &q)
{
    return store.storageError(what, q.lastError().text());
}

// Checkpoints are recorded as pending in the data's own transaction (AckBook); they become
// committed when the server answered 204 (markSent).
Error recordPending(MirrorStore &store, const QList<AckEntry> &entries, qint64 seqBase)
{
    QList<PendingAck> acks;
    acks.reserve(entries.size());
    for (const AckEntry &e : entries)
        acks.append(PendingAck {e.type, e.ack, seqBase + e.sequence, {}});
    return AckBook(store).recordPending(acks);
}

class MirrorSink final : public StreamSink
{
public:
    MirrorSink(QString path, QString self, bool bulk, int cacheKiB)
        : m_path(std::move(path)), m_self(std::move(self)), m_bulkWanted(bulk), m_cacheKiB(cacheKiB)
    { }

    //! The writer's memory bound: the mirror's defaults favour speed (a large cache, bulk loads
    //! with a larger one and in-memory sorting); the stream must also stay small.
    void boundMemory()
    {
        QSqlQuery q(m_store.database());
        q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(qMax(1024, m_cacheKiB)));
        q.exec(QStringLiteral("PRAGMA temp_store = FILE"));
    }
    ~MirrorSink() override { endBulkLoad(); }

    //! Restores the asset key; the browser indexes are left to a BrowserIndexBuilder after the
    //! run (see SyncWorker). A failure leaves the key for the next open() to restore.
    bool endBulkLoad()
    {
        if (!m_store.inBulkLoad())
            return false;
        boundMemory();
        const Error e = m_store.endBulkLoad(MirrorStore::IndexBuild::Deferred);
        if (e.isError())
            qCWarning(lcSync) << "ending the bulk load failed:" << e.technicalDetails();
        return true;
    }

    QStringList finish() override
    {
        // Readers see the bulk-loaded assets only from here on: tell them.
        const QStringList changed
            = endBulkLoad() ? QStringList {QStringLiteral("assets")} : QStringList {};
        // The run's transactions went through the WAL; give the space back before readers look.
        const MirrorResult<bool> cp = m_store.checkpointWal();
        if (!cp.ok())
            qCWarning(lcSync) << "WAL checkpoint after the run failed:"
                              << cp.error.technicalDetails();
        return changed;
    }

    Error open() override
    {
        MirrorOpenOptions options;
        options.deferBrowserIndexes = true; // never seconds of index builds before the first line
        const Error e = m_store.open(m_path, options);
        if (e.isError())
            return e;
        if (!m_self.isEmpty())
            m_store.setSelfUserId(m_self);
        const MirrorResult<qint64> next = AckBook(m_store).nextSequence();
        if (!next.ok())
            return next.error;
        m_seqBase = *next; // line numbers restart with every request; the log's order must not
        if (m_bulkWanted) {
            const MirrorResult<qint64> n = m_store.assetCount();
            if (n.ok() && *n == 0) {
                const Error b = m_store.beginBulkLoad();
                if (b.isError())
                    qCWarning(lcSync) << "bulk load not possible:" << b.technicalDetails();
            }
        }
        boundMemory();
        return {};
    }

    Error applyRun(
        std::span<const SyncEvent> run, const QList<AckEntry> &checkpoints, AckMode mode) override
    {
        if (run.empty())
            return {};
        const SyncEntityType type = run.front().type;
        MirrorTransaction tx(m_store);
        if (tx.beginError().isError())
            return tx.beginError();
        if (!isControlType(type)) {
            const MirrorResult<ApplyCounts> r = m_store.apply(type, run);
            if (!r.ok())
                return r.error;
            for (const QString &t : tablesFor(type))
                m_changed.insert(t);
        }
        if (!checkpoints.isEmpty()) {
            Q_UNUSED(mode); // both modes: pending until the server has it
            const Error e = recordPending(m_store, checkpoints, m_seqBase);
            if (e.isError())
                return e;
            m_changed.insert(QStringLiteral("pending_acks"));
        }
        return tx.commit();
    }

    Error markSent(const QStringList &acks) override { return AckBook(m_store).markSent(acks); }

    Error wipeServerData() override
    {
        const Error e = m_store.wipeServerData();
        if (!e.isError()) {
            // Checkpoints of wiped data must not survive (the wipe drops them too).
            const Error c = AckBook(m_store).clearAll();
            if (c.isError())
                return c;
            if (const Error r = m_store.setSetting(SyncMirror::kResetPendingKey, QString());
                r.isError())
                return r;
            for (const QString &t : {QStringLiteral("users"), QStringLiteral("partners"),
                     QStringLiteral("assets"), QStringLiteral("exif"), QStringLiteral("albums"),
                     QStringLiteral("album_assets"), QStringLiteral("album_users"),
                     QStringLiteral("checkpoints"), QStringLiteral("pending_acks")})
                m_changed.insert(t);
        }
        return e;
    }

    QStringList takeChangedTables() override
    {
        QStringList l(m_changed.begin(), m_changed.end());
        m_changed.clear();
        return l;
    }

private:
    MirrorStore m_store;
    QString m_path, m_self;
    bool m_bulkWanted;
    int m_cacheKiB;
    qint64 m_seqBase = 1;
    QSet<QString> m_changed;
};

} // namespace

std::unique_ptr<StreamSink> makeSink(
    const QString &mirrorPath, const QString &selfUserId, bool bulkLoad, int cacheKiB)
{
    return std::make_unique<MirrorSink>(mirrorPath, selfUserId, bulkLoad, cacheKiB);
}

QString sessionFingerprint(const QString &sessionToken)
{
    if (sessionToken.isEmpty())
        return {};
    const QByteArray digest
        = QCryptographicHash::hash(sessionToken.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.left(8).toHex());
}

QStringList tablesFor(SyncEntityType type)
{
    using E = SyncEntityType;
    switch (type) {
    case E::AuthUserV1:
        return {QStringLiteral("auth_user")};
    case E::UserV1:
        return {QStringLiteral("users")};
    case E::UserDeleteV1:
    case E::PartnerDeleteV1:
        return {QStringLiteral("users"), QStringLiteral("partners"), QStringLiteral("assets"),
            QStringLiteral("exif"), QStringLiteral("album_assets")};
    case E::PartnerV1:
        return {QStringLiteral("partners")};
    case E::AssetV1:
    case E::AssetV2:
    case E::PartnerAssetV1:
    case E::PartnerAssetV2:
    case E::PartnerAssetBackfillV1:
    case E::PartnerAssetBackfillV2:
    case E::AlbumAssetV1:
    case E::AlbumAssetCreateV1:
    case E::AlbumAssetUpdateV1:
    case E::AlbumAssetBackfillV1:
    case E::AlbumAssetCreateV2:
    case E::AlbumAssetUpdateV2:
    case E::AlbumAssetBackfillV2:
        return {QStringLiteral("assets")};
    case E::AssetDeleteV1:
    case E::PartnerAssetDeleteV1:
        return {QStringLiteral("assets"), QStringLiteral("exif"), QStringLiteral("album_assets"),
            QStringLiteral("asset_faces"), QStringLiteral("memory_assets"),
            QStringLiteral("asset_metadata"), QStringLiteral("asset_edits")};
    case E::AssetExifV1:
    case E::PartnerAssetExifV1:
    case E::PartnerAssetExifBackfillV1:
    case E::AlbumAssetExifV1:
    case E::AlbumAssetExifCreateV1:
    case E::AlbumAssetExifUpdateV1:
    case E::AlbumAssetExifBackfillV1:
        return {QStringLiteral("exif")};
    case E::StackV1:
    case E::StackDeleteV1:
    case E::PartnerStackV1:
    case E::PartnerStackBackfillV1:
    case E::PartnerStackDeleteV1:
        return {QStringLiteral("stacks")};
    case E::AlbumV1:
    case E::AlbumV2:
        return {QStringLiteral("albums")};
    case E::AlbumDeleteV1:
        return {QStringLiteral("albums"), QStringLiteral("album_assets"),
            QStringLiteral("album_users")};
    case E::AlbumUserV1:
    case E::AlbumUserBackfillV1:
    case E::AlbumUserDeleteV1:
        return {QStringLiteral("album_users")};
    case E::AlbumToAssetV1:
    case E::AlbumToAssetBackfillV1:
    case E::AlbumToAssetDeleteV1:
        return {QStringLiteral("album_assets")};
    case E::MemoryV1:
    case E::MemoryDeleteV1:
        return {QStringLiteral("memories"), QStringLiteral("memory_assets")};
    case E::MemoryToAssetV1:
    case E::MemoryToAssetDeleteV1:
        return {QStringLiteral("memory_assets")};
    case E::PersonV1:
    case E::PersonDeleteV1:
        return {QStringLiteral("people")};
    case E::AssetFaceV1:
    case E::AssetFaceV2:
    case E::AssetFaceDeleteV1:
        return {QStringLiteral("asset_faces")};
    case E::UserMetadataV1:
    case E::UserMetadataDeleteV1:
        return {QStringLiteral("user_metadata")};
    case E::AssetMetadataV1:
    case E::AssetMetadataDeleteV1:
        return {QStringLiteral("asset_metadata")};
    case E::AssetEditV1:
    case E::AssetEditDeleteV1:
        return {QStringLiteral("asset_edits")};
    case E::SyncAckV1:
    case E::SyncResetV1:
    case E::SyncCompleteV1:
    case E::Unknown:
        return {};
    }
    return {};
}

QList<CommittedAck> committed(MirrorStore &store, Error *error)
{
    const MirrorResult<QList<CommittedAck>> r = AckBook(store).committed();
    if (!r.ok() && error)
        *error = r.error;
    return r.value;
}

QList<PendingAck> pending(MirrorStore &store, Error *error)
{
    const MirrorResult<QList<PendingAck>> r = AckBook(store).pendingLog();
    if (!r.ok() && error)
        *error = r.error;
    return r.value;
}

Error markSent(MirrorStore &store, const QStringList &acks)
{
    return AckBook(store).markSent(acks);
}

Error discardPending(MirrorStore &store, const QStringList &types)
{
    if (types.isEmpty())
        return AckBook(store).clearPending();
    // AckBook clears pending acks only all at once; per type, directly in its tables.
    MirrorTransaction tx(store);
    if (tx.beginError().isError())
        return tx.beginError();
    for (const QString &table : {QStringLiteral("pending_log"), QStringLiteral("pending_acks")}) {
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE type = ?").arg(table));
        for (const QString &t : types) {
            q.addBindValue(t);
            if (!q.exec())
                return sqlError(store, QStringLiteral("mirror: ") + table, q);
        }
    }
    return tx.commit();
}

Error clearCheckpoints(MirrorStore &store, const QStringList &types)
{
    return types.isEmpty() ? AckBook(store).clearAll() : AckBook(store).clear(types);
}

qint64 recordRunStart(MirrorStore &store, RunKind kind, AckMode mode, Error *error)
{
    // The caller holds the mirror's write lock, so no other process has a run going: a row still
    // "running" belongs to a process that stopped (killed, crashed, power cut) before its end.
    QSqlQuery stale(store.database());
    stale.prepare(QStringLiteral("UPDATE runs SET outcome = ?, error_text = ? WHERE outcome = ?"));
    stale.addBindValue(runOutcomeName(RunOutcome::Interrupted));
    stale.addBindValue(QString::fromLatin1(kRunAbandonedText));
    stale.addBindValue(runOutcomeName(RunOutcome::Running));
    if (!stale.exec()) {
        if (error)
            *error = sqlError(store, QStringLiteral("mirror: runs"), stale);
        return 0;
    }
    QSqlQuery q(store.database());
    q.prepare(
        QStringLiteral("INSERT INTO runs(kind, mode, started_at, outcome) VALUES(?, ?, ?, ?)"));
    q.addBindValue(runKindName(kind));
    q.addBindValue(ackModeName(mode));
    q.addBindValue(nowText());
    q.addBindValue(runOutcomeName(RunOutcome::Running));
    if (!q.exec()) {
        if (error)
            *error = sqlError(store, QStringLiteral("mirror: runs"), q);
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

Error recordRunEnd(MirrorStore &store, const RunResult &r)
{
    if (r.runId <= 0)
        return {};
    QJsonObject counts;
    for (auto it = r.perType.cbegin(); it != r.perType.cend(); ++it)
        counts.insert(it.key(), it.value());
    QSqlQuery q(store.database());
    q.prepare(
        QStringLiteral("UPDATE runs SET finished_at = ?, outcome = ?, error_text = ?, bytes = ?, "
                       "events = ?, type_counts = ?, ack_requests = ? WHERE id = ?"));
    q.addBindValue(nowText());
    q.addBindValue(runOutcomeName(r.outcome));
    q.addBindValue(r.error.isError() ? r.error.technicalDetails() : QString());
    q.addBindValue(r.bytes);
    q.addBindValue(r.events);
    q.addBindValue(QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact)));
    q.addBindValue(r.ackRequests);
    q.addBindValue(r.runId);
    if (!q.exec())
        return sqlError(store, QStringLiteral("mirror: runs"), q);
    return {};
}

} // namespace Tidemark::SyncMirror
