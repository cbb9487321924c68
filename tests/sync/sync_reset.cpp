// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// When the mirror must start over: a reset the user asks for, a new login (a new server session
// without checkpoints), and a reset that was accepted by the server but never reached the wipe.
// In each case rows the server no longer has (a "ghost", as left by a deletion older than the
// server's audit window) must be gone afterwards, and the mirror must equal the server.

#include "SyncTestEnv.h"

#include "sync/MirrorAdapter.h"

using namespace Tidemark;
using namespace SyncTest;

namespace {

const QString kGhost = QStringLiteral("0badc0de-0000-4000-8000-000000000001");

void addGhost(const QString &mirrorPath, const QString &ownerId)
{
    Mirror m(mirrorPath);
    SyncEvent e;
    e.type = SyncEntityType::AssetV1;
    e.typeName = QStringLiteral("AssetV1");
    e.ack = QStringLiteral("AssetV1|019daa55-41ec-7115-89a8-b624088945e9");
    SyncAssetV1 a;
    a.id = kGhost;
    a.ownerId = ownerId;
    a.originalFileName = QStringLiteral("ghost.jpg");
    a.checksum = QStringLiteral("tESTkKxdqOx8Jqgo3EBntNevMcw=");
    a.type = QStringLiteral("IMAGE");
    a.visibility = QStringLiteral("timeline");
    e.payload = a;
    QVERIFY(m.store.applyBatch({e}).ok());
    QVERIFY(m.assetIds().contains(kGhost));
}

} // namespace

class SyncResetTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resetAskedByTheUserWipesStaleRows()
    {
        Env env;
        QVERIFY(env.start());
        QCOMPARE(env.streamOnce().outcome, RunOutcome::Complete);
        addGhost(env.mirrorPath(), env.server.adminUserId());

        // A normal run keeps the ghost (the server never mentions it again)...
        QCOMPARE(env.streamOnce().outcome, RunOutcome::Complete);
        QVERIFY(Mirror(env.mirrorPath()).assetIds().contains(kGhost));

        // ...a reset run rebuilds the mirror from scratch.
        StreamOptions o;
        o.reset = true;
        const RunResult r = env.streamOnce(o);
        QCOMPARE(runOutcomeName(r.outcome), runOutcomeName(RunOutcome::Complete));
        QCOMPARE(Mirror(env.mirrorPath()).assetIds(), env.serverVisibleIds());
        QVERIFY(env.serverCheckpoints().contains(QStringLiteral("SyncCompleteV1")));
        Mirror m(env.mirrorPath());
        QVERIFY(m.store.setting(SyncMirror::kResetPendingKey).value.isEmpty());
    }

    void aNewLoginStartsOver()
    {
        Env env;
        QVERIFY(env.start());
        QCOMPARE(env.streamOnce().outcome, RunOutcome::Complete);
        addGhost(env.mirrorPath(), env.server.adminUserId());

        // Log in again: same mirror, new session token.
        env.token = env.server.createSession(TidemarkDev::DevServer::adminEmail());
        env.svc->setConnection(env.connection());
        const RunResult r = env.streamOnce();
        QCOMPARE(runOutcomeName(r.outcome), runOutcomeName(RunOutcome::Complete));
        QCOMPARE(Mirror(env.mirrorPath()).assetIds(), env.serverVisibleIds());

        // The fingerprint is not the token.
        Mirror m(env.mirrorPath());
        const QString fp = m.store.setting(SyncMirror::kSessionFingerprintKey).value;
        QVERIFY(!fp.isEmpty());
        QVERIFY(!fp.contains(env.token) && !env.token.contains(fp));

        // Same session again: no reset, only the completion line.
        const RunResult again = env.streamOnce();
        QCOMPARE(again.outcome, RunOutcome::Complete);
        QCOMPARE(again.events, 1);
    }

    void anUnfinishedResetIsRedone()
    {
        Env env;
        QVERIFY(env.start());
        QCOMPARE(env.streamOnce().outcome, RunOutcome::Complete);
        addGhost(env.mirrorPath(), env.server.adminUserId());
        {
            // As left by a crash after the server accepted "reset": true, before the wipe.
            Mirror m(env.mirrorPath());
            QVERIFY(
                !m.store.setSetting(SyncMirror::kResetPendingKey, QStringLiteral("1")).isError());
        }
        QCOMPARE(env.streamOnce().outcome, RunOutcome::Complete);
        QCOMPARE(Mirror(env.mirrorPath()).assetIds(), env.serverVisibleIds());
    }

    void resetOnAServerWithoutTheFlag()
    {
        Env env;
        QVERIFY(env.start(QStringLiteral("1.133.0")));
        QCOMPARE(env.streamOnce().outcome, RunOutcome::Complete);
        QVERIFY(!env.serverCheckpoints().isEmpty());
        addGhost(env.mirrorPath(), env.server.adminUserId());
        StreamOptions o;
        o.reset = true;
        QCOMPARE(env.streamOnce(o).outcome, RunOutcome::Complete);
        QCOMPARE(Mirror(env.mirrorPath()).assetIds(), env.serverVisibleIds());
        QVERIFY(!env.serverCheckpoints().isEmpty());
    }

    void aDryRunCannotReset()
    {
        Env env;
        QVERIFY(env.start());
        QCOMPARE(env.streamOnce().outcome, RunOutcome::Complete);
        const auto before = env.serverCheckpoints();
        StreamOptions o;
        o.reset = true;
        o.mode = AckMode::DryRun;
        const RunResult r = env.streamOnce(o);
        QCOMPARE(r.outcome, RunOutcome::Failed);
        QCOMPARE(r.error.kind, Error::Kind::InvalidInput);
        QCOMPARE(env.serverCheckpoints(), before);
    }
};

QTEST_GUILESS_MAIN(SyncResetTest)
#include "sync_reset.moc"
