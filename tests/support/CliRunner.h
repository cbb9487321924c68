// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the real `tidemark` binary for the CLI tests: a private HOME and XDG folders in a
// temporary directory (settings, mirrors), no OS keychain, no inherited TIDEMARK_* variables.

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#ifndef TIDEMARK_BIN
#error "TIDEMARK_BIN must name the tidemark executable"
#endif

namespace Tidemark::Test {

struct CliResult
{
    int exitCode = -1;
    QByteArray out, err;
    bool finished = false;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QString describe() const
    {
        return QStringLiteral("exit %1\n--- stdout ---\n%2\n--- stderr ---\n%3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out.left(4000)), QString::fromUtf8(err.left(4000)));
    }
};

class CliRunner
{
public:
    CliRunner()
    {
        const QString root = m_dir.path();
        m_env = QProcessEnvironment::systemEnvironment();
        const QStringList keys = m_env.keys();
        for (const QString &key : keys)
            if (key.startsWith(QLatin1StringView("TIDEMARK_")))
                m_env.remove(key);
        m_env.insert(QStringLiteral("HOME"), root);
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), root + QStringLiteral("/config"));
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), root + QStringLiteral("/data"));
        m_env.insert(QStringLiteral("XDG_CACHE_HOME"), root + QStringLiteral("/cache"));
        m_env.insert(QStringLiteral("TIDEMARK_NO_KEYCHAIN"), QStringLiteral("1"));
        m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        // English words whatever the machine's language (a test may set another).
        m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        m_env.remove(QStringLiteral("LANGUAGE"));
        m_env.remove(QStringLiteral("LC_MESSAGES"));
    }

    QString root() const { return m_dir.path(); }
    QString path(const QString &relative) const { return m_dir.path() + u'/' + relative; }
    QProcessEnvironment &environment() { return m_env; }

    CliResult run(const QStringList &args, const QByteArray &input = {},
        const QHash<QString, QString> &extraEnv = {}, int timeoutMs = 180000) const
    {
        QProcess p;
        QProcessEnvironment env = m_env;
        for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
            env.insert(it.key(), it.value());
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(TIDEMARK_BIN), args);
        CliResult r;
        if (!p.waitForStarted(10000))
            return r;
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        r.finished = p.waitForFinished(timeoutMs);
        if (!r.finished) {
            p.kill();
            p.waitForFinished(5000);
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    //! Every file below the temporary HOME, concatenated (to look for leaked secrets).
    QByteArray allFiles(const QStringList &excludeNames = {}) const;

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
};

} // namespace Tidemark::Test

#include <QDirIterator>
#include <QFile>

inline QByteArray Tidemark::Test::CliRunner::allFiles(const QStringList &excludeNames) const
{
    QByteArray all;
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (excludeNames.contains(it.fileName()))
            continue;
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}
