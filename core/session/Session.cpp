// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include "account/SecretStore.h"
#include "account/TokenFile.h"
#include "api/AssetStatisticsJob.h"
#include "api/GetMyUserJob.h"
#include "api/ImmichClient.h"
#include "api/LoginJob.h"
#include "api/LogoutJob.h"
#include "api/ThumbnailJob.h"
#include "protocol/ServerUrl.h"
#include "session/ServerCheck.h"

#include <QPointer>
#include <QTimer>
#include <QUuid>

namespace Tidemark {

class Session::Private
{
public:
    Session *q = nullptr;
    AccountStore &accounts;
    SecretStore *secrets = nullptr;
    ImmichClient *client = nullptr;
    State state = State::Disconnected;
    bool hasAccount = false;
    AccountInfo account;
    ServerVersion version;
    ServerCapabilities caps;
    ServerProbe probe;
    QString sessionToken;
    bool tokenKept = true; //!< sessionToken is the one the keychain keeps for the account
    QString apiKey;
    QString lastError;
    bool passwordChangeRequested = false;
    Error apiKeyRefusal; //!< why the key given with the latest password login was not kept
    quint64 generation = 0;
    int timeoutMs = 60000;
    int ssoWaitMs = 10 * 60 * 1000;
    QString address; //!< where requests go now
    ServerAccess access; //!< the current account's proxy headers
    ServerAccess pendingAccess; //!< those of the login running now
    int addressTimeoutMs = 3000;
    QTimer recheck; //!< while a later address is in use: try the earlier ones again
    quint64 recheckRound = 0;
    QPointer<SingleSignOn> sso;
    QString tokenFile; //!< where a login also writes its token (setTokenFile)
    UserAdminResponse user; //!< the latest users/me answer (checkUser)

    Private(Session *session, AccountStore &store, SecretStore *keychain)
        : q(session), accounts(store), secrets(keychain)
    { }

    void setState(State s)
    {
        if (state == s)
            return;
        state = s;
        Q_EMIT q->stateChanged(s);
    }

    void fail(const Error &e) { lastError = e.userMessage(); }

    void dropSingleSignOn()
    {
        if (!sso)
            return;
        sso->disconnect(q);
        sso->deleteLater();
        sso = nullptr;
    }

    //! A login that did not work: back to where the account was before it.
    void loginFailed(State before, const Error &e)
    {
        fail(e);
        setState(hasAccount
                ? (before == State::CheckingServer || before == State::LoggingIn ? State::NeedsLogin
                                                                                 : before)
                : State::Disconnected);
        Q_EMIT q->loginFinished(false, e);
    }

    void applyCredentials()
    {
        client->setServerAccess(access);
        client->setInactivityTimeout(std::chrono::milliseconds(timeoutMs));
        if (!sessionToken.isEmpty())
            client->setSessionToken(sessionToken);
        else if (!apiKey.isEmpty())
            client->setApiKey(apiKey);
        else
            client->clearCredentials();
    }

    ImmichClient *newClient(const ServerUrl &url, int timeout, const ServerAccess &with)
    {
        auto *c = new ImmichClient(q);
        c->setServerUrl(url);
        c->setServerAccess(with);
        c->setInactivityTimeout(std::chrono::milliseconds(timeout));
        return c;
    }

    //! Best effort: a session this installation no longer uses is ended on the server, so it
    //! does not linger in the user's session list.
    //! `done` gets the server's answer (no error: ended).
    void endSessionOnServer(const QString &token, std::function<void(const Error &)> done = {})
    {
        endSessionAt(client->serverUrl(), access, token, std::move(done));
    }
    void endSessionAt(const ServerUrl &url, const ServerAccess &with, const QString &token,
        std::function<void(const Error &)> done = {})
    {
        ImmichClient *old = newClient(url, timeoutMs, with);
        old->setSessionToken(token);
        LogoutJob *job = old->logout();
        if (done) {
            QObject::connect(job, &LogoutJob::succeeded, q, [done] { done({}); });
            QObject::connect(job, &ApiJob::failed, q, done);
        }
        QObject::connect(job, &ApiJob::finished, old, &QObject::deleteLater);
    }

    void adoptProbe(const ServerProbe &p)
    {
        probe = p;
        version = p.version;
        caps = p.capabilities;
    }

    void doProbe(const QString &input, std::function<void(const ServerProbe &)> done,
        const ServerAccess &with)
    {
        ServerCheck::run(q, input, timeoutMs, std::move(done), with);
    }

    //! Requests go to `addr` from now on (connections made for the old one are stale).
    void useAddress(const QString &addr)
    {
        if (addr.isEmpty() || addr == address)
            return;
        address = addr;
        const Expected<ServerUrl> url = ServerUrl::parse(addr);
        if (url)
            client->setServerUrl(*url);
        Q_EMIT q->addressChanged(addr);
        Q_EMIT q->credentialsChanged();
    }

    void scheduleRecheck()
    {
        const QStringList list = account.allAddresses();
        if (state == State::Connected && list.size() > 1 && list.indexOf(address) != 0)
            recheck.start();
        else
            recheck.stop();
    }

    //! While a later address is in use: the earlier ones, again (home again → LAN again).
    void recheckEarlierAddresses()
    {
        const QStringList list = account.allAddresses();
        const qsizetype at = list.indexOf(address);
        if (state != State::Connected || at <= 0)
            return;
        const quint64 my = generation;
        const quint64 round = ++recheckRound;
        AddressPicker::run(
            q, list.mid(0, at + 1), account.serverUrl, account.serverIdentity,
            std::min(addressTimeoutMs, timeoutMs),
            [this, my, round](const AddressChoice &c) {
                if (my != generation || round != recheckRound || state != State::Connected)
                    return;
                if (c.ok() && c.address != address) {
                    useAddress(c.address);
                    Q_EMIT q->addressesChecked(c);
                }
                scheduleRecheck();
            },
            access);
    }

    void openAccount(const AccountInfo &a)
    {
        account = a;
        hasAccount = true;
        address.clear();
        useAddress(a.serverUrl);
        version = ServerVersion::fromString(a.serverVersion);
        caps = ServerCapabilities(version);
        probe = {};
        const Expected<ServerUrl> url = ServerUrl::parse(a.serverUrl);
        if (url)
            client->setServerUrl(*url);
        applyCredentials();
        if (!a.demo)
            accounts.setCurrentAccountId(a.id);
        Q_EMIT q->accountOpened(a);
        Q_EMIT q->accountChanged(a);
        Q_EMIT q->capabilitiesChanged();
    }

    //! Once the server named the user: the account is saved, its secrets kept, made current.
    void finishLogin(quint64 my, const ServerProbe &p, bool demo, const QString &token,
        const QString &apiKeyIn, const QString &userId, const QString &userEmail,
        const QString &name)
    {
        if (my != generation)
            return;
        if (!tokenFile.isEmpty() && !token.isEmpty()) {
            // Before anything is kept: a login whose token cannot be kept where it was asked to
            // be is ended again, not left alive on the server unused.
            QString why;
            if (!TokenFile::write(tokenFile, token, &why)) {
                const Error e = Error::make(Error::Kind::Storage, tokenFile, why);
                endSessionAt(*ServerUrl::parse(p.apiBase), pendingAccess, token,
                    [this, my, e](const Error &) {
                        if (my == generation) // answered once the server was told
                            loginFailed(State::LoggingIn, e);
                    });
                return;
            }
        }
        AccountInfo a = accounts.find(p.apiBase, userEmail);
        const QString oldToken = (hasAccount && a.id == account.id) ? sessionToken : QString();
        a.serverUrl = p.apiBase;
        a.email = userEmail;
        a.userId = userId;
        a.userName = name;
        a.serverVersion = p.version.toString();
        a.headerNames = pendingAccess.names();
        a.clientCertificateFile = pendingAccess.clientCertificate.file;
        if (!p.identity.isEmpty())
            a.serverIdentity = p.identity;
        if (!a.addresses.isEmpty() && !a.addresses.contains(p.apiBase))
            a.addresses.append(p.apiBase);
        a.demo = demo;
        a.lastUsed = QDateTime::currentDateTimeUtc();
        a = accounts.save(a);
        if (a.demo && a.id.isEmpty()) // the store keeps no demo accounts: give it a session id
            a.id = QStringLiteral("demo-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (a.demo) // a throwaway session: never in the keychain
            secrets->keepInMemoryOnly(a.id);
        if (!token.isEmpty()) {
            if (!oldToken.isEmpty() && oldToken != token)
                endSessionOnServer(oldToken);
            secrets->write(a.id, SecretStore::Kind::SessionToken, token);
        }
        tokenKept = true;
        if (!apiKeyIn.isEmpty())
            secrets->write(a.id, SecretStore::Kind::ApiKey, apiKeyIn);
        if (!pendingAccess.isEmpty())
            secrets->write(a.id, SecretStore::Kind::Headers, pendingAccess.toSecret());
        else
            secrets->remove(a.id, SecretStore::Kind::Headers);
        sessionToken = token;
        apiKey = apiKeyIn;
        access = pendingAccess;
        openAccount(a);
        useAddress(p.apiBase);
        adoptProbe(p);
        applyCredentials();
        Q_EMIT q->credentialsChanged();
        Q_EMIT q->capabilitiesChanged();
        Q_EMIT q->accountsChanged();
        setState(State::Connected);
        scheduleRecheck();
        Q_EMIT q->loginFinished(true, {});
    }

    //! The account's proxy headers and client certificate (when it has any), then verify().
    void readAccessThenVerify(quint64 my)
    {
        if (!account.hasAccessSecret()) {
            access = {};
            applyCredentials();
            verify();
            return;
        }
        secrets->read(account.id, SecretStore::Kind::Headers,
            [this, my](const QString &secret, const QString &) {
                if (my != generation)
                    return;
                access = ServerAccess::fromSecret(secret);
                access.clientCertificate.file = account.clientCertificateFile;
                applyCredentials();
                QString why;
                if (!access.clientCertificate.isEmpty() && !access.clientCertificate.load(&why)) {
                    // Not worth asking the server: without the certificate the proxy refuses.
                    const Error e
                        = Error::clientCertificate(QStringLiteral("file"), why, account.serverUrl);
                    fail(e);
                    setState(State::Offline);
                    Q_EMIT q->errorOccurred(
                        e, Session::tr("Connecting to %1").arg(account.serverUrl));
                    return;
                }
                verify();
            });
    }

    void verify()
    {
        const quint64 my = ++generation;
        recheck.stop();
        setState(State::CheckingServer);
        const QStringList list = account.allAddresses();
        const int timeout = list.size() > 1 ? std::min(addressTimeoutMs, timeoutMs) : timeoutMs;
        AddressPicker::run(
            q, list, account.serverUrl, account.serverIdentity, timeout,
            [this, my](const AddressChoice &c) {
                if (my == generation)
                    onAddressesChecked(my, c);
            },
            access);
    }

    void onAddressesChecked(quint64 my, const AddressChoice &c)
    {
        Q_EMIT q->addressesChecked(c);
        if (!c.ok()) {
            const Error e = c.error();
            fail(e);
            setState(State::Offline);
            Q_EMIT q->errorOccurred(e, Session::tr("Connecting to %1").arg(account.serverUrl));
            return;
        }
        const ServerProbe &p = c.probe;
        useAddress(c.address);
        if (account.serverIdentity.isEmpty() && !p.identity.isEmpty()) {
            account.serverIdentity = p.identity; // learnt at the account's own address
            account = accounts.save(account);
        }
        adoptProbe(p);
        if (account.serverVersion != version.toString()) {
            account.serverVersion = version.toString();
            account = accounts.save(account);
        }
        applyCredentials();
        Q_EMIT q->credentialsChanged();
        Q_EMIT q->capabilitiesChanged();
        if (sessionToken.isEmpty() && apiKey.isEmpty()) {
            setState(State::NeedsLogin);
            return;
        }
        checkUser(my, [this](const UserAdminResponse &, const Error &e) {
            if (!e)
                scheduleRecheck();
        });
    }

    //! users/me with the current credentials: Connected when the server names the user; a 401 or
    //! a refused key needs a login, anything else is Offline. The name is kept when it is the
    //! account's own user (a token from elsewhere may be someone else's: never written over it).
    void checkUser(quint64 my, std::function<void(const UserAdminResponse &, const Error &)> done)
    {
        setState(State::LoggingIn);
        GetMyUserJob *me = client->getMyUser();
        QObject::connect(
            me, &GetMyUserJob::succeeded, q, [this, my, done](const UserAdminResponse &u) {
                if (my != generation)
                    return;
                user = u;
                const bool own = account.userId.isEmpty() || account.userId == u.id;
                if (own && account.userName != u.name) {
                    account.userName = u.name;
                    if (!account.id.isEmpty()) // an account the caller never saved stays unsaved
                        account = accounts.save(account);
                    Q_EMIT q->accountChanged(account);
                }
                setState(State::Connected);
                done(u, {});
            });
        QObject::connect(me, &ApiJob::failed, q, [this, my, done](const Error &e) {
            if (my != generation)
                return;
            fail(e);
            if (e.kind == Error::Kind::Unauthorized || e.kind == Error::Kind::ApiKeyRefused) {
                setState(State::NeedsLogin);
                Q_EMIT q->errorOccurred(e, Session::tr("Your session has ended"));
            } else {
                setState(State::Offline);
                Q_EMIT q->errorOccurred(e, Session::tr("Checking your session"));
            }
            done({}, e);
        });
    }
};

Session::Session(AccountStore &accounts, SecretStore *secrets, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this, accounts, secrets))
{
    qRegisterMetaType<ServerProbe>();
    qRegisterMetaType<LoginRequest>();
    qRegisterMetaType<Error>();
    qRegisterMetaType<AddressChoice>();
    d->client = new ImmichClient(this);
    d->recheck.setInterval(60000);
    d->recheck.setSingleShot(true);
    connect(&d->recheck, &QTimer::timeout, this, [this] { d->recheckEarlierAddresses(); });
    connect(d->client, &ImmichClient::unauthorized, this, [this](const Error &e) { noteError(e); });
}

Session::~Session() = default;

void Session::setRequestTimeoutMs(int ms)
{
    d->timeoutMs = ms;
    d->client->setInactivityTimeout(std::chrono::milliseconds(ms));
}
int Session::requestTimeoutMs() const
{
    return d->timeoutMs;
}
Session::State Session::state() const
{
    return d->state;
}
ImmichClient *Session::client() const
{
    return d->client;
}
bool Session::hasAccount() const
{
    return d->hasAccount;
}
AccountInfo Session::account() const
{
    return d->account;
}
ServerVersion Session::serverVersion() const
{
    return d->version;
}
ServerCapabilities Session::capabilities() const
{
    return d->caps;
}
ServerProbe Session::serverProbe() const
{
    return d->probe;
}
QString Session::currentAddress() const
{
    return d->address;
}
void Session::setAddressTimeoutMs(int ms)
{
    d->addressTimeoutMs = ms;
}
void Session::setAddressRecheckMs(int ms)
{
    d->recheck.setInterval(ms);
    d->scheduleRecheck();
}
QString Session::sessionToken() const
{
    return d->sessionToken;
}
QString Session::apiKey() const
{
    return d->apiKey;
}
QString Session::lastError() const
{
    return d->lastError;
}
bool Session::passwordChangeRequested() const
{
    return d->passwordChangeRequested;
}
Error Session::apiKeyRefusal() const
{
    return d->apiKeyRefusal;
}
quint64 Session::generation() const
{
    return d->generation;
}

void Session::probe(
    const QString &url, std::function<void(const ServerProbe &)> done, const ServerAccess &access)
{
    d->doProbe(url, std::move(done), access);
}

void Session::fetchStatistics(std::function<void(const AssetStatsResponse &, const Error &)> done)
{
    const quint64 my = d->generation;
    AssetStatisticsJob *job = d->client->getAssetStatistics();
    connect(
        job, &AssetStatisticsJob::succeeded, this, [this, my, done](const AssetStatsResponse &r) {
            if (my == d->generation)
                done(r, {});
        });
    connect(job, &ApiJob::failed, this, [this, my, done](const Error &e) {
        if (my != d->generation)
            return;
        noteError(e);
        done({}, e);
    });
}

void Session::fetchThumbnail(
    const QString &assetId, std::function<void(const QByteArray &, bool)> done)
{
    if (d->client->credentials().isEmpty()) {
        done({}, false);
        return;
    }
    ThumbnailJob *job = d->client->getThumbnail(assetId, ThumbnailSize::Thumbnail);
    connect(job, &ThumbnailJob::succeeded, this,
        [done](const ThumbnailData &t) { done(t.data, t.data.isEmpty()); });
    connect(job, &ApiJob::failed, this, [done](const Error &e) {
        const bool permanent = e.kind == Error::Kind::Http || e.kind == Error::Kind::InvalidInput
            || e.kind == Error::Kind::Malformed;
        done({}, permanent);
    });
}

void Session::logIn(const LoginRequest &request)
{
    d->dropSingleSignOn();
    const quint64 my = ++d->generation;
    d->passwordChangeRequested = false;
    d->apiKeyRefusal = {};
    const State before = d->state;
    d->setState(State::CheckingServer);
    auto fail = [this, before](const Error &e) { d->loginFailed(before, e); };
    const LoginRequest r = request;
    d->pendingAccess = r.access;
    d->doProbe(
        r.url,
        [this, my, r, fail](const ServerProbe &p) {
            if (my != d->generation)
                return;
            Q_EMIT serverProbed(p);
            if (p.error.isError()) {
                fail(p.error);
                return;
            }
            if (!r.password.isEmpty() && p.loginOptionsKnown && !p.features.passwordLogin) {
                fail(Error::make(Error::Kind::PasswordLoginOff, p.apiBase));
                return;
            }
            d->setState(State::LoggingIn);
            ImmichClient *auth = d->newClient(*ServerUrl::parse(r.url), d->timeoutMs, r.access);
            auto failed = [auth, fail](const Error &e) {
                auth->deleteLater();
                fail(e);
            };
            if (!r.password.isEmpty()) {
                LoginJob *job = auth->login(LoginCredential {r.email, r.password});
                connect(job, &LoginJob::succeeded, this,
                    [this, my, p, r, auth](const LoginResponse &l) {
                        if (my != d->generation) {
                            auth->deleteLater();
                            return;
                        }
                        d->passwordChangeRequested = l.shouldChangePassword;
                        if (r.apiKey.isEmpty()) {
                            auth->deleteLater();
                            d->finishLogin(my, p, r.demo, l.accessToken, QString(), l.userId,
                                l.userEmail, l.name);
                            return;
                        }
                        // The API key given with the password: checked before it is kept. A
                        // refused key leaves the session logged in without it.
                        auth->setApiKey(r.apiKey);
                        GetMyUserJob *key = auth->getMyUser();
                        connect(key, &GetMyUserJob::succeeded, this, [this, my, p, r, l, auth] {
                            auth->deleteLater();
                            d->finishLogin(my, p, r.demo, l.accessToken, r.apiKey, l.userId,
                                l.userEmail, l.name);
                        });
                        connect(
                            key, &ApiJob::failed, this, [this, my, p, r, l, auth](const Error &e) {
                                auth->deleteLater();
                                if (my != d->generation)
                                    return;
                                d->apiKeyRefusal = e;
                                d->finishLogin(my, p, r.demo, l.accessToken, QString(), l.userId,
                                    l.userEmail, l.name);
                                if (d->state == State::Connected)
                                    Q_EMIT errorOccurred(e, tr("Checking the API key"));
                            });
                    });
                connect(job, &ApiJob::failed, this, failed);
            } else {
                // API key only: full/delta sync, statistics and thumbnails work; the stream will
                // not.
                auth->setApiKey(r.apiKey);
                GetMyUserJob *job = auth->getMyUser();
                connect(job, &GetMyUserJob::succeeded, this,
                    [this, my, p, r, auth](const UserAdminResponse &u) {
                        auth->deleteLater();
                        d->finishLogin(my, p, r.demo, QString(), r.apiKey, u.id, u.email, u.name);
                    });
                connect(job, &ApiJob::failed, this, failed);
            }
        },
        r.access);
}

void Session::logInWithSingleSignOn(
    const QString &url, SingleSignOn::Redirect redirect, bool demo, const ServerAccess &access)
{
    d->dropSingleSignOn();
    const quint64 my = ++d->generation;
    const State before = d->state;
    d->pendingAccess = access;
    d->setState(State::CheckingServer);
    d->doProbe(
        url,
        [this, my, before, url, redirect, demo, access](const ServerProbe &p) {
            if (my != d->generation)
                return;
            Q_EMIT serverProbed(p);
            if (p.error.isError()) {
                d->loginFailed(before, p.error);
                return;
            }
            if (p.loginOptionsKnown && !p.features.oauth) {
                d->loginFailed(before,
                    Error::make(Error::Kind::SingleSignOn, p.apiBase, QStringLiteral("off")));
                return;
            }
            d->setState(State::LoggingIn);
            auto *sso
                = new SingleSignOn(*ServerUrl::parse(url), redirect, d->timeoutMs, this, access);
            sso->setWaitLimitMs(d->ssoWaitMs);
            d->sso = sso;
            connect(sso, &SingleSignOn::browserUrlReady, this,
                [this, my, redirect, sso](const QUrl &u) {
                    if (my == d->generation)
                        Q_EMIT singleSignOnWaiting(u, redirect, sso->redirectUri());
                });
            connect(sso, &SingleSignOn::finished, this,
                [this, my, p, demo, sso](const LoginResponse &l) {
                    if (d->sso == sso)
                        d->dropSingleSignOn();
                    d->finishLogin(
                        my, p, demo, l.accessToken, QString(), l.userId, l.userEmail, l.name);
                });
            connect(sso, &SingleSignOn::failed, this, [this, my, before, sso](const Error &e) {
                if (d->sso == sso)
                    d->dropSingleSignOn();
                if (my == d->generation)
                    d->loginFailed(before, e);
            });
            sso->start();
        },
        access);
}

void Session::completeSingleSignOn(const QUrl &url)
{
    if (d->sso)
        d->sso->acceptRedirect(url);
}

void Session::cancelSingleSignOn()
{
    if (d->sso)
        d->sso->cancel();
}

void Session::setSingleSignOnWaitLimitMs(int ms)
{
    d->ssoWaitMs = ms;
}

void Session::open(const AccountInfo &account, bool checkServer)
{
    d->dropSingleSignOn();
    const quint64 my = ++d->generation;
    d->sessionToken.clear();
    d->apiKey.clear();
    d->access = {};
    d->openAccount(account);
    Q_EMIT credentialsChanged();
    Q_EMIT accountsChanged();
    if (!checkServer) {
        d->setState(State::Offline);
        return;
    }
    d->setState(State::CheckingServer);
    const QString id = account.id;
    d->secrets->read(
        id, SecretStore::Kind::SessionToken, [this, my, id](const QString &token, const QString &) {
            if (my != d->generation)
                return;
            d->sessionToken = token;
            d->tokenKept = true;
            d->secrets->read(
                id, SecretStore::Kind::ApiKey, [this, my](const QString &key, const QString &) {
                    if (my != d->generation)
                        return;
                    d->apiKey = key;
                    d->readAccessThenVerify(my);
                });
        });
}

void Session::setTokenFile(const QString &path)
{
    d->tokenFile = path;
}

void Session::endReplacedSessions(const QStringList &tokens, std::function<void(int)> done)
{
    QStringList list;
    for (const QString &t : tokens)
        if (!t.isEmpty() && t != d->sessionToken && !list.contains(t))
            list << t;
    const QString userId = d->account.userId;
    if (list.isEmpty() || d->state != State::Connected || userId.isEmpty()) {
        QTimer::singleShot(0, this, [done] { done(0); });
        return;
    }
    auto remaining = std::make_shared<qsizetype>(list.size());
    auto ended = std::make_shared<int>(0);
    auto oneDone = [done, remaining, ended](bool wasEnded) {
        if (wasEnded)
            ++*ended;
        if (--*remaining == 0)
            done(*ended);
    };
    for (const QString &token : list) {
        ImmichClient *old = d->newClient(d->client->serverUrl(), d->timeoutMs, d->access);
        old->setSessionToken(token);
        GetMyUserJob *whose = old->getMyUser();
        connect(whose, &GetMyUserJob::succeeded, this,
            [this, old, userId, oneDone](const UserAdminResponse &u) {
                if (u.id != userId) { // another user's: not this login's to end
                    old->deleteLater();
                    oneDone(false);
                    return;
                }
                LogoutJob *job = old->logout();
                connect(job, &LogoutJob::succeeded, this, [oneDone] { oneDone(true); });
                connect(job, &ApiJob::failed, this, [oneDone] { oneDone(false); });
                connect(job, &ApiJob::finished, old, &QObject::deleteLater);
            });
        connect(whose, &ApiJob::failed, this, [old, oneDone] { // ended already, or unreachable
            old->deleteLater();
            oneDone(false);
        });
    }
}

UserAdminResponse Session::user() const
{
    return d->user;
}

void Session::checkUser(std::function<void(const UserAdminResponse &, const Error &)> done)
{
    if (!d->hasAccount) {
        QTimer::singleShot(0, this, [done] {
            done({}, Error::make(Error::Kind::Unauthorized, QStringLiteral("session")));
        });
        return;
    }
    d->checkUser(++d->generation, std::move(done));
}

void Session::verify()
{
    if (d->hasAccount)
        d->verify();
}

void Session::adopt(const AccountInfo &account, const QString &sessionToken, const QString &apiKey,
    const ServerAccess &access, bool tokenKept)
{
    d->dropSingleSignOn();
    ++d->generation;
    d->account = account;
    d->hasAccount = true;
    d->sessionToken = sessionToken;
    d->tokenKept = tokenKept && !account.id.isEmpty();
    d->apiKey = apiKey;
    d->access = access;
    d->version = ServerVersion::fromString(account.serverVersion);
    d->caps = ServerCapabilities(d->version);
    d->address.clear();
    d->useAddress(account.serverUrl);
    d->applyCredentials();
    d->setState(State::Offline);
}

void Session::logOut(EndMode mode)
{
    if (!d->hasAccount)
        return;
    ++d->generation;
    const QString id = d->account.id;
    const bool kept = d->tokenKept;
    auto forgetToken = [this, id, kept] {
        if (kept)
            d->secrets->remove(id, SecretStore::Kind::SessionToken);
    };
    if (d->sessionToken.isEmpty()) {
        forgetToken();
        QTimer::singleShot(0, this, [this] { Q_EMIT loggedOut({}); });
    } else {
        if (mode == EndMode::ForgetAnyway)
            forgetToken();
        d->endSessionOnServer(d->sessionToken, [this, mode, forgetToken](const Error &e) {
            const bool ended = !e || e.kind == Error::Kind::Unauthorized;
            if (mode == EndMode::KeepUntilEnded && ended)
                forgetToken();
            if (!ended && mode == EndMode::ForgetAnyway)
                Q_EMIT errorOccurred(
                    e, tr("Logging out (the session may still exist on the server)"));
            Q_EMIT loggedOut(e);
        });
    }
    d->sessionToken.clear();
    d->applyCredentials();
    Q_EMIT credentialsChanged();
    d->setState(State::NeedsLogin);
    Q_EMIT accountChanged(d->account);
}

QList<SecretStore::Kind> Session::accountSecretKinds()
{
    return {SecretStore::Kind::SessionToken, SecretStore::Kind::ApiKey, SecretStore::Kind::Headers};
}

void Session::forget(const QString &accountId)
{
    if (d->hasAccount && d->account.id == accountId) {
        logOut();
        d->secrets->remove(accountId, SecretStore::Kind::ApiKey);
        d->secrets->remove(accountId, SecretStore::Kind::Headers);
        d->hasAccount = false;
        d->account = {};
        d->apiKey.clear();
        d->caps = {};
        d->version = {};
        d->probe = {};
        d->applyCredentials();
        Q_EMIT accountClosed();
        Q_EMIT credentialsChanged();
        d->setState(State::Disconnected);
        Q_EMIT accountChanged(d->account);
        Q_EMIT capabilitiesChanged();
    } else {
        for (const SecretStore::Kind kind : accountSecretKinds())
            d->secrets->remove(accountId, kind);
    }
    d->accounts.remove(accountId);
    Q_EMIT accountsChanged();
}

void Session::setApiKey(const QString &apiKey)
{
    if (!d->hasAccount)
        return;
    d->apiKey = apiKey;
    if (apiKey.isEmpty())
        d->secrets->remove(d->account.id, SecretStore::Kind::ApiKey);
    else
        d->secrets->write(d->account.id, SecretStore::Kind::ApiKey, apiKey);
    d->applyCredentials();
    Q_EMIT credentialsChanged();
    Q_EMIT accountChanged(d->account);
}

ServerAccess Session::serverAccess() const
{
    return d->access;
}

void Session::setServerAccess(const ServerAccess &access)
{
    if (!d->hasAccount)
        return;
    d->access = access;
    if (access.isEmpty())
        d->secrets->remove(d->account.id, SecretStore::Kind::Headers);
    else
        d->secrets->write(d->account.id, SecretStore::Kind::Headers, access.toSecret());
    d->account.headerNames = access.names();
    d->account.clientCertificateFile = access.clientCertificate.file;
    d->account = d->accounts.save(d->account);
    d->applyCredentials();
    Q_EMIT credentialsChanged();
    Q_EMIT accountChanged(d->account);
    d->verify();
}

bool Session::setAddresses(const QStringList &addresses, QString *error)
{
    if (!d->hasAccount)
        return false;
    QStringList list;
    for (const QString &input : addresses) {
        if (input.trimmed().isEmpty())
            continue;
        const Expected<ServerUrl> url = ServerUrl::parse(input);
        if (!url) {
            if (error)
                *error = url.error().userMessage();
            return false;
        }
        if (!list.contains(url->toString()))
            list << url->toString();
    }
    if (!list.contains(d->account.serverUrl))
        list << d->account.serverUrl;
    d->account.addresses = list.size() == 1 ? QStringList() : list;
    d->account = d->accounts.save(d->account);
    Q_EMIT accountChanged(d->account);
    d->verify();
    return true;
}

void Session::noteError(const Error &e)
{
    const bool lost = e.kind == Error::Kind::Network || e.kind == Error::Kind::Tls
        || e.kind == Error::Kind::Timeout;
    if (lost && d->state == State::Connected && d->account.allAddresses().size() > 1) {
        // Another address may answer (the LAN is gone: the public one).
        d->fail(e);
        d->verify();
        return;
    }
    d->fail(e);
    if (e.kind == Error::Kind::Unauthorized && d->state == State::Connected)
        d->setState(State::NeedsLogin);
    else if ((e.kind == Error::Kind::Network || e.kind == Error::Kind::Tls)
        && d->state == State::Connected)
        d->setState(State::Offline);
}

} // namespace Tidemark
