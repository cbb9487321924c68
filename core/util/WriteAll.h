// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// writeAll: every byte to a file descriptor, through short writes and signals (EINTR). For the few
// places that write with POSIX calls on purpose: a secret file created 0600 without following a
// link (TokenFile), a prompt on the terminal (the command line).

#include <QByteArray>

#include <cerrno>

#include <unistd.h>

namespace Tidemark {

//! False when a write failed (errno says why).
inline bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        done += n;
    }
    return true;
}

} // namespace Tidemark
