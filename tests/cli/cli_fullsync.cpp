// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `tidemark full-sync`, `delta-sync` and `reconcile` against an in-process DevServer: with a
// session or an API key on 2.7.5, and exit code 8 against a 3.1.0 server (both endpoints removed).

#include "CliRunner.h"

#include "DevServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Tidemark::Test;
using namespace TidemarkDev;
using namespace Qt::StringLiterals;

class CliFullSyncTest : public QObject
{
    Q_OBJECT
private:
    DevServer m_server;
    QString m_url;

    CliResult run(
        CliRunner &cli, const QString &token, QStringList args, const QString &apiKey = {})
    {
        args << u"--server"_s << m_url;
        QHash<QString, QString> env;
        if (!token.isEmpty())
            env.insert(u"TIDEMARK_SESSION_TOKEN"_s, token);
        if (!apiKey.isEmpty())
            env.insert(u"TIDEMARK_API_KEY"_s, apiKey);
        return cli.run(args, {}, env);
    }

private Q_SLOTS:
    void init()
    {
        LibrarySpec spec;
        spec.ownAssets = 300;
        spec.partnerAssets = 40;
        m_server.generateLibrary(spec);
        m_server.setVersion(u"2.7.5"_s);
        if (!m_server.isRunning())
            QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_url = m_server.baseUrl().toString();
    }

    void fullSyncWithSession()
    {
        CliRunner cli;
        const QString token = m_server.createSession(DevServer::adminEmail());
        const CliResult r
            = run(cli, token, {u"full-sync"_s, u"--page-size"_s, u"50"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonDocument doc = r.json();
        QCOMPARE(doc[u"run"_s][u"outcome"_s].toString(), u"complete"_s);
        const QJsonArray owners = doc[u"owners"_s].toArray();
        QVERIFY(owners.size() >= 2); // me and the partner
        qint64 mine = -1;
        for (const QJsonValue &o : owners)
            if (o[u"ownerId"_s].toString() == m_server.adminUserId())
                mine = o[u"assets"_s].toInteger();
        // full-sync leaves out hidden assets (live-photo motion parts).
        QVERIFY(mine > 250);
        QVERIFY(mine <= m_server.ownedAssetIds(m_server.adminUserId()).size());

        // The mirror has them.
        const CliResult status = run(cli, token, {u"status"_s, u"--json"_s});
        QVERIFY2(status.exitCode == 0, qPrintable(status.describe()));
        QVERIFY(status.json()[u"mirror"_s][u"counts"_s][u"assets"_s].toInteger()
            >= doc[u"assets"_s].toInteger());
        // Only a full sync has described the partner's assets: their favourite flags are
        // unknown (REST hides them), and status says so instead of showing "not a favourite".
        const QJsonObject unknown = status.json()[u"mirror"_s][u"unknownFields"_s].toObject();
        QVERIFY(unknown[u"favorite"_s].toInteger() > 0);
        QVERIFY(unknown[u"favorite"_s].toInteger() <= 40);
        const CliResult text = run(cli, token, {u"status"_s});
        QVERIFY(text.out.contains("favorite of "));
        QVERIFY(text.out.contains("a stream sync fills them in"));
        // The stream knows every field: afterwards nothing is unknown.
        const CliResult stream = run(cli, token, {u"stream"_s});
        QVERIFY2(stream.exitCode == 0, qPrintable(stream.describe()));
        const CliResult after = run(cli, token, {u"status"_s, u"--json"_s});
        QCOMPARE(after.json()[u"mirror"_s][u"unknownFields"_s][u"favorite"_s].toInteger(), 0);
        QCOMPARE(after.json()[u"mirror"_s][u"unknownFields"_s][u"deletedAt"_s].toInteger(), 0);
        QVERIFY(!run(cli, token, {u"status"_s}).out.contains("a stream sync fills them in"));
    }

    void fullSyncOneOwnerWithApiKey()
    {
        CliRunner cli;
        const QString key = m_server.createApiKey(DevServer::adminEmail());
        const CliResult r = run(
            cli, {}, {u"full-sync"_s, u"--owner"_s, m_server.adminUserId(), u"--json"_s}, key);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray owners = r.json()[u"owners"_s].toArray();
        QCOMPARE(owners.size(), 1);
        QCOMPARE(owners.at(0)[u"ownerId"_s].toString(), m_server.adminUserId());
        QVERIFY(!r.out.contains(key.toUtf8()));
        QVERIFY(!r.err.contains(key.toUtf8()));
        // Bad values are usage errors.
        QCOMPARE(run(cli, {}, {u"full-sync"_s, u"--owner"_s, u"me"_s}, key).exitCode, 1);
        QCOMPARE(run(cli, {}, {u"full-sync"_s, u"--page-size"_s, u"0"_s}, key).exitCode, 1);
    }

    void deltaSync()
    {
        CliRunner cli;
        const QString token = m_server.createSession(DevServer::adminEmail());
        const QString since
            = QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODateWithMs);
        CliResult r = run(cli, token, {u"delta-sync"_s, u"--since"_s, since, u"--json"_s});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 7, qPrintable(r.describe()));
        const QJsonDocument doc = r.json();
        QVERIFY(doc.isObject());
        QVERIFY(doc[u"needsFullSync"_s].isBool());
        if (r.exitCode == 7)
            QVERIFY(doc[u"needsFullSync"_s].toBool());

        // Changes after a point in time come back as upserted.
        const QString mark
            = QDateTime::currentDateTimeUtc().addSecs(-1).toString(Qt::ISODateWithMs);
        const QStringList ids = m_server.ownedAssetIds(m_server.adminUserId());
        m_server.updateAsset(ids.at(0));
        m_server.updateAsset(ids.at(1));
        r = run(cli, token, {u"delta-sync"_s, u"--since"_s, mark, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.json()[u"upserted"_s].toInt() >= 2);
        QCOMPARE(r.json()[u"needsFullSync"_s].toBool(), false);

        // More than 100 days: the server wants a full sync; exit 7 tells the script.
        r = run(cli, token, {u"delta-sync"_s, u"--since"_s, u"2020-01-01"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 7, qPrintable(r.describe()));
        QVERIFY(r.json()[u"needsFullSync"_s].toBool());
        QCOMPARE(r.json()[u"ok"_s].toBool(true), false);
        QCOMPARE(r.json()[u"run"_s][u"outcome"_s].toString(), u"full-sync-needed"_s);
        QCOMPARE(r.json()[u"error"_s][u"kind"_s].toString(), u"needs-full-sync"_s);
        // The run history records it as such.
        CliResult status = run(cli, token, {u"status"_s, u"--json"_s});
        QVERIFY2(status.exitCode == 0, qPrintable(status.describe()));
        QCOMPARE(status.json()[u"lastRun"_s][u"kind"_s].toString(), u"delta-sync"_s);
        QCOMPARE(status.json()[u"lastRun"_s][u"outcome"_s].toString(), u"full-sync-needed"_s);
        status = run(cli, token, {u"status"_s});
        QVERIFY2(status.out.contains("delta sync, full sync needed (automatic), "),
            qPrintable(status.describe()));
        QVERIFY2(!status.out.contains("delta-sync"), qPrintable(status.describe()));
        // People read plain words: a full sync is needed, nothing changed; never "complete".
        r = run(cli, token, {u"delta-sync"_s, u"--since"_s, u"2020-01-01"_s});
        QVERIFY2(r.exitCode == 7, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("delta-sync: a full sync is needed, nothing was changed ("),
            qPrintable(r.describe()));
        QVERIFY2(!r.out.contains("complete"), qPrintable(r.describe()));
        QVERIFY2(r.err.contains("error: the server cannot list the changes since this date and "
                                "asks for a full sync"),
            qPrintable(r.describe()));
        QVERIFY2(!r.err.contains("needsFullSync"),
            qPrintable(r.describe())); // technical: --verbose only
        QVERIFY2(!r.err.contains("the run ended"), qPrintable(r.describe()));

        QCOMPARE(run(cli, token, {u"delta-sync"_s}).exitCode, 1);
        QCOMPARE(run(cli, token, {u"delta-sync"_s, u"--since"_s, u"yesterday"_s}).exitCode, 1);
    }

    void reconcile()
    {
        CliRunner cli;
        const QString token = m_server.createSession(DevServer::adminEmail());
        CliResult r = run(cli, token, {u"full-sync"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QStringList ids = m_server.ownedAssetIds(m_server.adminUserId());
        m_server.deleteAsset(ids.at(5));
        r = run(cli, token, {u"reconcile"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.json()[u"removed"_s].toInteger() >= 1);

        // Counts read as words: one asset is "1 local asset", never "1 local assets".
        m_server.deleteAsset(ids.at(6));
        r = run(cli, token, {u"reconcile"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("; removed 1 local asset the server no longer has."),
            qPrintable(r.describe()));
        QVERIFY2(r.out.contains("reconcile complete: ") && r.out.contains(" assets, "),
            qPrintable(r.describe()));
        // In German, with its own plural.
        m_server.deleteAsset(ids.at(7));
        r = cli.run({u"reconcile"_s, u"--server"_s, m_url}, {},
            {{u"TIDEMARK_SESSION_TOKEN"_s, token}, {u"LC_ALL"_s, u"de_DE.UTF-8"_s}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("1 lokales Medium entfernt"), qPrintable(r.describe()));
    }

    void unsupportedOnVersion3()
    {
        m_server.setVersion(u"3.1.0"_s);
        CliRunner cli;
        const QString token = m_server.createSession(DevServer::adminEmail());
        const qint64 fullBefore = m_server.requestCount(u"/api/sync/full-sync"_s);
        const qint64 deltaBefore = m_server.requestCount(u"/api/sync/delta-sync"_s);
        CliResult r = run(cli, token, {u"full-sync"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 8, qPrintable(r.describe()));
        QCOMPARE(r.json()[u"error"_s][u"kind"_s].toString(), u"unsupported"_s);
        r = run(cli, token, {u"delta-sync"_s, u"--since"_s, u"2026-01-01T00:00:00Z"_s});
        QVERIFY2(r.exitCode == 8, qPrintable(r.describe()));
        r = run(cli, token, {u"reconcile"_s});
        QVERIFY2(r.exitCode == 8, qPrintable(r.describe()));
        // The removed endpoints were never called.
        QCOMPARE(m_server.requestCount(u"/api/sync/full-sync"_s), fullBefore);
        QCOMPARE(m_server.requestCount(u"/api/sync/delta-sync"_s), deltaBefore);
        // The V1 asset types fail on 3.x; the CLI says so without a request.
        r = run(cli, token, {u"stream"_s, u"--types"_s, u"AssetsV1"_s});
        QVERIFY2(r.exitCode == 8, qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(CliFullSyncTest)
#include "cli_fullsync.moc"
