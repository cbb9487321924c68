// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/TokenFile.h"

#include "util/WriteAll.h"

#include <QFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Tidemark::TokenFile {

namespace {

QString reason()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

bool write(const QString &path, const QString &token, QString *error)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st = {};
    if (::lstat(native.constData(), &st) == 0 && !S_ISREG(st.st_mode)) {
        *error = QStringLiteral("%1 exists and is not a regular file").arg(path);
        return false;
    }
    const int fd
        = ::open(native.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, reason());
        return false;
    }
    ::fchmod(fd, 0600);
    QByteArray bytes = token.toUtf8();
    bytes.append('\n');
    const bool ok = writeAll(fd, bytes);
    const QString why = ok ? QString() : reason();
    bytes.fill('\0');
    if (::close(fd) != 0 || !ok) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, why.isEmpty() ? reason() : why);
        return false;
    }
    return true;
}

QString read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = f.read(4096);
    const QString token = QString::fromUtf8(bytes).trimmed();
    bytes.fill('\0');
    return token;
}

} // namespace Tidemark::TokenFile
