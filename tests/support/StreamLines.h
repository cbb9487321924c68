// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Splits a SyncStreamJob's raw chunks into lines the way the sync engine's StreamPipeline does
// (SyncLineSplitter, named after the job's request), for tests that look at lines. A splitter
// error (line over the limit, truncated final line) is kept in `error` and cancels the job, as
// the engine ends its run. Header-only because it needs tidemark_core.
#include "api/SyncStreamJob.h"
#include "protocol/SyncLineSplitter.h"

#include <QObject>

namespace Tidemark::Test {

class StreamLines
{
public:
    explicit StreamLines(
        SyncStreamJob *job, qsizetype maxLineLength = SyncLineSplitter::DefaultMaxLineLength)
        : m_splitter(maxLineLength)
    {
        m_splitter.setContext(job->where());
        QObject::connect(
            job, &SyncStreamJob::chunkReceived, job, [this, job](const QByteArray &bytes) {
                if (error.isError())
                    return;
                QList<SyncLine> got;
                error = m_splitter.feed(bytes, got);
                ++reads;
                lines += got;
                if (error.isError())
                    job->cancel();
            });
        QObject::connect(job, &SyncStreamJob::succeeded, job, [this] {
            if (!error.isError())
                error = m_splitter.finish();
        });
    }

    QList<SyncLine> lines; //!< complete lines, in body order
    Error error; //!< the splitter's first error
    int reads = 0; //!< chunkReceived() calls

private:
    SyncLineSplitter m_splitter;
};

} // namespace Tidemark::Test
