// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// mirror_bench: how fast the mirror stores AssetV1 events.
//
//   mirror_bench [--rows N] [--batch N] [--qt] [--dir PATH]
//
// Builds N SyncAssetV1 events up front (random v4-style ids, dates spread over ten years), then
// measures on a fresh file in WAL mode:
//   1. first sync, bulk load: upserts with the browser indexes dropped, then the index rebuild;
//   2. first sync, indexes maintained;
//   3. re-delivery of the same rows (all updates) with indexes.
// Events are applied in same-type runs of --batch (default 5000, like the mobile app), one
// transaction each. CPU time is the process's user+system time, i.e. the figure for one core.

#include "mirror/MirrorStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>
#include <span>

using namespace Tidemark;

namespace {

double cpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

QString uuid(QRandomGenerator &rng)
{
    const quint64 a = rng.generate64(), b = rng.generate64();
    return QStringLiteral("%1-%2-4%3-a%4-%5")
        .arg(quint32(a >> 32), 8, 16, QLatin1Char('0'))
        .arg(quint32(a >> 16) & 0xffff, 4, 16, QLatin1Char('0'))
        .arg(quint32(a) & 0xfff, 3, 16, QLatin1Char('0'))
        .arg(quint32(b >> 48) & 0xfff, 3, 16, QLatin1Char('0'))
        .arg(b & 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
}

QList<SyncEvent> makeEvents(int rows)
{
    QRandomGenerator rng(42);
    const QString owner = uuid(rng);
    QList<SyncEvent> events;
    events.reserve(rows);
    const QDateTime base(QDate(2015, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < rows; ++i) {
        SyncAssetV1 a;
        a.id = uuid(rng);
        a.ownerId = owner;
        a.originalFileName = QStringLiteral("IMG_%1.HEIC").arg(i, 6, 10, QLatin1Char('0'));
        a.thumbhash = QStringLiteral("1QcSHQRnh493V4dIh4eXh1h4kJUI");
        a.checksum = QStringLiteral("W1kX0FzcmVOdGhlU2FtZUZvckFsbA==");
        const QString when
            = base.addSecs(qint64(rng.bounded(315360000))).toString(Qt::ISODateWithMs);
        a.fileCreatedAt = a.fileModifiedAt = a.localDateTime = when;
        a.type = i % 12 == 0 ? QStringLiteral("VIDEO") : QStringLiteral("IMAGE");
        if (i % 12 == 0)
            a.duration = QStringLiteral("00:00:12.345");
        a.visibility = i % 40 == 0 ? QStringLiteral("archive") : QStringLiteral("timeline");
        a.isFavorite = i % 25 == 0;
        a.width = 4032;
        a.height = 3024;
        SyncEvent e;
        e.type = SyncEntityType::AssetV1;
        e.typeName = QStringLiteral("AssetV1");
        e.ack = QStringLiteral("AssetV1|%1").arg(a.id);
        e.payload = std::move(a);
        e.lineNumber = i + 1;
        events.append(std::move(e));
    }
    return events;
}

struct Figure
{
    double wall = 0, cpu = 0;
};

Figure applyAll(MirrorStore &store, const QList<SyncEvent> &events, int batch)
{
    QElapsedTimer t;
    t.start();
    const double c0 = cpuSeconds();
    const std::span<const SyncEvent> all(events.constData(), std::size_t(events.size()));
    for (std::size_t start = 0; start < all.size(); start += std::size_t(batch)) {
        const std::size_t n = std::min<std::size_t>(std::size_t(batch), all.size() - start);
        const auto r = store.apply(SyncEntityType::AssetV1, all.subspan(start, n));
        if (!r.ok())
            qFatal("apply failed: %s", qPrintable(r.error.technicalDetails()));
    }
    return {double(t.nsecsElapsed()) / 1e9, cpuSeconds() - c0};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto intArg = [&](const char *name, int fallback) {
        const qsizetype i = args.indexOf(QLatin1StringView(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int rows = intArg("--rows", 300000);
    const int batch = qMax(1, intArg("--batch", 5000));
    const bool qt = args.contains(QLatin1StringView("--qt"));
    QTemporaryDir tmp;
    const qsizetype dirIndex = args.indexOf(QLatin1StringView("--dir"));
    const QString dir
        = dirIndex >= 0 && dirIndex + 1 < args.size() ? args.at(dirIndex + 1) : tmp.path();

    QTextStream out(stdout);
    out << "building " << rows << " AssetV1 events...\n";
    out.flush();
    const QList<SyncEvent> events = makeEvents(rows);

    MirrorOpenOptions options;
    options.nativeStatements = !qt;
    auto report = [&](const char *what, const Figure &f, int n) {
        out << QStringLiteral(
            "%1: %2 rows in %3 s wall, %4 s CPU -> %5 rows/s wall, %6 rows/s per core (CPU)\n")
                   .arg(QLatin1StringView(what))
                   .arg(n)
                   .arg(f.wall, 0, 'f', 2)
                   .arg(f.cpu, 0, 'f', 2)
                   .arg(qint64(n / f.wall))
                   .arg(qint64(n / f.cpu));
        out.flush();
    };

    {
        MirrorStore store;
        const QString path = QDir(dir).filePath(QStringLiteral("bench-bulk.sqlite"));
        QFile::remove(path);
        if (auto e = store.open(path, options))
            qFatal("%s", qPrintable(e.technicalDetails()));
        out << "write path: " << (store.isNative() ? "native SQLite statements" : "QSqlQuery")
            << ", batch " << batch << "\n";
        if (auto e = store.beginBulkLoad())
            qFatal("%s", qPrintable(e.technicalDetails()));
        const Figure up = applyAll(store, events, batch);
        report("1. bulk load, upserts (indexes deferred)", up, rows);
        QElapsedTimer t;
        t.start();
        const double c0 = cpuSeconds();
        if (auto e = store.endBulkLoad())
            qFatal("%s", qPrintable(e.technicalDetails()));
        const Figure idx {double(t.nsecsElapsed()) / 1e9, cpuSeconds() - c0};
        report("   index rebuild", idx, rows);
        report("   bulk load total", Figure {up.wall + idx.wall, up.cpu + idx.cpu}, rows);
    }
    {
        MirrorStore store;
        const QString path = QDir(dir).filePath(QStringLiteral("bench-indexed.sqlite"));
        QFile::remove(path);
        if (auto e = store.open(path, options))
            qFatal("%s", qPrintable(e.technicalDetails()));
        report("2. first sync, indexes maintained", applyAll(store, events, batch), rows);
        report(
            "3. re-delivery (updates), indexes maintained", applyAll(store, events, batch), rows);
    }
    return 0;
}
