// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `tidemark stream` and `tidemark acks` against an in-process DevServer with a 10,000-asset
// library: a complete automatic run sets the server's checkpoints; a manual run leaves them
// untouched until `acks set`; `acks delete` removes them by type or all; invented acks are refused.

#include "CliRunner.h"

#include "DevServer.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace Tidemark::Test;
using namespace TidemarkDev;
using namespace Qt::StringLiterals;

namespace {
QHash<QString, QString> checkpointMap(const QList<QPair<QString, QString>> &list)
{
    QHash<QString, QString> map;
    for (const auto &[type, ack] : list)
        map.insert(type, ack);
    return map;
}
} // namespace

class CliStreamTest : public QObject
{
    Q_OBJECT
private:
    DevServer m_server;
    QString m_url;

    CliResult run(CliRunner &cli, const QString &token, QStringList args)
    {
        args << u"--server"_s << m_url;
        return cli.run(args, {}, {{u"TIDEMARK_SESSION_TOKEN"_s, token}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        LibrarySpec spec;
        spec.ownAssets = 10000;
        spec.partnerAssets = 200;
        m_server.generateLibrary(spec);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_url = m_server.baseUrl().toString();
    }

    void streamAutomatic()
    {
        CliRunner cli;
        const QString token = m_server.createSession(DevServer::adminEmail());
        QVERIFY(m_server.checkpoints(token).isEmpty());

        const CliResult r = run(cli, token, {u"stream"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonDocument doc = r.json();
        QVERIFY2(doc.isObject(), r.out.constData());
        const QJsonObject runObj = doc[u"run"_s].toObject();
        QCOMPARE(runObj[u"outcome"_s].toString(), u"complete"_s);
        QCOMPARE(runObj[u"mode"_s].toString(), u"automatic"_s);
        const QJsonObject perType = runObj[u"perType"_s].toObject();
        // Every asset of the admin that still exists arrives once as AssetV1.
        const qint64 own = m_server.ownedAssetIds(m_server.adminUserId()).size();
        QVERIFY(own >= 10000 - 5);
        QCOMPARE(perType[u"AssetV1"_s].toInteger(), own);
        QVERIFY(runObj[u"events"_s].toInteger() > own);
        QVERIFY(runObj[u"ackRequests"_s].toInteger() >= 1);

        // The server now holds checkpoints for what was streamed, including the completion.
        const QHash<QString, QString> cps = checkpointMap(m_server.checkpoints(token));
        QVERIFY2(cps.contains(u"AssetV1"_s), qPrintable(cps.keys().join(u',')));
        QVERIFY(cps.contains(u"SyncCompleteV1"_s));
        QVERIFY(cps.contains(u"UserV1"_s));

        // The mirror holds the assets; status agrees with the server's checkpoints.
        const CliResult status = run(cli, token, {u"status"_s, u"--json"_s});
        QVERIFY2(status.exitCode == 0, qPrintable(status.describe()));
        const QJsonDocument s = status.json();
        QVERIFY(s[u"mirror"_s][u"exists"_s].toBool());
        QVERIFY(s[u"mirror"_s][u"counts"_s][u"assets"_s].toInteger() >= own);
        QCOMPARE(s[u"checkpoints"_s][u"differ"_s].toInt(), 0);
        QCOMPARE(s[u"lastRun"_s][u"outcome"_s].toString(), u"complete"_s);
        // The backfill checkpoints the server writes itself ("…BackfillV1|…|complete") are no
        // disagreement: counted apart, not as "server only".
        int backfill = 0;
        for (auto it = cps.cbegin(); it != cps.cend(); ++it)
            if (it.key().endsWith(u"BackfillV1"_s) && it.value().endsWith(u"|complete"_s))
                ++backfill;
        QVERIFY2(backfill > 0, qPrintable(cps.keys().join(u',')));
        const int kept = s[u"checkpoints"_s][u"keptByServer"_s].toInt();
        QVERIFY2(kept > 0 && kept <= backfill, qPrintable(QString::number(kept)));
        QCOMPARE(s[u"checkpoints"_s][u"serverOnly"_s].toInt(), 0);
        const CliResult statusText = run(cli, token, {u"status"_s});
        QVERIFY2(statusText.exitCode == 0, qPrintable(statusText.describe()));
        QVERIFY2(statusText.out.contains(
                     u"0 server only); %1 kept by the server for backfill"_s.arg(kept).toUtf8()),
            statusText.out.constData());

        // A second run has nothing new for AssetV1.
        const CliResult again = run(cli, token, {u"stream"_s, u"--json"_s});
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QCOMPARE(again.json()[u"run"_s][u"perType"_s][u"AssetV1"_s].toInteger(), 0);

        // Human output: a table of entity types.
        const CliResult human = run(cli, token, {u"acks"_s, u"list"_s});
        QVERIFY2(human.exitCode == 0, qPrintable(human.describe()));
        QVERIFY(human.out.contains("AssetV1"));
        QVERIFY(human.out.contains("in sync"));
        QVERIFY2(human.out.contains("kept by server (backfill)"), human.out.constData());
        QVERIFY2(!human.out.contains("server only"), human.out.constData());
        QVERIFY(!human.out.contains(token.toUtf8()));
        QVERIFY(!human.err.contains(token.toUtf8()));
    }

    void streamManualThenAcks()
    {
        CliRunner cli;
        const QString token = m_server.createSession(DevServer::adminEmail());

        CliResult r = run(cli, token,
            {u"stream"_s, u"--mode"_s, u"manual"_s, u"--types"_s, u"AuthUsersV1,UsersV1,AssetsV1"_s,
                u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.json()[u"pendingAcks"_s].toInteger() > 0);
        // Nothing acked: the server has no checkpoint of the streamed types.
        QHash<QString, QString> cps = checkpointMap(m_server.checkpoints(token));
        QVERIFY(!cps.contains(u"AssetV1"_s));
        QVERIFY(!cps.contains(u"SyncCompleteV1"_s));

        r = run(cli, token, {u"acks"_s, u"list"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray pending = r.json()[u"pending"_s].toArray();
        QVERIFY(!pending.isEmpty());
        qint64 firstSeq = -1;
        QString firstType;
        for (const QJsonValue &v : pending) {
            if (firstSeq < 0) {
                firstSeq = v[u"sequence"_s].toInteger();
                firstType = v[u"type"_s].toString();
            }
        }

        // An ack the server never sent is refused before anything is sent.
        const qint64 acksBefore = m_server.ackRequestCount();
        r = run(cli, token,
            {u"acks"_s, u"set"_s, u"--ack"_s, u"AssetV1|019daa55-41ec-7115-89a8-b624088945e9"_s});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QCOMPARE(m_server.ackRequestCount(), acksBefore);

        // Up to the first pending sequence: only that type moves on the server.
        r = run(cli, token,
            {u"acks"_s, u"set"_s, u"--up-to"_s, QString::number(firstSeq), u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        cps = checkpointMap(m_server.checkpoints(token));
        QVERIFY2(cps.contains(firstType), qPrintable(firstType));
        QVERIFY(!cps.contains(u"SyncCompleteV1"_s));

        // Everything else.
        r = run(cli, token, {u"acks"_s, u"set"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        cps = checkpointMap(m_server.checkpoints(token));
        QVERIFY(cps.contains(u"AssetV1"_s));
        QVERIFY(cps.contains(u"SyncCompleteV1"_s));
        // What the CLI reports is what the server holds.
        const QJsonArray rows = r.json()[u"checkpoints"_s].toArray();
        for (const QJsonValue &row : rows)
            if (!row[u"serverAck"_s].toString().isEmpty())
                QCOMPARE(row[u"serverAck"_s].toString(), cps.value(row[u"type"_s].toString()));
        r = run(cli, token, {u"acks"_s, u"list"_s, u"--json"_s});
        QVERIFY(r.json()[u"pending"_s].toArray().isEmpty());

        // A second manual run after acking: nothing new to acknowledge for assets.
        r = run(cli, token, {u"stream"_s, u"--no-ack"_s, u"--types"_s, u"AssetsV1"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json()[u"run"_s][u"perType"_s][u"AssetV1"_s].toInteger(), 0);
    }

    void acksDelete()
    {
        CliRunner cli;
        const QString token = m_server.createSession(DevServer::adminEmail());
        CliResult r = run(cli, token, {u"stream"_s, u"--types"_s, u"UsersV1,AssetsV1"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QHash<QString, QString> cps = checkpointMap(m_server.checkpoints(token));
        QVERIFY(cps.contains(u"AssetV1"_s));
        QVERIFY(cps.contains(u"UserV1"_s));

        r = run(cli, token, {u"acks"_s, u"delete"_s});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe())); // neither --types nor --all
        r = run(cli, token, {u"acks"_s, u"delete"_s, u"--types"_s, u"NotAType"_s});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));

        r = run(cli, token, {u"acks"_s, u"delete"_s, u"--types"_s, u"AssetV1"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        cps = checkpointMap(m_server.checkpoints(token));
        QVERIFY(!cps.contains(u"AssetV1"_s));
        QVERIFY(cps.contains(u"UserV1"_s));

        // The next stream sends the assets again.
        r = run(cli, token, {u"stream"_s, u"--types"_s, u"UsersV1,AssetsV1"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.json()[u"run"_s][u"perType"_s][u"AssetV1"_s].toInteger() >= 10000 - 5);

        r = run(cli, token, {u"acks"_s, u"delete"_s, u"--all"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(m_server.checkpoints(token).isEmpty());
    }

    void interruptedRunKeepsWhatWasCommitted()
    {
        // The server stalls after 12,000 lines; Ctrl-C (here SIGTERM, handled the same way) ends
        // the run with exit 7, the committed batches stay acked, and the next run completes.
        CliRunner cli;
        const QString token = m_server.createSession(DevServer::adminEmail());
        Fault stall;
        stall.kind = Fault::Kind::Stall;
        stall.path = u"/api/sync/stream"_s;
        stall.after = 12000;
        stall.stallMs = 0;
        m_server.addFault(stall);

        QProcess p;
        QProcessEnvironment env = cli.environment();
        env.insert(u"TIDEMARK_SESSION_TOKEN"_s, token);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TIDEMARK_BIN), {u"stream"_s, u"--server"_s, m_url, u"--json"_s});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            checkpointMap(m_server.checkpoints(token)).contains(u"AssetV1"_s), 60000);
        p.terminate();
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY2(p.exitCode() == 7, out.constData());
        const QJsonDocument doc = QJsonDocument::fromJson(out);
        QCOMPARE(doc[u"run"_s][u"outcome"_s].toString(), u"cancelled"_s);
        QVERIFY(!checkpointMap(m_server.checkpoints(token)).contains(u"SyncCompleteV1"_s));
        m_server.clearFaults();

        const CliResult r = run(cli, token, {u"stream"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        // Only what was not acked before comes again.
        QVERIFY(r.json()[u"run"_s][u"perType"_s][u"AssetV1"_s].toInteger() < 10000);
        QVERIFY(checkpointMap(m_server.checkpoints(token)).contains(u"SyncCompleteV1"_s));
    }

    void ackOneThatTheServerSent()
    {
        CliRunner cli;
        const QString token = m_server.createSession(DevServer::adminEmail());
        CliResult r
            = run(cli, token, {u"stream"_s, u"--no-ack"_s, u"--types"_s, u"UsersV1,AssetsV1"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = run(cli, token, {u"acks"_s, u"list"_s, u"--json"_s});
        QString userAck;
        const QJsonArray pending = r.json()[u"pending"_s].toArray();
        for (const QJsonValue &v : pending)
            if (v[u"type"_s].toString() == u"UserV1"_s)
                userAck = v[u"ack"_s].toString();
        QVERIFY(!userAck.isEmpty());
        // One character changed: refused.
        QString edited = userAck;
        edited[edited.size() - 1] = edited.endsWith(u'0') ? u'1' : u'0';
        r = run(cli, token, {u"acks"_s, u"set"_s, u"--ack"_s, edited});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        // Verbatim: sent, and only that type moves.
        r = run(cli, token, {u"acks"_s, u"set"_s, u"--ack"_s, userAck, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QHash<QString, QString> cps = checkpointMap(m_server.checkpoints(token));
        QCOMPARE(cps.value(u"UserV1"_s), userAck);
        QVERIFY(!cps.contains(u"AssetV1"_s));
    }

    void resetByServerIsFollowedByAFullRun()
    {
        CliRunner cli;
        const QString token = m_server.createSession(DevServer::adminEmail());
        CliResult r = run(cli, token, {u"stream"_s, u"--types"_s, u"UsersV1,AssetsV1"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        m_server.setPendingReset(token, true);
        r = run(cli, token, {u"stream"_s, u"--types"_s, u"UsersV1,AssetsV1"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.err.contains("reset"));
        // The run the CLI reports is the fresh one after the reset: everything again.
        QCOMPARE(r.json()[u"run"_s][u"outcome"_s].toString(), u"complete"_s);
        QVERIFY(r.json()[u"run"_s][u"perType"_s][u"AssetV1"_s].toInteger() >= 10000 - 5);
        QVERIFY(!m_server.pendingReset(token));
        QVERIFY(checkpointMap(m_server.checkpoints(token)).contains(u"SyncCompleteV1"_s));
    }

    void resetOnAServerBefore1136SaysWhatTidemarkDoes()
    {
        // 1.135.3 has no "reset" request: Tidemark deletes the session's checkpoints itself, and
        // says so (not "use acks delete --all").
        DevServer old;
        QVERIFY(old.setVersion(u"1.135.3"_s));
        LibrarySpec spec;
        spec.ownAssets = 50;
        spec.partnerAssets = 0;
        old.generateLibrary(spec);
        QVERIFY2(old.start(), qPrintable(old.errorString()));
        const QString url = old.baseUrl().toString();
        const QString token = old.createSession(DevServer::adminEmail());
        CliRunner cli;
        const QStringList types {
            u"stream"_s, u"--types"_s, u"UsersV1,AssetsV1"_s, u"--server"_s, url};
        CliResult r = cli.run(types, {}, {{u"TIDEMARK_SESSION_TOKEN"_s, token}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(checkpointMap(old.checkpoints(token)).contains(u"AssetV1"_s));
        r = cli.run(types + QStringList {u"--reset"_s, u"--json"_s}, {},
            {{u"TIDEMARK_SESSION_TOKEN"_s, token}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("Immich 1.135.3 does not know the \"reset\" request (it needs "
                                "1.136.0), so Tidemark first deletes this session's checkpoints "
                                "on the server (as `tidemark acks delete --all` does); the server "
                                "then sends everything again"),
            qPrintable(r.describe()));
        QVERIFY2(!r.err.contains("ignores"), qPrintable(r.describe()));
        // It did what it said: everything came again, and the checkpoints are back.
        QCOMPARE(r.json()[u"run"_s][u"outcome"_s].toString(), u"complete"_s);
        QCOMPARE(r.json()[u"run"_s][u"perType"_s][u"AssetV1"_s].toInteger(), 50);
        QVERIFY(checkpointMap(old.checkpoints(token)).contains(u"AssetV1"_s));
    }

    void dryRunWithJsonl()
    {
        CliRunner cli;
        const QString token = m_server.createSession(DevServer::adminEmail());
        const QString file = cli.path(u"lines.jsonl"_s);
        const CliResult r = run(cli, token,
            {u"stream"_s, u"--dry-run"_s, u"--types"_s, u"UsersV1,PartnersV1"_s, u"--jsonl"_s, file,
                u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json()[u"run"_s][u"mode"_s].toString(), u"dry-run"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QVERIFY(lines.size() >= 3);
        QVERIFY(lines.constFirst().contains("\"type\":\"UserV1\""));
        // Nothing acked.
        QVERIFY(m_server.checkpoints(token).isEmpty());
        // Nothing stored: the first dry run creates no mirror (and so no run history).
        const QString mirror = r.json()[u"mirror"_s].toString();
        QVERIFY(!mirror.isEmpty());
        QVERIFY2(!QFileInfo::exists(mirror), qPrintable(mirror));
        QVERIFY(!r.json()[u"run"_s].toObject().contains(u"runId"_s)); // not recorded anywhere

        // With a mirror, a dry run adds nothing to its run history either.
        const QStringList small = {u"--types"_s, u"UsersV1,PartnersV1"_s, u"--json"_s};
        const CliResult stored = run(cli, token, QStringList {u"stream"_s} + small);
        QVERIFY2(stored.exitCode == 0, qPrintable(stored.describe()));
        QVERIFY(QFileInfo::exists(mirror));
        const CliResult before = run(cli, token, {u"status"_s, u"--json"_s});
        const qint64 lastRun = before.json()[u"lastRun"_s][u"runId"_s].toInteger();
        QVERIFY2(lastRun > 0, qPrintable(before.describe()));
        const CliResult dry = run(cli, token, QStringList {u"stream"_s, u"--dry-run"_s} + small);
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.describe()));
        const CliResult after = run(cli, token, {u"status"_s, u"--json"_s});
        QCOMPARE(after.json()[u"lastRun"_s][u"runId"_s].toInteger(), lastRun);
        QCOMPARE(after.json()[u"lastRun"_s][u"mode"_s].toString(), u"automatic"_s);
    }

    //! A run whose files cannot grow past `fileLimit` bytes (writes fail as on a full disk).
    CliResult runOnFullDisk(CliRunner &cli, const QString &url, const QString &token,
        const QStringList &args, rlim_t fileLimit)
    {
        ::signal(SIGXFSZ, SIG_IGN); // inherited: the child's writes fail with EFBIG instead
        rlimit old {};
        ::getrlimit(RLIMIT_FSIZE, &old);
        rlimit limited = old;
        limited.rlim_cur = fileLimit;
        ::setrlimit(RLIMIT_FSIZE, &limited);
        // The limit is inherited when the child starts.
        const CliResult r = cli.run(
            args + QStringList {u"--server"_s, url}, {}, {{u"TIDEMARK_SESSION_TOKEN"_s, token}});
        ::setrlimit(RLIMIT_FSIZE, &old);
        return r;
    }

    void failedRunSaysWhatWasReceivedAndStored()
    {
        // The mirror fills the disk part-way: the batch that failed was received, not stored. The
        // stream (about 3 MB) stays below the 4 MB held in memory, so only the mirror writes.
        DevServer server;
        LibrarySpec spec;
        spec.ownAssets = 3000;
        spec.partnerAssets = 0;
        server.generateLibrary(spec);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const QString url = server.baseUrl().toString();
        const QStringList args = {u"stream"_s, u"--types"_s, u"AssetsV1"_s};
        const rlim_t limit = 512 * 1024;
        CliRunner cli;
        const CliResult r = runOnFullDisk(cli, url, server.createSession(DevServer::adminEmail()),
            args + QStringList {u"--json"_s}, limit);
        QVERIFY2(r.exitCode == 6, qPrintable(r.describe()));
        const QJsonObject runObj = r.json()[u"run"_s].toObject();
        QCOMPARE(runObj[u"outcome"_s].toString(), u"failed"_s);
        const qint64 received = runObj[u"perType"_s][u"AssetV1"_s].toInteger();
        const qint64 stored = runObj[u"storedPerType"_s][u"AssetV1"_s].toInteger();
        QVERIFY2(runObj.contains(u"storedPerType"_s) && runObj.contains(u"stored"_s),
            qPrintable(r.describe()));
        QVERIFY2(received > 0 && stored < received, qPrintable(r.describe()));
        QVERIFY(runObj[u"stored"_s].toInteger() < runObj[u"events"_s].toInteger());

        CliRunner human;
        const CliResult h
            = runOnFullDisk(human, url, server.createSession(DevServer::adminEmail()), args, limit);
        QVERIFY2(h.exitCode == 6, qPrintable(h.describe()));
        const QList<QByteArray> lines = h.out.split('\n');
        QVERIFY2(h.out.contains("lines received") && h.out.contains(" stored"),
            qPrintable(h.describe()));
        qsizetype header = -1;
        for (qsizetype i = 0; i < lines.size(); ++i)
            if (lines.at(i).simplified() == "ENTITY TYPE RECEIVED STORED")
                header = i;
        QVERIFY2(header >= 0, qPrintable(h.describe()));
        bool assetRow = false;
        for (qsizetype i = header + 1; i < lines.size(); ++i) {
            const QList<QByteArray> cells
                = QByteArray(lines.at(i)).replace(',', "").simplified().split(' ');
            if (cells.size() == 3 && cells.at(0) == "AssetV1") {
                assetRow = true;
                QVERIFY2(
                    cells.at(2).toLongLong() < cells.at(1).toLongLong(), lines.at(i).constData());
            }
        }
        QVERIFY2(assetRow, qPrintable(h.describe()));
    }

    void streamEndedEarlyIsSaidSo()
    {
        // The server was reached and sent part of the stream: not "could not reach the server".
        CliRunner cli;
        const QString token = m_server.createSession(DevServer::adminEmail());
        Fault cut;
        cut.kind = Fault::Kind::TruncateFinalLine;
        cut.path = u"/api/sync/stream"_s;
        cut.times = -1;
        m_server.addFault(cut);
        const CliResult r = run(cli, token, {u"stream"_s, u"--types"_s, u"UsersV1"_s, u"--json"_s});
        m_server.clearFaults();
        QVERIFY2(r.exitCode == 7, qPrintable(r.describe()));
        QVERIFY2(
            r.err.contains("closed the stream before it was complete"), qPrintable(r.describe()));
        QVERIFY2(!r.err.contains("Could not reach"), qPrintable(r.describe()));
        QCOMPARE(r.json()[u"error"_s][u"kind"_s].toString(), u"closed-early"_s);
    }

    void dryRunWithResetIsAUsageError()
    {
        CliRunner cli;
        const QString token = m_server.createSession(DevServer::adminEmail());
        const qint64 before = m_server.streamRequestCount();
        const CliResult r = run(cli, token, {u"stream"_s, u"--mode"_s, u"dry-run"_s, u"--reset"_s});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(
            r.err.contains("--reset cannot be combined with a dry run"), qPrintable(r.describe()));
        QVERIFY2(!r.out.contains("Dry run"), qPrintable(r.describe()));
        QCOMPARE(m_server.streamRequestCount(), before);
    }

    void streamRejectsWhatTheServerCannotDo()
    {
        CliRunner cli;
        const QString token = m_server.createSession(DevServer::adminEmail());
        CliResult r = run(cli, token, {u"stream"_s, u"--types"_s, u"FooV9"_s});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        // AssetsV2 exists only from 3.0.0: the CLI refuses instead of getting a 400 for all types.
        const qint64 before = m_server.streamRequestCount();
        r = run(cli, token, {u"stream"_s, u"--types"_s, u"AssetsV2"_s});
        QVERIFY2(r.exitCode == 8, qPrintable(r.describe()));
        QVERIFY2(
            r.err.contains("AssetsV2 (it needs Immich 3.0.0 or later)"), qPrintable(r.describe()));
        QCOMPARE(m_server.streamRequestCount(), before);
        // An API key cannot stream.
        const QString key = m_server.createApiKey(DevServer::adminEmail());
        r = cli.run({u"stream"_s, u"--server"_s, m_url}, {}, {{u"TIDEMARK_API_KEY"_s, key}});
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(CliStreamTest)
#include "cli_stream.moc"
