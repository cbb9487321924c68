// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The fault storm shared by bench/fault_bench (500 runs, by hand) and the CI test
// tests/reliability/fault_storm.cpp (30 runs, fixed seed): N runs of the real headless
// `tidemark stream` (a child process, one account, one mirror) against the in-process dev server,
// each with one random fault:
//   cut       the connection closes at a random byte of the stream body
//   stall     the stream stops sending (forever) at a random line; `--timeout 1` ends the wait
//   http      500 or 503 instead of the stream
//   malformed a line cut in half, or a record without its key, at a random line
//   ack       the 1st, 2nd or 3rd ack request of the run (and every later one) fails with 500
//   disk      the child's files may not grow past a random 1-49 KiB (RLIMIT_FSIZE: SQLite then
//             fails its writes as on a full disk, as in fault_matrix)
//   sigkill   SIGKILL of the child at a random moment of its run
// with random library changes on the server between runs. After every faulted run:
//   - `PRAGMA integrity_check` is ok;
//   - no server checkpoint is ahead of the mirror (checkAcksNotAhead);
//   - no duplicate rows;
//   - the mirror equals the server for everything the server's checkpoints cover: every asset,
//     partner asset and album whose latest update id (from a dry run of a fresh session, i.e. the
//     server's current state) is at or below the server's checkpoint of its type is in the mirror
//     with the fields the server has now;
// then a clean run (no fault) must exit 0 and leave the mirror equal to the server (ids of assets
// and albums, asset fields). Anything else is counted: rows lost, acks ahead, duplicates.
// Why a child process: SIGKILL and RLIMIT_FSIZE must hit the real program, not the test.

#include "ReliabilityEnv.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTextStream>

#include <csignal>
#include <functional>
#include <sys/resource.h>

namespace Reliability {

struct StormReport
{
    int runs = 0;
    QMap<QString, int> faults; //!< runs per fault kind
    QMap<int, int> exitCodes; //!< faulted runs per exit code (-9: killed)
    qint64 lost = 0; //!< rows the mirror lacks or holds stale (covered or after the clean run)
    qint64 extra = 0; //!< rows the mirror holds that the server deleted, after the clean run
    qint64 ahead = 0; //!< server checkpoints ahead of the mirror
    qint64 duplicates = 0; //!< duplicate rows
    qint64 integrityFailures = 0; //!< integrity_check not "ok"
    qint64 cleanRunFailures = 0; //!< the clean run after a fault did not exit 0
    QStringList problems; //!< the first few, for the log
    qint64 ms = 0;

    bool ok() const
    {
        return lost == 0 && extra == 0 && ahead == 0 && duplicates == 0 && integrityFailures == 0
            && cleanRunFailures == 0;
    }
    QString table() const
    {
        QString t;
        QTextStream s(&t);
        s << "runs               " << runs << " (" << ms / 1000 << " s)\n";
        s << "faults by kind\n";
        for (auto it = faults.cbegin(); it != faults.cend(); ++it)
            s << "  " << qSetFieldWidth(16) << Qt::left << it.key() << qSetFieldWidth(0)
              << it.value() << '\n';
        s << "exit codes of the faulted runs\n";
        for (auto it = exitCodes.cbegin(); it != exitCodes.cend(); ++it)
            s << "  " << qSetFieldWidth(16) << Qt::left
              << (it.key() == -9 ? QStringLiteral("killed") : QString::number(it.key()))
              << qSetFieldWidth(0) << it.value() << '\n';
        s << "rows lost          " << lost << '\n';
        s << "rows extra         " << extra << '\n';
        s << "acks ahead         " << ahead << '\n';
        s << "duplicates         " << duplicates << '\n';
        s << "integrity failures " << integrityFailures << '\n';
        s << "clean runs failed  " << cleanRunFailures << '\n';
        return t;
    }
};

class FaultStorm
{
public:
    FaultStorm(QString tidemarkBin, quint64 seed) : m_bin(std::move(tidemarkBin)), m_rng(seed) { }

    QString start(int ownAssets = 40, int partnerAssets = 10)
    {
        ::signal(SIGXFSZ, SIG_IGN); // inherited: the child's writes fail with EFBIG instead
        if (!m_env.server.setVersion(QStringLiteral("2.7.5")))
            return QStringLiteral("version");
        m_env.server.generateLibrary(multiTypeSpec(ownAssets, partnerAssets));
        if (!m_env.server.start())
            return m_env.server.errorString();
        m_token = m_env.server.createSession(TidemarkDev::DevServer::adminEmail());
        m_home = m_env.dir.filePath(QStringLiteral("home"));
        QDir().mkpath(m_home);
        m_procEnv = QProcessEnvironment::systemEnvironment();
        for (const QString &key : m_procEnv.keys())
            if (key.startsWith(QLatin1StringView("TIDEMARK_")))
                m_procEnv.remove(key);
        m_procEnv.insert(QStringLiteral("HOME"), m_home);
        m_procEnv.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/config"));
        m_procEnv.insert(QStringLiteral("XDG_DATA_HOME"), m_home + QStringLiteral("/data"));
        m_procEnv.insert(QStringLiteral("XDG_CACHE_HOME"), m_home + QStringLiteral("/cache"));
        m_procEnv.insert(QStringLiteral("TIDEMARK_NO_KEYCHAIN"), QStringLiteral("1"));
        m_procEnv.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_procEnv.insert(QStringLiteral("TIDEMARK_SESSION_TOKEN"), m_token);
        m_procEnv.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        // A first clean run: the mirror exists, and the sizes for the random points are known.
        const int code = runChild();
        if (code != 0)
            return QStringLiteral("first run exited %1").arg(code);
        m_mirror = findMirror();
        return m_mirror.isEmpty() ? QStringLiteral("no mirror under %1").arg(m_home) : QString();
    }

    StormReport run(int runs,
        const std::function<void(int, const QString &, const StormReport &)> &progress = {})
    {
        static const QStringList kinds {QStringLiteral("cut"), QStringLiteral("stall"),
            QStringLiteral("http"), QStringLiteral("malformed"), QStringLiteral("ack"),
            QStringLiteral("disk"), QStringLiteral("sigkill")};
        StormReport report;
        QElapsedTimer total;
        total.start();
        for (int i = 0; i < runs; ++i) {
            mutate();
            if (i % kNewLoginEvery == kNewLoginEvery - 1) {
                // A new login on the same mirror: the server sends everything again, so the
                // fault lands in a long stream too (an incremental one is a few lines).
                m_token = m_env.server.createSession(TidemarkDev::DevServer::adminEmail());
                m_procEnv.insert(QStringLiteral("TIDEMARK_SESSION_TOKEN"), m_token);
                m_expectLines = m_lastLines;
                m_expectBytes = m_lastBytes;
            }
            const QString kind = kinds.at(m_rng.bounded(int(kinds.size())));
            ++report.faults[kind];
            ++report.exitCodes[faultedRun(kind)];
            m_env.server.clearFaults();
            check(report, QStringLiteral("run %1 (%2)").arg(i + 1).arg(kind), false);
            const int clean = runChild();
            if (clean != 0) {
                ++report.cleanRunFailures;
                note(report,
                    QStringLiteral("run %1 (%2): the clean run exited %3")
                        .arg(i + 1)
                        .arg(kind)
                        .arg(clean));
            }
            check(report, QStringLiteral("run %1 (%2), clean run").arg(i + 1).arg(kind), true);
            ++report.runs;
            report.ms = total.elapsed();
            if (progress)
                progress(i + 1, kind, report);
        }
        return report;
    }

private:
    static void note(StormReport &r, const QString &what)
    {
        if (r.problems.size() < 20)
            r.problems << what;
    }

    QString findMirror() const
    {
        QDirIterator it(
            m_home, {QStringLiteral("*.sqlite")}, QDir::Files, QDirIterator::Subdirectories);
        return it.hasNext() ? it.next() : QString();
    }

    //! Runs `tidemark stream`; SIGKILL after killAfterMs (>= 0); file size limit (> 0). The exit
    //! code, -9 when killed, -1 when it did not finish.
    int runChild(int killAfterMs = -1, rlim_t fileLimit = 0)
    {
        QProcess p;
        p.setProcessEnvironment(m_procEnv);
        p.setWorkingDirectory(m_home);
        p.setProcessChannelMode(QProcess::MergedChannels);
        rlimit old {};
        if (fileLimit > 0) {
            ::getrlimit(RLIMIT_FSIZE, &old);
            rlimit l = old;
            l.rlim_cur = fileLimit;
            ::setrlimit(RLIMIT_FSIZE, &l);
        }
        QElapsedTimer t;
        t.start();
        p.start(m_bin,
            {QStringLiteral("stream"), QStringLiteral("--server"),
                m_env.server.baseUrl().toString(), QStringLiteral("--timeout"),
                QStringLiteral("1")});
        const bool started = p.waitForStarted(10000);
        if (fileLimit > 0)
            ::setrlimit(RLIMIT_FSIZE, &old);
        if (!started)
            return -1;
        if (killAfterMs >= 0 && !p.waitForFinished(killAfterMs)) {
            p.kill();
            p.waitForFinished(10000);
            return -9;
        }
        // waitForFinished() on a process that has already finished returns false: a child that
        // ended before its SIGKILL is not waited for again (the bench once counted those as -1).
        if (killAfterMs < 0 && !p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished(10000);
            return -1;
        }
        m_lastOutput = p.readAll();
        if (killAfterMs < 0 && fileLimit == 0 && p.exitCode() == 0) {
            m_runMs = qMax<qint64>(50, t.elapsed());
            // "stream complete (automatic mode): 12 events, 4 KiB, …": the size of the next
            // incremental stream is about that of this one.
            static const QRegularExpression events(QStringLiteral(": (\\d+) events, "));
            const QRegularExpressionMatch m = events.match(QString::fromUtf8(m_lastOutput));
            if (m.hasMatch()) {
                m_expectLines = qMax<qint64>(1, m.captured(1).toLongLong());
                m_expectBytes = m_expectLines
                    * qMax<qint64>(200, m_lastLines ? m_lastBytes / m_lastLines : 400);
            }
        }
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -9;
    }

    int faultedRun(const QString &kind)
    {
        using Fault = TidemarkDev::Fault;
        Fault f;
        f.path = QStringLiteral("/api/sync/stream");
        const qint64 lines = qMax<qint64>(1, m_expectLines);
        if (kind == QLatin1StringView("cut")) {
            f.kind = Fault::Kind::CutAfterBytes;
            f.after = m_rng.bounded(qMax<qint64>(64, m_expectBytes));
        } else if (kind == QLatin1StringView("stall")) {
            f.kind = Fault::Kind::Stall;
            f.after = m_rng.bounded(lines);
            f.stallMs = 0;
        } else if (kind == QLatin1StringView("http")) {
            f.kind = Fault::Kind::HttpStatus;
            f.status = m_rng.bounded(2) ? 500 : 503;
        } else if (kind == QLatin1StringView("malformed")) {
            f.after = m_rng.bounded(lines);
            if (m_rng.bounded(2)) {
                f.kind = Fault::Kind::MalformedLine;
            } else {
                f.kind = Fault::Kind::InjectLine;
                f.line = "{\"type\":\"AssetV1\",\"data\":{\"ownerId\":\""
                    + m_env.server.adminUserId().toUtf8()
                    + "\"},\"ack\":\"AssetV1|019daa55-2500-72e3-9718-6a673c1a1300\"}";
            }
        } else if (kind == QLatin1StringView("ack")) {
            f.kind = Fault::Kind::HttpStatus;
            f.path = QStringLiteral("/api/sync/ack");
            f.status = 500;
            f.times = -1;
            f.skip = m_rng.bounded(3);
        }
        if (f.kind != Fault::Kind::None)
            m_env.server.addFault(f);
        if (kind == QLatin1StringView("disk")) {
            // Small enough that the run's first WAL frames or its run record cross it.
            return runChild(-1, rlim_t(1024 + m_rng.bounded(48 * 1024)));
        }
        if (kind == QLatin1StringView("sigkill"))
            return runChild(int(m_rng.bounded(qMax<qint64>(50, m_runMs * 2))));
        return runChild();
    }

    //! Random library changes, keeping its size roughly constant.
    void mutate()
    {
        auto &server = m_env.server;
        const QString admin = server.adminUserId();
        const QString partner = server.partnerUserId();
        QStringList own = server.ownedAssetIds(admin);
        const int changes = 1 + m_rng.bounded(4);
        for (int c = 0; c < changes && own.size() > 5; ++c) {
            const QString id = own.at(m_rng.bounded(int(own.size())));
            switch (m_rng.bounded(8)) {
            case 0:
                server.addAssets(admin, 1 + m_rng.bounded(2));
                break;
            case 1:
                server.deleteAsset(id);
                own.removeOne(id);
                break;
            case 2:
                server.trashAsset(id);
                break;
            case 3:
                server.restoreAsset(id);
                break;
            case 4: {
                const QStringList albums = server.albumIds(admin);
                if (!albums.isEmpty())
                    server.renameAlbum(
                        albums.first(), QStringLiteral("Storm %1").arg(m_rng.bounded(1000)));
                break;
            }
            case 5: {
                const QStringList albums = server.albumIds(admin);
                if (!albums.isEmpty())
                    server.addAssetsToAlbum(albums.first(), {id});
                break;
            }
            case 6: {
                QStringList theirs = server.ownedAssetIds(partner);
                if (theirs.size() > 3 && m_rng.bounded(2))
                    server.deleteAsset(theirs.at(m_rng.bounded(int(theirs.size()))));
                else
                    server.addAssets(partner, 1);
                break;
            }
            default:
                server.updateAsset(id);
                break;
            }
        }
        if (own.size() < 20)
            server.addAssets(admin, 5);
    }

    //! The server's current state as a fresh session sees it (a dry run: nothing stored, no ack).
    QList<RefLine> reference()
    {
        const QString token = m_env.server.createSession(TidemarkDev::DevServer::adminEmail());
        SyncService svc;
        SyncConnection c;
        c.apiBase = QUrl(m_env.server.baseUrl().toString() + QStringLiteral("/api"));
        c.sessionToken = token;
        c.userId = m_env.server.adminUserId();
        c.serverVersion = QVersionNumber(2, 7, 5);
        c.mirrorPath = m_env.dir.filePath(QStringLiteral("reference.sqlite"));
        c.inactivityTimeoutMs = 10000;
        svc.setConnection(c);
        SyncTuning tuning;
        tuning.spillDirectory = m_env.dir.path();
        svc.setTuning(tuning);
        StreamOptions o;
        o.mode = AckMode::DryRun;
        o.jsonlExportPath = m_env.dir.filePath(QStringLiteral("reference.jsonl"));
        QFile::remove(o.jsonlExportPath);
        QSignalSpy spy(&svc, &SyncService::runFinished);
        svc.startStream(o);
        spy.wait(60000);
        while (svc.isRunning())
            QTest::qWait(5);
        m_env.server.revokeSession(token);
        return readStream(o.jsonlExportPath);
    }

    void check(StormReport &report, const QString &label, bool afterClean)
    {
        const QList<RefLine> ref = reference();
        m_lastLines = ref.size();
        m_lastBytes = ref.isEmpty() ? 0 : ref.last().byteOffset + ref.last().size;
        MirrorView m(m_mirror);
        if (m.openError.isError()) {
            ++report.integrityFailures;
            note(report,
                label + QStringLiteral(": mirror does not open: ")
                    + m.openError.technicalDetails());
            return;
        }
        if (m.column(QStringLiteral("PRAGMA integrity_check"))
            != QStringList {QStringLiteral("ok")}) {
            ++report.integrityFailures;
            note(report, label + QStringLiteral(": integrity_check failed"));
        }
        QHash<QString, QString> serverAcks;
        for (const auto &[type, ack] : m_env.server.checkpoints(m_token))
            serverAcks.insert(type, ack);
        if (const QString bad = checkAcksNotAhead(serverAcks, m); !bad.isEmpty()) {
            ++report.ahead;
            note(report, label + QStringLiteral(": ") + bad);
        }
        for (const QString &sql :
            {QStringLiteral("SELECT COUNT(*) - COUNT(DISTINCT id) FROM assets"),
                QStringLiteral("SELECT COUNT(*) - COUNT(DISTINCT asset_id) FROM exif"),
                QStringLiteral("SELECT COUNT(*) - COUNT(DISTINCT id) FROM albums"),
                QStringLiteral("SELECT COUNT(*) - COUNT(DISTINCT album_id || '/' || asset_id) FROM "
                               "album_assets")}) {
            const qint64 d = m.column(sql).value(0).toLongLong();
            if (d != 0) {
                report.duplicates += d;
                note(report, label + QStringLiteral(": duplicates: ") + sql);
            }
        }
        // Asset rows as the mirror holds them.
        QHash<QString, QStringList> assets;
        {
            QSqlQuery q(m.store.database());
            q.exec(QStringLiteral(
                "SELECT id, checksum, is_favorite, deleted_at IS NOT NULL FROM assets"));
            while (q.next())
                assets.insert(q.value(0).toString(),
                    {q.value(1).toString(),
                        q.value(2).toBool() ? QStringLiteral("1") : QStringLiteral("0"),
                        q.value(3).toBool() ? QStringLiteral("1") : QStringLiteral("0")});
        }
        const QSet<QString> albums = toSet(m.column(QStringLiteral("SELECT id FROM albums")));
        const auto idOf = [](const QString &ack) { return ack.section(u'|', -1); };
        qint64 lost = 0;
        for (const RefLine &l : ref) {
            const bool asset = l.type == QLatin1StringView("AssetV1")
                || l.type == QLatin1StringView("PartnerAssetV1");
            const bool album = l.type == QLatin1StringView("AlbumV1");
            if (!asset && !album)
                continue;
            // Covered by the server's checkpoint of that type (update ids are UUIDv7: they sort).
            const QString cp = serverAcks.value(l.type);
            if (!afterClean && (cp.isEmpty() || idOf(l.ack) > idOf(cp)))
                continue;
            const QString id = l.data.value(QStringLiteral("id")).toString();
            if (album) {
                if (!albums.contains(id))
                    ++lost;
                continue;
            }
            const auto it = assets.constFind(id);
            const QStringList want {l.data.value(QStringLiteral("checksum")).toString(),
                l.data.value(QStringLiteral("isFavorite")).toBool() ? QStringLiteral("1")
                                                                    : QStringLiteral("0"),
                l.data.value(QStringLiteral("deletedAt")).isString() ? QStringLiteral("1")
                                                                     : QStringLiteral("0")};
            if (it == assets.cend() || *it != want) {
                ++lost;
                note(report,
                    label
                        + QStringLiteral(": %1 %2 %3")
                              .arg(l.type, id,
                                  it == assets.cend() ? QStringLiteral("missing")
                                                      : QStringLiteral("stale")));
            }
        }
        report.lost += lost;
        if (afterClean) {
            const QSet<QString> visible
                = toSet(m_env.server.visibleAssetIds(m_env.server.adminUserId()));
            const QSet<QString> mine(assets.keyBegin(), assets.keyEnd());
            const qint64 extra = (mine - visible).size()
                + (albums - toSet(m_env.server.albumIds(m_env.server.adminUserId()))).size();
            if (extra) {
                report.extra += extra;
                note(report,
                    label + QStringLiteral(": %1 rows the server no longer has").arg(extra));
            }
            const qint64 missing = (visible - mine).size();
            if (missing && !lost) {
                report.lost += missing;
                note(report, label + QStringLiteral(": %1 assets missing").arg(missing));
            }
        }
    }

    Env m_env;
    QString m_bin;
    QRandomGenerator m_rng;
    QString m_token, m_home, m_mirror;
    QProcessEnvironment m_procEnv;
    QByteArray m_lastOutput;
    static constexpr int kNewLoginEvery = 8;
    qint64 m_runMs = 500, m_lastLines = 100, m_lastBytes = 30000;
    qint64 m_expectLines = 100, m_expectBytes = 30000; //!< of the next faulted run's stream
};

} // namespace Reliability
