// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A headless first sync leaves the asset browser's indexes to the window: the process exits as
// soon as the rows and acks are in, and the window's SyncService builds the indexes when it first
// opens that mirror.

#include "CliRunner.h"

#include "DevServer.h"

#include "mirror/MirrorStore.h"
#include "sync/SyncService.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTest>

using namespace Tidemark;
using namespace Tidemark::Test;
using namespace TidemarkDev;
using namespace Qt::StringLiterals;

class CliLazyIndexesTest : public QObject
{
    Q_OBJECT
private:
    static QString findMirror(const QString &root)
    {
        QDirIterator it(root, {u"*.sqlite"_s}, QDir::Files, QDirIterator::Subdirectories);
        return it.hasNext() ? it.next() : QString();
    }

    static int indexesReady(const QString &path)
    {
        MirrorStore store;
        MirrorOpenOptions o;
        o.readOnly = true;
        o.quickCheck = false;
        if (store.open(path, o).isError())
            return -1;
        const MirrorResult<bool> ready = store.browserIndexesReady();
        return ready.ok() ? int(ready.value) : -1;
    }

private Q_SLOTS:
    void headlessLeavesThemAndTheWindowBuildsThem()
    {
        DevServer server;
        LibrarySpec spec;
        spec.ownAssets = 3000;
        spec.partnerAssets = 0;
        server.generateLibrary(spec);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const QString url = server.baseUrl().toString();
        const QString token = server.createSession(DevServer::adminEmail());

        CliRunner cli;
        const CliResult r = cli.run({u"stream"_s, u"--types"_s, u"AssetsV1"_s, u"--server"_s, url},
            {}, {{u"TIDEMARK_SESSION_TOKEN"_s, token}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString mirror = findMirror(cli.root());
        QVERIFY2(!mirror.isEmpty(), qPrintable(cli.root()));
        QCOMPARE(indexesReady(mirror), 0); // the bulk load dropped them; nobody built them

        // The window's engine (default tuning) builds them in the background on opening.
        SyncService window;
        SyncConnection c;
        c.apiBase = QUrl(url + u"/api"_s);
        c.sessionToken = token;
        c.serverVersion = QVersionNumber(2, 7, 5);
        c.mirrorPath = mirror;
        window.setConnection(c);
        QVERIFY(window.tuning().buildBrowserIndexes);
        QSignalSpy built(&window, &SyncService::browserIndexesChanged);
        window.refreshCheckpoints();
        QTRY_VERIFY_WITH_TIMEOUT(!built.isEmpty() && built.constLast().at(0).toBool(), 60000);
        QCOMPARE(indexesReady(mirror), 1);
    }
};

QTEST_GUILESS_MAIN(CliLazyIndexesTest)
#include "cli_lazy_indexes.moc"
