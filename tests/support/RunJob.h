// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs one ApiJob to its end inside a test, spinning the event loop, and returns its error (none
// on success). Header-only because it needs tidemark_core, which the support library does not link.
#include "api/ApiJob.h"
#include "util/Error.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTest>

namespace Tidemark::Test {

template<typename Job> Error runJob(Job *job, int timeoutMs = 30000)
{
    Error error;
    bool done = false;
    QObject::connect(job, &ApiJob::failed, job, [&](const Error &e) { error = e; });
    QObject::connect(job, &ApiJob::finished, job, [&] { done = true; });
    QElapsedTimer t;
    t.start();
    while (!done && t.elapsed() < timeoutMs)
        QTest::qWait(5);
    if (!done)
        return Error::make(
            Error::Kind::Timeout, QStringLiteral("test"), QStringLiteral("job did not finish"));
    return error;
}

} // namespace Tidemark::Test
