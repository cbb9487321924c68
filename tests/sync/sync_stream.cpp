// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// SyncService stream runs against the in-process dev server over loopback, into a real mirror.

#include "SyncTestEnv.h"

#include "protocol/AckString.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <csignal>

using namespace Tidemark;
using namespace SyncTest;

namespace {

//! For every server checkpoint: the position of its ack in the exported stream; every asset line
//! of that type at or before it must be in the mirror (the server never got ahead of the data).
QString checkAcksCovered(const QString &exportPath, const QHash<QString, QString> &checkpoints,
    const QSet<QString> &mirrorIds)
{
    QFile f(exportPath);
    if (!f.open(QIODevice::ReadOnly)) {
        // Killed before the first line was exported (a slow start, e.g. under ASan): then nothing
        // may have been acked either.
        return checkpoints.isEmpty()
            ? QString()
            : QStringLiteral("no export, yet the server has %1 checkpoints")
                  .arg(checkpoints.size());
    }
    QList<QJsonObject> lines;
    while (!f.atEnd()) {
        const QByteArray l = f.readLine().trimmed();
        if (!l.isEmpty())
            lines.append(QJsonDocument::fromJson(l).object());
    }
    for (auto it = checkpoints.cbegin(); it != checkpoints.cend(); ++it) {
        qsizetype pos = -1;
        for (qsizetype i = 0; i < lines.size(); ++i)
            if (lines[i].value(QStringLiteral("ack")).toString() == it.value())
                pos = i;
        if (pos < 0)
            continue; // a checkpoint from an earlier run or written by the server itself
        for (qsizetype i = 0; i <= pos; ++i) {
            const QString type = lines[i].value(QStringLiteral("type")).toString();
            const QString ackType
                = lines[i].value(QStringLiteral("ack")).toString().section(u'|', 0, 0);
            if (ackType != it.key())
                continue;
            const QJsonObject data = lines[i].value(QStringLiteral("data")).toObject();
            const bool assetUpsert = type.contains(QLatin1StringView("Asset"))
                && !type.contains(QLatin1StringView("Delete"))
                && !type.contains(QLatin1StringView("Exif"))
                && !type.contains(QLatin1StringView("Face"))
                && !type.contains(QLatin1StringView("Metadata"))
                && !type.contains(QLatin1StringView("Edit"))
                && !type.startsWith(QLatin1StringView("AlbumToAsset"))
                && !type.startsWith(QLatin1StringView("MemoryToAsset"))
                && type != QLatin1StringView("SyncAckV1");
            if (assetUpsert && data.contains(QStringLiteral("id"))) {
                const QString id = data.value(QStringLiteral("id")).toString();
                if (!mirrorIds.contains(id))
                    return QStringLiteral("server acked %1 (%2) but asset %3 is not in the mirror")
                        .arg(it.key(), it.value(), id);
            }
        }
    }
    return {};
}

TidemarkDev::LibrarySpec multiTypeSpec()
{
    TidemarkDev::LibrarySpec s;
    s.ownAssets = 700;
    s.partnerAssets = 150;
    s.albums = 3;
    return s;
}

} // namespace

class SyncStreamTest : public QObject
{
    Q_OBJECT
public:
    QString self;

private Q_SLOTS:
    void everyEventTypeReachesTheMirror()
    {
        Env env;
        QVERIFY(env.start());
        QSignalSpy progress(env.svc.get(), &SyncService::progress);
        QSignalSpy logged(env.svc.get(), &SyncService::eventsLogged);
        QSignalSpy changed(env.svc.get(), &SyncService::mirrorChanged);
        const RunResult r = env.streamOnce();
        QCOMPARE(runOutcomeName(r.outcome), runOutcomeName(RunOutcome::Complete));
        QVERIFY(r.ackRequests >= 1);
        QVERIFY(!progress.isEmpty());
        QVERIFY(!logged.isEmpty());
        QVERIFY(!changed.isEmpty());
        for (const char *t : {"AuthUserV1", "UserV1", "PartnerV1", "AssetV1", "AssetExifV1",
                 "PartnerAssetV1", "AlbumV1", "AlbumUserV1", "AlbumToAssetV1", "StackV1",
                 "MemoryV1", "PersonV1", "AssetFaceV2", "UserMetadataV1", "AssetMetadataV1",
                 "AssetEditV1", "SyncCompleteV1"})
            QVERIFY2(r.perType.value(QString::fromLatin1(t)) > 0, t);

        Mirror m(env.mirrorPath());
        const MirrorTableCounts c = m.counts();
        for (const char *t : {"users", "auth_user", "partners", "assets", "exif", "albums",
                 "album_users", "album_assets", "stacks", "memories", "memory_assets", "people",
                 "asset_faces", "user_metadata", "asset_metadata", "asset_edits"})
            QVERIFY2(c.value(QString::fromLatin1(t)) > 0, t);
        QCOMPARE(m.assetIds(), env.serverVisibleIds());

        const auto cps = env.serverCheckpoints();
        QVERIFY(cps.contains(QStringLiteral("SyncCompleteV1")));
        QVERIFY(cps.contains(QStringLiteral("AssetV1")));

        // Everything acked: the next run is just the completion line.
        const RunResult again = env.streamOnce();
        QCOMPARE(again.outcome, RunOutcome::Complete);
        QCOMPARE(again.events, 1);
    }

    void manualModeKeepsAcksPendingUntilSent()
    {
        Env env;
        QVERIFY(env.start());
        StreamOptions o;
        o.mode = AckMode::Manual;
        const RunResult r = env.streamOnce(o);
        QCOMPARE(r.outcome, RunOutcome::Complete);
        QCOMPARE(r.ackRequests, 0);
        QVERIFY(!env.serverCheckpoints().contains(QStringLiteral("AssetV1")));
        QVERIFY(Mirror(env.mirrorPath()).assetIds() == env.serverVisibleIds());

        QSignalSpy cps(env.svc.get(), &SyncService::checkpointsChanged);
        env.svc->refreshCheckpoints();
        QVERIFY(cps.wait(10000));
        auto rows = cps.takeLast().at(0).value<QList<CheckpointRow>>();
        QString pendingAsset;
        for (const CheckpointRow &row : rows)
            if (row.type == QLatin1StringView("AssetV1"))
                pendingAsset = row.pendingAck;
        QVERIFY(!pendingAsset.isEmpty());
        QVERIFY(AckString(pendingAsset).timestamp().isValid());

        // Per type: only AssetV1 reaches the server.
        PendingAckScope scope;
        scope.kind = PendingAckScope::Kind::Types;
        scope.types = {QStringLiteral("AssetV1")};
        env.svc->sendPendingAcks(scope);
        QVERIFY(cps.wait(10000));
        QCOMPARE(env.serverCheckpoints().value(QStringLiteral("AssetV1")), pendingAsset);
        QVERIFY(!env.serverCheckpoints().contains(QStringLiteral("SyncCompleteV1")));
        rows = cps.takeLast().at(0).value<QList<CheckpointRow>>();
        for (const CheckpointRow &row : rows)
            if (row.type == QLatin1StringView("AssetV1")) {
                QCOMPARE(row.pendingCount, 0);
                QCOMPARE(row.localAck, pendingAsset);
                QVERIFY(row.agree());
            }

        // Up to a sequence: the types whose pending ack is at or before it.
        Mirror m(env.mirrorPath());
        const QList<PendingAck> log = AckBook(m.store).pendingLog().value;
        QVERIFY(log.size() > 2);
        const PendingAck middle = log.at(log.size() / 2);
        scope.kind = PendingAckScope::Kind::UpToSequence;
        scope.sequence = middle.seq;
        env.svc->sendPendingAcks(scope);
        QVERIFY(cps.wait(10000));
        QCOMPARE(env.serverCheckpoints().value(middle.type), middle.ack);
        QVERIFY(!env.serverCheckpoints().contains(QStringLiteral("SyncCompleteV1")));

        // All: the rest, including the completion.
        scope.kind = PendingAckScope::Kind::All;
        env.svc->sendPendingAcks(scope);
        QVERIFY(cps.wait(10000));
        QVERIFY(env.serverCheckpoints().contains(QStringLiteral("SyncCompleteV1")));
        QVERIFY(AckBook(m.store).pendingLog().value.isEmpty());
        QCOMPARE(env.streamOnce().events, 1);
    }

    void dryRunPersistsAndAcksNothing()
    {
        Env env;
        QVERIFY(env.start());
        StreamOptions o;
        o.mode = AckMode::DryRun;
        QSignalSpy logged(env.svc.get(), &SyncService::eventsLogged);
        const RunResult r = env.streamOnce(o);
        QCOMPARE(r.outcome, RunOutcome::Complete);
        QVERIFY(r.events > 100);
        QCOMPARE(r.ackRequests, 0);
        QVERIFY(!logged.isEmpty());
        QVERIFY(Mirror(env.mirrorPath()).assetIds().isEmpty());
        for (const auto &[type, ack] : env.server.checkpoints(env.token))
            QVERIFY2(type.contains(QLatin1StringView("Backfill")),
                qPrintable(type)); // only server-written ones
    }

    void serverResetWipesAndStartsAFreshRun_data()
    {
        QTest::addColumn<bool>("stale");
        QTest::newRow("pending reset") << false;
        QTest::newRow("30-day staleness") << true;
    }
    void serverResetWipesAndStartsAFreshRun()
    {
        QFETCH(bool, stale);
        Env env;
        QVERIFY(env.start());
        QCOMPARE(env.streamOnce().outcome, RunOutcome::Complete);
        // Something only the old data has: it must be gone after the wipe.
        const QString gone = env.server.ownedAssetIds(env.server.adminUserId()).first();
        env.server.deleteAsset(gone);
        env.server.clearFaults();
        if (stale)
            env.server.setSessionCompleteCheckpointAge(env.token, 40);
        else
            env.server.setPendingReset(env.token, true);
        QSignalSpy started(env.svc.get(), &SyncService::runStarted);
        const QList<RunResult> results = env.stream();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0].outcome, RunOutcome::ResetByServer);
        QCOMPARE(results[1].outcome, RunOutcome::Complete);
        QVERIFY(results[1].runId != results[0].runId);
        QCOMPARE(started.size(), 2);
        QVERIFY(!env.server.pendingReset(env.token));
        Mirror m(env.mirrorPath());
        QVERIFY(!m.assetIds().contains(gone));
        QCOMPARE(m.assetIds(), env.serverVisibleIds());
    }

    void cutRunsResumeWithoutAckingUncommittedData()
    {
        Env env;
        QVERIFY(env.start(QStringLiteral("2.7.5"), multiTypeSpec()));
        // Size of the whole first stream.
        StreamOptions probe;
        probe.mode = AckMode::DryRun;
        const RunResult full = env.streamOnce(probe);
        QVERIFY2(full.events > 1500, qPrintable(QString::number(full.events)));
        const qint64 total = full.bytes;
        const QString exportPath = env.dir.filePath(QStringLiteral("cut.jsonl"));
        const int cuts = 50;
        for (int i = 1; i <= cuts; ++i) {
            env.newSession();
            const qint64 at = total * i / (cuts + 1) + i * 7; // not aligned to lines
            TidemarkDev::Fault f;
            f.kind = TidemarkDev::Fault::Kind::CutAfterBytes;
            f.path = QStringLiteral("/api/sync/stream");
            f.after = at;
            env.server.addFault(f);
            StreamOptions o;
            o.jsonlExportPath = exportPath;
            const RunResult cut = env.streamOnce(o);
            QVERIFY2(cut.outcome == RunOutcome::Interrupted,
                qPrintable(
                    runOutcomeName(cut.outcome) + QLatin1Char(' ') + cut.error.technicalDetails()));
            const QString bad = checkAcksCovered(
                exportPath, env.serverCheckpoints(), Mirror(env.mirrorPath()).assetIds());
            QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("cut at %1: %2").arg(at).arg(bad)));
            env.server.clearFaults();
            const RunResult resumed = env.streamOnce();
            QCOMPARE(resumed.outcome, RunOutcome::Complete);
            Mirror m(env.mirrorPath());
            QCOMPARE(m.assetIds(), env.serverVisibleIds());
            const MirrorTableCounts c = m.counts();
            QVERIFY(c.value(QStringLiteral("exif")) > 0);
            QCOMPARE(c.value(QStringLiteral("albums")),
                qint64(env.server.albumIds(env.server.adminUserId()).size()));
        }
    }

    void killedProcessResumes()
    {
        Env env;
        TidemarkDev::LibrarySpec spec = multiTypeSpec();
        spec.ownAssets = 80000; // a run of several seconds: every kill lands mid-run
        QVERIFY(env.start(QStringLiteral("2.7.5"), spec));
        for (int delayMs : {150, 400, 900}) {
            env.newSession();
            const QString exportPath
                = env.dir.filePath(QStringLiteral("kill-%1.jsonl").arg(delayMs));
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(self,
                {QStringLiteral("--child"), env.connection().apiBase.toString(), env.token,
                    env.server.adminUserId(), env.version, env.mirrorPath(), exportPath});
            QVERIFY(child.waitForStarted());
            QTest::qWait(delayMs);
            // Never kill(0, …): that would be this whole process group.
            const qint64 pid = child.processId();
            QVERIFY2(child.state() == QProcess::Running && pid > 0,
                "the child ended before it could be killed");
            ::kill(pid_t(pid), SIGKILL);
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            const QString bad = checkAcksCovered(
                exportPath, env.serverCheckpoints(), Mirror(env.mirrorPath()).assetIds());
            QVERIFY2(bad.isEmpty(),
                qPrintable(QStringLiteral("killed after %1 ms: %2").arg(delayMs).arg(bad)));
            const RunResult resumed = env.streamOnce();
            QCOMPARE(resumed.outcome, RunOutcome::Complete);
            QCOMPARE(Mirror(env.mirrorPath()).assetIds(), env.serverVisibleIds());
        }
    }

    void partnerAddedLaterIsBackfilled()
    {
        Env env;
        QVERIFY(env.start());
        QCOMPARE(env.streamOnce().outcome, RunOutcome::Complete);
        const QString carol = env.server.userIdByEmail(QStringLiteral("carol@example.test"));
        QVERIFY(!carol.isEmpty());
        const QStringList carolAssets = env.server.ownedAssetIds(carol);
        QVERIFY(!carolAssets.isEmpty());
        QVERIFY(!Mirror(env.mirrorPath()).assetIds().contains(carolAssets.first()));
        // Move the partner-asset checkpoint past Carol's (older) assets.
        env.server.updateAsset(env.server.ownedAssetIds(env.server.partnerUserId()).first());
        QCOMPARE(env.streamOnce().outcome, RunOutcome::Complete);
        env.server.addPartner(carol, env.server.adminUserId());
        const RunResult r = env.streamOnce();
        QCOMPARE(r.outcome, RunOutcome::Complete);
        QVERIFY2(r.perType.value(QStringLiteral("PartnerAssetBackfillV1")) > 0,
            qPrintable(QStringList(r.perType.keys()).join(QLatin1Char(','))));
        QVERIFY(r.perType.value(QStringLiteral("SyncAckV1")) > 0);
        Mirror m(env.mirrorPath());
        QVERIFY(m.assetIds().contains(carolAssets.first()));
        QCOMPARE(m.assetIds(), env.serverVisibleIds());
        QVERIFY(env.serverCheckpoints()
                    .value(QStringLiteral("PartnerAssetBackfillV1"))
                    .endsWith(QLatin1StringView("|complete")));
        QCOMPARE(env.streamOnce().events, 1);
    }

    void serverVersions_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("sendsComplete");
        QTest::newRow("1.133.0") << QStringLiteral("1.133.0") << false;
        QTest::newRow("1.135.3") << QStringLiteral("1.135.3") << false;
        QTest::newRow("2.7.5") << QStringLiteral("2.7.5") << true;
        QTest::newRow("3.1.0") << QStringLiteral("3.1.0") << true;
    }
    void serverVersions()
    {
        QFETCH(QString, version);
        QFETCH(bool, sendsComplete);
        Env env;
        QVERIFY(env.start(version));
        const RunResult r = env.streamOnce();
        QVERIFY2(r.outcome == RunOutcome::Complete, qPrintable(r.error.technicalDetails()));
        QCOMPARE(r.perType.contains(QStringLiteral("SyncCompleteV1")), sendsComplete);
        QVERIFY(r.unknownTypes.isEmpty());
        QCOMPARE(Mirror(env.mirrorPath()).assetIds(), env.serverVisibleIds());
        const RunResult again = env.streamOnce();
        QCOMPARE(again.outcome, RunOutcome::Complete);
        QCOMPARE(again.events, sendsComplete ? 1 : 0);
    }

    void revokedSessionMidStreamFailsAsUnauthorized()
    {
        Env env;
        QVERIFY(env.start(QStringLiteral("2.7.5"), multiTypeSpec()));
        env.setRetries(3);
        TidemarkDev::Fault f;
        f.kind = TidemarkDev::Fault::Kind::RevokeSessionAfterLines;
        f.path = QStringLiteral("/api/sync/stream");
        f.after = 200;
        env.server.addFault(f);
        const qint64 before = env.server.streamRequestCount();
        const RunResult r = env.streamOnce();
        QCOMPARE(r.outcome, RunOutcome::Failed);
        QCOMPARE(kindName(r.error.kind), kindName(Error::Kind::Unauthorized));
        QCOMPARE(r.error.suggestedAction(), Error::Action::LogInAgain);
        QVERIFY(env.server.streamRequestCount() - before <= 2); // no loop
    }

    void serviceUnavailableIsRetriedHonouringRetryAfter()
    {
        Env env;
        QVERIFY(env.start());
        env.setRetries(2);
        TidemarkDev::Fault f;
        f.kind = TidemarkDev::Fault::Kind::HttpStatus;
        f.path = QStringLiteral("/api/sync/stream");
        f.status = 503;
        f.retryAfterSeconds = 1;
        env.server.addFault(f);
        QSignalSpy retry(env.svc.get(), &SyncService::retryScheduled);
        QElapsedTimer t;
        t.start();
        const RunResult r = env.streamOnce();
        QCOMPARE(r.outcome, RunOutcome::Complete);
        QCOMPARE(retry.size(), 1);
        QCOMPARE(retry.at(0).at(0).toInt(), 1);
        QVERIFY(retry.at(0).at(1).toInt() >= 1);
        QCOMPARE(retry.at(0).at(2).value<Error>().httpStatus, 503);
        QVERIFY(t.elapsed() >= 950);

        // Without retries the same answer is final.
        env.setRetries(0);
        env.server.addFault(f);
        const RunResult failed = env.streamOnce();
        QCOMPARE(failed.outcome, RunOutcome::Failed);
        QCOMPARE(failed.error.httpStatus, 503);
    }

    void cancelStopsAndResumesCleanly()
    {
        Env env;
        TidemarkDev::LibrarySpec spec = multiTypeSpec();
        spec.ownAssets = 20000;
        QVERIFY(env.start(QStringLiteral("2.7.5"), spec));
        QSignalSpy done(env.svc.get(), &SyncService::runFinished);
        QSignalSpy progress(env.svc.get(), &SyncService::progress);
        StreamOptions o;
        o.jsonlExportPath = env.dir.filePath(QStringLiteral("cancel.jsonl"));
        env.svc->startStream(o);
        QTRY_VERIFY_WITH_TIMEOUT(
            !progress.isEmpty() && progress.last().at(0).value<RunProgress>().events > 0, 20000);
        env.svc->cancel();
        QVERIFY(done.wait(20000));
        QCOMPARE(done.last().at(0).value<RunResult>().outcome, RunOutcome::Cancelled);
        const QString bad = checkAcksCovered(
            o.jsonlExportPath, env.serverCheckpoints(), Mirror(env.mirrorPath()).assetIds());
        QVERIFY2(bad.isEmpty(), qPrintable(bad));
        QCOMPARE(env.streamOnce().outcome, RunOutcome::Complete);
        QCOMPARE(Mirror(env.mirrorPath()).assetIds(), env.serverVisibleIds());
    }

    void apiKeyIsRefusedForTheStream()
    {
        Env env;
        QVERIFY(env.start());
        SyncConnection c = env.connection();
        c.sessionToken.clear();
        c.apiKey = env.server.createApiKey(TidemarkDev::DevServer::adminEmail());
        env.svc->setConnection(c);
        const RunResult r = env.streamOnce();
        QCOMPARE(r.outcome, RunOutcome::Failed);
        QCOMPARE(kindName(r.error.kind), kindName(Error::Kind::ApiKeyRefused));
    }
};

namespace {
//! Child mode for killedProcessResumes: sync until killed.
int runChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    SyncConnection c;
    c.apiBase = QUrl(a.value(2));
    c.sessionToken = a.value(3);
    c.userId = a.value(4);
    c.serverVersion = QVersionNumber::fromString(a.value(5));
    c.mirrorPath = a.value(6);
    SyncService svc;
    svc.setConnection(c);
    SyncTuning t;
    t.retry.maxRetries = 0;
    t.batchLines = 500; // many commits and acks, so kills land between and inside them
    svc.setTuning(t);
    StreamOptions o;
    o.jsonlExportPath = a.value(7);
    QObject::connect(&svc, &SyncService::runFinished, &app, &QCoreApplication::quit);
    QMetaObject::invokeMethod(
        &svc, [&] { svc.startStream(o); }, Qt::QueuedConnection);
    return app.exec();
}
} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0)
        return runChild(argc, argv);
    QCoreApplication app(argc, argv);
    SyncStreamTest test;
    test.self = QCoreApplication::applicationFilePath();
    return QTest::qExec(&test, argc, argv);
}

#include "sync_stream.moc"
