// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a mirror: pragmas, migrations, newer/corrupt detection, rebuild, read-only readers,
// worker threads.

#include "MirrorTestUtil.h"

#include "mirror/BrowserIndexBuilder.h"
#include "mirror/MirrorSchema.h"

#include <QDir>
#include <QFile>
#include <QThread>

using namespace Tidemark;
using namespace Tidemark::MirrorTest;
using E = SyncEntityType;

class MirrorOpenTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString pragma(MirrorStore &store, const char *name)
    {
        return value(store, QStringLiteral("PRAGMA %1").arg(QLatin1StringView(name))).toString();
    }

private Q_SLOTS:
    void createsFolderFileAndSettings()
    {
        const QString path = m_dir.filePath(QStringLiteral("sub/dir/new.sqlite"));
        MirrorStore store;
        MIRROR_VERIFY_NO_ERROR(store.open(path));
        QVERIFY(QFile::exists(path));
        QCOMPARE(store.problem(), MirrorStore::Problem::None);
        QCOMPARE(store.schemaVersion(), MirrorStore::latestSchemaVersion());
        QCOMPARE(pragma(store, "journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma(store, "synchronous"), QStringLiteral("1")); // NORMAL
        QCOMPARE(pragma(store, "foreign_keys"), QStringLiteral("0"));
        QCOMPARE(pragma(store, "busy_timeout"), QStringLiteral("5000"));
        QCOMPARE(pragma(store, "user_version").toInt(), MirrorStore::latestSchemaVersion());
        for (const QString &t : MirrorSchema::serverTables() + MirrorSchema::localTables())
            QCOMPARE(
                count(store,
                    QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = '%1'").arg(t)),
                1);
        for (const auto &idx : MirrorSchema::browserIndexes())
            QCOMPARE(count(store,
                         QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = '%1'")
                             .arg(idx.name)),
                1);
        MIRROR_VERIFY_NO_ERROR(store.integrityCheck());
        // Reopening an up-to-date file migrates nothing and keeps data.
        MIRROR_VERIFY_OK(
            store.applyBatch({ev(E::AssetV1, asset(QStringLiteral("a"), QStringLiteral("me")))}));
        store.close();
        MIRROR_VERIFY_NO_ERROR(store.open(path));
        QCOMPARE(store.assetCount().value, 1);
    }

    void uniqueConnectionNames()
    {
        MirrorStore a, b;
        MIRROR_VERIFY_NO_ERROR(a.open(m_dir.filePath(QStringLiteral("u.sqlite"))));
        MIRROR_VERIFY_NO_ERROR(b.open(m_dir.filePath(QStringLiteral("u.sqlite"))));
        QVERIFY(a.connectionName() != b.connectionName());
        // A second store on the same file sees committed writes (WAL readers beside a writer).
        MIRROR_VERIFY_OK(
            a.applyBatch({ev(E::AssetV1, asset(QStringLiteral("a"), QStringLiteral("me")))}));
        QCOMPARE(b.assetCount().value, 1);
        const QString name = a.connectionName();
        a.close();
        QVERIFY(!QSqlDatabase::contains(name));
    }

    void schema5OneFormatPerColumn()
    {
        // A schema-4 mirror that full-sync wrote: REST's "+00:00" exif dates and its
        // "0:00:00.00000" duration on an image. Schema 5 stores the stream's forms and adds the
        // unknown-fields column (MirrorSchema.h, "One truth per field").
        const QString path = m_dir.filePath(QStringLiteral("v4.sqlite"));
        {
            MirrorStore store;
            MirrorOpenOptions o;
            o.targetSchemaVersion = 4;
            MIRROR_VERIFY_NO_ERROR(store.open(path, o));
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO assets (id, owner_id, type, duration, local_date_time) VALUES"
                " ('img', 'me', 'IMAGE', '0:00:00.00000', '2026-09-18T10:08:00.000Z'),"
                " ('vid', 'me', 'VIDEO', '0:00:05.12000', '2026-09-18T10:08:00.000Z')")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO exif (asset_id, date_time_original, modify_date) VALUES"
                " ('img', '2026-09-18T10:08:00+00:00', '2026-09-18T12:08:00.5+02:00'),"
                " ('vid', '2026-09-18T10:08:00.000Z', NULL)")));
        }
        MirrorStore store;
        MIRROR_VERIFY_NO_ERROR(store.open(path));
        QCOMPARE(store.schemaVersion(), MirrorStore::latestSchemaVersion());
        QVERIFY(MirrorStore::latestSchemaVersion() >= 5);
        QVERIFY(
            value(store, QStringLiteral("SELECT duration FROM assets WHERE id = 'img'")).isNull());
        QCOMPARE(
            value(store, QStringLiteral("SELECT duration FROM assets WHERE id = 'vid'")).toString(),
            QStringLiteral("0:00:05.12000"));
        QCOMPARE(value(store,
                     QStringLiteral("SELECT date_time_original FROM exif WHERE asset_id = 'img'"))
                     .toString(),
            QStringLiteral("2026-09-18T10:08:00.000Z"));
        QCOMPARE(value(store, QStringLiteral("SELECT modify_date FROM exif WHERE asset_id = 'img'"))
                     .toString(),
            QStringLiteral("2026-09-18T10:08:00.500Z"));
        QCOMPARE(value(store,
                     QStringLiteral("SELECT date_time_original FROM exif WHERE asset_id = 'vid'"))
                     .toString(),
            QStringLiteral("2026-09-18T10:08:00.000Z"));
        QVERIFY(value(store, QStringLiteral("SELECT modify_date FROM exif WHERE asset_id = 'vid'"))
                    .isNull());
        QCOMPARE(
            count(store, QStringLiteral("SELECT COUNT(*) FROM assets WHERE unknown_fields = 0")),
            2);
    }

    void migratesFromOlderSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
        {
            MirrorStore store;
            MirrorOpenOptions o;
            o.targetSchemaVersion = 1;
            MIRROR_VERIFY_NO_ERROR(store.open(path, o));
            QCOMPARE(store.schemaVersion(), 1);
            QCOMPARE(count(store,
                         QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'runs'")),
                0);
            QCOMPARE(
                count(store,
                    QStringLiteral(
                        "SELECT COUNT(*) FROM sqlite_master WHERE name = 'idx_assets_local_date'")),
                0);
            MIRROR_VERIFY_OK(store.applyBatch(
                {ev(E::AssetV1, asset(QStringLiteral("kept"), QStringLiteral("me")))}));
        }
        MirrorStore store;
        MIRROR_VERIFY_NO_ERROR(store.open(path));
        QCOMPARE(store.schemaVersion(), MirrorStore::latestSchemaVersion());
        QCOMPARE(pragma(store, "user_version").toInt(), MirrorStore::latestSchemaVersion());
        QCOMPARE(store.assetCount().value, 1);
        QCOMPARE(
            count(store, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'runs'")),
            1);
        QCOMPARE(
            count(store,
                QStringLiteral(
                    "SELECT COUNT(*) FROM sqlite_master WHERE name = 'idx_assets_local_date'")),
            1);
        // A read-only reader never migrates.
        const QString path2 = m_dir.filePath(QStringLiteral("old2.sqlite"));
        {
            MirrorStore s;
            MirrorOpenOptions o;
            o.targetSchemaVersion = 2;
            MIRROR_VERIFY_NO_ERROR(s.open(path2, o));
        }
        MirrorOpenOptions ro;
        ro.readOnly = true;
        MirrorStore reader;
        const Error e = reader.open(path2, ro);
        QCOMPARE(e.kind, Error::Kind::Storage);
        QVERIFY(e.detail.contains(QLatin1StringView("upgrade")));
    }

    void newerSchemaIsRefusedAndLeftAlone()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
        {
            MirrorStore store;
            MIRROR_VERIFY_NO_ERROR(store.open(path));
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        const QByteArray before = [&] {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        MirrorStore store;
        const Error e = store.open(path);
        QCOMPARE(e.kind, Error::Kind::Storage);
        QCOMPARE(store.problem(), MirrorStore::Problem::NewerSchema);
        QVERIFY(e.detail.contains(QLatin1StringView("newer Tidemark")));
        QVERIFY(e.detail.contains(QDir::toNativeSeparators(path)));
        QVERIFY(!store.isOpen());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void corruptFileIsNamedAndRebuildMovesItAside()
    {
        const QString path = m_dir.filePath(QStringLiteral("corrupt.sqlite"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        }
        MirrorStore store;
        const Error e = store.open(path);
        QCOMPARE(e.kind, Error::Kind::Storage);
        QCOMPARE(store.problem(), MirrorStore::Problem::Corrupt);
        QVERIFY2(e.detail.contains(QDir::toNativeSeparators(path)), qPrintable(e.detail));
        QVERIFY(QFile::exists(path)); // never deleted silently
        QCOMPARE(e.suggestedAction(), Error::Action::FreeDisk);

        auto moved = store.rebuild();
        MIRROR_VERIFY_OK(moved);
        QVERIFY(moved.value.startsWith(path + QLatin1StringView(".broken-")));
        QVERIFY(QFile::exists(moved.value));
        QCOMPARE(QFileInfo(moved.value).size(), 8192);
        QVERIFY(store.isOpen());
        QCOMPARE(store.assetCount().value, 0);
        QCOMPARE(store.problem(), MirrorStore::Problem::None);
    }

    void damagedPagesFailQuickCheck()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            MirrorStore store;
            MIRROR_VERIFY_NO_ERROR(store.open(path));
            QList<SyncEvent> events;
            for (int i = 0; i < 3000; ++i)
                events << ev(
                    E::AssetV1, asset(QStringLiteral("id-%1").arg(i), QStringLiteral("me")));
            MIRROR_VERIFY_OK(store.applyBatch(events));
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        {
            // Scribble over the middle of the file, leaving the header intact.
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 200000);
            f.seek(f.size() / 2);
            f.write(QByteArray(16384, '\x5a'));
        }
        MirrorStore store;
        const Error e = store.open(path);
        QCOMPARE(e.kind, Error::Kind::Storage);
        QCOMPARE(store.problem(), MirrorStore::Problem::Corrupt);
        QVERIFY(e.detail.contains(QDir::toNativeSeparators(path)));
    }

    void readOnlyReaderCannotWrite()
    {
        const QString path = m_dir.filePath(QStringLiteral("ro.sqlite"));
        MirrorStore writer;
        MIRROR_VERIFY_NO_ERROR(writer.open(path));
        MIRROR_VERIFY_OK(
            writer.applyBatch({ev(E::AssetV1, asset(QStringLiteral("a"), QStringLiteral("me")))}));
        MirrorOpenOptions ro;
        ro.readOnly = true;
        MirrorStore reader;
        MIRROR_VERIFY_NO_ERROR(reader.open(path, ro));
        QCOMPARE(reader.assetCount().value, 1);
        auto r
            = reader.applyBatch({ev(E::AssetV1, asset(QStringLiteral("b"), QStringLiteral("me")))});
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, Error::Kind::Storage);
        QVERIFY2(
            r.error.detail.contains(QDir::toNativeSeparators(path)), qPrintable(r.error.detail));
        QVERIFY2(r.error.detail.contains(QLatin1StringView("read"), Qt::CaseInsensitive),
            qPrintable(r.error.detail));
        QCOMPARE(writer.assetCount().value, 1);
        // Missing file for a reader.
        MirrorStore none;
        QVERIFY(none.open(m_dir.filePath(QStringLiteral("missing.sqlite")), ro).isError());
        QCOMPARE(none.problem(), MirrorStore::Problem::CannotOpen);
    }

    void opensAndWritesOnAWorkerThread()
    {
        const QString path = m_dir.filePath(QStringLiteral("thread.sqlite"));
        qint64 written = -1;
        QString error;
        QThread *t = QThread::create([&] {
            MirrorStore store; // lives and dies on the worker thread
            if (auto e = store.open(path)) {
                error = e.technicalDetails();
                return;
            }
            QList<SyncEvent> events;
            for (int i = 0; i < 100; ++i)
                events << ev(E::AssetV1, asset(QStringLiteral("w%1").arg(i), QStringLiteral("me")));
            auto r = store.applyBatch(events);
            written = r.ok() ? r.value.inserted : -1;
        });
        t->start();
        QVERIFY(t->wait(30000));
        delete t;
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(written, 100);
        MirrorStore reader;
        MIRROR_VERIFY_NO_ERROR(reader.open(path));
        QCOMPARE(reader.assetCount().value, 100);
    }

    void bulkLoadDropsAndRestoresIndexes()
    {
        const QString path = m_dir.filePath(QStringLiteral("bulk.sqlite"));
        auto indexCount = [](MirrorStore &s) {
            return count(s,
                QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name "
                               "LIKE 'idx_assets_%'"));
        };
        {
            MirrorStore store;
            MIRROR_VERIFY_NO_ERROR(store.open(path));
            QCOMPARE(indexCount(store), MirrorSchema::browserIndexes().size());
            MIRROR_VERIFY_NO_ERROR(store.beginBulkLoad());
            QVERIFY(store.inBulkLoad());
            QCOMPARE(indexCount(store), 0);
            MIRROR_VERIFY_OK(store.applyBatch(
                {ev(E::AssetV1, asset(QStringLiteral("a"), QStringLiteral("me")))}));
            MIRROR_VERIFY_NO_ERROR(store.endBulkLoad());
            QCOMPARE(indexCount(store), MirrorSchema::browserIndexes().size());
            MIRROR_VERIFY_NO_ERROR(store.beginBulkLoad());
            // "crash": close without endBulkLoad()
        }
        MirrorStore store;
        MIRROR_VERIFY_NO_ERROR(store.open(path));
        QCOMPARE(indexCount(store), MirrorSchema::browserIndexes().size());
    }

    void bulkLoadAppendsAssetsAndFoldsRepeatedIds()
    {
        const QString path = m_dir.filePath(QStringLiteral("append.sqlite"));
        auto keyIndexes = [](MirrorStore &s) {
            return count(
                s, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'assets_key'"));
        };
        {
            MirrorStore store;
            MIRROR_VERIFY_NO_ERROR(store.open(path));
            QCOMPARE(keyIndexes(store), 1);
            MIRROR_VERIFY_NO_ERROR(store.beginBulkLoad());
            QCOMPARE(keyIndexes(store), 0); // empty table: appends without the key
            SyncAssetV1 v2only = asset(QStringLiteral("b"), QStringLiteral("me"));
            v2only.createdAt = QStringLiteral("2024-01-01T00:00:00.000Z");
            MIRROR_VERIFY_OK(
                store.applyBatch({ev(E::AssetV1, asset(QStringLiteral("c"), QStringLiteral("me"))),
                    ev(E::AssetV1, v2only),
                    ev(E::AssetV1, asset(QStringLiteral("a"), QStringLiteral("me")))}));
            // Committed rows are visible to other connections at once.
            {
                MirrorStore other;
                MirrorOpenOptions reader;
                reader.readOnly = true;
                reader.quickCheck = false;
                MIRROR_VERIFY_NO_ERROR(other.open(path, reader));
                QCOMPARE(other.assetCount().value, 3);
            }
            SyncAssetV1 again = asset(QStringLiteral("b"), QStringLiteral("partner"));
            again.originalFileName = QStringLiteral("later.jpg");
            MIRROR_VERIFY_OK(store.applyBatch({ev(E::PartnerAssetV1, again),
                ev(E::PartnerAssetV1, asset(QStringLiteral("d"), QStringLiteral("partner")))}));
            QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM assets WHERE id = 'b'")), 2);
            // A delete finds assets by id: the key comes back first, repeated ids folded.
            MIRROR_VERIFY_OK(
                store.applyBatch({ev(E::AssetDeleteV1, SyncAssetDeleteV1 {QStringLiteral("c")})}));
            QCOMPARE(keyIndexes(store), 1);
            QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM assets")), 3);
            MIRROR_VERIFY_OK(
                store.applyBatch({ev(E::AssetV1, asset(QStringLiteral("e"), QStringLiteral("me"))),
                    ev(E::AssetV1, asset(QStringLiteral("a"), QStringLiteral("me")))}));
            // "crash": close without endBulkLoad()
        }
        MirrorStore store;
        MIRROR_VERIFY_NO_ERROR(store.open(path));
        QCOMPARE(keyIndexes(store), 1);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM assets")), 4);
        QCOMPARE(count(store, QStringLiteral("SELECT sources FROM assets WHERE id = 'b'")), 3);
        QCOMPARE(
            value(store, QStringLiteral("SELECT original_file_name FROM assets WHERE id = 'b'"))
                .toString(),
            QStringLiteral("later.jpg"));
        QCOMPARE(
            value(store, QStringLiteral("SELECT created_at FROM assets WHERE id = 'b'")).toString(),
            QStringLiteral("2024-01-01T00:00:00.000Z"));
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM assets WHERE id = 'c'")), 0);
        // A bulk load into a non-empty table keeps the key: plain upserts.
        MIRROR_VERIFY_NO_ERROR(store.beginBulkLoad());
        QCOMPARE(keyIndexes(store), 1);
        MIRROR_VERIFY_OK(
            store.applyBatch({ev(E::AssetV1, asset(QStringLiteral("f"), QStringLiteral("me")))}));
        MIRROR_VERIFY_NO_ERROR(store.endBulkLoad());
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM assets")), 5);
    }

    void upgradeReportsItsSteps()
    {
        const QString path = m_dir.filePath(QStringLiteral("upgrade-steps.sqlite"));
        QList<QPair<int, int>> calls;
        MirrorOpenOptions o;
        o.upgradeProgress = [&calls](int step, int steps) { calls.append({step, steps}); };
        {
            // A new file is created, not upgraded: nothing to show.
            MirrorOpenOptions old = o;
            old.targetSchemaVersion = 4;
            MirrorStore store;
            MIRROR_VERIFY_NO_ERROR(store.open(path, old));
            QVERIFY(calls.isEmpty());
        }
        MirrorStore store;
        MIRROR_VERIFY_NO_ERROR(store.open(path, o));
        const int steps = int(MirrorSchema::migrations().constLast().statements.size());
        QList<QPair<int, int>> expected;
        for (int i = 0; i <= steps; ++i)
            expected.append({i, steps});
        QCOMPARE(calls, expected);
        QCOMPARE(store.schemaVersion(), MirrorStore::latestSchemaVersion());
    }

    void indexBuilderLeavesABulkLoadInProgressAlone()
    {
        // The window's background index build opens the mirror while the sync thread appends
        // (a first sync): it must neither restore the key under the appends (the next repeated
        // id then failed the run with "UNIQUE constraint failed: assets.id") nor build indexes
        // the bulk load's end builds anyway.
        const QString path = m_dir.filePath(QStringLiteral("bulk-beside-builder.sqlite"));
        MirrorStore store;
        MirrorOpenOptions writer;
        writer.deferBrowserIndexes = true;
        MIRROR_VERIFY_NO_ERROR(store.open(path, writer));
        MIRROR_VERIFY_NO_ERROR(store.beginBulkLoad());
        MIRROR_VERIFY_OK(
            store.applyBatch({ev(E::AssetV1, asset(QStringLiteral("a"), QStringLiteral("me")))}));
        QCOMPARE(store.hasAssetKey().value, false);

        const BrowserIndexBuilder::Result built = BrowserIndexBuilder::build(path);
        QCOMPARE(built.error.kind, Error::Kind::Cancelled);
        QVERIFY(!built.built);
        QCOMPARE(store.hasAssetKey().value, false);
        QCOMPARE(store.browserIndexesReady().value, false);

        // The same id again appends (the fold at the end keeps one row).
        MIRROR_VERIFY_OK(
            store.applyBatch({ev(E::AssetV1, asset(QStringLiteral("a"), QStringLiteral("me")))}));
        MIRROR_VERIFY_NO_ERROR(store.endBulkLoad());
        QCOMPARE(store.hasAssetKey().value, true);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM assets")), 1);
        QCOMPARE(store.browserIndexesReady().value, true);
    }

    void aNewMirrorHasItsMonthSummaryAtOnce()
    {
        // Opened as the sync thread opens it (browser indexes deferred): a new mirror needs no
        // background build before its first sync.
        const QString path = m_dir.filePath(QStringLiteral("new-summary.sqlite"));
        MirrorStore store;
        MirrorOpenOptions writer;
        writer.deferBrowserIndexes = true;
        MIRROR_VERIFY_NO_ERROR(store.open(path, writer));
        QCOMPARE(store.browserIndexesReady().value, true);
    }

    void crashDuringAppendsIsRepairedOnOpen()
    {
        const QString path = m_dir.filePath(QStringLiteral("append-crash.sqlite"));
        {
            MirrorStore store;
            MIRROR_VERIFY_NO_ERROR(store.open(path));
            MIRROR_VERIFY_NO_ERROR(store.beginBulkLoad());
            SyncAssetV1 later = asset(QStringLiteral("x"), QStringLiteral("partner"));
            later.originalFileName = QStringLiteral("later.jpg");
            later.durationMs = std::nullopt;
            SyncAssetV1 first = asset(QStringLiteral("x"), QStringLiteral("partner"));
            first.durationMs = 1234;
            MIRROR_VERIFY_OK(store.applyBatch({ev(E::AssetV1, first),
                ev(E::AssetV1, asset(QStringLiteral("y"), QStringLiteral("me")))}));
            MIRROR_VERIFY_OK(store.applyBatch({ev(E::AlbumAssetCreateV1, later)}));
            // "crash" in the middle of the bulk load: the key index is still dropped
        }
        MirrorStore store;
        MIRROR_VERIFY_NO_ERROR(store.open(path));
        QCOMPARE(
            count(store,
                QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'assets_key'")),
            1);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM assets")), 2);
        QCOMPARE(count(store, QStringLiteral("SELECT sources FROM assets WHERE id = 'x'")), 1 | 4);
        QCOMPARE(
            count(store, QStringLiteral("SELECT duration_ms FROM assets WHERE id = 'x'")), 1234);
        QCOMPARE(
            value(store, QStringLiteral("SELECT original_file_name FROM assets WHERE id = 'x'"))
                .toString(),
            QStringLiteral("later.jpg"));
        // Upserts work again.
        MIRROR_VERIFY_OK(
            store.applyBatch({ev(E::AssetV1, asset(QStringLiteral("y"), QStringLiteral("me")))}));
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM assets")), 2);
    }

    void schema3StagedAssetsAreMergedOnOpen()
    {
        const QString path = m_dir.filePath(QStringLiteral("staged-v3.sqlite"));
        {
            MirrorStore store;
            MirrorOpenOptions o;
            o.targetSchemaVersion = 3;
            MIRROR_VERIFY_NO_ERROR(store.open(path, o));
            MIRROR_VERIFY_OK(store.applyBatch(
                {ev(E::AssetV1, asset(QStringLiteral("a"), QStringLiteral("me")))}));
            // What a bulk load of schema 3 left behind when it crashed.
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE assets_staging (id TEXT NOT NULL, owner_id TEXT NOT NULL,"
                " original_file_name TEXT NOT NULL, thumbhash TEXT, checksum TEXT, file_created_at "
                "TEXT,"
                " file_modified_at TEXT, local_date_time TEXT NOT NULL, duration TEXT, duration_ms "
                "INTEGER,"
                " type TEXT, deleted_at TEXT, is_favorite INTEGER NOT NULL, visibility TEXT,"
                " live_photo_video_id TEXT, stack_id TEXT, library_id TEXT, width INTEGER, height "
                "INTEGER,"
                " is_edited INTEGER NOT NULL, created_at TEXT, sources INTEGER NOT NULL)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO assets_staging (id, owner_id, "
                                          "original_file_name, local_date_time, is_favorite,"
                                          " is_edited, sources) VALUES ('a', 'me', 'again.jpg', "
                                          "'', 0, 0, 2), ('s', 'me', 's.jpg', '', 0, 0, 1)")));
        }
        MirrorStore store;
        MIRROR_VERIFY_NO_ERROR(store.open(path));
        QCOMPARE(store.schemaVersion(), MirrorStore::latestSchemaVersion());
        QCOMPARE(
            count(store,
                QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'assets_staging'")),
            0);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM assets")), 2);
        QCOMPARE(count(store, QStringLiteral("SELECT sources FROM assets WHERE id = 'a'")), 3);
        QCOMPARE(
            value(store, QStringLiteral("SELECT original_file_name FROM assets WHERE id = 'a'"))
                .toString(),
            QStringLiteral("again.jpg"));
    }

    void deferredBrowserIndexesAreBuiltLater()
    {
        const QString path = m_dir.filePath(QStringLiteral("deferred.sqlite"));
        auto indexCount = [](MirrorStore &s) {
            return count(s,
                QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name "
                               "LIKE 'idx_assets_%'"));
        };
        {
            MirrorStore store;
            MIRROR_VERIFY_NO_ERROR(store.open(path));
            MIRROR_VERIFY_NO_ERROR(store.beginBulkLoad());
            MIRROR_VERIFY_OK(store.applyBatch(
                {ev(E::AssetV1, asset(QStringLiteral("a"), QStringLiteral("me")))}));
            MIRROR_VERIFY_NO_ERROR(store.endBulkLoad(MirrorStore::IndexBuild::Deferred));
            QCOMPARE(indexCount(store), 0);
            QCOMPARE(store.browserIndexesReady().value, false);
            // Queries work without them.
            QCOMPARE(
                store.fetchAssets(AssetFilter {}, AssetSort {}, AssetPageRequest {}).value.size(),
                1);
        }
        {
            // An owner that builds them itself opens without waiting for them.
            MirrorStore store;
            MirrorOpenOptions o;
            o.deferBrowserIndexes = true;
            MIRROR_VERIFY_NO_ERROR(store.open(path, o));
            QCOMPARE(indexCount(store), 0);
        }
        // On a thread of its own; `done` runs there.
        BrowserIndexBuilder builder;
        BrowserIndexBuilder::Result r;
        QThread *doneOn = nullptr;
        QVERIFY(builder.start(path, [&](const BrowserIndexBuilder::Result &result) {
            r = result;
            doneOn = QThread::currentThread();
        }));
        builder.wait();
        QVERIFY(!builder.isRunning());
        MIRROR_VERIFY_NO_ERROR(r.error);
        QVERIFY(r.built);
        QVERIFY(doneOn && doneOn != QThread::currentThread());
        MirrorStore store;
        MIRROR_VERIFY_NO_ERROR(store.open(path));
        QCOMPARE(indexCount(store), MirrorSchema::browserIndexes().size());
        QCOMPARE(store.browserIndexesReady().value, true);
        QVERIFY(!BrowserIndexBuilder::build(path).built);
    }

    void settingsSurvive()
    {
        MirrorStore store;
        MIRROR_VERIFY_NO_ERROR(store.open(m_dir.filePath(QStringLiteral("settings.sqlite"))));
        QVERIFY(store.setting(QStringLiteral("k")).value.isNull());
        MIRROR_VERIFY_NO_ERROR(store.setSetting(QStringLiteral("k"), QStringLiteral("v1")));
        MIRROR_VERIFY_NO_ERROR(store.setSetting(QStringLiteral("k"), QStringLiteral("v2")));
        QCOMPARE(store.setting(QStringLiteral("k")).value, QStringLiteral("v2"));
    }
};

QTEST_GUILESS_MAIN(MirrorOpenTest)
#include "mirror_open.moc"
