// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogFile.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QStandardPaths>

#include <atomic>

namespace Tidemark {

namespace {

const QRegularExpression &keyedSecret()
{
    // key, optional quote, ':' or '=', optional quote, an optional auth scheme (kept), the value.
    static const QRegularExpression re(
        QStringLiteral(R"((\b(?:authorization|x-api-key|api[_-]?key|password|secret|)"
                       R"((?:access|session|refresh|user)?[_-]?token)["']?\s*[:=]\s*["']?)"
                       R"((?>(?:(?:bearer|basic)\s+)?)))"
                       R"((?!\[redacted\])[^\s"',;&}\]]+)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &bareBearer()
{
    static const QRegularExpression re(QStringLiteral(R"(\b(bearer)\s+[A-Za-z0-9._~+/=-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

QChar levelLetter(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return QLatin1Char('D');
    case QtInfoMsg:
        return QLatin1Char('I');
    case QtWarningMsg:
        return QLatin1Char('W');
    case QtCriticalMsg:
        return QLatin1Char('C');
    case QtFatalMsg:
        return QLatin1Char('F');
    }
    return QLatin1Char('?');
}

std::atomic<LogFile *> g_installed {nullptr};
QtMessageHandler g_previous = nullptr;
thread_local bool t_inHandler = false;

void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = LogRedactor::redact(message);
    if (!t_inHandler) {
        t_inHandler = true;
        if (LogFile *log = g_installed.load())
            log->writeLine(LogFile::formatLine(type, context, clean));
        t_inHandler = false;
    }
    if (g_previous)
        g_previous(type, context, clean);
}

} // namespace

QString LogRedactor::redact(const QString &text)
{
    QString out = text;
    out.replace(keyedSecret(), QStringLiteral("\\1[redacted]"));
    out.replace(bareBearer(), QStringLiteral("\\1 [redacted]"));
    return out;
}

LogFile::LogFile(Options options) : m_options(std::move(options))
{
    m_options.keep = std::max(0, m_options.keep);
    m_options.maxBytes = std::max<qint64>(1024, m_options.maxBytes);
}

LogFile::~LogFile()
{
    if (g_installed.load() == this)
        install(nullptr);
}

QString LogFile::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("logs"));
}

QString LogFile::filePath() const
{
    return QDir(m_options.directory).filePath(m_options.baseName + QStringLiteral(".log"));
}

QString LogFile::rotatedPath(int n) const
{
    return QDir(m_options.directory)
        .filePath(QStringLiteral("%1.%2.log").arg(m_options.baseName).arg(n));
}

QStringList LogFile::files() const
{
    QStringList out;
    if (QFileInfo::exists(filePath()))
        out << filePath();
    for (int i = 1; i <= m_options.keep; ++i)
        if (QFileInfo::exists(rotatedPath(i)))
            out << rotatedPath(i);
    return out;
}

bool LogFile::openLocked()
{
    if (m_file.isOpen())
        return true;
    QDir().mkpath(m_options.directory);
    m_file.setFileName(filePath());
    return m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

void LogFile::rotateLocked()
{
    m_file.close();
    if (m_options.keep == 0) {
        QFile::remove(filePath());
        return;
    }
    QFile::remove(rotatedPath(m_options.keep));
    for (int i = m_options.keep - 1; i >= 1; --i)
        if (QFileInfo::exists(rotatedPath(i)))
            QFile::rename(rotatedPath(i), rotatedPath(i + 1));
    QFile::rename(filePath(), rotatedPath(1));
}

bool LogFile::writeLine(const QString &line)
{
    QByteArray bytes = LogRedactor::redact(line).toUtf8();
    bytes.replace('\n', "\n  ");
    bytes.append('\n');
    QMutexLocker lock(&m_mutex);
    if (!openLocked())
        return false;
    if (m_file.size() > 0 && m_file.size() + bytes.size() > m_options.maxBytes) {
        rotateLocked();
        if (!openLocked())
            return false;
    }
    const bool ok = m_file.write(bytes) == bytes.size();
    m_file.flush();
    return ok;
}

QStringList LogFile::recentProblems(int count) const
{
    QStringList found; // newest first while collecting
    QStringList paths;
    {
        QMutexLocker lock(&m_mutex);
        paths = files();
    }
    for (const QString &path : std::as_const(paths)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (auto it = lines.crbegin(); it != lines.crend() && found.size() < count; ++it) {
            const int space = it->indexOf(' ');
            if (space < 0 || space + 2 >= it->size() || it->at(space + 2) != ' ')
                continue;
            const char level = it->at(space + 1);
            if (level == 'W' || level == 'C' || level == 'F')
                found << QString::fromUtf8(*it);
        }
        if (found.size() >= count)
            break;
    }
    std::reverse(found.begin(), found.end());
    return found;
}

QString LogFile::formatLine(
    QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString category
        = context.category ? QString::fromUtf8(context.category) : QStringLiteral("default");
    return time + QLatin1Char(' ') + levelLetter(type) + QLatin1Char(' ') + category
        + QStringLiteral(": ") + message;
}

void LogFile::install(LogFile *log)
{
    LogFile *before = g_installed.exchange(log);
    if (log && !before)
        g_previous = qInstallMessageHandler(messageHandler);
    else if (!log && before) {
        qInstallMessageHandler(g_previous);
        g_previous = nullptr;
    }
}

LogFile *LogFile::installed()
{
    return g_installed.load();
}

} // namespace Tidemark
