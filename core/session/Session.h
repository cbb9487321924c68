// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Session: the whole life of the connection to one account, written once for the window and the
// command line: address normalisation, the server check (ping, version, login options), every
// login method, where the secrets are kept (SecretStore: the OS keychain, or memory for demo and
// keychain-less runs), the token check, logout and logging in again. Nothing here knows about
// the mirror, the models or widgets: the window follows accountOpened()/accountClosed() and
// stateChanged(), the command line waits for them in a local event loop.
//
// States and the transitions between them (every arrow is one method or one server answer):
//
//       logIn() / logInWithSingleSignOn() / open() / verify()
//   Disconnected ─────────────────────────────► CheckingServer ── bad address, not Immich,
//        ▲                                        │   │  │        wrong password (no account
//        │ forget()                        ok,    │   │  │        yet) ──► Disconnected
//        │                           no secrets   │   │  └── network error, TLS refused ──► Offline
//        │                                        ▼   │ ok, secrets
//        │                                 NeedsLogin │
//        │                    logIn() ────────▲  ▲    ▼
//        │                                    │  │  LoggingIn ── password/key refused, 401 ──┘
//        │                                    │  │    │                    (to NeedsLogin)
//        │                                    │  │    │ single sign-on: waits here for the browser
//        │                                    │  │    │ (singleSignOnWaiting); refused, denied,
//        │                                    │  │    │ expired, cancelled ── like a refused
//        password │                     logOut(), 401  │  │    │ users/me answers: same account │
//        from any call  │  │    ▼ └──────────────────────────────────── Connected ── network error
//        in any call ──► Offline
//                                                            (verify() from Offline or
//                                                             NeedsLogin starts over)
//   adopt() (headless commands, secrets found by the caller) ──► Offline (not checked yet)
//   checkUser() after adopt(): LoggingIn ──► Connected, NeedsLogin (401) or Offline, as verify()
//
// CheckingServer tries every address of the account at once (AddressPicker) and goes on with the
// first in order that answers as the same installation; a network error in any call from
// Connected checks them again when there are several (the LAN is gone: the public address), and
// while a later address is in use the earlier ones are tried again now and then (home again).
//
// Offline and NeedsLogin keep the account open: its mirror stays browsable without a server.
// Every asynchronous answer carries the generation it was asked in; an answer that arrives after
// the person moved on (another account, another login) is dropped, never applied.

#include "account/AccountStore.h"
#include "account/SecretStore.h"
#include "session/AddressPicker.h"
#include "session/ServerProbe.h"
#include "session/SingleSignOn.h"
#include "util/Error.h"

#include <QObject>

#include <functional>
#include <memory>

namespace Tidemark {

class ImmichClient;
class SecretStore;

//! One login attempt. Password login when password is set; otherwise the API key alone (full and
//! delta sync, statistics, thumbnails; no stream). An API key given with a password is checked
//! and kept beside the session; a refused one is not kept (Session::apiKeyRefusal()).
struct LoginRequest
{
    QString url;
    QString email;
    QString password; //!< secret: wiped by the session as soon as it is sent
    QString apiKey; //!< secret
    //! Headers a proxy in front of the server asks for (values are secrets: keychain).
    ServerAccess access;
    bool demo = false; //!< the in-process demo server: its secrets are never kept in the keychain
};

class Session : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, CheckingServer, LoggingIn, Connected, Offline, NeedsLogin };
    Q_ENUM(State)

    //! What logOut() does with the kept token when the server cannot be told.
    enum class EndMode {
        ForgetAnyway, //!< the window: logged out here at once, whatever the server answers
        KeepUntilEnded //!< the command line: kept until the server ended it, so that a later
                       //!< logout can still end it
    };
    Q_ENUM(EndMode)

    //! The store and the keychain are the caller's (shared with the rest of the process).
    Session(AccountStore &accounts, SecretStore *secrets, QObject *parent = nullptr);
    ~Session() override;

    //! Inactivity timeout of every request (default 60 s; server checks use at most 15 s).
    void setRequestTimeoutMs(int ms);
    int requestTimeoutMs() const;

    State state() const;
    //! The client of the current account with its credentials: every other request (sync,
    //! thumbnails, statistics) goes through it, so it follows logins and logouts.
    ImmichClient *client() const;
    bool hasAccount() const;
    AccountInfo account() const;
    ServerVersion serverVersion() const;
    ServerCapabilities capabilities() const;
    //! The latest check of the current account's server (login options included).
    ServerProbe serverProbe() const;
    //! The address requests go to now: one of the account's addresses (AccountInfo::addresses),
    //! the first in their order that answers and is the same installation.
    QString currentAddress() const;
    //! How long each address may take to answer when the account has several (default 3 s).
    void setAddressTimeoutMs(int ms);
    //! How often an address earlier in the order is tried again while the session uses a later
    //! one (default 60 s): home again, the LAN address is used again.
    void setAddressRecheckMs(int ms);
    //! For the sync engine's connection only; never logged.
    QString sessionToken() const;
    QString apiKey() const;
    bool hasSession() const { return !sessionToken().isEmpty(); }
    bool hasApiKey() const { return !apiKey().isEmpty(); }
    //! The user-facing sentence of the latest failure.
    QString lastError() const;
    //! The server asked the user of the latest password login to change the password.
    bool passwordChangeRequested() const;
    //! Why the API key given with the latest password login was not kept (the login itself
    //! worked; errorOccurred() said it too). No error: kept, or none was given.
    Error apiKeyRefusal() const;
    //! Bumps on every login, account switch, check and logout: answers asked for under an older
    //! generation belong to a connection that is gone.
    quint64 generation() const;

    //! Checks a server without logging in: ping, version, then the login options. done() runs
    //! from the event loop, also when the address is invalid.
    void probe(const QString &url, std::function<void(const ServerProbe &)> done,
        const ServerAccess &access = {});
    //! The current account's proxy headers (ServerAccess).
    ServerAccess serverAccess() const;

    //! The server's own counts of the user's assets (GET /assets/statistics); done() gets an error
    //! when it failed (and noteError() has seen it). Dropped when the connection changed meanwhile.
    void fetchStatistics(std::function<void(const AssetStatsResponse &, const Error &)> done);
    //! One thumbnail of the current account; permanent: not worth asking again (404, bad data).
    void fetchThumbnail(
        const QString &assetId, std::function<void(const QByteArray &data, bool permanent)> done);

    //! Where a login also writes its session token (TokenFile; the command line's --token-file);
    //! empty: nowhere. It is written before anything is kept: when it cannot be, the new session
    //! is ended again and the login fails (Storage; where: the file, detail: why).
    void setTokenFile(const QString &path);
    //! Ends the sessions a login replaced (read from the keychain or a token file before the login
    //! overwrote them), once the new one is Connected, and only those of the same user: another
    //! user's session, or one that ended already, is left alone. done(how many were ended) runs
    //! from the event loop.
    void endReplacedSessions(const QStringList &tokens, std::function<void(int ended)> done);
    //! Headless commands, after adopt(): asks the server whose the credentials are (users/me)
    //! without checking the server again; the same rules as verify(): Connected when it named
    //! the user, NeedsLogin on a 401 or a refused API key, Offline otherwise. done() gets the
    //! user or the error.
    void checkUser(std::function<void(const UserAdminResponse &, const Error &)> done);
    //! The user the server named at the latest check (verify(), checkUser()).
    UserAdminResponse user() const;

public Q_SLOTS:
    //! Checks the server, logs in, keeps the secrets, makes the account current. Answers with
    //! loginFinished().
    void logIn(const Tidemark::LoginRequest &request);
    //! Checks the server, then logs in with its single sign-on provider: singleSignOnWaiting()
    //! gives the page to open in the browser; the answer comes back by the chosen redirect (or
    //! completeSingleSignOn()). Answers with loginFinished() like logIn(). A server that offers
    //! no single sign-on is refused before anything is asked.
    void logInWithSingleSignOn(const QString &url, Tidemark::SingleSignOn::Redirect redirect,
        bool demo = false, const Tidemark::ServerAccess &access = {});
    //! The address the browser ended on, pasted or relayed from the app link.
    void completeSingleSignOn(const QUrl &url);
    //! Stops a single sign-on that is waiting for the browser.
    void cancelSingleSignOn();
    //! How long a single sign-on waits for the browser (default 10 minutes).
    void setSingleSignOnWaitLimitMs(int ms);
    //! Makes a saved account current: accountOpened(), its secrets read, then verify().
    //! checkServer false: opened offline (a demo account whose server is gone).
    void open(const Tidemark::AccountInfo &account, bool checkServer = true);
    //! Checks the server and the stored secrets of the current account again.
    void verify();
    //! Headless commands: makes `account` current with the secrets the caller found (keychain,
    //! token file or environment) without asking the server anything; the state is Offline
    //! (not checked) until verify(). `tokenKept`: the token is the one the keychain keeps for the
    //! account, so logOut() may remove it (a token from the environment leaves the keychain
    //! alone). Does not change which account is current in the store.
    void adopt(const Tidemark::AccountInfo &account, const QString &sessionToken,
        const QString &apiKey, const Tidemark::ServerAccess &access, bool tokenKept);
    //! Ends the session on the server (its checkpoints go with it) and forgets the token. The
    //! account, its API key and its mirror stay. loggedOut() tells the server's answer.
    void logOut(Tidemark::Session::EndMode mode = EndMode::ForgetAnyway);
    //! Removes a saved account and its secrets (logs out first when it is the current one).
    void forget(const QString &accountId);
    //! Every secret an account keeps (session token, API key, proxy headers and the client
    //! certificate's password): the one list `forget` and the CLI's `logout --forget` remove.
    static QList<SecretStore::Kind> accountSecretKinds();
    //! Keeps (empty: removes) the API key of the current account.
    void setApiKey(const QString &apiKey);
    //! The current account's addresses in the order to try them (each normalised; an invalid one
    //! makes it return false with `error` set and changes nothing), then checks them again. The
    //! account's own address (where it logged in) is added at the end when missing.
    bool setAddresses(const QStringList &addresses, QString *error = nullptr);
    //! Keeps the current account's proxy headers (values in the keychain, names in the
    //! settings; empty removes them) and checks the server again with them.
    void setServerAccess(const Tidemark::ServerAccess &access);
    //! An error of any call made with this session: 401 → NeedsLogin, network → Offline.
    void noteError(const Tidemark::Error &error);

Q_SIGNALS:
    void stateChanged(Tidemark::Session::State state);
    void serverProbed(const Tidemark::ServerProbe &probe);
    void loginFinished(bool ok, const Tidemark::Error &error);
    //! The server answered logOut(): no error (ended), Unauthorized (it had ended already), or
    //! why it could not be told (the session may still exist there).
    void loggedOut(const Tidemark::Error &serverAnswer);
    //! A single sign-on waits for the browser: open `browserUrl` (the provider's sign-in page);
    //! the browser comes back to `redirectUri`.
    void singleSignOnWaiting(
        const QUrl &browserUrl, Tidemark::SingleSignOn::Redirect redirect, const QUrl &redirectUri);
    //! Another account is current (its secrets may follow): open its mirror.
    void accountOpened(const Tidemark::AccountInfo &account);
    //! No account is current any more (the current one was forgotten).
    void accountClosed();
    //! The current account's details changed (name, session ended).
    void accountChanged(const Tidemark::AccountInfo &account);
    //! The saved accounts changed.
    void accountsChanged();
    //! The token, the API key or the server's version changed: connections made from them are
    //! stale.
    void credentialsChanged();
    void capabilitiesChanged();
    //! Requests go to another of the account's addresses now.
    void addressChanged(const QString &address);
    //! Every address was checked: which one is used, which belong to another server, which did
    //! not answer.
    void addressesChecked(const Tidemark::AddressChoice &choice);
    //! One sentence and an action for the person; context names the operation.
    void errorOccurred(const Tidemark::Error &error, const QString &context);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Tidemark

Q_DECLARE_METATYPE(Tidemark::LoginRequest)
