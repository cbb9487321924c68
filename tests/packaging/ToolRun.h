// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs an external tool (desktop-file-validate, appstreamcli, groff, man, cpack, dpkg-deb) for the
// packaging tests and keeps what it printed, so a failing check can show the tool's own words.

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Tidemark::Test {

struct ToolResult
{
    bool started = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    bool ok() const { return started && exitCode == 0; }
    //! "<program> exited with N: <stderr>", for QVERIFY2.
    QByteArray describe(const QString &program) const
    {
        if (!started)
            return program.toUtf8()
                + " could not be started (is it installed? scripts/setup-deps.sh)";
        return program.toUtf8() + " exited with " + QByteArray::number(exitCode) + ":\n" + err
            + out;
    }
};

//! Runs `program args` to completion (at most timeoutMs), with extra environment variables.
inline ToolResult runTool(const QString &program, const QStringList &args,
    const QProcessEnvironment &extraEnv = {}, int timeoutMs = 120000,
    const QString &workingDir = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(extraEnv);
    p.setProcessEnvironment(env);
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.start(program, args);
    ToolResult r;
    r.started = p.waitForStarted(10000);
    if (!r.started)
        return r;
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.exitCode = -2;
    } else {
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3;
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace Tidemark::Test
