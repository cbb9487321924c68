// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetryPolicy.h"

#include <QRandomGenerator>

#include <cmath>

namespace Tidemark {

bool RetryPolicy::shouldRetry(const Error &error, int retriesDone) const
{
    if (!error.isError() || retriesDone >= maxRetries)
        return false;
    if (error.kind == Error::Kind::Unauthorized || error.kind == Error::Kind::Cancelled)
        return false;
    return error.isTransient();
}

int RetryPolicy::delayMs(int attempt, const Error &error) const
{
    const int cap = qMax(0, maxDelayMs);
    double delay = double(qMax(0, baseDelayMs)) * std::pow(2.0, qMax(0, attempt - 1));
    if (jitter > 0 && delay > 0) {
        const double r = QRandomGenerator::global()->generateDouble() * 2.0 - 1.0; // [-1, 1)
        delay += delay * jitter * r;
    }
    delay = qMin(delay, double(cap));
    if (error.retryAfterSeconds >= 0)
        delay = qMax(delay, qMin(double(error.retryAfterSeconds) * 1000.0, double(cap)));
    return int(qMax(0.0, delay));
}

} // namespace Tidemark
