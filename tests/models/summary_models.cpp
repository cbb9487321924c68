// EntityCountsModel and MonthlyAssetsModel on a small real mirror.
#include "models/MirrorSummaryModels.h"

#include "MirrorFixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Tidemark;
using namespace Tidemark::Test;

class TestSummaryModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void entityCounts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.sqlite"));
        QSqlDatabase db = openWriter(path, QStringLiteral("w1"));
        createSchema(db);
        insertAssets(db, 0, 1000);

        EntityCountsModel model;
        QAbstractItemModelTester tester(&model);
        QSignalSpy refreshed(&model, &EntityCountsModel::refreshed);
        model.setMirrorPath(path);
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(model.rowCount(), int(MirrorSchema::serverTables().size()));
        QCOMPARE(model.localCount(QStringLiteral("assets")), 1000);
        QCOMPARE(model.localCount(QStringLiteral("exif")), 500);
        QCOMPARE(model.localCount(QStringLiteral("users")), 3);
        model.setServerCounts({{QStringLiteral("assets"), 1003}});
        const int row = [&] {
            for (int r = 0; r < model.rowCount(); ++r)
                if (model.data(model.index(r, 0), EntityCountsModel::TableRole).toString() == QLatin1StringView("assets"))
                    return r;
            return -1;
        }();
        QCOMPARE(model.data(model.index(row, 0), EntityCountsModel::DifferenceRole).toLongLong(), -3);
        QVERIFY(!model.data(model.index(0, 0), EntityCountsModel::ServerCountRole).isValid()
                || row == 0);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        insertAssets(db, 1000, 1100);
        model.onMirrorChanged({QStringLiteral("assets")});
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(model.localCount(QStringLiteral("assets")), 1100);
        QCOMPARE(reset.size(), 0);
        QVERIFY(changed.size() >= 2); // assets, exif, album_assets
        db.close();
    }

    void monthlyAssets()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.sqlite"));
        QSqlDatabase db = openWriter(path, QStringLiteral("w2"));
        createSchema(db);
        // One minute apart from 2020-01-01: 50,000 assets reach into February.
        insertAssets(db, 0, 50000);

        MonthlyAssetsModel model;
        QAbstractItemModelTester tester(&model);
        QSignalSpy refreshed(&model, &MonthlyAssetsModel::refreshed);
        model.setMirrorPath(path);
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, 0), MonthlyAssetsModel::MonthRole).toString(), QStringLiteral("2020-02"));
        QCOMPARE(model.data(model.index(1, 0), MonthlyAssetsModel::MonthRole).toString(), QStringLiteral("2020-01"));
        // Expected figures from the generator.
        MonthBucket jan;
        for (int i = 0; i < 50000; ++i) {
            const GenAsset g{i};
            if (g.when().date().month() != 1)
                continue;
            const bool video = g.type() == QLatin1StringView("VIDEO");
            if (g.owner() == SelfId)
                (video ? jan.ownVideos : jan.ownPhotos)++;
            else if (g.owner() == PartnerId)
                (video ? jan.partnerVideos : jan.partnerPhotos)++;
            else
                (video ? jan.otherVideos : jan.otherPhotos)++;
        }
        const MonthBucket got = model.bucketAt(1);
        QCOMPARE(got.ownPhotos, jan.ownPhotos);
        QCOMPARE(got.ownVideos, jan.ownVideos);
        QCOMPARE(got.partnerPhotos, jan.partnerPhotos);
        QCOMPARE(got.partnerVideos, jan.partnerVideos);
        QCOMPARE(got.otherPhotos, jan.otherPhotos);
        QCOMPARE(got.otherVideos, jan.otherVideos);
        QCOMPARE(model.data(model.index(1, MonthlyAssetsModel::TotalColumn)).toLongLong(), 31 * 24 * 60);

        // New month appears at the top with one insert; no reset.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        insertAssets(db, 50000, 90000);
        model.onMirrorChanged({QStringLiteral("assets")});
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(reset.size(), 0);

        // A filter: favourites only.
        AssetFilter f;
        f.favorite = true;
        model.setFilter(f);
        QVERIFY(refreshed.wait(10000));
        QVERIFY(model.bucketAt(2).total() < 31 * 24 * 60);
        db.close();
    }
};

QTEST_GUILESS_MAIN(TestSummaryModels)
#include "summary_models.moc"
