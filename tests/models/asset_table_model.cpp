// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// AssetTableModel on a real 200,000-asset mirror: first rows, placeholders then dataChanged,
// filters and sort in SQL, refresh that keeps rows stable, wipe.
#include "models/AssetTableModel.h"

#include "MirrorFixture.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <memory>

using namespace Tidemark;
using namespace Tidemark::Test;

namespace {

constexpr int N = 200000;

QString idAt(const AssetTableModel &m, int row)
{
    return m.data(m.index(row, 0), AssetTableModel::IdRole).toString();
}

bool waitLoaded(AssetTableModel &m, int row, int timeoutMs = 20000)
{
    m.data(m.index(row, 0)); // asks for the page
    QElapsedTimer t;
    t.start();
    while (!m.isRowLoaded(row) && t.elapsed() < timeoutMs)
        QTest::qWait(2);
    return m.isRowLoaded(row);
}

bool waitReady(AssetTableModel &m, int timeoutMs = 30000)
{
    QElapsedTimer t;
    t.start();
    while (!m.isReady() && t.elapsed() < timeoutMs)
        QTest::qWait(2);
    return m.isReady();
}

qint64 expectedCount(const std::function<bool(const GenAsset &)> &pred, int n = N)
{
    qint64 c = 0;
    for (int i = 0; i < n; ++i)
        c += pred(GenAsset {i}) ? 1 : 0;
    return c;
}

} // namespace

class TestAssetTableModel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("big.sqlite"));
        QElapsedTimer t;
        t.start();
        {
            QSqlDatabase db = openWriter(m_path, QStringLiteral("fill"));
            createSchema(db);
            insertAssets(db, 0, N);
            exec(db, QStringLiteral("ANALYZE"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fill"));
        qInfo() << "mirror with" << N << "assets written in" << t.elapsed() << "ms";
    }

    void rowsGrowToTheCountInSteps()
    {
        // A view's header keeps an entry per row: the count of a big mirror arrives as inserts
        // of at most kRowsPerStep rows, one per event-loop pass, until rowCount() is the count.
        AssetTableModel model;
        QAbstractItemModelTester tester(&model);
        QList<int> inserted;
        connect(&model, &QAbstractItemModel::rowsInserted, this,
            [&inserted](
                const QModelIndex &, int first, int last) { inserted << last - first + 1; });
        QSignalSpy counted(&model, &AssetTableModel::countChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setMirrorPath(m_path);
        QVERIFY(counted.wait(10000));
        QCOMPARE(model.totalCount(), qint64(N));
        QVERIFY(model.rowCount() <= AssetTableModel::kRowsPerStep + model.pageSize());
        QVERIFY(model.canFetchMore({}));
        QVERIFY(!model.isReady()); // not until the rows have grown to the count
        QVERIFY(waitReady(model));
        QCOMPARE(model.rowCount(), N);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(inserted.size() >= N / AssetTableModel::kRowsPerStep);
        for (const int n : std::as_const(inserted))
            QVERIFY(n <= AssetTableModel::kRowsPerStep);
        QCOMPARE(reset.size(), 1); // the setup only
    }

    void firstRowsArriveQuickly()
    {
        AssetTableModel model;
        QAbstractItemModelTester tester(&model);
        QSignalSpy first(&model, &AssetTableModel::firstRowsReady);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setMirrorPath(m_path);
        QVERIFY(first.wait(10000));
        const qint64 ms = first.at(0).at(0).toLongLong();
        qInfo() << "first rows after" << ms << "ms";
        QVERIFY(ms < 2000);
        QVERIFY(model.rowCount() > 0);
        QVERIFY(waitReady(model));
        QCOMPARE(model.rowCount(), N);
        QCOMPARE(model.totalCount(), qint64(N));
        QCOMPARE(reset.size(), 1); // the setup, nothing per page
        // Default sort: date, newest first.
        QCOMPARE(idAt(model, 0), GenAsset {N - 1}.id());
        QCOMPARE(model.data(model.index(0, AssetTableModel::FileNameColumn)).toString(),
            GenAsset {N - 1}.fileName());
        // Owner column: "me" for own assets, the partner's name otherwise.
        for (int r = 0; r < 8; ++r) {
            const GenAsset g {N - 1 - r};
            QVERIFY(waitLoaded(model, r));
            const QString owner
                = model.data(model.index(r, AssetTableModel::OwnerColumn)).toString();
            if (g.owner() == SelfId)
                QCOMPARE(owner, QStringLiteral("me"));
            else if (g.owner() == PartnerId)
                QCOMPARE(owner, QStringLiteral("Partner Pat"));
            QCOMPARE(model.data(model.index(r, 0), AssetTableModel::IsPartnerRole).toBool(),
                g.owner() != SelfId);
            QCOMPARE(model.data(model.index(r, 0), AssetTableModel::TypeRole).toString(), g.type());
            QCOMPARE(model.data(model.index(r, 0), AssetTableModel::IsFavoriteRole).toBool(),
                g.favorite());
            QCOMPARE(model.data(model.index(r, 0), AssetTableModel::LocalDateTimeRole).toDateTime(),
                g.when());
            QCOMPARE(model.data(model.index(r, 0), AssetTableModel::WidthRole).toLongLong(),
                4000 + g.i % 100);
            QCOMPARE(model.data(model.index(r, 0), AssetTableModel::AlbumCountRole).toInt(),
                g.inAlbum() ? 1 : 0);
            QCOMPARE(model.data(model.index(r, 0), AssetTableModel::FileSizeRole).isValid(),
                g.hasExif());
            if (g.type() == QLatin1StringView("VIDEO"))
                QCOMPARE(model.data(model.index(r, 0), AssetTableModel::DurationRole).toLongLong(),
                    5250);
        }
    }

    void placeholderThenDataChanged()
    {
        AssetTableModel model;
        // The tester checks every dataChanged thoroughly (~1 s per page of a 200k-row model in
        // Qt 6.4): it watches the first page and the placeholder case, then is let go.
        auto tester = std::make_unique<QAbstractItemModelTester>(&model);
        model.setMirrorPath(m_path);
        QVERIFY(waitReady(model));
        const int row = 150000;
        QVERIFY(!model.isRowLoaded(row));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        // Placeholder first.
        QCOMPARE(model.data(model.index(row, 0), AssetTableModel::IsLoadedRole).toBool(), false);
        QVERIFY(model.data(model.index(row, 0), AssetTableModel::IdRole).toString().isEmpty());
        QVERIFY(waitLoaded(model, row));
        bool covered = false;
        for (const auto &args : std::as_const(changed)) {
            const QModelIndex tl = args.at(0).toModelIndex(), br = args.at(1).toModelIndex();
            covered |= tl.row() <= row && row <= br.row() && tl.column() == 0
                && br.column() == AssetTableModel::ColumnCount - 1;
        }
        QVERIFY(covered);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(idAt(model, row), GenAsset {N - 1 - row}.id());
        tester.reset();

        // Sequential pages (keyset from the previous page's last row) and random jumps
        // (offset from the nearest loaded page) give the same rows.
        const int ps = model.pageSize();
        for (int r : {row + ps, row + 2 * ps, row + 2 * ps + 17, 3, N - 1, 77777, 123456, 199000}) {
            QVERIFY(waitLoaded(model, r));
            QCOMPARE(idAt(model, r), GenAsset {N - 1 - r}.id());
        }
        auto *rng = QRandomGenerator::global();
        for (int k = 0; k < 20; ++k) {
            const int r = rng->bounded(N);
            QVERIFY(waitLoaded(model, r));
            QCOMPARE(idAt(model, r), GenAsset {N - 1 - r}.id());
        }
        QCOMPARE(reset.size(), 0);
    }

    void filters_data()
    {
        QTest::addColumn<int>("which");
        for (int w = 0; w < 13; ++w)
            QTest::newRow(qPrintable(QString::number(w))) << w;
    }

    void filters()
    {
        QFETCH(int, which);
        AssetFilter f;
        std::function<bool(const GenAsset &)> pred;
        switch (which) {
        case 0:
            f.owner = AssetFilter::Owner::Me;
            pred = [](const GenAsset &g) { return g.owner() == SelfId; };
            break;
        case 1:
            f.owner = AssetFilter::Owner::Partners;
            pred = [](const GenAsset &g) { return g.owner() == PartnerId; };
            break;
        case 2:
            f.owner = AssetFilter::Owner::Others;
            pred = [](const GenAsset &g) { return g.owner() == OtherId; };
            break;
        case 3:
            f.types = {QStringLiteral("VIDEO")};
            pred = [](const GenAsset &g) { return g.type() == QLatin1StringView("VIDEO"); };
            break;
        case 4:
            f.favorite = true;
            pred = [](const GenAsset &g) { return g.favorite(); };
            break;
        case 5:
            f.trashed = true;
            pred = [](const GenAsset &g) { return g.trashed(); };
            break;
        case 6:
            f.archived = true;
            pred = [](const GenAsset &g) { return g.visibility() == QLatin1StringView("archive"); };
            break;
        case 7:
            f.hidden = true;
            pred = [](const GenAsset &g) { return g.visibility() == QLatin1StringView("hidden"); };
            break;
        case 8:
            f.albumId = AlbumId;
            pred = [](const GenAsset &g) { return g.inAlbum(); };
            break;
        case 9:
            f.from = QDate(2020, 1, 10);
            f.to = QDate(2020, 1, 20);
            pred = [](const GenAsset &g) {
                return g.when().date() >= QDate(2020, 1, 10)
                    && g.when().date() <= QDate(2020, 1, 20);
            };
            break;
        case 10:
            f.fileNameContains = QStringLiteral("_00012");
            pred
                = [](const GenAsset &g) { return g.fileName().contains(QStringLiteral("_00012")); };
            break;
        case 11:
            f = AssetFilter::timeline();
            pred = [](const GenAsset &g) {
                return !g.trashed() && g.visibility() == QLatin1StringView("timeline");
            };
            break;
        case 12:
            f.owner = AssetFilter::Owner::Me;
            f.types = {QStringLiteral("IMAGE")};
            f.favorite = false;
            f.trashed = false;
            f.fileNameContains = QStringLiteral("9");
            pred = [](const GenAsset &g) {
                return g.owner() == SelfId && g.type() == QLatin1StringView("IMAGE")
                    && !g.favorite() && !g.trashed() && g.fileName().contains(QLatin1Char('9'));
            };
            break;
        }
        AssetTableModel model;
        QAbstractItemModelTester tester(&model);
        model.setFilter(f);
        QElapsedTimer t;
        t.start();
        model.setMirrorPath(m_path);
        QVERIFY(waitReady(model));
        const qint64 expected = expectedCount(pred);
        qInfo() << "filter" << which << "count" << expected << "ready after" << t.elapsed() << "ms";
        QCOMPARE(model.totalCount(), expected);
        QCOMPARE(model.rowCount(), int(expected));
        // The rows are the matching assets, newest first.
        QList<int> matching;
        for (int i = N - 1; i >= 0 && matching.size() < 300; --i)
            if (pred(GenAsset {i}))
                matching.append(i);
        for (int r : {0, 1, 255, 256, 299}) {
            if (r >= matching.size())
                continue;
            QVERIFY(waitLoaded(model, r));
            QCOMPARE(idAt(model, r), GenAsset {matching.at(r)}.id());
        }
        // Far rows (through the ordered snapshot when the filter is not empty): the oldest
        // matching assets, and one in the middle.
        QList<int> oldest;
        for (int i = 0; i < N && oldest.size() < 2; ++i)
            if (pred(GenAsset {i}))
                oldest.append(i);
        const int last = model.rowCount() - 1;
        QVERIFY(waitLoaded(model, last));
        QCOMPARE(idAt(model, last), GenAsset {oldest.at(0)}.id());
        if (last >= 1) {
            QVERIFY(waitLoaded(model, last - 1));
            QCOMPARE(idAt(model, last - 1), GenAsset {oldest.at(1)}.id());
        }
        const int mid = last / 2;
        QVERIFY(waitLoaded(model, mid));
        const int midAsset = [&] {
            int seen = 0;
            for (int i = N - 1; i >= 0; --i)
                if (pred(GenAsset {i}) && seen++ == mid)
                    return i;
            return -1;
        }();
        QCOMPARE(idAt(model, mid), GenAsset {midAsset}.id());
    }

    void sortInSql()
    {
        AssetTableModel model;
        auto tester = std::make_unique<QAbstractItemModelTester>(&model);
        model.setMirrorPath(m_path);
        QVERIFY(waitReady(model));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        model.sort(AssetTableModel::FileNameColumn, Qt::AscendingOrder);
        QCOMPARE(reset.size(), 1);
        QVERIFY(waitReady(model));
        QCOMPARE(model.rowCount(), N);
        tester.reset(); // see placeholderThenDataChanged
        for (int r : {0, 255, 256, 257, 1000, 150000, N - 1}) {
            QVERIFY(waitLoaded(model, r));
            QCOMPARE(model.data(model.index(r, AssetTableModel::FileNameColumn)).toString(),
                GenAsset {r}.fileName());
        }

        model.setSort(AssetTableModel::DateColumn, Qt::AscendingOrder);
        QVERIFY(waitReady(model));
        for (int r : {0, 511, 512, 99999}) {
            QVERIFY(waitLoaded(model, r));
            QCOMPARE(idAt(model, r), GenAsset {r}.id());
        }

        // A nullable key, descending: sizes (even assets) first, then the NULLs (odd assets,
        // by id descending); sequential pages across the boundary use the keyset with NULLs.
        model.setSort(AssetTableModel::SizeColumn, Qt::DescendingOrder);
        QVERIFY(waitReady(model));
        const int ps = model.pageSize();
        const int boundary = N / 2;
        for (int p = boundary / ps - 2; p <= boundary / ps + 2; ++p)
            QVERIFY(waitLoaded(model, p * ps));
        QCOMPARE(idAt(model, 0), GenAsset {N - 2}.id());
        QCOMPARE(idAt(model, boundary - 1), GenAsset {0}.id());
        QCOMPARE(idAt(model, boundary), GenAsset {N - 1}.id());
        QCOMPARE(idAt(model, boundary + 1), GenAsset {N - 3}.id());
        QVERIFY(!model.data(model.index(boundary, 0), AssetTableModel::FileSizeRole).isValid());

        // The same sort again changes nothing.
        reset.clear();
        model.setSort(AssetTableModel::SizeColumn, Qt::DescendingOrder);
        QCOMPARE(reset.size(), 0);
    }

    void refreshKeepsRowsStable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("small.sqlite"));
        QSqlDatabase db = openWriter(path, QStringLiteral("writer"));
        createSchema(db);
        insertAssets(db, 0, 5000);

        AssetTableModel model;
        QAbstractItemModelTester tester(&model);
        model.setSort(AssetTableModel::DateColumn, Qt::AscendingOrder);
        model.setMirrorPath(path);
        QVERIFY(waitReady(model));
        QCOMPARE(model.rowCount(), 5000);
        QStringList before;
        for (int r = 0; r < 10; ++r) {
            QVERIFY(waitLoaded(model, r));
            before << idAt(model, r);
        }
        QVERIFY(waitLoaded(model, 4999));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy counted(&model, &AssetTableModel::countChanged);

        // The sync adds newer assets (they sort to the tail) and favourites the first one.
        insertAssets(db, 5000, 5300);
        exec(db,
            QStringLiteral("UPDATE assets SET is_favorite = 1 - is_favorite WHERE id = '%1'")
                .arg(before.at(0)));
        const bool wasFavorite = GenAsset {0}.favorite();
        model.onMirrorChanged({QStringLiteral("exif"), QStringLiteral("assets")});
        QVERIFY(counted.wait(10000));
        QCOMPARE(model.rowCount(), 5300);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 5000);
        QCOMPARE(inserted.at(0).at(2).toInt(), 5299);
        QVERIFY(changed.size() >= 1); // cached pages told to repaint
        // Stale rows are served (no flash of placeholders) while page 0 is re-read.
        QCOMPARE(idAt(model, 0), before.at(0));
        QTRY_COMPARE_WITH_TIMEOUT(
            model.data(model.index(0, 0), AssetTableModel::IsFavoriteRole).toBool(), !wasFavorite,
            10000);
        for (int r = 0; r < 10; ++r)
            QCOMPARE(idAt(model, r), before.at(r));
        QVERIFY(waitLoaded(model, 5299));
        QCOMPARE(idAt(model, 5299), GenAsset {5299}.id());
        QCOMPARE(reset.size(), 0);

        // Irrelevant tables do not refresh.
        counted.clear();
        model.onMirrorChanged({QStringLiteral("memories")});
        QTest::qWait(50);
        QCOMPARE(counted.size(), 0);

        // Rows deleted at the tail: removed, not reset.
        exec(db,
            QStringLiteral("DELETE FROM assets WHERE local_date_time >= '%1'")
                .arg(GenAsset {5200}.localDateTime()));
        model.refresh();
        QVERIFY(counted.wait(10000));
        QCOMPARE(model.rowCount(), 5200);
        QCOMPARE(reset.size(), 0);

        // The mirror is wiped (SyncResetV1): one reset to empty.
        exec(db, QStringLiteral("DELETE FROM assets"));
        model.onMirrorChanged({QStringLiteral("reset")});
        QVERIFY(counted.wait(10000));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.size(), 1);
        db.close();
    }

    void sameFilterDoesNotReset()
    {
        AssetTableModel model;
        model.setMirrorPath(m_path);
        QVERIFY(waitReady(model));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setFilter(AssetFilter {});
        model.setMirrorPath(m_path);
        QCOMPARE(reset.size(), 0);
        AssetFilter f;
        f.favorite = true;
        model.setFilter(f);
        QCOMPARE(reset.size(), 1);
    }

    void missingMirrorReportsFailure()
    {
        AssetTableModel model;
        QSignalSpy failed(&model, &AssetTableModel::loadFailed);
        model.setMirrorPath(m_dir.filePath(QStringLiteral("nope/none.sqlite")));
        QVERIFY(failed.wait(5000));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAssetTableModel)
#include "asset_table_model.moc"
