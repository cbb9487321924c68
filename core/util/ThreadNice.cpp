// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThreadNice.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace Tidemark::ThreadNice {

bool lowerCurrentThread(int increment)
{
#ifdef Q_OS_LINUX
    // On Linux a thread id names one thread for setpriority(PRIO_PROCESS, …).
    const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
    errno = 0;
    const int now = ::getpriority(PRIO_PROCESS, tid);
    if (errno != 0)
        return false;
    return ::setpriority(PRIO_PROCESS, tid, qBound(-20, now + qBound(0, increment, 19), 19)) == 0;
#else
    Q_UNUSED(increment);
    return false;
#endif
}

int currentThreadNice()
{
#ifdef Q_OS_LINUX
    const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
    errno = 0;
    const int now = ::getpriority(PRIO_PROCESS, tid);
    return errno == 0 ? now : 0;
#else
    return 0;
#endif
}

} // namespace Tidemark::ThreadNice
