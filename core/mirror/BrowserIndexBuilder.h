// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// BrowserIndexBuilder: builds the asset browser's missing indexes on a thread of its own.
//
// Why: a first sync into an empty mirror leaves them for later
// (MirrorStore::endBulkLoad(IndexBuild::Deferred)) so that the run ends, and its last acks go
// out, as soon as the rows are committed; building six indexes over a million rows takes
// seconds. Until they exist every query still works, only sorting and filtering is slower.
// The build opens its own writer connection with a small page cache and sorts through
// temporary files (memory stays flat); each index is one transaction, so another writer waits
// for one index at most. Not a QObject: `done` runs on the build thread.

#include "util/Error.h"

#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace Tidemark {

class BrowserIndexBuilder
{
public:
    struct Result
    {
        Error error;
        bool built = false; //!< false: none was missing
        qint64 elapsedMs = 0; //!< open, check and build
    };

    BrowserIndexBuilder();
    ~BrowserIndexBuilder(); //!< waits for a running build
    BrowserIndexBuilder(const BrowserIndexBuilder &) = delete;
    BrowserIndexBuilder &operator=(const BrowserIndexBuilder &) = delete;

    //! Builds the missing indexes of the mirror at `mirrorPath`; false (and nothing happens)
    //! while a build is running.
    //! `nice`: the build thread's nice increment (ThreadNice.h; the window's GUI comes first).
    bool start(const QString &mirrorPath, std::function<void(const Result &)> done, int nice = 0);
    bool isRunning() const;
    void wait();

    //! The same work on the calling thread (the build thread runs this).
    static Result build(const QString &mirrorPath);

private:
    std::unique_ptr<QThread> m_thread;
};

} // namespace Tidemark
