// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ThumbnailCache: thumbnails for the asset grid, fetched lazily for the items a view paints.
//
//   view paints item ─► pixmap(id, thumbhash)
//                         ├─ in memory ─────────────────────────► real thumbnail
//                         └─ not yet ─► thumbhash placeholder (decoded once, cached)
//                                       + request(id): LIFO queue (the newest visible first,
//                                         bounded: items scrolled past fall off the end)
//                                         ─► worker: disk cache read + decode
//                                         ─► miss: fetcher (GET /assets/{id}/thumbnail)
//                                         ─► worker: write to disk, decode, scale
//                                         ─► thumbnailReady(id) ─► view repaints that item
//
// Disk cache: <CacheLocation>/thumbnails/<server>/<id[0..1]>/<id>-<thumbhash digest>.img, trimmed
// to the size cap from the settings (oldest files first) on a worker thread. Nothing here runs
// file or decode work on the GUI thread.

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QSize>
#include <QString>

#include <deque>
#include <functional>

namespace Tidemark {

class ThumbnailCache : public QObject
{
    Q_OBJECT
public:
    //! Fetches one thumbnail's bytes; must call done exactly once (on the GUI thread), with an
    //! empty array on failure.
    using Fetcher = std::function<void(const QString &assetId,
        std::function<void(const QByteArray &bytes, bool permanentFailure)> done)>;

    explicit ThumbnailCache(QObject *parent = nullptr);
    ~ThumbnailCache() override;

    //! Where the files of this server live; empty disables the disk cache.
    void setCacheDirectory(const QString &directory);
    QString cacheDirectory() const;
    void setFetcher(Fetcher fetcher);
    void setMaxDiskBytes(qint64 bytes);
    qint64 maxDiskBytes() const { return m_maxDiskBytes; }
    void setMaxConcurrent(int n) { m_maxConcurrent = n; }
    //! Longest side of the images kept in memory.
    void setImageSize(int pixels) { m_imageSize = pixels; }

    //! The thumbnail when it is loaded; else the thumbhash placeholder (may be null) and
    //! *placeholder = true, and a fetch is queued.
    QPixmap pixmap(const QString &assetId, const QString &thumbhash, bool *placeholder = nullptr);
    //! Only the placeholder (no fetch).
    QPixmap placeholder(const QString &thumbhash);
    bool isLoaded(const QString &assetId) const;
    bool hasFailed(const QString &assetId) const;
    //! Drops queued fetches (on a filter change or a new account). In-flight ones complete.
    void cancelPending();
    //! Empties memory and disk caches.
    void clear();
    //! Bytes on disk (computed on a worker thread; answers through diskUsage()).
    void measureDiskUsage();

    int queuedCount() const { return int(m_queue.size()); }
    int inFlightCount() const { return int(m_inFlight.size()); }
    //! Number of network fetches started (tests: only visible items are fetched).
    int fetchCount() const { return m_fetchCount; }

Q_SIGNALS:
    void thumbnailReady(const QString &assetId);
    void diskUsage(qint64 bytes);

private:
    struct Request
    {
        QString id;
        QString thumbhash;
    };
    void request(const QString &id, const QString &thumbhash);
    void pump();
    void startDisk(const Request &r);
    void startNetwork(const Request &r);
    void finished(const QString &id, const QImage &image, bool failed);
    QString filePathFor(const QString &id, const QString &thumbhash) const;
    void scheduleTrim();

    QCache<QString, QPixmap> m_memory;
    QCache<QString, QPixmap> m_placeholders;
    std::deque<Request> m_queue;
    QSet<QString> m_queued;
    QSet<QString> m_inFlight;
    QSet<QString> m_failed;
    Fetcher m_fetcher;
    QString m_directory;
    qint64 m_maxDiskBytes = 512LL * 1024 * 1024;
    int m_maxConcurrent = 6;
    int m_maxQueue = 300;
    int m_imageSize = 256;
    int m_fetchCount = 0;
    int m_writesSinceTrim = 0;
    quint64 m_generation = 0;
};

} // namespace Tidemark
