// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliHttp.h"

#include <QEventLoop>
#include <QSysInfo>

namespace Tidemark::Cli {

Http::Http(const ServerUrl &server, int timeoutMs)
    : m_nam(std::make_unique<QNetworkAccessManager>())
{
    m_context.network = m_nam.get();
    m_context.server = server;
    m_context.userAgent = userAgent();
    m_context.inactivityTimeout = std::chrono::milliseconds(timeoutMs);
    m_context.access = defaultAccess();
}

ServerAccess &Http::defaultAccess()
{
    static ServerAccess access;
    return access;
}

void Http::setDefaultAccess(const ServerAccess &access)
{
    defaultAccess() = access;
}

QByteArray Http::userAgent()
{
    return QByteArrayLiteral("Tidemark/" TIDEMARK_VERSION_STRING " (command line; ")
        + QSysInfo::prettyProductName().toUtf8() + QByteArrayLiteral(")");
}

Error Http::run(ApiJob *job)
{
    job->setAutoDelete(false);
    QEventLoop loop;
    bool done = false;
    QObject::connect(job, &ApiJob::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    m_current = job;
    job->start(m_context);
    if (!done && !job->isFinished())
        loop.exec();
    m_current = nullptr;
    return job->error();
}

void Http::cancel()
{
    if (m_current)
        m_current->cancel();
}

} // namespace Tidemark::Cli
