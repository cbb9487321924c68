// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// One filter, one set of rows: MirrorStore's asset queries (CLI, overview) and the assets view's
// page loader read the same mirror through mirror/AssetFilterSql and must agree on every filter,
// including asset types given in lower case.
#include "mirror/MirrorStore.h"
#include "models/AssetTableModel.h"

#include "MirrorFixture.h"

#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace Tidemark;
using namespace Tidemark::Test;

namespace {

constexpr int N = 5000;

bool waitReady(AssetTableModel &m, int timeoutMs = 30000)
{
    QElapsedTimer t;
    t.start();
    while (!m.isReady() && t.elapsed() < timeoutMs)
        QTest::qWait(2);
    return m.isReady();
}

bool waitLoaded(AssetTableModel &m, int row, int timeoutMs = 20000)
{
    m.data(m.index(row, 0));
    QElapsedTimer t;
    t.start();
    while (!m.isRowLoaded(row) && t.elapsed() < timeoutMs)
        QTest::qWait(2);
    return m.isRowLoaded(row);
}

} // namespace

class TestAssetFilterAgreement : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("agree.sqlite"));
        {
            QSqlDatabase db = openWriter(m_path, QStringLiteral("fill"));
            createSchema(db);
            insertAssets(db, 0, N);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fill"));
    }

    void agree_data()
    {
        QTest::addColumn<int>("which");
        for (int w = 0; w < 12; ++w)
            QTest::newRow(qPrintable(QString::number(w))) << w;
    }

    void agree()
    {
        QFETCH(int, which);
        AssetFilter f;
        std::function<bool(const GenAsset &)> pred;
        switch (which) {
        case 0:
            pred = [](const GenAsset &) { return true; };
            break;
        case 1:
            f.owner = AssetFilter::Owner::Me;
            pred = [](const GenAsset &g) { return g.owner() == SelfId; };
            break;
        case 2:
            f.owner = AssetFilter::Owner::Partners;
            pred = [](const GenAsset &g) { return g.owner() == PartnerId; };
            break;
        case 3:
            f.owner = AssetFilter::Owner::Others;
            pred = [](const GenAsset &g) { return g.owner() == OtherId; };
            break;
        case 4: // lower case: both callers upper-case the types
            f.types = {QStringLiteral("video")};
            pred = [](const GenAsset &g) { return g.type() == QLatin1StringView("VIDEO"); };
            break;
        case 5:
            f.types = {QStringLiteral("IMAGE"), QStringLiteral("Video")};
            pred = [](const GenAsset &) { return true; };
            break;
        case 6:
            f.archived = false;
            f.hidden = true;
            pred = [](const GenAsset &g) { return g.visibility() == QLatin1StringView("hidden"); };
            break;
        case 7:
            f = AssetFilter::timeline();
            pred = [](const GenAsset &g) {
                return !g.trashed() && g.visibility() == QLatin1StringView("timeline");
            };
            break;
        case 8:
            f.albumId = AlbumId;
            f.favorite = false;
            pred = [](const GenAsset &g) { return g.inAlbum() && !g.favorite(); };
            break;
        case 9:
            f.from = QDate(2020, 1, 2);
            f.to = QDate(2020, 1, 3);
            pred = [](const GenAsset &g) {
                return g.when().date() >= QDate(2020, 1, 2) && g.when().date() <= QDate(2020, 1, 3);
            };
            break;
        case 10:
            f.fileNameContains = QStringLiteral("_00012");
            pred
                = [](const GenAsset &g) { return g.fileName().contains(QStringLiteral("_00012")); };
            break;
        case 11:
            f.fileNameContains = QStringLiteral("%");
            pred = [](const GenAsset &) { return false; };
            break;
        }
        QList<int> matching; // newest first
        for (int i = N - 1; i >= 0; --i)
            if (pred(GenAsset {i}))
                matching.append(i);

        MirrorStore store;
        QVERIFY(!store.open(m_path).isError());
        const auto count = store.countAssets(f);
        QVERIFY(!count.error.isError());
        QCOMPARE(count.value, qint64(matching.size()));
        AssetPageRequest page;
        page.limit = 20;
        const auto rows = store.fetchAssets(f, AssetSort {}, page);
        QVERIFY(!rows.error.isError());

        AssetTableModel model;
        model.setSelfUserId(SelfId);
        model.setFilter(f);
        model.setMirrorPath(m_path);
        QVERIFY(waitReady(model));
        QCOMPARE(model.totalCount(), count.value);
        QCOMPARE(rows.value.size(), qMin(20, int(matching.size())));
        for (int r = 0; r < rows.value.size(); ++r) {
            QVERIFY(waitLoaded(model, r));
            QCOMPARE(model.data(model.index(r, 0), AssetTableModel::IdRole).toString(),
                rows.value.at(r).id);
            QCOMPARE(rows.value.at(r).id, GenAsset {matching.at(r)}.id());
        }
        store.close();
    }
};

QTEST_GUILESS_MAIN(TestAssetFilterAgreement)
#include "asset_filter_agreement.moc"
