// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every core/session test sets up: a dev server with a small generated library, an account
// store in a temporary directory, a memory-only keychain and a Session over them; and the admin's
// password login, waited for.

#include "account/AccountStore.h"
#include "account/SecretStore.h"
#include "session/Session.h"

#include "DevServer.h"

#include <QSignalSpy>
#include <QTemporaryDir>

namespace Tidemark::Test {

struct SessionTestEnv
{
    QTemporaryDir dir;
    TidemarkDev::DevServer server;
    AccountStore accounts {dir.filePath(QStringLiteral("accounts.ini"))};
    SecretStore secrets;
    Session session {accounts, &secrets};

    //! `keychainService` keeps the tests' secrets apart should a keychain ever be used.
    explicit SessionTestEnv(
        const QString &keychainService, int ownAssets = 3, int partnerAssets = 1)
        : secrets(keychainService)
    {
        secrets.setMemoryOnly(true);
        TidemarkDev::LibrarySpec spec;
        spec.ownAssets = ownAssets;
        spec.partnerAssets = partnerAssets;
        server.generateLibrary(spec);
    }

    //! The admin's password login at the server's address, through `access`.
    LoginRequest adminLogin(const ServerAccess &access = {}) const
    {
        LoginRequest r;
        r.url = server.baseUrl().toString();
        r.email = TidemarkDev::DevServer::adminEmail();
        r.password = TidemarkDev::DevServer::adminPassword();
        r.access = access;
        return r;
    }
    //! Runs `request` and waits for its end: whether it worked, and (error) why not.
    bool logIn(const LoginRequest &request, Error *error = nullptr)
    {
        QSignalSpy finished(&session, &Session::loginFinished);
        session.logIn(request);
        if (!finished.wait(15000))
            return false;
        if (error)
            *error = finished.first().at(1).value<Error>();
        return finished.first().at(0).toBool();
    }
};

} // namespace Tidemark::Test
