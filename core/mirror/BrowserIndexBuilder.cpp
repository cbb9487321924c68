// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BrowserIndexBuilder.h"

#include "MirrorInterrupt.h"
#include "MirrorStore.h"

#include "util/Logging.h"
#include "util/ThreadNice.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QThread>

namespace Tidemark {

namespace {
constexpr int kBuildCacheKiB = 2048;
}

BrowserIndexBuilder::BrowserIndexBuilder() = default;

BrowserIndexBuilder::~BrowserIndexBuilder()
{
    wait();
}

bool BrowserIndexBuilder::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void BrowserIndexBuilder::wait()
{
    if (m_thread)
        m_thread->wait();
}

bool BrowserIndexBuilder::start(
    const QString &mirrorPath, std::function<void(const Result &)> done, int nice)
{
    if (isRunning())
        return false;
    wait();
    m_thread.reset(QThread::create([mirrorPath, done = std::move(done), nice] {
        if (nice > 0)
            ThreadNice::lowerCurrentThread(nice);
        const Result r = build(mirrorPath);
        if (done)
            done(r);
    }));
    m_thread->setObjectName(QStringLiteral("tidemark-indexes"));
    m_thread->start();
    return true;
}

BrowserIndexBuilder::Result BrowserIndexBuilder::build(const QString &mirrorPath)
{
    Result r;
    QElapsedTimer timer;
    timer.start();
    MirrorStore store;
    MirrorOpenOptions o;
    o.quickCheck = false;
    o.cacheSizeKiB = kBuildCacheKiB;
    o.deferBrowserIndexes = true;
    o.repairUnfinishedBulkLoad = false; // the writer's job: it may be appending right now
    if (MirrorInterrupt::isInterrupted()) {
        r.error = Error::make(Error::Kind::Cancelled, QStringLiteral("mirror: indexes"),
            QStringLiteral("Tidemark is quitting"));
        return r;
    }
    r.error = store.open(mirrorPath, o);
    // Quitting interrupts the build (the index in progress rolls back; the next start builds it).
    const MirrorInterrupt::Scope interruptible(store.database());
    if (!r.error.isError()) {
        const MirrorResult<bool> ready = store.browserIndexesReady();
        const MirrorResult<bool> keyed = store.hasAssetKey();
        if (!ready.ok()) {
            r.error = ready.error;
        } else if (!keyed.ok()) {
            r.error = keyed.error;
        } else if (!ready.value && !keyed.value) {
            // A bulk load appends on another connection (or was cut and waits for the next
            // writer): its end builds the indexes.
            r.error = Error::make(Error::Kind::Cancelled, QStringLiteral("mirror: indexes"),
                QStringLiteral("a bulk load is in progress"));
        } else if (!ready.value) {
            // The sorter spills to temporary files instead of growing in memory.
            QSqlQuery(store.database()).exec(QStringLiteral("PRAGMA temp_store = FILE"));
            r.error = store.buildBrowserIndexes();
            r.built = true;
        }
    }
    r.elapsedMs = timer.elapsed();
    if (r.error.kind == Error::Kind::Cancelled || MirrorInterrupt::isInterrupted())
        qCInfo(lcMirror) << "browser indexes of" << mirrorPath
                         << "left for the next start:" << r.error.technicalDetails();
    else if (r.error.isError())
        qCWarning(lcMirror) << "browser indexes of" << mirrorPath
                            << "not built:" << r.error.technicalDetails();
    return r;
}

} // namespace Tidemark
