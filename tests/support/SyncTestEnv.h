// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared fixture of the sync tests: a DevServer on loopback, a session, a SyncService writing a
// real SQLite mirror in a temporary folder, and helpers that wait for the end of a run.

#include "DevServer.h"
#include "mirror/AckBook.h"
#include "mirror/MirrorStore.h"
#include "sync/SyncService.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace SyncTest {

using namespace Tidemark;

inline TidemarkDev::LibrarySpec smallSpec(int own = 40, int partner = 12)
{
    TidemarkDev::LibrarySpec s;
    s.ownAssets = own;
    s.partnerAssets = partner;
    return s;
}

struct Env
{
    QTemporaryDir dir;
    TidemarkDev::DevServer server;
    QString token;
    QString version;
    std::unique_ptr<SyncService> svc;
    int mirrorNo = 0;

    bool start(const QString &ver = QStringLiteral("2.7.5"),
        const TidemarkDev::LibrarySpec &spec = smallSpec())
    {
        version = ver;
        if (!server.setVersion(ver))
            return false;
        server.generateLibrary(spec);
        if (!server.start())
            return false;
        newSession();
        return true;
    }
    //! A new login (no checkpoints), a new empty mirror and a new service.
    void newSession()
    {
        token = server.createSession(TidemarkDev::DevServer::adminEmail());
        ++mirrorNo;
        svc = std::make_unique<SyncService>();
        svc->setConnection(connection());
        SyncTuning t;
        t.retry.maxRetries = 0;
        t.retry.baseDelayMs = 50;
        t.retry.maxDelayMs = 2000;
        t.spillDirectory = dir.path();
        svc->setTuning(t);
    }
    SyncConnection connection() const
    {
        SyncConnection c;
        c.apiBase = QUrl(server.baseUrl().toString() + QStringLiteral("/api"));
        c.sessionToken = token;
        c.userId = server.adminUserId();
        c.serverVersion = QVersionNumber::fromString(version);
        c.mirrorPath = mirrorPath();
        c.inactivityTimeoutMs = 10000;
        return c;
    }
    QString mirrorPath() const
    {
        return dir.filePath(QStringLiteral("mirror-%1.sqlite").arg(mirrorNo));
    }
    void setRetries(int n)
    {
        SyncTuning t = svc->tuning();
        t.retry.maxRetries = n;
        svc->setTuning(t);
    }

    //! Runs a stream and returns every result until a final one (a reset is followed by a run).
    QList<RunResult> stream(const StreamOptions &o = {}, int timeoutMs = 60000)
    {
        QSignalSpy spy(svc.get(), &SyncService::runFinished);
        svc->startStream(o);
        QList<RunResult> results;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            if (spy.isEmpty() && !spy.wait(timeoutMs - int(t.elapsed())))
                break;
            while (!spy.isEmpty())
                results.append(spy.takeFirst().at(0).value<RunResult>());
            if (!results.isEmpty() && results.last().outcome != RunOutcome::ResetByServer)
                break;
            if (!results.isEmpty() && results.last().mode == AckMode::DryRun)
                break;
        }
        QElapsedTimer idle;
        idle.start();
        while (svc->isRunning() && idle.elapsed() < 5000)
            QTest::qWait(10);
        return results;
    }
    RunResult streamOnce(const StreamOptions &o = {})
    {
        const QList<RunResult> r = stream(o);
        return r.isEmpty() ? RunResult() : r.last();
    }

    QSet<QString> serverVisibleIds() const
    {
        const QStringList ids = server.visibleAssetIds(server.adminUserId());
        return QSet<QString>(ids.begin(), ids.end());
    }
    QHash<QString, QString> serverCheckpoints() const
    {
        QHash<QString, QString> h;
        for (const auto &[type, ack] : server.checkpoints(token))
            h.insert(type, ack);
        return h;
    }
};

//! A reader on the mirror (own connection in the test thread).
struct Mirror
{
    MirrorStore store;
    explicit Mirror(const QString &path) { store.open(path); }
    QSet<QString> assetIds() { return store.allAssetIds().value; }
    MirrorTableCounts counts() { return store.tableCounts().value; }
};

} // namespace SyncTest
