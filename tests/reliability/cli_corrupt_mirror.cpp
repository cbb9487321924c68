// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The `tidemark` command line on a mirror that is not a database or comes from a newer Tidemark:
// exit code 6 (local storage), one message naming the file and the problem, the file untouched.

#include "CliRunner.h"

#include "DevServer.h"
#include "mirror/MirrorStore.h"

#include <QFile>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Tidemark;
using namespace Tidemark::Test;

class CliCorruptMirrorTest : public QObject
{
    Q_OBJECT
    TidemarkDev::DevServer m_server;

    CliResult run(CliRunner &cli, const QString &token, QStringList args)
    {
        args << QStringLiteral("--server") << m_server.baseUrl().toString();
        return cli.run(args, {}, {{QStringLiteral("TIDEMARK_SESSION_TOKEN"), token}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        TidemarkDev::LibrarySpec spec;
        spec.ownAssets = 30;
        spec.partnerAssets = 5;
        m_server.generateLibrary(spec);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void refusesAndNamesTheFile()
    {
        CliRunner cli;
        const QString token = m_server.createSession(TidemarkDev::DevServer::adminEmail());
        CliResult r = run(cli, token, {QStringLiteral("stream"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString mirror = r.json().object().value(QStringLiteral("mirror")).toString();
        QVERIFY2(QFile::exists(mirror), qPrintable(r.describe()));

        // Garbage where the mirror was.
        for (const char *side : {"-wal", "-shm"})
            QFile::remove(mirror + QLatin1StringView(side));
        {
            QFile f(mirror);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QByteArray(4096, '#'));
        }
        r = run(cli, token, {QStringLiteral("stream")});
        QCOMPARE(r.exitCode, 6);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(mirror) && err.contains(QLatin1StringView("not a database")),
            qPrintable(r.describe()));
        QCOMPARE(err.count(QLatin1StringView("not a database")), 1); // one message
        QFile f(mirror);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray(4096, '#')); // untouched

        // A mirror from a newer Tidemark.
        QVERIFY(QFile::remove(mirror));
        {
            MirrorStore store;
            QVERIFY(!store.open(mirror).isError());
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1")
                               .arg(MirrorStore::latestSchemaVersion() + 1)));
            q = QSqlQuery();
            store.close();
        }
        r = run(cli, token, {QStringLiteral("stream"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 6);
        const QString all = QString::fromUtf8(r.out + r.err);
        QVERIFY2(
            all.contains(QLatin1StringView("newer version of Tidemark")), qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(CliCorruptMirrorTest)
#include "cli_corrupt_mirror.moc"
