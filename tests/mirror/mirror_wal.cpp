// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The write-ahead log stays small: a bulk load or a long run with a reader open beside the
// writer (the GUI) must not leave a -wal file as large as everything written.

#include "MirrorTestUtil.h"

#include <QFileInfo>

using namespace Tidemark;
using namespace Tidemark::MirrorTest;
using E = SyncEntityType;

class MirrorWalTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("w%1.sqlite").arg(++m_n)); }

    static qint64 walSize(const QString &path)
    {
        const QFileInfo wal(path + QStringLiteral("-wal"));
        return wal.exists() ? wal.size() : 0;
    }

    static QList<SyncEvent> assets(int first, int n)
    {
        QList<SyncEvent> list;
        list.reserve(n);
        for (int i = first; i < first + n; ++i)
            list << ev(E::AssetV1,
                asset(QStringLiteral("a%1").arg(i, 8, 10, QLatin1Char('0')), QStringLiteral("me")));
        return list;
    }

    static MirrorOpenOptions readerOptions()
    {
        MirrorOpenOptions o;
        o.readOnly = true;
        o.quickCheck = false;
        return o;
    }

    static constexpr qint64 kSmallWal = 256 * 1024;

private Q_SLOTS:
    void bulkLoadWithReaderOpenLeavesASmallWal()
    {
        const QString path = newPath();
        MirrorStore writer;
        MIRROR_VERIFY_NO_ERROR(writer.open(path));
        MirrorStore reader;
        MIRROR_VERIFY_NO_ERROR(reader.open(path, readerOptions()));
        QCOMPARE(reader.assetCount().value, qint64(0));

        constexpr int kChunks = 20;
        constexpr int kChunk = 1000;
        MIRROR_VERIFY_NO_ERROR(writer.beginBulkLoad());
        for (int c = 0; c < kChunks; ++c) {
            MIRROR_VERIFY_OK(writer.applyBatch(assets(c * kChunk, kChunk)));
            // The reader keeps reading while the load runs, as the GUI does.
            MIRROR_VERIFY_OK(reader.tableCounts());
        }
        MIRROR_VERIFY_NO_ERROR(writer.endBulkLoad());
        QCOMPARE(reader.assetCount().value, qint64(kChunks * kChunk));
        QVERIFY2(walSize(path) <= kSmallWal, qPrintable(QString::number(walSize(path))));
        // The reader still works after the log was truncated under it.
        QCOMPARE(reader.countAssets(AssetFilter {}).value, qint64(kChunks * kChunk));
    }

    void closingTheWriterCheckpointsWhileAReaderStaysOpen()
    {
        const QString path = newPath();
        MirrorStore reader;
        {
            MirrorStore writer;
            MIRROR_VERIFY_NO_ERROR(writer.open(path));
            MIRROR_VERIFY_NO_ERROR(reader.open(path, readerOptions()));
            for (int c = 0; c < 10; ++c) {
                MIRROR_VERIFY_OK(writer.applyBatch(assets(c * 1000, 1000)));
                MIRROR_VERIFY_OK(reader.assetCount());
            }
            // Several MB were written through the log; SQLite's automatic checkpoints never
            // shrink the file by themselves.
            QVERIFY2(walSize(path) > kSmallWal, qPrintable(QString::number(walSize(path))));
            writer.close();
        }
        QVERIFY2(walSize(path) <= kSmallWal, qPrintable(QString::number(walSize(path))));
        QCOMPARE(reader.assetCount().value, qint64(10000));
    }

    void aReaderInsideATransactionDelaysTheCheckpointUntilItEnds()
    {
        const QString path = newPath();
        MirrorStore writer;
        MIRROR_VERIFY_NO_ERROR(writer.open(path));
        MirrorStore reader;
        MIRROR_VERIFY_NO_ERROR(reader.open(path, readerOptions()));
        MIRROR_VERIFY_OK(writer.applyBatch(assets(0, 2000)));
        {
            // An unfinished statement is an open read transaction: it pins its snapshot.
            QSqlQuery pin(reader.database());
            pin.setForwardOnly(true);
            QVERIFY(pin.exec(QStringLiteral("SELECT id FROM assets")));
            QVERIFY(pin.next());
            MIRROR_VERIFY_OK(writer.applyBatch(assets(2000, 2000)));
            const MirrorResult<bool> blocked = writer.checkpointWal(50);
            MIRROR_VERIFY_OK(blocked);
            QVERIFY(!blocked.value);
            QVERIFY(walSize(path) > kSmallWal);
        }
        const MirrorResult<bool> done = writer.checkpointWal(50);
        MIRROR_VERIFY_OK(done);
        QVERIFY(done.value);
        QCOMPARE(walSize(path), qint64(0));
        QCOMPARE(reader.assetCount().value, qint64(4000));
    }

    void writersBoundTheLogSize()
    {
        MirrorStore writer;
        MirrorOpenOptions o;
        o.walSizeLimitBytes = 4 * 1024 * 1024;
        MIRROR_VERIFY_NO_ERROR(writer.open(newPath(), o));
        QCOMPARE(value(writer, QStringLiteral("PRAGMA journal_size_limit")).toLongLong(),
            qint64(4 * 1024 * 1024));
        QCOMPARE(
            value(writer, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        // A reader never checkpoints.
        MirrorStore reader;
        MIRROR_VERIFY_NO_ERROR(reader.open(writer.path(), readerOptions()));
        const MirrorResult<bool> r = reader.checkpointWal();
        MIRROR_VERIFY_OK(r);
        QVERIFY(!r.value);
    }
};

QTEST_GUILESS_MAIN(MirrorWalTest)
#include "mirror_wal.moc"
