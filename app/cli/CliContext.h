// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every headless command needs before it talks to a server: which account (flags, saved
// accounts, current account), which server, which credentials (TIDEMARK_SESSION_TOKEN, the OS
// keychain, TIDEMARK_API_KEY), where the mirror is, and the inactivity timeout.

#include "cli/CliArgs.h"
#include "cli/CliOutput.h"

#include "account/AccountStore.h"
#include "account/SecretStore.h"
#include "api/ServerAccess.h"
#include "protocol/ServerUrl.h"

#include <QString>

namespace Tidemark::Cli {

class Context
{
public:
    Context(const ParsedArgs &args, Output &out);

    const ParsedArgs &args() const { return m_args; }
    Output &out() const { return m_out; }
    AccountStore &accounts() { return m_accounts; }
    SecretStore &secrets() { return m_secrets; }

    //! Picks the account and server. With `needSaved` the account must exist in the settings
    //! (logout, acks on the mirror); otherwise --server alone (with an env token) is enough.
    //! Returns an exit code (ExitOk on success) after reporting the problem.
    int resolveAccount(bool needSaved);
    //! For login: the server from --server, else the saved/current account's server.
    int resolveServerForLogin();

    const AccountInfo &account() const { return m_account; }
    AccountInfo &account() { return m_account; }
    const ServerUrl &server() const { return m_server; }
    bool accountSaved() const { return !m_account.id.isEmpty(); }

    //! TIDEMARK_SESSION_TOKEN, else the keychain entry of the account. Never printed.
    QString sessionToken();
    //! The account's proxy headers: the keychain's, or TIDEMARK_HEADER_<NAME> for each name the
    //! account lists (no keychain); `login --header` sets them.
    const ServerAccess &access() const { return m_access; }
    void setAccess(const ServerAccess &access);
    //! "TIDEMARK_HEADER_CF_ACCESS_CLIENT_ID" for "CF-Access-Client-Id".
    static QString headerVariable(const QString &name);
    //! Where a client certificate's password comes from without a keychain.
    static QString certificatePasswordVariable()
    {
        return QStringLiteral("TIDEMARK_CLIENT_CERT_PASSWORD");
    }
    //! Where the session token came from ("environment", "keychain", or empty when none).
    QString sessionTokenSource() const { return m_tokenSource; }
    //! TIDEMARK_API_KEY, else the keychain entry of the account.
    QString apiKey();

    //! --timeout in milliseconds (default 60 s).
    int timeoutMs() const { return m_timeoutMs; }
    //! The mirror file of the account; empty without a user id.
    QString mirrorPath(const QString &userId) const;

    //! A usage error from a bad option value; returns ExitUsage.
    int usage(const QString &message);

private:
    ServerAccess m_access;
    const ParsedArgs &m_args;
    Output &m_out;
    AccountStore m_accounts;
    SecretStore m_secrets;
    AccountInfo m_account;
    ServerUrl m_server;
    QString m_tokenSource;
    int m_timeoutMs = 60000;
};

} // namespace Tidemark::Cli
