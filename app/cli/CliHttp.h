// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Blocking use of the API jobs for the headless commands: each call starts one job on a private
// QNetworkAccessManager and spins a local event loop until it finished (the CLI has nothing else
// to do meanwhile; Ctrl-C cancels the job in flight).

#include "api/ApiJob.h"
#include "api/Credentials.h"
#include "protocol/ServerUrl.h"

#include <QNetworkAccessManager>
#include <QPointer>

#include <memory>

namespace Tidemark::Cli {

class Http
{
public:
    Http(const ServerUrl &server, int timeoutMs);

    void setCredentials(const Credentials &credentials) { m_context.credentials = credentials; }
    const Credentials &credentials() const { return m_context.credentials; }

    //! Runs the job to its end and returns its error (none on success). The job stays owned by
    //! the caller (auto-delete is turned off) so its result() can be read afterwards.
    Error run(ApiJob *job);
    //! Cancels the job in flight, if any.
    void cancel();

    static QByteArray userAgent();
    //! The account's proxy headers, for every Http of this process (set once the account is
    //! known).
    static void setDefaultAccess(const ServerAccess &access);

private:
    static ServerAccess &defaultAccess();
    std::unique_ptr<QNetworkAccessManager> m_nam;
    JobContext m_context;
    QPointer<ApiJob> m_current;
};

} // namespace Tidemark::Cli
