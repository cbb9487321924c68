// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The soak loop shared by the CI soak test (tests/reliability/soak.cpp, small) and
// bench/soak_bench (millions of events): one SyncService and one mirror live through many stream
// runs against the in-process dev server, with library mutations between runs (new, changed,
// trashed, restored, deleted assets, partner assets, album changes) and, every few runs, a new
// login that makes the server send the whole library again into the same mirror. The mutations
// keep the library's size, so memory has no reason to grow. After every run
// the process's resident memory is sampled (after handing free heap back to the system, so that
// the figure is what is live); after some, the mirror is compared with the server.

#include "DevServer.h"
#include "mirror/MirrorStore.h"
#include "sync/SyncService.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <malloc.h>

namespace Reliability {

struct SoakConfig
{
    int ownAssets = 10000;
    int partnerAssets = 1000;
    int iterations = 12;
    int newLoginEvery = 3; //!< a new session (full resend into the same mirror) every N runs
    int mutations = 1500; //!< library changes between two runs
    int compareEvery = 4; //!< mirror == server check every N runs (and after the last)
};

struct SoakSample
{
    int iteration = 0;
    qint64 events = 0; //!< of this run
    qint64 totalEvents = 0; //!< so far
    qint64 rssKiB = 0; //!< after the run
    qint64 ms = 0; //!< of this run
    bool newLogin = false;
};

inline qint64 residentKiB()
{
    ::malloc_trim(0);
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &l : f.readAll().split('\n'))
        if (l.startsWith("VmRSS:"))
            return l.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

//! Runs the loop; `sampled` sees every sample as it comes. Returns an error description or "".
inline QString runSoak(const SoakConfig &cfg,
    const std::function<void(const SoakSample &)> &sampled, QList<SoakSample> *samples = nullptr)
{
    using namespace Tidemark;
    QTemporaryDir dir;
    TidemarkDev::DevServer server;
    TidemarkDev::LibrarySpec spec;
    spec.ownAssets = cfg.ownAssets;
    spec.partnerAssets = cfg.partnerAssets;
    server.generateLibrary(spec);
    if (!server.start())
        return QStringLiteral("dev server: ") + server.errorString();
    const QString admin = server.adminUserId();
    const QString partner = server.partnerUserId();

    SyncService svc;
    SyncTuning tuning;
    tuning.retry.maxRetries = 0;
    tuning.spillDirectory = dir.path();
    svc.setTuning(tuning);
    SyncConnection c;
    c.apiBase = QUrl(server.baseUrl().toString() + QStringLiteral("/api"));
    c.userId = admin;
    c.serverVersion = QVersionNumber(2, 7, 5);
    c.mirrorPath = dir.filePath(QStringLiteral("soak.sqlite"));
    c.inactivityTimeoutMs = 60000;

    QRandomGenerator rng(7);
    qint64 total = 0;
    for (int i = 0; i < cfg.iterations; ++i) {
        SoakSample s;
        s.iteration = i;
        s.newLogin = i % qMax(1, cfg.newLoginEvery) == 0;
        if (s.newLogin) {
            c.sessionToken = server.createSession(TidemarkDev::DevServer::adminEmail());
            svc.setConnection(c);
        }
        if (i > 0) {
            // Mutations that keep the library's size: as many assets deleted as added (own and
            // partner), half of the budget changed, some trashed and restored, album changes.
            // A growing library would make the memory grow for a good reason and hide a leak.
            QStringList own = server.ownedAssetIds(admin);
            const int churn = cfg.mutations / 8;
            for (int m = 0; m < churn && own.size() > churn; ++m)
                server.deleteAsset(own.takeAt(rng.bounded(int(own.size()))));
            server.addAssets(admin, churn);
            for (int m = 0; m < cfg.mutations / 2 && !own.isEmpty(); ++m)
                server.updateAsset(own.at(rng.bounded(int(own.size()))));
            for (int m = 0; m < cfg.mutations / 16 && !own.isEmpty(); ++m) {
                const QString id = own.at(rng.bounded(int(own.size())));
                server.trashAsset(id);
                if (m % 2 == 0)
                    server.restoreAsset(id);
            }
            QStringList theirs = server.ownedAssetIds(partner);
            for (int m = 0; m < churn / 4 && theirs.size() > churn; ++m)
                server.deleteAsset(theirs.takeAt(rng.bounded(int(theirs.size()))));
            server.addAssets(partner, churn / 4);
            const QStringList albums = server.albumIds(admin);
            if (!albums.isEmpty() && own.size() > 20) {
                server.renameAlbum(albums.first(), QStringLiteral("Soak %1").arg(i));
                const QStringList some = own.mid(rng.bounded(int(own.size() - 20)), 10);
                server.addAssetsToAlbum(albums.first(), some);
                server.removeAssetFromAlbum(albums.first(), some.first());
            }
        }
        QSignalSpy done(&svc, &SyncService::runFinished);
        QElapsedTimer t;
        t.start();
        svc.startStream(StreamOptions());
        RunResult last;
        for (;;) {
            if (done.isEmpty() && !done.wait(300000))
                return QStringLiteral("run %1 did not finish").arg(i);
            last = done.takeFirst().at(0).value<RunResult>();
            s.events += last.events;
            if (last.outcome != RunOutcome::ResetByServer)
                break;
        }
        while (svc.isRunning())
            QTest::qWait(5);
        if (last.outcome != RunOutcome::Complete)
            return QStringLiteral("run %1: %2 %3")
                .arg(i)
                .arg(runOutcomeName(last.outcome), last.error.technicalDetails());
        s.ms = t.elapsed();
        total += s.events;
        s.totalEvents = total;
        if (i % qMax(1, cfg.compareEvery) == 0 || i == cfg.iterations - 1) {
            MirrorStore m;
            if (const Error e = m.open(c.mirrorPath); e.isError())
                return e.technicalDetails();
            const QStringList visible = server.visibleAssetIds(admin);
            if (m.allAssetIds().value != QSet<QString>(visible.cbegin(), visible.cend()))
                return QStringLiteral("run %1: the mirror differs from the server").arg(i);
        }
        s.rssKiB = residentKiB();
        if (samples)
            samples->append(s);
        if (sampled)
            sampled(s);
    }
    return {};
}

} // namespace Reliability
