// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Fixture of the reliability tests: the in-process dev server, a session, a SyncService writing a
// real SQLite mirror, and the invariants every fault scenario must keep:
//  - the mirror equals the server's library (asset, album and user ids; asset fields as the
//    server sent them in a reference stream of the same library);
//  - the server's checkpoints never pass what the mirror committed: each is an ack the mirror
//    recorded in the transaction of its data (see checkAcksNotAhead());
//  - no duplicate rows.
// The reference stream is a dry run of a fresh session: for an unchanged library the server sends
// the same assets with the same fields to every new session (acks of some types carry the time of
// the request, so acks are not compared with it).

#include "DevServer.h"
#include "mirror/AckBook.h"
#include "mirror/MirrorStore.h"
#include "sync/SyncService.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Reliability {

using namespace Tidemark;

inline TidemarkDev::LibrarySpec multiTypeSpec(int own = 400, int partner = 100)
{
    TidemarkDev::LibrarySpec s;
    s.ownAssets = own;
    s.partnerAssets = partner;
    s.albums = 3;
    return s;
}

//! One line of the reference stream.
struct RefLine
{
    QString type;
    QString ack;
    QJsonObject data;
    qint64 byteOffset = 0; //!< of the line's first byte in the body
    qint64 size = 0; //!< bytes, with the \n
};

//! Reads a JSONL export (one stream line per line, as received).
inline QList<RefLine> readStream(const QString &path)
{
    QList<RefLine> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    qint64 offset = 0;
    while (!f.atEnd()) {
        const QByteArray raw = f.readLine();
        const QJsonObject o = QJsonDocument::fromJson(raw.trimmed()).object();
        RefLine l;
        l.type = o.value(QStringLiteral("type")).toString();
        l.ack = o.value(QStringLiteral("ack")).toString();
        l.data = o.value(QStringLiteral("data")).toObject();
        l.byteOffset = offset;
        l.size = raw.size();
        offset += raw.size();
        out.append(l);
    }
    return out;
}

struct Env
{
    QTemporaryDir dir;
    TidemarkDev::DevServer server;
    QString token;
    std::unique_ptr<SyncService> svc;
    int mirrorNo = 0;
    int inactivityMs = 10000;
    SyncTuning tuning;

    Env()
    {
        tuning.retry.maxRetries = 0;
        tuning.retry.baseDelayMs = 50;
        tuning.retry.maxDelayMs = 2000;
        tuning.spillDirectory = dir.path();
    }

    bool start(const TidemarkDev::LibrarySpec &spec = multiTypeSpec())
    {
        if (!server.setVersion(QStringLiteral("2.7.5")))
            return false;
        server.generateLibrary(spec);
        if (!server.start())
            return false;
        newSession();
        return true;
    }
    //! A new login, a new empty mirror and a new service.
    void newSession()
    {
        ++mirrorNo;
        newLogin();
    }
    //! A new login on the same mirror (after "log in again").
    void newLogin()
    {
        token = server.createSession(TidemarkDev::DevServer::adminEmail());
        svc = std::make_unique<SyncService>();
        svc->setConnection(connection());
        svc->setTuning(tuning);
    }
    void applyTuning() { svc->setTuning(tuning); }
    SyncConnection connection() const
    {
        SyncConnection c;
        c.apiBase = QUrl(server.baseUrl().toString() + QStringLiteral("/api"));
        c.sessionToken = token;
        c.userId = server.adminUserId();
        c.serverVersion = QVersionNumber(2, 7, 5);
        c.mirrorPath = mirrorPath();
        c.inactivityTimeoutMs = inactivityMs;
        return c;
    }
    QString mirrorPath() const
    {
        return dir.filePath(QStringLiteral("mirror-%1.sqlite").arg(mirrorNo));
    }

    //! Every runFinished() of one stream run (a server reset is followed by a second run).
    QList<RunResult> stream(const StreamOptions &o = {}, int timeoutMs = 60000)
    {
        QSignalSpy spy(svc.get(), &SyncService::runFinished);
        svc->startStream(o);
        QList<RunResult> results;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            if (spy.isEmpty() && !spy.wait(int(timeoutMs - t.elapsed())))
                break;
            while (!spy.isEmpty())
                results.append(spy.takeFirst().at(0).value<RunResult>());
            if (!results.isEmpty() && results.last().outcome != RunOutcome::ResetByServer)
                break;
        }
        QElapsedTimer idle;
        idle.start();
        while (svc->isRunning() && idle.elapsed() < 5000)
            QTest::qWait(5);
        return results;
    }
    RunResult streamOnce(const StreamOptions &o = {})
    {
        const QList<RunResult> r = stream(o);
        return r.isEmpty() ? RunResult() : r.last();
    }

    QHash<QString, QString> serverCheckpoints() const
    {
        QHash<QString, QString> h;
        for (const auto &[type, ack] : server.checkpoints(token))
            h.insert(type, ack);
        return h;
    }
};

//! Reads the mirror through its own connection (merging what a crash left staged, like the app).
struct MirrorView
{
    MirrorStore store;
    Error openError;
    explicit MirrorView(const QString &path) { openError = store.open(path); }
    QSet<QString> assetIds() { return store.allAssetIds().value; }
    QStringList column(const QString &sql)
    {
        QStringList out;
        QSqlQuery q(store.database());
        if (!q.exec(sql))
            return {QStringLiteral("<error: %1>").arg(sql)};
        while (q.next())
            out << q.value(0).toString();
        return out;
    }
};

inline QSet<QString> toSet(const QStringList &l)
{
    return QSet<QString>(l.cbegin(), l.cend());
}

//! Every server checkpoint is one the mirror recorded together with its data: the mirror's
//! committed ack of that type, or one still in its pending log (sent, but the answer was lost).
//! A server ack the mirror never recorded would be ahead of its data. Empty when fine.
inline QString checkAcksNotAhead(const QHash<QString, QString> &serverAcks, MirrorView &mirror)
{
    AckBook book(mirror.store);
    QHash<QString, QString> committed;
    for (const CommittedAck &c : book.committed().value)
        committed.insert(c.type, c.ack);
    QSet<QString> logged;
    for (const PendingAck &p : book.pendingLog().value)
        logged.insert(p.ack);
    for (auto it = serverAcks.cbegin(); it != serverAcks.cend(); ++it) {
        if (committed.value(it.key()) == it.value() || logged.contains(it.value()))
            continue;
        // The server marks a backfill complete by itself when the entity it belongs to is acked.
        if (it.value().section(u'|', 0, 0).contains(QLatin1StringView("Backfill"))
            && it.value().endsWith(QLatin1StringView("|complete")))
            continue;
        QStringList log;
        for (const PendingAck &p : book.pendingLog().value)
            if (p.type == it.key())
                log << p.ack;
        return QStringLiteral("server has %1 = %2; the mirror committed %3, pending [%4]")
            .arg(it.key(), it.value(), committed.value(it.key(), QStringLiteral("nothing")),
                log.join(QLatin1StringView(", ")));
    }
    return {};
}

//! The mirror equals the server's library; empty when it does.
inline QString checkMirrorEqualsServer(
    Env &env, MirrorView &mirror, const QList<RefLine> &reference)
{
    if (mirror.openError.isError())
        return QStringLiteral("mirror does not open: ") + mirror.openError.technicalDetails();
    const QStringList visible = env.server.visibleAssetIds(env.server.adminUserId());
    const QSet<QString> mine = mirror.assetIds();
    if (mine != toSet(visible))
        return QStringLiteral("assets differ: mirror %1, server %2 (missing %3, extra %4)")
            .arg(mine.size())
            .arg(visible.size())
            .arg((toSet(visible) - mine).size())
            .arg((mine - toSet(visible)).size());
    const QSet<QString> albums = toSet(mirror.column(QStringLiteral("SELECT id FROM albums")));
    if (albums != toSet(env.server.albumIds(env.server.adminUserId())))
        return QStringLiteral("albums differ");
    const QSet<QString> users = toSet(mirror.column(QStringLiteral("SELECT id FROM users")));
    if (!users.contains(env.server.adminUserId()) || !users.contains(env.server.partnerUserId()))
        return QStringLiteral("users missing");
    // No duplicates where the schema has no key to forbid them, and none where it has.
    for (const QString &sql : {QStringLiteral("SELECT COUNT(*) - COUNT(DISTINCT id) FROM assets"),
             QStringLiteral("SELECT COUNT(*) - COUNT(DISTINCT asset_id) FROM exif"),
             QStringLiteral(
                 "SELECT COUNT(*) - COUNT(DISTINCT album_id || '/' || asset_id) FROM album_assets"),
             QStringLiteral("SELECT COUNT(*) FROM (SELECT type FROM pending_acks GROUP BY type "
                            "HAVING COUNT(*) > 1)")}) {
        const QStringList v = mirror.column(sql);
        if (v != QStringList {QStringLiteral("0")})
            return QStringLiteral("duplicates: %1 -> %2").arg(sql, v.join(u','));
    }
    // Fields: the last upsert of each own asset in the reference stream.
    QHash<QString, QJsonObject> sent;
    for (const RefLine &l : reference)
        if (l.type == QLatin1StringView("AssetV1") || l.type == QLatin1StringView("PartnerAssetV1"))
            sent.insert(l.data.value(QStringLiteral("id")).toString(), l.data);
    QSqlQuery q(mirror.store.database());
    if (!q.exec(QStringLiteral("SELECT id, checksum, is_favorite, deleted_at IS NOT NULL, "
                               "original_file_name FROM assets")))
        return QStringLiteral("asset fields not readable");
    int compared = 0;
    while (q.next()) {
        const auto it = sent.constFind(q.value(0).toString());
        if (it == sent.cend())
            continue;
        ++compared;
        const QJsonObject &d = *it;
        if (q.value(1).toString() != d.value(QStringLiteral("checksum")).toString()
            || q.value(2).toBool() != d.value(QStringLiteral("isFavorite")).toBool()
            || q.value(3).toBool() != d.value(QStringLiteral("deletedAt")).isString()
            || q.value(4).toString() != d.value(QStringLiteral("originalFileName")).toString())
            return QStringLiteral("asset %1 differs from what the server sent")
                .arg(q.value(0).toString());
    }
    if (!sent.isEmpty() && compared == 0)
        return QStringLiteral("no asset fields compared");
    return {};
}

} // namespace Reliability
