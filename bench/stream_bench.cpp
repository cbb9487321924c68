// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// stream_bench: how fast a first stream sync of N AssetV1 events goes, and with how much memory.
//
//   stream_bench [N=100000] [--server-version X.Y.Z] [--devserver PATH] [--keep] [--dry-run]
//   [--no-bulk]
//                [--cache-kib K] [--batch LINES]
//
// The dev server runs as a separate child process (tidemark-devserver from the build tree), so
// the figures below (peak RSS above all) are the client's alone. The client logs in, then runs a
// headless automatic-ack SyncService stream (AssetsV1 only) into a fresh mirror in a temporary
// folder and prints events/s, MB/s, wall time, peak RSS (VmHWM), ack requests and where the
// time went (parse / persist / network wait). A first sync leaves the asset browser's indexes
// to a background build after the run: the bench then also waits for them and prints when they
// were ready (and the peak RSS including that build).

#include "sync/SyncService.h"

#include "mirror/MirrorStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

using namespace Tidemark;

namespace {

qint64 vmHwmKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (f.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (const QByteArray &l : lines)
            if (l.startsWith("VmHWM:"))
                return l.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    rusage ru {};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

//! User + system CPU time in ms of this process (RUSAGE_SELF) or of its waited-for children.
qint64 cpuMs(int who)
{
    rusage ru {};
    getrusage(who, &ru);
    return (qint64(ru.ru_utime.tv_sec) + qint64(ru.ru_stime.tv_sec)) * 1000
        + (qint64(ru.ru_utime.tv_usec) + qint64(ru.ru_stime.tv_usec)) / 1000;
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 n = 100000;
    QString version = QStringLiteral("2.7.5");
    QString devserver = QStringLiteral(TIDEMARK_DEVSERVER_PATH);
    bool keep = false, dryRun = false, noBulk = false;
    int cacheKiB = -1, batchLines = -1;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1StringView("--server-version") && i + 1 < args.size())
            version = args[++i];
        else if (args[i] == QLatin1StringView("--devserver") && i + 1 < args.size())
            devserver = args[++i];
        else if (args[i] == QLatin1StringView("--keep"))
            keep = true;
        else if (args[i] == QLatin1StringView("--dry-run"))
            dryRun = true;
        else if (args[i] == QLatin1StringView("--no-bulk"))
            noBulk = true;
        else if (args[i] == QLatin1StringView("--cache-kib") && i + 1 < args.size())
            cacheKiB = args[++i].toInt();
        else if (args[i] == QLatin1StringView("--batch") && i + 1 < args.size())
            batchLines = args[++i].toInt();
        else
            n = args[i].toLongLong();
    }
    if (n <= 0) {
        QTextStream(stderr)
            << "usage: stream_bench [N] [--server-version X.Y.Z] [--devserver PATH]\n";
        return 2;
    }

    // 1. the server, as its own process
    QProcess server;
    server.setProcessChannelMode(QProcess::SeparateChannels);
    server.start(devserver,
        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--assets"),
            QString::number(n), QStringLiteral("--partner-assets"), QStringLiteral("0"),
            QStringLiteral("--version"), version});
    if (!server.waitForStarted(10000)) {
        QTextStream(stderr) << "cannot start " << devserver << ": " << server.errorString() << '\n';
        return 1;
    }
    QElapsedTimer genTimer;
    genTimer.start();
    QString base;
    while (base.isEmpty()) {
        if (!server.waitForReadyRead(600000)) {
            QTextStream(stderr) << "dev server did not start: " << server.readAllStandardError()
                                << '\n';
            return 1;
        }
        while (server.canReadLine()) {
            const QString line = QString::fromUtf8(server.readLine());
            const auto m = QRegularExpression(QStringLiteral("listening on (\\S+)")).match(line);
            if (m.hasMatch())
                base = m.captured(1);
        }
    }
    out() << "dev server (child process, pid " << server.processId() << "): Immich " << version
          << " at " << base << ", library of " << n << " assets generated in " << genTimer.elapsed()
          << " ms\n";
    out().flush();

    // 2. log in (a session: the stream refuses API keys)
    QNetworkAccessManager nam;
    QNetworkRequest login(QUrl(base + QStringLiteral("/api/auth/login")));
    login.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = nam.post(login,
        QJsonDocument(QJsonObject {{QStringLiteral("email"), QStringLiteral("admin@example.test")},
                          {QStringLiteral("password"), QStringLiteral("admin-password")}})
            .toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject lr = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    const QString token = lr.value(QStringLiteral("accessToken")).toString();
    if (token.isEmpty()) {
        QTextStream(stderr) << "login failed\n";
        return 1;
    }

    // 3. the sync
    QTemporaryDir dir;
    dir.setAutoRemove(!keep);
    SyncConnection c;
    c.apiBase = QUrl(base + QStringLiteral("/api"));
    c.sessionToken = token;
    c.userId = lr.value(QStringLiteral("userId")).toString();
    c.serverVersion = QVersionNumber::fromString(version);
    c.mirrorPath = dir.filePath(QStringLiteral("bench.sqlite"));
    SyncService svc;
    svc.setConnection(c);
    SyncTuning tuning;
    tuning.retry.maxRetries = 0;
    tuning.spillDirectory = dir.path();
    tuning.bulkLoadIntoEmptyMirror = !noBulk;
    if (cacheKiB > 0)
        tuning.mirrorCacheKiB = cacheKiB;
    if (batchLines > 0)
        tuning.batchLines = batchLines;
    svc.setTuning(tuning);

    StreamOptions opts;
    const bool v3 = QVersionNumber::fromString(version).majorVersion() >= 3;
    opts.types = {v3 ? SyncRequestType::AssetsV2 : SyncRequestType::AssetsV1};
    opts.mode = dryRun ? AckMode::DryRun : AckMode::Automatic;

    RunResult result;
    RunStatistics stats;
    qint64 lastPrint = 0;
    QObject::connect(&svc, &SyncService::progress, &app, [&](const RunProgress &p) {
        if (p.elapsedMs - lastPrint >= 1000) {
            lastPrint = p.elapsedMs;
            out() << "  " << p.elapsedMs << " ms: " << p.events << " received, " << p.committed
                  << " committed, " << qint64(p.eventsPerSecond) << " ev/s, RSS peak "
                  << vmHwmKb() / 1024 << " MB\n";
            out().flush();
        }
    });
    QObject::connect(
        &svc, &SyncService::runStatistics, &app, [&](const RunStatistics &s) { stats = s; });
    QObject::connect(&svc, &SyncService::runFinished, &app, [&](const RunResult &r) {
        result = r;
        app.quit();
    });
    const qint64 rssBefore = vmHwmKb();
    const qint64 cpuBefore = cpuMs(RUSAGE_SELF);
    QElapsedTimer wall;
    wall.start();
    QTimer::singleShot(0, &svc, [&] { svc.startStream(opts); });
    app.exec();
    const qint64 wallMs = wall.elapsed();
    const qint64 rssPeakKb = vmHwmKb(); // before the check below opens its own connection
    const qint64 runCpuMs = cpuMs(RUSAGE_SELF) - cpuBefore;

    // The browser indexes, built in the background after the run (if it deferred them).
    qint64 indexesReadyMs = -1;
    if (!dryRun) {
        MirrorStore watch;
        MirrorOpenOptions ro;
        ro.readOnly = true;
        ro.quickCheck = false;
        ro.cacheSizeKiB = 1024;
        if (!watch.open(c.mirrorPath, ro).isError()) {
            while (wall.elapsed() < wallMs + 300000) {
                const MirrorResult<bool> ready = watch.browserIndexesReady();
                if (!ready.ok() || ready.value)
                    break;
                QThread::msleep(10);
            }
            indexesReadyMs = wall.elapsed();
        }
    }
    const qint64 rssPeakIndexesKb = vmHwmKb();

    MirrorStore check;
    MirrorOpenOptions small;
    small.cacheSizeKiB = 2048;
    small.quickCheck = false;
    check.open(c.mirrorPath, small);
    const qint64 stored = check.assetCount().value;

    const double secs = double(wallMs) / 1000.0;
    out() << "\nresult: " << runOutcomeName(result.outcome)
          << (result.error.isError()
                     ? QStringLiteral(" (") + result.error.technicalDetails() + QLatin1Char(')')
                     : QString())
          << "\n"
          << "  events received      " << result.events << " (" << stats.committed << " committed, "
          << stored << " assets in the mirror)\n"
          << "  wall time            " << wallMs << " ms\n"
          << "  throughput           " << qint64(double(result.events) / secs) << " events/s, "
          << QString::number(double(result.bytes) / 1048576.0 / secs, 'f', 1) << " MB/s ("
          << QString::number(double(result.bytes) / 1048576.0, 'f', 1) << " MB body)\n"
          << "  peak RSS (VmHWM)     " << rssPeakKb / 1024 << " MB (before the run "
          << rssBefore / 1024 << " MB)\n"
          << "  browser indexes      ready " << indexesReadyMs << " ms after the start ("
          << (indexesReadyMs - wallMs) << " ms after the run), peak RSS then "
          << rssPeakIndexesKb / 1024 << " MB\n"
          << "  ack requests         " << result.ackRequests << "\n"
          << "  transactions         " << stats.transactions << "\n"
          << "  parse thread busy    " << qint64(stats.parseMs) << " ms, waiting for network "
          << qint64(stats.networkWaitMs) << " ms\n"
          << "  persist thread busy  " << qint64(stats.persistMs) << " ms, waiting for parser "
          << qint64(stats.mirrorWaitMs) << " ms\n"
          << "  raw queue peak       " << stats.peakQueueBytes / 1024 << " KB in memory, "
          << stats.spilledBytes / 1024 << " KB spilled to disk\n";
    out().flush();

    server.terminate();
    server.waitForFinished(5000);
    // On 2 cores wall time is at least (client + server CPU) / 2: what a loaded machine cannot
    // hide.
    out() << "  CPU (user+sys)       client " << runCpuMs << " ms during the run; dev server "
          << cpuMs(RUSAGE_CHILDREN) << " ms in all (generation included)\n";
    out().flush();
    return result.outcome == RunOutcome::Complete ? 0 : 1;
    // (--dry-run: parse only, no mirror writes; --no-bulk: keep the browser indexes while loading)
}
