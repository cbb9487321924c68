// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RetryPolicy: when and how long to wait before trying a request again.
//
// Transient failures only (Error::isTransient(): network, timeout, 5xx, 408, 429). 401 and the
// other 4xx are final: retrying a revoked token or a bad request only loops. The delay grows
// exponentially from baseDelayMs with ±25 % jitter (so that many clients cut by one server restart
// do not come back in lockstep) and is capped at maxDelayMs; a server's Retry-After wins when it
// is longer. The number of attempts is small on purpose: a sync that keeps failing should say so.

#include "util/Error.h"

namespace Tidemark {

struct RetryPolicy
{
    int maxRetries = 3; //!< 0 = never retry
    int baseDelayMs = 2000; //!< first delay
    int maxDelayMs = 60000; //!< cap (a Retry-After above it is capped too)
    double jitter = 0.25; //!< ± fraction of the delay

    //! Whether `error` after `attempt` retries already made (0 for the first failure) should be
    //! retried.
    bool shouldRetry(const Error &error, int retriesDone) const;
    //! Delay before retry number `attempt` (1-based), honouring error.retryAfterSeconds.
    int delayMs(int attempt, const Error &error) const;
};

} // namespace Tidemark
