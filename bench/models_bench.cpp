// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of AssetTableModel on a big mirror (default 1,000,000 assets, written by SQL in a
// temporary folder). Prints: time from model creation to the first rows and to the full count,
// then per scenario the latency of pages a view would ask for (sequential scrolling and random
// jumps such as a dragged scroll bar), for the plain timeline, a filter and an unindexed sort,
// and the refresh after the sync added rows.

#include "models/AssetTableModel.h"

#include "MirrorFixture.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Tidemark;
using namespace Tidemark::Test;

namespace {

void waitFor(const std::function<bool()> &done, int timeoutMs = 120000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
}

//! Latency (ms) of making `row` available, as a view would see it.
double rowLatency(AssetTableModel &m, int row)
{
    QElapsedTimer t;
    t.start();
    m.data(m.index(row, 0));
    waitFor([&] { return m.isRowLoaded(row); });
    return double(t.nsecsElapsed()) / 1e6;
}

void report(const char *what, QList<double> ms)
{
    if (ms.isEmpty())
        return;
    std::sort(ms.begin(), ms.end());
    double sum = 0;
    for (double v : ms)
        sum += v;
    const auto pct
        = [&](double p) { return ms.at(qMin(qsizetype(p * double(ms.size())), ms.size() - 1)); };
    std::printf("  %-34s n=%-4lld mean %7.2f ms  median %7.2f  p95 %7.2f  max %7.2f\n", what,
        static_cast<long long>(ms.size()), sum / double(ms.size()), pct(0.5), pct(0.95),
        ms.constLast());
}

struct Scenario
{
    const char *name;
    AssetFilter filter;
    int sortColumn;
    Qt::SortOrder order;
};

void runScenario(const QString &path, int assets, const Scenario &s)
{
    std::printf("\n[%s]\n", s.name);
    QElapsedTimer created;
    created.start();
    AssetTableModel model;
    model.setFilter(s.filter);
    model.setSort(s.sortColumn, s.order);
    qint64 signalMs = -1;
    QObject::connect(
        &model, &AssetTableModel::firstRowsReady, [&signalMs](qint64 ms) { signalMs = ms; });
    model.setMirrorPath(path);
    waitFor([&] { return signalMs >= 0; });
    const qint64 firstMs = created.elapsed();
    waitFor([&] { return model.isReady(); });
    const qint64 readyMs = created.elapsed();
    std::printf(
        "  first rows %lld ms after creation (signal says %lld ms); count %lld after %lld ms\n",
        static_cast<long long>(firstMs), static_cast<long long>(signalMs),
        static_cast<long long>(model.totalCount()), static_cast<long long>(readyMs));
    const int rows = model.rowCount();
    if (rows == 0)
        return;
    const int ps = model.pageSize();

    // The first page after page 0 may build the ordered snapshot: measured on its own.
    std::printf("  page 1: %.1f ms\n", rowLatency(model, qMin(rows - 1, ps)));

    QList<double> seq;
    for (int p = 2; p < 202 && p * ps < rows; ++p)
        seq << rowLatency(model, p * ps);
    report("sequential pages (scrolling)", seq);

    QList<double> jumps;
    auto *rng = QRandomGenerator::global();
    for (int k = 0; k < 200; ++k)
        jumps << rowLatency(model, rng->bounded(rows));
    report("random rows (scroll bar jumps)", jumps);

    QList<double> tail;
    for (int k = 0; k < 20; ++k)
        tail << rowLatency(model, rows - 1 - k * ps);
    report("pages near the end", tail);
    Q_UNUSED(assets);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption assetsOpt(QStringLiteral("assets"), QStringLiteral("Number of assets."),
        QStringLiteral("n"), QStringLiteral("1000000"));
    QCommandLineOption keepOpt(QStringLiteral("mirror"),
        QStringLiteral("Use (or create) this mirror file instead of a temporary one."),
        QStringLiteral("path"));
    parser.addOption(assetsOpt);
    parser.addOption(keepOpt);
    parser.process(app);
    const int assets = parser.value(assetsOpt).toInt();

    QTemporaryDir dir;
    const QString path = parser.isSet(keepOpt) ? parser.value(keepOpt)
                                               : dir.filePath(QStringLiteral("bench.sqlite"));
    if (!QFile::exists(path)) {
        QElapsedTimer t;
        t.start();
        {
            QSqlDatabase db = openWriter(path, QStringLiteral("bench-writer"));
            createSchema(db);
            insertAssets(db, 0, assets);
            exec(db, QStringLiteral("ANALYZE"));
            exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bench-writer"));
        std::printf("mirror: %d assets written in %.1f s (%s)\n", assets,
            double(t.elapsed()) / 1000.0, qPrintable(path));
    } else {
        std::printf("mirror: %s (existing)\n", qPrintable(path));
    }

    AssetFilter timeline = AssetFilter::timeline();
    AssetFilter mineVideos;
    mineVideos.owner = AssetFilter::Owner::Me;
    mineVideos.types = {QStringLiteral("VIDEO")};
    AssetFilter nameSearch;
    nameSearch.fileNameContains = QStringLiteral("77");

    const Scenario scenarios[] = {
        {"all assets, date descending (index walk)", AssetFilter {}, AssetTableModel::DateColumn,
            Qt::DescendingOrder},
        {"all assets, file name ascending (index walk)", AssetFilter {},
            AssetTableModel::FileNameColumn, Qt::AscendingOrder},
        {"timeline filter, date descending (snapshot)", timeline, AssetTableModel::DateColumn,
            Qt::DescendingOrder},
        {"my videos, date descending (snapshot)", mineVideos, AssetTableModel::DateColumn,
            Qt::DescendingOrder},
        {"file name contains \"77\" (snapshot)", nameSearch, AssetTableModel::DateColumn,
            Qt::DescendingOrder},
        {"all assets, size descending (unindexed, snapshot)", AssetFilter {},
            AssetTableModel::SizeColumn, Qt::DescendingOrder},
    };
    for (const Scenario &s : scenarios)
        runScenario(path, assets, s);

    // Refresh after the sync adds rows: time from refresh() to the new count and rows inserted.
    {
        std::printf("\n[refresh after 10,000 new assets, date ascending]\n");
        {
            // A kept mirror may hold the rows of an earlier run: start from `assets` rows.
            QSqlDatabase db = openWriter(path, QStringLiteral("bench-cleanup"));
            const QString firstNew = GenAsset {assets}.id();
            for (const char *table :
                {"assets WHERE id", "exif WHERE asset_id", "album_assets WHERE asset_id"})
                exec(db,
                    QStringLiteral("DELETE FROM ") + QLatin1StringView(table)
                        + QStringLiteral(" >= '") + firstNew + QLatin1Char('\''));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bench-cleanup"));
        AssetTableModel model;
        model.setSort(AssetTableModel::DateColumn, Qt::AscendingOrder);
        model.setMirrorPath(path);
        waitFor([&] { return model.isReady(); });
        rowLatency(model, 0);
        {
            QSqlDatabase db = openWriter(path, QStringLiteral("bench-writer2"));
            QElapsedTimer w;
            w.start();
            insertAssets(db, assets, assets + 10000);
            std::printf("  writer: 10,000 assets committed in %lld ms\n",
                static_cast<long long>(w.elapsed()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bench-writer2"));
        int firstNew = -1, lastNew = -1, resets = 0;
        QObject::connect(
            &model, &QAbstractItemModel::rowsInserted, [&](const QModelIndex &, int f, int l) {
                firstNew = f;
                lastNew = l;
            });
        QObject::connect(&model, &QAbstractItemModel::modelReset, [&resets] { ++resets; });
        QElapsedTimer t;
        t.start();
        model.onMirrorChanged({QStringLiteral("assets")});
        waitFor([&] { return firstNew >= 0; });
        std::printf("  rows %d..%d inserted %lld ms after refresh (resets: %d)\n", firstNew,
            lastNew, static_cast<long long>(t.elapsed()), resets);
        std::printf(
            "  last row available after %.1f ms\n", rowLatency(model, model.rowCount() - 1));
    }
    return 0;
}
