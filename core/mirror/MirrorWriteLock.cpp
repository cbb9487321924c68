// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MirrorWriteLock.h"

#include "util/Logging.h"

#include <QDir>
#include <QFileInfo>

namespace Tidemark {

MirrorWriteLock::MirrorWriteLock(const QString &mirrorPath)
    : m_mirrorPath(mirrorPath), m_file(std::make_unique<QLockFile>(lockPathFor(mirrorPath)))
{
    m_file->setStaleLockTime(0);
}

MirrorWriteLock::~MirrorWriteLock() = default;

QString MirrorWriteLock::lockPathFor(const QString &mirrorPath)
{
    return mirrorPath + QStringLiteral(".lock");
}

Error MirrorWriteLock::tryLock()
{
    if (m_file->isLocked())
        return {};
    QDir().mkpath(QFileInfo(m_mirrorPath).absolutePath());
    if (m_file->tryLock(0))
        return {};
    if (m_file->error() == QLockFile::LockFailedError) {
        const qint64 pid = holderPid();
        qCInfo(lcMirror) << "mirror" << m_mirrorPath << "is being written by process" << pid;
        return Error::make(Error::Kind::Busy, QStringLiteral("mirror: lock"), QString::number(pid));
    }
    return Error::make(Error::Kind::Storage, QStringLiteral("mirror: lock"),
        QStringLiteral("%1: cannot create the lock file")
            .arg(QDir::toNativeSeparators(lockPathFor(m_mirrorPath))));
}

void MirrorWriteLock::unlock()
{
    if (m_file->isLocked())
        m_file->unlock();
}

bool MirrorWriteLock::isLocked() const
{
    return m_file->isLocked();
}

qint64 MirrorWriteLock::holderPid() const
{
    qint64 pid = 0;
    QString host, app;
    if (!m_file->getLockInfo(&pid, &host, &app))
        return 0;
    return pid;
}

} // namespace Tidemark
