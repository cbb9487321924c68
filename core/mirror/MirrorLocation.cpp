// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MirrorLocation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

namespace Tidemark {

namespace {
QString &directoryOverride()
{
    static QString dir;
    return dir;
}
constexpr int kMaxPartLength = 96;
} // namespace

MirrorLocation::MirrorLocation(const QUrl &server, const QString &userId, const QString &directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : directory)
{
    const QString key = serverKey(server);
    if (key.isEmpty() || userId.isEmpty())
        return;
    m_fileName = key + QLatin1Char('-') + sanitize(userId) + QLatin1StringView(".sqlite");
}

QString MirrorLocation::filePath() const
{
    if (!isValid())
        return {};
    return QDir(m_directory).filePath(m_fileName);
}

bool MirrorLocation::ensureDirectory() const
{
    return !m_directory.isEmpty() && QDir().mkpath(m_directory);
}

QString MirrorLocation::defaultDirectory()
{
    if (!directoryOverride().isEmpty())
        return directoryOverride();
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(base).filePath(QStringLiteral("mirrors"));
}

void MirrorLocation::setDefaultDirectoryOverride(const QString &directory)
{
    directoryOverride() = directory;
}

QString MirrorLocation::serverKey(const QUrl &server)
{
    if (!server.isValid() || server.host().isEmpty())
        return {};
    int port = server.port();
    if (port < 0)
        port = server.scheme().compare(QLatin1StringView("http"), Qt::CaseInsensitive) == 0 ? 80
                                                                                            : 443;
    QString key = sanitize(server.host().toLower()) + QLatin1Char('_') + QString::number(port);
    QString path = server.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(QLatin1StringView("/api"), Qt::CaseInsensitive))
        path.chop(4);
    if (!path.isEmpty() && path != QLatin1StringView("/"))
        key += QLatin1Char('_') + sanitize(path.mid(1));
    return key;
}

QString MirrorLocation::sanitize(const QString &part)
{
    QString out;
    out.reserve(part.size());
    for (const QChar c : part) {
        const char16_t u = c.unicode();
        const bool keep = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
            || (u >= u'0' && u <= u'9') || u == u'.' || u == u'-' || u == u'_';
        out += keep ? c : QLatin1Char('_');
    }
    // No leading dot: no hidden files, no "." or "..".
    while (out.startsWith(QLatin1Char('.')))
        out[0] = QLatin1Char('_');
    if (out.isEmpty())
        out = QStringLiteral("_");
    if (out.size() > kMaxPartLength) {
        // Keep it readable and unique: a prefix plus a short hash of the whole part.
        const QByteArray hash
            = QCryptographicHash::hash(part.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
        out = out.left(kMaxPartLength - 13) + QLatin1Char('_') + QString::fromLatin1(hash);
    }
    return out;
}

} // namespace Tidemark
