// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThumbnailCache.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImageReader>
#include <QPointer>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include "widgets/ThumbHash.h"

#include <algorithm>

namespace Tidemark {

namespace {

QImage decodeScaled(const QByteArray &bytes, int size)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull())
        return {};
    if (image.width() > size || image.height() > size)
        image = image.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

void trimDirectory(const QString &directory, qint64 maxBytes)
{
    struct Entry
    {
        QString path;
        qint64 size;
        QDateTime time;
    };
    QList<Entry> entries;
    qint64 total = 0;
    QDirIterator it(directory, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo fi = it.fileInfo();
        entries.append({fi.filePath(), fi.size(), fi.lastModified()});
        total += fi.size();
    }
    if (total <= maxBytes)
        return;
    std::sort(entries.begin(), entries.end(),
        [](const Entry &a, const Entry &b) { return a.time < b.time; });
    for (const Entry &e : entries) {
        if (total <= maxBytes * 9 / 10)
            break;
        if (QFile::remove(e.path))
            total -= e.size;
    }
}

} // namespace

ThumbnailCache::ThumbnailCache(QObject *parent) : QObject(parent)
{
    m_memory.setMaxCost(4000);
    m_placeholders.setMaxCost(8000);
}

ThumbnailCache::~ThumbnailCache() = default;

void ThumbnailCache::setCacheDirectory(const QString &directory)
{
    if (directory == m_directory)
        return;
    cancelPending();
    m_directory = directory;
    m_memory.clear();
    m_failed.clear();
    ++m_generation;
    if (!directory.isEmpty())
        QDir().mkpath(directory);
}

QString ThumbnailCache::cacheDirectory() const
{
    return m_directory;
}

void ThumbnailCache::setFetcher(Fetcher fetcher)
{
    m_fetcher = std::move(fetcher);
    m_failed.clear();
}

void ThumbnailCache::setMaxDiskBytes(qint64 bytes)
{
    m_maxDiskBytes = std::max<qint64>(bytes, 1024 * 1024);
    scheduleTrim();
}

QPixmap ThumbnailCache::placeholder(const QString &thumbhash)
{
    if (thumbhash.isEmpty())
        return {};
    if (QPixmap *p = m_placeholders.object(thumbhash))
        return *p;
    const QImage img = ThumbHash::decodeBase64(thumbhash);
    auto *pm = new QPixmap(QPixmap::fromImage(img));
    const QPixmap copy = *pm;
    m_placeholders.insert(thumbhash, pm, 1);
    return copy;
}

QPixmap ThumbnailCache::pixmap(
    const QString &assetId, const QString &thumbhash, bool *isPlaceholder)
{
    if (QPixmap *p = m_memory.object(assetId)) {
        if (isPlaceholder)
            *isPlaceholder = false;
        return *p;
    }
    if (isPlaceholder)
        *isPlaceholder = true;
    if (!m_failed.contains(assetId))
        request(assetId, thumbhash);
    return placeholder(thumbhash);
}

bool ThumbnailCache::isLoaded(const QString &assetId) const
{
    return m_memory.contains(assetId);
}

bool ThumbnailCache::hasFailed(const QString &assetId) const
{
    return m_failed.contains(assetId);
}

void ThumbnailCache::request(const QString &id, const QString &thumbhash)
{
    if (id.isEmpty() || m_inFlight.contains(id))
        return;
    if (m_queued.contains(id)) {
        // Already waiting: move it to the front (it is visible again).
        auto it = std::find_if(
            m_queue.begin(), m_queue.end(), [&](const Request &r) { return r.id == id; });
        if (it != m_queue.end() && it != m_queue.end() - 1) {
            Request r = *it;
            m_queue.erase(it);
            m_queue.push_back(r);
        }
        return;
    }
    m_queue.push_back({id, thumbhash});
    m_queued.insert(id);
    while (int(m_queue.size()) > m_maxQueue) {
        m_queued.remove(m_queue.front().id);
        m_queue.pop_front();
    }
    // Coalesce the requests of one paint pass before starting work.
    QMetaObject::invokeMethod(this, &ThumbnailCache::pump, Qt::QueuedConnection);
}

void ThumbnailCache::cancelPending()
{
    m_queue.clear();
    m_queued.clear();
}

void ThumbnailCache::pump()
{
    while (int(m_inFlight.size()) < m_maxConcurrent && !m_queue.empty()) {
        Request r = m_queue.back(); // newest first: what the view shows right now
        m_queue.pop_back();
        m_queued.remove(r.id);
        if (m_memory.contains(r.id) || m_inFlight.contains(r.id))
            continue;
        m_inFlight.insert(r.id);
        startDisk(r);
    }
}

QString ThumbnailCache::filePathFor(const QString &id, const QString &thumbhash) const
{
    if (m_directory.isEmpty())
        return {};
    const QByteArray digest
        = QCryptographicHash::hash(thumbhash.toUtf8(), QCryptographicHash::Md5).toHex().left(8);
    const QString safeId = QString(id).replace(QLatin1Char('/'), QLatin1Char('_'));
    return QDir(m_directory)
        .filePath(safeId.left(2) + QLatin1Char('/') + safeId + QLatin1Char('-')
            + QString::fromLatin1(digest) + QStringLiteral(".img"));
}

void ThumbnailCache::startDisk(const Request &r)
{
    const QString path = filePathFor(r.id, r.thumbhash);
    const int size = m_imageSize;
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, r, generation] {
        watcher->deleteLater();
        if (generation != m_generation) {
            m_inFlight.remove(r.id);
            pump();
            return;
        }
        const QImage image = watcher->result();
        if (!image.isNull())
            finished(r.id, image, false);
        else
            startNetwork(r);
    });
    watcher->setFuture(QtConcurrent::run([path, size]() -> QImage {
        if (path.isEmpty())
            return {};
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return decodeScaled(f.readAll(), size);
    }));
}

void ThumbnailCache::startNetwork(const Request &r)
{
    if (!m_fetcher) {
        finished(r.id, {}, true);
        return;
    }
    ++m_fetchCount;
    const quint64 generation = m_generation;
    QPointer<ThumbnailCache> self(this);
    m_fetcher(r.id, [self, r, generation](const QByteArray &bytes, bool permanent) {
        if (!self)
            return;
        if (generation != self->m_generation) {
            self->m_inFlight.remove(r.id);
            self->pump();
            return;
        }
        if (bytes.isEmpty()) {
            // Transient failures are retried when the item is painted again later; permanent
            // ones (no access, not generated) are not asked for again in this session.
            if (permanent)
                self->m_failed.insert(r.id);
            self->finished(r.id, {}, permanent);
            return;
        }
        const QString path = self->filePathFor(r.id, r.thumbhash);
        const int size = self->m_imageSize;
        auto *watcher = new QFutureWatcher<QImage>(self.data());
        QObject::connect(
            watcher, &QFutureWatcher<QImage>::finished, self.data(), [self, watcher, r] {
                watcher->deleteLater();
                const QImage image = watcher->result();
                if (image.isNull())
                    self->m_failed.insert(r.id);
                self->finished(r.id, image, image.isNull());
                if (++self->m_writesSinceTrim >= 64)
                    self->scheduleTrim();
            });
        watcher->setFuture(QtConcurrent::run([bytes, path, size]() -> QImage {
            QImage image = decodeScaled(bytes, size);
            if (!image.isNull() && !path.isEmpty()) {
                QDir().mkpath(QFileInfo(path).absolutePath());
                QSaveFile out(path);
                if (out.open(QIODevice::WriteOnly)) {
                    out.write(bytes);
                    out.commit();
                }
            }
            return image;
        }));
    });
}

void ThumbnailCache::finished(const QString &id, const QImage &image, bool failed)
{
    m_inFlight.remove(id);
    if (!image.isNull())
        m_memory.insert(id, new QPixmap(QPixmap::fromImage(image)), 1);
    Q_UNUSED(failed);
    Q_EMIT thumbnailReady(id);
    pump();
}

void ThumbnailCache::scheduleTrim()
{
    m_writesSinceTrim = 0;
    if (m_directory.isEmpty())
        return;
    const QString dir = m_directory;
    const qint64 cap = m_maxDiskBytes;
    (void)QtConcurrent::run([dir, cap] { trimDirectory(dir, cap); });
}

void ThumbnailCache::clear()
{
    cancelPending();
    m_memory.clear();
    m_failed.clear();
    ++m_generation;
    if (!m_directory.isEmpty()) {
        const QString dir = m_directory;
        (void)QtConcurrent::run([dir] {
            QDir(dir).removeRecursively();
            QDir().mkpath(dir);
        });
    }
}

void ThumbnailCache::measureDiskUsage()
{
    const QString dir = m_directory;
    auto *watcher = new QFutureWatcher<qint64>(this);
    connect(watcher, &QFutureWatcher<qint64>::finished, this, [this, watcher] {
        watcher->deleteLater();
        Q_EMIT diskUsage(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([dir]() -> qint64 {
        qint64 total = 0;
        if (dir.isEmpty())
            return 0;
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            total += it.fileInfo().size();
        }
        return total;
    }));
}

} // namespace Tidemark
