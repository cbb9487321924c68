// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// login and logout. A login runs the window's Session (server check, login, account, keychain)
// to its end in a local event loop; what is left here is what only a command line needs.

#include "cli/CliCommandsCommon.h"
#include "cli/CliTerminal.h"

#include "account/TokenFile.h"
#include "session/RedirectRelay.h"
#include "session/Session.h"
#include "session/SingleSignOn.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>

#include <functional>
#include <memory>

#include <unistd.h>

namespace Tidemark::Cli {

using namespace Qt::StringLiterals;

namespace {

QJsonObject accountJson(const AccountInfo &a)
{
    QJsonObject o;
    o[u"id"_s] = a.id;
    o[u"server"_s] = a.serverUrl;
    o[u"email"_s] = a.email;
    o[u"userId"_s] = a.userId;
    o[u"name"_s] = a.userName;
    return o;
}

//! Ends the session a login just made, when it cannot be kept (best effort; the outcome does not
//! change the exit code): the session's own logout, and the keychain forgets the token.
void endLogin(Session &session)
{
    QEventLoop loop;
    QObject::connect(&session, &Session::loggedOut, &loop, &QEventLoop::quit);
    session.logOut();
    loop.exec();
}

//! Ends the sessions this login replaces (the keychain's and the token file's) through the
//! session, once the new one works, for the same user only. Returns how many were ended.
int endReplacedSessions(Session &session, const QStringList &previous)
{
    QEventLoop loop;
    int ended = -1;
    session.endReplacedSessions(previous, [&](int n) {
        ended = n;
        loop.quit();
    });
    if (ended < 0)
        loop.exec();
    return ended;
}

//! After a login (password or single sign-on) answered `session`: the account record (plain
//! settings), the token (keychain or token file), the replaced sessions ended, the optional API
//! key checked and kept, and the summary printed.
//! `--header NAME`: each value from TIDEMARK_HEADER_<NAME> or the next line of stdin; then
//! `--client-cert FILE` with its password from TIDEMARK_CLIENT_CERT_PASSWORD or the next line.
int readHeaders(Context &ctx)
{
    const QStringList names = ctx.args().list(u"header"_s);
    const QString certificateFile = ctx.args().value(u"client-cert"_s);
    if (names.isEmpty() && certificateFile.isEmpty())
        return ExitOk;
    ServerAccess access;
    for (const QString &name : names) {
        if (!ServerAccess::isAllowedName(name))
            return ctx.usage(u"--header %1: not a header name Tidemark may set"_s.arg(name));
        const QByteArray variable = Context::headerVariable(name).toLatin1();
        QString value;
        if (qEnvironmentVariableIsSet(variable.constData()))
            value = qEnvironmentVariable(variable.constData());
        else if (!readStdinLine(&value) || value.isEmpty())
            return ctx.usage(u"--header %1: no value in %2 and none on stdin"_s.arg(
                name, QString::fromLatin1(variable)));
        access.headers.append({name.toLatin1(), value.toUtf8()});
        wipe(value);
    }
    if (!certificateFile.isEmpty()) {
        const QString file = QFileInfo(certificateFile).absoluteFilePath();
        const QByteArray variable = Context::certificatePasswordVariable().toLatin1();
        QString password;
        if (qEnvironmentVariableIsSet(variable.constData()))
            password = qEnvironmentVariable(variable.constData());
        else if (!readStdinLine(&password))
            return ctx.usage(
                u"--client-cert %1: no password in %2 and none on stdin (an empty "
                "line for a file without one)"_s.arg(file, QString::fromLatin1(variable)));
        QString why;
        access.clientCertificate = ClientCertificate::fromFile(file, password.toUtf8(), &why);
        wipe(password);
        if (!why.isEmpty())
            return ctx.usage(why);
    }
    ctx.setAccess(access);
    return ExitOk;
}

//! The sessions a login replaces: the saved account's (keychain) and the token file's. Read
//! before the login, since the login overwrites both. `email`: the login's, when known (a
//! prompted one names the saved account as well as --email does).
QStringList previousSessions(Context &ctx, const QString &email = {})
{
    QStringList previous;
    AccountInfo saved = ctx.accountSaved() ? ctx.account() : AccountInfo();
    if (saved.id.isEmpty() && !email.isEmpty())
        saved = ctx.accounts().find(ctx.server().toString(), email);
    if (!saved.id.isEmpty())
        previous << ctx.secrets().readBlocking(saved.id, SecretStore::Kind::SessionToken);
    if (ctx.args().has(u"token-file"_s))
        previous << TokenFile::read(ctx.args().value(u"token-file"_s));
    previous.removeAll(QString());
    previous.removeDuplicates();
    return previous;
}

//! Runs one login of the session to its end (loginFinished) in a local event loop.
Error runLogin(Session &session, const std::function<void()> &start)
{
    QEventLoop loop;
    bool done = false;
    Error error;
    QObject::connect(&session, &Session::loginFinished, &loop, [&](bool ok, const Error &e) {
        if (!ok)
            error = e; // every failed login carries its error
        done = true;
        loop.quit();
    });
    start();
    if (!done)
        loop.exec();
    return error;
}

//! After the session logged in (it checked the server, saved the account and handed its secrets
//! to the keychain): what only a command line does. The addresses given with --address, the
//! token file, a login without any place to keep the token ended again, the replaced sessions
//! ended, what became of the API key, and the summary printed.
int finishLogin(Context &ctx, Session &session, const QStringList &previousTokens, QString apiKey)
{
    Output &out = ctx.out();
    const ParsedArgs &args = ctx.args();
    ctx.secrets().waitForPendingRequests(); // the session writes the keychain asynchronously
    AccountInfo account = session.account();
    const ServerVersion version = session.serverVersion();
    QString token = session.sessionToken();
    QStringList previous = previousTokens;

    if (args.has(u"address"_s)) {
        QStringList addresses;
        for (const QString &input : args.list(u"address"_s)) {
            const Expected<ServerUrl> url = ServerUrl::parse(input);
            if (url && !addresses.contains(url->toString()))
                addresses << url->toString();
        }
        if (!addresses.contains(account.serverUrl))
            addresses << account.serverUrl;
        account.addresses = addresses.size() > 1 ? addresses : QStringList();
        account = ctx.accounts().save(account);
    }

    const QString storeError
        = ctx.secrets().writeError(account.id, SecretStore::Kind::SessionToken);
    const bool keychain = storeError.isEmpty() && ctx.secrets().keychainAvailable();
    // The session wrote the token file before it kept anything (a failed write failed the login).
    const QString tokenStorage
        = keychain ? u"keychain"_s : (args.has(u"token-file"_s) ? u"file"_s : u"none"_s);

    if (tokenStorage == u"none"_s) {
        wipe(token);
        endLogin(session);
        ctx.secrets().waitForPendingRequests();
        const QString reason
            = ctx.secrets().keychainError().isEmpty() ? storeError : ctx.secrets().keychainError();
        return out.fail(ExitStorage,
            u"the login worked, but no OS keychain is available (%1), so the session token could "
            "not be kept after this command and the session was ended again. Run with a keychain "
            "(Secret Service/KWallet), or use --token-file FILE and pass its content in "
            "TIDEMARK_SESSION_TOKEN to later commands."_s.arg(
                reason.isEmpty() ? u"unknown reason"_s : reason),
            u"storage"_s);
    }

    if (!previous.isEmpty())
        out.document()[u"previousSessionsEnded"_s] = endReplacedSessions(session, previous);
    for (QString &old : previous)
        wipe(old);

    // The proxy headers and the certificate's password went to the keychain with the token;
    // without one, later commands read TIDEMARK_HEADER_<NAME> and TIDEMARK_CLIENT_CERT_PASSWORD.
    if (!ctx.access().isEmpty()
        && !(ctx.secrets().keychainAvailable()
            && ctx.secrets().writeError(account.id, SecretStore::Kind::Headers).isEmpty())) {
        if (!ctx.access().headers.isEmpty())
            out.warn(u"no OS keychain: the proxy headers were not kept; later commands read "
                     "them from %1"_s.arg(Context::headerVariable(ctx.access().names().first())));
        if (!ctx.access().clientCertificate.isEmpty())
            out.warn(u"no OS keychain: the client certificate's password was not kept; later "
                     "commands read it from %1"_s.arg(Context::certificatePasswordVariable()));
    }

    // The API key given with the password: the session checked it before keeping it.
    QString apiKeyStorage;
    if (!apiKey.isEmpty()) {
        wipe(apiKey);
        if (const Error keyError = session.apiKeyRefusal()) {
            wipe(token);
            out.document()[u"account"_s] = accountJson(account);
            out.warn(u"the session was stored, but the API key was not accepted"_s);
            return out.fail(exitCodeFor(keyError), keyError);
        }
        if (ctx.secrets().keychainAvailable()
            && ctx.secrets().writeError(account.id, SecretStore::Kind::ApiKey).isEmpty()) {
            apiKeyStorage = u"keychain"_s;
        } else {
            apiKeyStorage = u"none"_s;
            out.warn(
                u"no OS keychain: the API key was checked but not kept; pass it in TIDEMARK_API_KEY"_s);
        }
    }
    wipe(token);

    out.document()[u"account"_s] = accountJson(account);
    out.document()[u"serverVersion"_s] = version.toString();
    out.document()[u"tokenStorage"_s] = tokenStorage;
    if (!apiKeyStorage.isEmpty())
        out.document()[u"apiKeyStorage"_s] = apiKeyStorage;

    QList<QPair<QString, QString>> fields = {
        {u"Server"_s, u"%1 (Immich %2)"_s.arg(account.serverUrl, version.toString())},
        {u"User"_s, u"%1 <%2>"_s.arg(account.userName, account.email)},
        {u"Account id"_s, account.id},
        {u"Addresses"_s,
            account.addresses.isEmpty() ? account.serverUrl : account.addresses.join(u", "_s)},
        {u"Session token"_s,
            tokenStorage == u"keychain"_s
                ? u"stored in the OS keychain"_s
                : u"written to %1 only (no OS keychain)"_s.arg(args.value(u"token-file"_s))},
    };
    if (!apiKeyStorage.isEmpty())
        fields.append({u"API key"_s,
            apiKeyStorage == u"keychain"_s ? u"stored in the OS keychain"_s
                                           : u"not kept (no OS keychain)"_s});
    out.print(u"Logged in.\n"_s + formatFields(fields));
    if (!session.capabilities().hasSyncStream())
        out.warn(
            u"Immich %1 has no sync stream (needs 1.127.0 or later); only full-sync and delta-sync "
            "will work"_s.arg(version.toString()));
    if (session.passwordChangeRequested())
        out.note(u"note: the server asks this user to change the password"_s);
    return ExitOk;
}

//! A session for one login command: the process's account store and keychain.
std::unique_ptr<Session> loginSession(Context &ctx)
{
    auto session = std::make_unique<Session>(ctx.accounts(), &ctx.secrets());
    session->setRequestTimeoutMs(ctx.timeoutMs());
    if (ctx.args().has(u"token-file"_s))
        session->setTokenFile(QFileInfo(ctx.args().value(u"token-file"_s)).absoluteFilePath());
    return session;
}

//! A login the session refused or could not finish. Writing the token file is this command's
//! request, so its failure is said in the command's words.
int loginFailed(Context &ctx, const Error &error)
{
    if (error.kind == Error::Kind::Storage && ctx.args().has(u"token-file"_s))
        return ctx.out().fail(ExitStorage,
            u"could not write the token file: %1 (the new session was ended again)"_s.arg(
                error.detail),
            u"storage"_s);
    return ctx.out().fail(exitCodeFor(error), error);
}

//! `login --oauth`: the server's single sign-on. The provider's page is printed (stderr) for the
//! person to open; the answer comes back to the loopback listener, through the app link (a second
//! `tidemark app.immich:///…` hands it on), or pasted on stdin.
int loginWithSingleSignOn(Context &ctx)
{
    Output &out = ctx.out();
    const ParsedArgs &args = ctx.args();
    const QString how = args.has(u"redirect"_s) ? args.value(u"redirect"_s) : u"loopback"_s;
    if (how != u"loopback"_s && how != u"app-link"_s)
        return ctx.usage(u"--redirect must be loopback or app-link, not %1"_s.arg(how));
    const SingleSignOn::Redirect redirect
        = how == u"app-link"_s ? SingleSignOn::Redirect::AppLink : SingleSignOn::Redirect::Loopback;

    const QStringList previous = previousSessions(ctx);
    std::unique_ptr<Session> session = loginSession(ctx);
    if (args.has(u"wait-limit"_s))
        session->setSingleSignOnWaitLimitMs(args.value(u"wait-limit"_s).toInt() * 1000);
    RedirectRelay relay;
    if (redirect == SingleSignOn::Redirect::AppLink) {
        relay.listen();
        QObject::connect(
            &relay, &RedirectRelay::received, session.get(), &Session::completeSingleSignOn);
    }
    QObject::connect(session.get(), &Session::singleSignOnWaiting, session.get(),
        [&](const QUrl &url, SingleSignOn::Redirect, const QUrl &redirectUri) {
            out.note(u"Open this address in a browser to log in:\n\n  %1\n"_s.arg(url.toString()));
            out.note(redirect == SingleSignOn::Redirect::AppLink
                    ? u"Waiting for the app.immich link to come back to Tidemark; or paste the "
                      "address the browser ended on and press Enter."_s
                    : u"Waiting for the browser to come back to %1; or paste the address it ended "
                      "on and press Enter."_s.arg(redirectUri.authority()));
        });
    // A pasted address on stdin, line by line, for as long as stdin is open.
    QSocketNotifier pasted(0, QSocketNotifier::Read);
    QByteArray line;
    Session *s = session.get();
    QObject::connect(&pasted, &QSocketNotifier::activated, s, [&] {
        char buffer[4096];
        const ssize_t n = ::read(0, buffer, sizeof buffer);
        if (n <= 0) {
            pasted.setEnabled(false);
            return;
        }
        line.append(buffer, n);
        qsizetype nl;
        while ((nl = line.indexOf('\n')) >= 0) {
            const QString text = QString::fromUtf8(line.left(nl)).trimmed();
            line.remove(0, nl + 1);
            if (!text.isEmpty())
                s->completeSingleSignOn(QUrl(text));
        }
    });
    const Error error = runLogin(*session, [&] {
        session->logInWithSingleSignOn(ctx.server().toString(), redirect, false, ctx.access());
    });
    pasted.setEnabled(false);
    if (error)
        return loginFailed(ctx, error);
    return finishLogin(ctx, *session, previous, {});
}

} // namespace

int cmdLogin(Context &ctx)
{
    Output &out = ctx.out();
    const ParsedArgs &args = ctx.args();
    if (const int code = ctx.resolveServerForLogin())
        return code;
    for (const QString &input : args.list(u"address"_s))
        if (const Expected<ServerUrl> url = ServerUrl::parse(input); !url)
            return out.fail(ExitUsage, url.error());
    if (args.has(u"oauth"_s)) {
        if (args.has(u"password-stdin"_s) || args.has(u"api-key-stdin"_s))
            return ctx.usage(
                u"--oauth logs in with the server's single sign-on: no password or API key"_s);
        if (const int code = readHeaders(ctx))
            return code;
        return loginWithSingleSignOn(ctx);
    }

    // Email: flag, saved account, or a prompt.
    QString email = ctx.account().email;
    if (email.isEmpty()) {
        if (!isTerminal(0) || args.has(u"password-stdin"_s) || args.has(u"api-key-stdin"_s))
            return ctx.usage(u"--email is required"_s);
        QString error;
        if (!promptLine(u"Email for %1: "_s.arg(ctx.server().host()), &email, &error)
            || email.isEmpty())
            return ctx.usage(u"--email is required (%1)"_s.arg(error));
    }

    // Password: stdin, environment, or a prompt with echo off. Never argv.
    QString password;
    if (args.has(u"password-stdin"_s) && isTerminal(0)) {
        // stdin is the terminal itself: read it like the prompt, without echo.
        QString error;
        if (!promptSecret(u"Password: "_s, &password, &error) || password.isEmpty())
            return ctx.usage(
                u"--password-stdin: no password (%1)"_s.arg(error.isEmpty() ? u"empty"_s : error));
    } else if (args.has(u"password-stdin"_s)) {
        if (!readStdinLine(&password) || password.isEmpty())
            return ctx.usage(u"--password-stdin: no password on the first line of stdin"_s);
    } else if (qEnvironmentVariableIsSet("TIDEMARK_PASSWORD")) {
        password = qEnvironmentVariable("TIDEMARK_PASSWORD");
        if (password.isEmpty())
            return ctx.usage(u"TIDEMARK_PASSWORD is set but empty"_s);
    } else {
        QString error;
        bool interrupted = false;
        if (!promptSecret(u"Password for %1 on %2: "_s.arg(email, ctx.server().host()), &password,
                &error, &interrupted)
            || password.isEmpty()) {
            return ctx.usage(
                u"no password: %1. Use --password-stdin or TIDEMARK_PASSWORD when there is no "
                "terminal."_s.arg(error.isEmpty() ? u"empty password"_s : error));
        }
    }
    QString apiKey;
    if (args.has(u"api-key-stdin"_s)) {
        QString error;
        const bool read = isTerminal(0) ? promptSecret(u"API key: "_s, &apiKey, &error)
                                        : readStdinLine(&apiKey);
        if (!read || apiKey.trimmed().isEmpty()) {
            wipe(password);
            return ctx.usage(u"--api-key-stdin: no API key on %1 line of stdin"_s.arg(
                args.has(u"password-stdin"_s) ? u"the second"_s : u"the first"_s));
        }
        apiKey = apiKey.trimmed();
    }

    // Proxy headers after the password and the API key (their stdin lines come first).
    if (const int code = readHeaders(ctx)) {
        wipe(password);
        return code;
    }
    // The session checks the server first (ping, version, login options, like the window): a
    // server that takes only single sign-on is told apart before the password leaves this machine.
    const QStringList previous = previousSessions(ctx, email);
    std::unique_ptr<Session> session = loginSession(ctx);
    LoginRequest request;
    request.url = ctx.server().toString();
    request.email = email;
    request.password = password;
    request.apiKey = apiKey;
    request.access = ctx.access();
    wipe(password);
    const Error loginError = runLogin(*session, [&] { session->logIn(request); });
    wipe(request.password);
    wipe(request.apiKey);
    if (loginError) {
        wipe(apiKey);
        return loginFailed(ctx, loginError);
    }
    return finishLogin(ctx, *session, previous, apiKey);
}

int cmdLogout(Context &ctx)
{
    Output &out = ctx.out();
    if (const int code = ctx.resolveAccount(false))
        return code;
    QString token = ctx.sessionToken();
    const QString source = ctx.sessionTokenSource();
    QString outcome;
    if (token.isEmpty()) {
        outcome = u"no session stored"_s;
    } else {
        // The window's logout, except that the token stays kept until the server ended it.
        Session session(ctx.accounts(), &ctx.secrets());
        session.setRequestTimeoutMs(ctx.timeoutMs());
        AccountInfo account = ctx.account();
        account.serverUrl = ctx.server().toString();
        account.addresses.clear(); // the address this command resolved, not another one
        session.adopt(
            account, token, {}, ctx.access(), ctx.accountSaved() && source != u"environment"_s);
        wipe(token);
        QEventLoop loop;
        Error error;
        QObject::connect(&session, &Session::loggedOut, &loop, [&](const Error &e) {
            error = e;
            loop.quit();
        });
        session.logOut(Session::EndMode::KeepUntilEnded);
        loop.exec();
        ctx.secrets().waitForPendingRequests();
        if (error && error.kind == Error::Kind::Unauthorized) {
            outcome = u"the session had already ended on the server"_s;
        } else if (error) {
            out.note(u"the session was kept so that it can still be ended later; run `tidemark "
                     u"logout` again "
                     "when the server is reachable"_s);
            return out.fail(exitCodeFor(error), error);
        } else {
            outcome = u"session ended on the server (its checkpoints are gone)"_s;
        }
    }
    QStringList removed;
    if (ctx.accountSaved()) {
        // Name only what was kept: "Removed: API key." for a key never saved would be false.
        // The session removed the kept token once the server had ended it.
        if (source == u"keychain"_s)
            removed << u"session token"_s;
        QString keptKey = ctx.secrets().readBlocking(ctx.account().id, SecretStore::Kind::ApiKey);
        if (!keptKey.isEmpty()) {
            wipe(keptKey);
            ctx.secrets().removeBlocking(ctx.account().id, SecretStore::Kind::ApiKey);
            removed << u"API key"_s;
        }
        if (ctx.args().has(u"forget"_s)) {
            // Every secret of the account goes with it (proxy headers and the client
            // certificate's password included), the same list the window's Forget removes.
            for (const SecretStore::Kind kind : Session::accountSecretKinds())
                ctx.secrets().removeBlocking(ctx.account().id, kind);
            ctx.accounts().remove(ctx.account().id);
            removed << u"saved account"_s;
        }
    }
    out.document()[u"outcome"_s] = outcome;
    out.document()[u"removed"_s] = QJsonArray::fromStringList(removed);
    QString text = u"Logged out of %1: %2.\n"_s.arg(ctx.server().toString(), outcome);
    if (!removed.isEmpty())
        text += u"Removed: %1.\n"_s.arg(removed.join(u", "_s));
    if (source == u"environment"_s)
        text += u"The token came from TIDEMARK_SESSION_TOKEN; unset it.\n"_s;
    out.print(text);
    return ExitOk;
}

} // namespace Tidemark::Cli
