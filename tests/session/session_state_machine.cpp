// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The session's states, walked over loopback against the dev server: the server check with its
// login options, password and API-key logins, a refused password, password login turned off,
// opening a saved account (token good, revoked, server gone), a 401 from any call, logout,
// forgetting an account, and a late answer of an abandoned login.
#include "account/SecretStore.h"
#include "account/TokenFile.h"
#include "api/GetMyUserJob.h"
#include "api/ImmichClient.h"
#include "session/Session.h"

#include "DevServer.h"
#include "SessionTestEnv.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidemark;
using namespace Qt::StringLiterals;
using TidemarkDev::DevServer;
using State = Session::State;

namespace {

struct Fixture : Test::SessionTestEnv
{
    QList<State> states;

    Fixture() : SessionTestEnv(u"tidemark-session-test"_s, 5, 2)
    {
        QObject::connect(
            &session, &Session::stateChanged, &session, [this](State s) { states << s; });
    }
    bool start() { return server.start(0); }
    QString url() const { return server.baseUrl().toString(); }

    LoginRequest admin() const
    {
        LoginRequest r;
        r.url = url();
        r.email = DevServer::adminEmail();
        r.password = DevServer::adminPassword();
        return r;
    }

    //! Logs in and waits for the answer; false when it failed.
    bool logIn(const LoginRequest &r, Error *error = nullptr)
    {
        QSignalSpy finished(&session, &Session::loginFinished);
        session.logIn(r);
        if (!finished.wait(15000))
            return false;
        if (error)
            *error = finished.first().at(1).value<Error>();
        return finished.first().at(0).toBool();
    }

    ServerProbe probe(const QString &address)
    {
        ServerProbe found;
        bool done = false;
        session.probe(address, [&](const ServerProbe &p) {
            found = p;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 15000))
            found.error = Error::make(Error::Kind::Timeout, u"test"_s, u"no answer"_s);
        return found;
    }
};

} // namespace

class SessionStateMachineTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void probeReadsTheLoginOptions()
    {
        Fixture f;
        TidemarkDev::LoginOptions options;
        options.passwordLogin = false;
        options.oauth = true;
        options.oauthAutoLaunch = true;
        options.oauthButtonText = u"Log in with Authentik"_s;
        options.loginPageMessage = u"Family photos"_s;
        f.server.setLoginOptions(options);
        QVERIFY(f.start());
        const ServerProbe p = f.probe(f.url());
        QVERIFY2(p.ok(), qPrintable(p.error.userMessage()));
        QCOMPARE(p.apiBase, f.url() + u"/api"_s);
        QCOMPARE(p.version.toString(), u"2.7.5"_s);
        QVERIFY(p.loginOptionsKnown);
        QVERIFY(!p.features.passwordLogin);
        QVERIFY(p.features.oauth);
        QVERIFY(p.features.oauthAutoLaunch);
        QCOMPARE(p.config.oauthButtonText, u"Log in with Authentik"_s);
        QCOMPARE(p.config.loginPageMessage, u"Family photos"_s);
        QCOMPARE(f.session.state(), State::Disconnected); // a probe is not a connection
    }

    void probeOfABadAddressAnswersFromTheEventLoop()
    {
        Fixture f;
        bool answered = false;
        ServerProbe found;
        f.session.probe(u"ftp://nowhere"_s, [&](const ServerProbe &p) {
            found = p;
            answered = true;
        });
        QVERIFY(!answered); // never re-entrant
        QTRY_VERIFY(answered);
        QCOMPARE(found.error.kind, Error::Kind::InvalidInput);
        QVERIFY(found.apiBase.isEmpty());
    }

    void passwordLoginWalksToConnected()
    {
        Fixture f;
        QVERIFY(f.start());
        QSignalSpy opened(&f.session, &Session::accountOpened);
        QVERIFY(f.logIn(f.admin()));
        QCOMPARE(
            f.states, (QList<State> {State::CheckingServer, State::LoggingIn, State::Connected}));
        QCOMPARE(opened.size(), 1);
        const AccountInfo a = f.session.account();
        QCOMPARE(a.email, DevServer::adminEmail());
        QCOMPARE(a.userId, f.server.adminUserId());
        QCOMPARE(a.serverVersion, u"2.7.5"_s);
        QCOMPARE(f.accounts.currentAccountId(), a.id);
        QCOMPARE(f.accounts.accounts().size(), 1);
        // The token is the server's, kept in the store and used by the session's client.
        QVERIFY(f.session.hasSession());
        QVERIFY(f.server.hasSession(f.session.sessionToken()));
        QCOMPARE(f.secrets.readBlocking(a.id, SecretStore::Kind::SessionToken),
            f.session.sessionToken());
        QVERIFY(f.session.client()->credentials().isSession());
        QVERIFY(f.session.capabilities().hasSyncStream());
    }

    void apiKeyAloneLogsInWithoutASession()
    {
        Fixture f;
        QVERIFY(f.start());
        LoginRequest r;
        r.url = f.url();
        r.apiKey = f.server.createApiKey(DevServer::adminEmail());
        QVERIFY(f.logIn(r));
        QCOMPARE(f.session.state(), State::Connected);
        QVERIFY(!f.session.hasSession());
        QVERIFY(f.session.hasApiKey());
        QVERIFY(f.session.client()->credentials().isApiKey());
        QCOMPARE(f.session.account().email, DevServer::adminEmail());
    }

    void wrongPasswordLeavesNoAccount()
    {
        Fixture f;
        QVERIFY(f.start());
        LoginRequest r = f.admin();
        r.password = u"not-the-password"_s;
        Error e;
        QVERIFY(!f.logIn(r, &e));
        QCOMPARE(e.kind, Error::Kind::Unauthorized);
        QCOMPARE(f.session.state(), State::Disconnected);
        QVERIFY(!f.session.hasAccount());
        QVERIFY(f.accounts.accounts().isEmpty());
        QVERIFY(f.server.sessionTokens(DevServer::adminEmail()).isEmpty());
    }

    void passwordLoginTurnedOffIsSaidBeforeAnyPasswordIsSent()
    {
        Fixture f;
        TidemarkDev::LoginOptions options;
        options.passwordLogin = false;
        options.oauth = true;
        f.server.setLoginOptions(options);
        QVERIFY(f.start());
        Error e;
        QVERIFY(!f.logIn(f.admin(), &e));
        QCOMPARE(e.kind, Error::Kind::PasswordLoginOff);
        QCOMPARE(e.userMessage(),
            u"%1/api has password login turned off: it accepts only single sign-on. Log in "
            "with single sign-on or an API key instead."_s.arg(f.url()));
        QCOMPARE(f.session.state(), State::Disconnected);
        QVERIFY(f.server.sessionTokens(DevServer::adminEmail()).isEmpty());
    }

    void savedAccountWithAGoodTokenConnects()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.logIn(f.admin()));
        const AccountInfo a = f.session.account();
        const QString token = f.session.sessionToken();

        // A second session object, as a later start of the program sees the saved account.
        Session later(f.accounts, &f.secrets);
        QSignalSpy changed(&later, &Session::stateChanged);
        later.open(a);
        QCOMPARE(later.state(), State::CheckingServer);
        QTRY_COMPARE_WITH_TIMEOUT(later.state(), State::Connected, 15000);
        QCOMPARE(later.sessionToken(), token);
        QCOMPARE(later.account().id, a.id);
    }

    void revokedTokenNeedsLogin()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.logIn(f.admin()));
        const AccountInfo a = f.session.account();
        f.server.revokeSession(f.session.sessionToken());
        QSignalSpy errors(&f.session, &Session::errorOccurred);
        f.session.open(a);
        QTRY_COMPARE_WITH_TIMEOUT(f.session.state(), State::NeedsLogin, 15000);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().at(1).toString(), u"Your session has ended"_s);
        QVERIFY(f.session.hasAccount()); // the mirror stays browsable
    }

    void serverGoneIsOffline()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.logIn(f.admin()));
        const QString address = f.url() + u"/api"_s;
        f.server.stop();
        QSignalSpy errors(&f.session, &Session::errorOccurred);
        f.session.verify();
        QTRY_COMPARE_WITH_TIMEOUT(f.session.state(), State::Offline, 20000);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().at(1).toString(), u"Connecting to %1"_s.arg(address));
        QVERIFY(!f.session.lastError().isEmpty());
        QVERIFY(f.session.hasSession()); // the token is kept for when the server is back
        QVERIFY(f.start());
    }

    void sessionCheckThatFailsOtherwiseIsOffline()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.logIn(f.admin()));
        TidemarkDev::Fault down;
        down.kind = TidemarkDev::Fault::Kind::HttpStatus;
        down.path = u"/api/users/me"_s;
        down.status = 503;
        f.server.addFault(down);
        QSignalSpy errors(&f.session, &Session::errorOccurred);
        f.session.verify();
        QTRY_COMPARE_WITH_TIMEOUT(f.session.state(), State::Offline, 15000);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().at(1).toString(), u"Checking your session"_s);
        QCOMPARE(errors.first().at(0).value<Error>().httpStatus, 503);
        QVERIFY(f.session.hasSession()); // not a reason to forget the token
    }

    void unauthorizedFromAnyCallNeedsLogin()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.logIn(f.admin()));
        f.server.revokeSession(f.session.sessionToken());
        GetMyUserJob *me = f.session.client()->getMyUser();
        QSignalSpy failed(me, &ApiJob::failed);
        QVERIFY(failed.wait(15000));
        QCOMPARE(f.session.state(), State::NeedsLogin);
    }

    void logOutEndsTheSessionOnTheServer()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.logIn(f.admin()));
        const QString token = f.session.sessionToken();
        const QString id = f.session.account().id;
        f.session.logOut();
        QCOMPARE(f.session.state(), State::NeedsLogin);
        QVERIFY(!f.session.hasSession());
        QVERIFY(f.session.client()->credentials().isEmpty());
        QVERIFY(f.secrets.readBlocking(id, SecretStore::Kind::SessionToken).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!f.server.hasSession(token), 15000);
        QCOMPARE(f.accounts.accounts().size(), 1); // the account stays
    }

    void logOutWithTheServerGoneSaysTheSessionMayRemain()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.logIn(f.admin()));
        const QString id = f.session.account().id;
        f.server.stop();
        QSignalSpy errors(&f.session, &Session::errorOccurred);
        f.session.logOut();
        // Forgotten here at once; the server could not be told.
        QCOMPARE(f.session.state(), State::NeedsLogin);
        QVERIFY(f.secrets.readBlocking(id, SecretStore::Kind::SessionToken).isEmpty());
        QVERIFY(errors.wait(15000));
        QCOMPARE(errors.first().at(1).toString(),
            u"Logging out (the session may still exist on the server)"_s);
        QCOMPARE(errors.first().at(0).value<Error>().kind, Error::Kind::Network);
    }

    // The command line's logout: the token stays kept until the server ended it, so a later
    // logout can still end it; adopt() takes secrets found elsewhere and leaves the store's
    // current account alone.
    void logOutKeepUntilEndedKeepsTheTokenWhileTheServerIsGone()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.logIn(f.admin()));
        const QString token = f.session.sessionToken();
        const AccountInfo account = f.session.account();
        const quint16 port = f.server.port();
        f.server.stop();
        QSignalSpy errors(&f.session, &Session::errorOccurred);
        QSignalSpy loggedOut(&f.session, &Session::loggedOut);
        f.session.logOut(Session::EndMode::KeepUntilEnded);
        QVERIFY(loggedOut.wait(15000));
        QCOMPARE(loggedOut.first().at(0).value<Error>().kind, Error::Kind::Network);
        QCOMPARE(f.secrets.readBlocking(account.id, SecretStore::Kind::SessionToken), token);
        QVERIFY(errors.isEmpty()); // the caller says it, in its own words

        QVERIFY(f.server.start(port));
        QVERIFY(f.server.hasSession(token));
        f.accounts.setCurrentAccountId(QString());
        f.session.adopt(account, token, {}, {}, true);
        QCOMPARE(f.session.state(), State::Offline);
        QCOMPARE(f.session.sessionToken(), token);
        QVERIFY(f.accounts.currentAccountId().isEmpty());
        loggedOut.clear();
        f.session.logOut(Session::EndMode::KeepUntilEnded);
        QVERIFY(loggedOut.wait(15000));
        QVERIFY(!loggedOut.first().at(0).value<Error>().isError());
        QVERIFY(!f.server.hasSession(token));
        QVERIFY(f.secrets.readBlocking(account.id, SecretStore::Kind::SessionToken).isEmpty());

        // Already ended: Unauthorized, and a token from elsewhere leaves the keychain alone.
        QVERIFY(f.secrets.writeBlocking(account.id, SecretStore::Kind::SessionToken, u"kept"_s));
        f.session.adopt(account, token, {}, {}, false);
        loggedOut.clear();
        f.session.logOut(Session::EndMode::KeepUntilEnded);
        QVERIFY(loggedOut.wait(15000));
        QCOMPARE(loggedOut.first().at(0).value<Error>().kind, Error::Kind::Unauthorized);
        QCOMPARE(f.secrets.readBlocking(account.id, SecretStore::Kind::SessionToken), u"kept"_s);
    }

    // An API key given with the password is checked before it is kept; a refused one leaves
    // the login working without it, and says so.
    void apiKeyWithThePasswordIsChecked()
    {
        Fixture f;
        QVERIFY(f.start());
        QSignalSpy errors(&f.session, &Session::errorOccurred);
        LoginRequest r = f.admin();
        r.apiKey = u"not-a-key"_s;
        QVERIFY(f.logIn(r));
        QCOMPARE(f.session.state(), State::Connected);
        QVERIFY(f.session.hasSession());
        QVERIFY(!f.session.hasApiKey());
        QVERIFY(f.session.apiKeyRefusal().isError());
        const QString id = f.session.account().id;
        QVERIFY(f.secrets.readBlocking(id, SecretStore::Kind::ApiKey).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 5000);
        QCOMPARE(errors.first().at(1).toString(), u"Checking the API key"_s);

        r.apiKey = f.server.createApiKey(DevServer::adminEmail());
        QVERIFY(f.logIn(r));
        QVERIFY(!f.session.apiKeyRefusal().isError());
        QCOMPARE(f.session.apiKey(), r.apiKey);
        QCOMPARE(f.secrets.readBlocking(id, SecretStore::Kind::ApiKey), r.apiKey);
    }

    void tokenFileIsWrittenBeforeAnythingIsKept()
    {
        Fixture f;
        QVERIFY(f.start());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Cannot be written (a directory): the login fails, nothing is saved, and the new session
        // was ended on the server before the answer came.
        const QStringList before = f.server.sessionTokens(DevServer::adminEmail());
        f.session.setTokenFile(dir.path());
        Error e;
        QVERIFY(!f.logIn(f.admin(), &e));
        QCOMPARE(e.kind, Error::Kind::Storage);
        QCOMPARE(e.where, dir.path());
        QCOMPARE(e.detail, u"%1 exists and is not a regular file"_s.arg(dir.path()));
        QCOMPARE(f.session.state(), State::Disconnected);
        QVERIFY(f.accounts.accounts().isEmpty());
        QCOMPARE(f.server.sessionTokens(DevServer::adminEmail()), before);

        // Writable: the token is there, private to its owner, next to the keychain's copy.
        const QString file = dir.filePath(u"token"_s);
        f.session.setTokenFile(file);
        QVERIFY(f.logIn(f.admin()));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), f.session.sessionToken().toUtf8() + '\n');
        QCOMPARE(written.permissions() & (QFile::ReadGroup | QFile::ReadOther),
            QFileDevice::Permissions());
        QCOMPARE(TokenFile::read(file), f.session.sessionToken());
    }

    void endReplacedSessionsEndsOnlyTheSameUsers()
    {
        Fixture f;
        QVERIFY(f.start());
        const QString older = f.server.createSession(DevServer::adminEmail());
        const QString partner = f.server.createSession(DevServer::partnerEmail());
        QVERIFY(f.logIn(f.admin()));
        const QString current = f.session.sessionToken();
        int ended = -1;
        f.session.endReplacedSessions(
            {older, partner, current, u"no-such-session"_s, QString()}, [&](int n) { ended = n; });
        QTRY_COMPARE_WITH_TIMEOUT(ended, 1, 15000);
        QVERIFY2(!f.server.hasSession(older), "the replaced session is still alive");
        QVERIFY2(f.server.hasSession(partner), "another user's session was ended");
        QVERIFY2(f.server.hasSession(current), "the new session was ended");

        // Not connected (logged out): nothing is ended, whatever is asked.
        const QString another = f.server.createSession(DevServer::adminEmail());
        f.session.logOut();
        ended = -1;
        f.session.endReplacedSessions({another}, [&](int n) { ended = n; });
        QTRY_COMPARE_WITH_TIMEOUT(ended, 0, 5000);
        QVERIFY(f.server.hasSession(another));
    }

    void checkUserAfterAdoptNamesTheUserAndSavesNothing()
    {
        Fixture f;
        QVERIFY(f.start());
        auto check = [&f](UserAdminResponse *user) {
            Error error;
            bool done = false;
            f.session.checkUser([&](const UserAdminResponse &u, const Error &e) {
                *user = u;
                error = e;
                done = true;
            });
            if (!QTest::qWaitFor([&] { return done; }, 15000))
                error = Error::make(Error::Kind::Timeout, u"test"_s, u"no answer"_s);
            return error;
        };
        // An account the command never saved (a token from the environment): checked, not saved.
        AccountInfo unsaved;
        unsaved.serverUrl = f.url() + u"/api"_s;
        unsaved.email = DevServer::adminEmail();
        f.session.adopt(unsaved, f.server.createSession(DevServer::adminEmail()), {}, {}, false);
        UserAdminResponse user;
        QVERIFY(!check(&user));
        QCOMPARE(f.session.state(), State::Connected);
        QCOMPARE(user.email, DevServer::adminEmail());
        QCOMPARE(f.session.user().id, user.id);
        QVERIFY(f.accounts.accounts().isEmpty());

        // A saved account with someone else's token: named as that user, the account's own name
        // is not written over.
        QVERIFY(f.logIn(f.admin()));
        const AccountInfo saved = f.session.account();
        AccountInfo renamed = saved;
        renamed.userName.clear(); // so that a name from the check would show
        f.session.adopt(renamed, f.server.createSession(DevServer::partnerEmail()), {}, {}, false);
        QVERIFY(!check(&user));
        QCOMPARE(user.email, DevServer::partnerEmail());
        QCOMPARE(f.session.account().userName, QString());
        QCOMPARE(f.accounts.find(saved.serverUrl, saved.email).userName, saved.userName);

        // A token the server does not know: a login is needed.
        f.session.adopt(saved, u"not-a-session"_s, {}, {}, false);
        const Error refused = check(&user);
        QCOMPARE(refused.kind, Error::Kind::Unauthorized);
        QCOMPARE(f.session.state(), State::NeedsLogin);
    }

    void forgetClosesTheAccount()
    {
        Fixture f;
        QVERIFY(f.start());
        LoginRequest r = f.admin();
        r.apiKey = f.server.createApiKey(DevServer::adminEmail());
        QVERIFY(f.logIn(r));
        const QString id = f.session.account().id;
        QSignalSpy closed(&f.session, &Session::accountClosed);
        f.session.forget(id);
        QCOMPARE(closed.size(), 1);
        QCOMPARE(f.session.state(), State::Disconnected);
        QVERIFY(!f.session.hasAccount());
        QVERIFY(!f.session.hasApiKey());
        QVERIFY(f.accounts.accounts().isEmpty());
        QVERIFY(f.secrets.readBlocking(id, SecretStore::Kind::ApiKey).isEmpty());
    }

    void anAbandonedLoginsAnswerIsDropped()
    {
        Fixture f;
        QVERIFY(f.start());
        LoginRequest first = f.admin();
        LoginRequest second = f.admin();
        second.email = DevServer::partnerEmail();
        second.password = DevServer::partnerPassword();
        QSignalSpy finished(&f.session, &Session::loginFinished);
        f.session.logIn(first);
        f.session.logIn(second); // the person changed their mind before the first answered
        QVERIFY(finished.wait(15000));
        QTest::qWait(300);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(f.session.account().email, DevServer::partnerEmail());
        QCOMPARE(f.accounts.accounts().size(), 1);
    }
};

QTEST_GUILESS_MAIN(SessionStateMachineTest)
#include "session_state_machine.moc"
