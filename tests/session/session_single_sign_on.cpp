// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Single sign-on over loopback, the whole way: the session asks the dev server for its provider's
// page, a test browser presses Allow or Deny on it, the answer comes back through the loopback
// listener, a pasted app link or the relay of a second process, and the server exchanges the
// code. The happy paths, a forged state, a refused consent, an expired code, a server without
// single sign-on, a browser that never finishes, and a cancel: each failure with its sentence.
#include "account/SecretStore.h"
#include "session/LoopbackRedirectListener.h"
#include "session/RedirectRelay.h"
#include "session/Session.h"

#include "DevServer.h"
#include "TestBrowser.h"

#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <atomic>
#include <thread>

using namespace Tidemark;
using namespace Qt::StringLiterals;
using TidemarkDev::DevServer;
using TidemarkTest::TestBrowser;
using Redirect = SingleSignOn::Redirect;
using State = Session::State;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    DevServer server;
    AccountStore accounts {dir.filePath(u"accounts.ini"_s)};
    SecretStore secrets {u"tidemark-sso-test"_s};
    Session session {accounts, &secrets};
    TestBrowser browser;

    explicit Fixture(TidemarkDev::LoginOptions login = ssoOnly())
    {
        secrets.setMemoryOnly(true);
        TidemarkDev::LibrarySpec spec;
        spec.ownAssets = 3;
        spec.partnerAssets = 1;
        server.generateLibrary(spec);
        server.setLoginOptions(login);
    }
    static TidemarkDev::LoginOptions ssoOnly()
    {
        TidemarkDev::LoginOptions o;
        o.passwordLogin = false;
        o.oauth = true;
        o.oauthButtonText = u"Sign in with Authelia"_s;
        return o;
    }
    QString url() const { return server.baseUrl().toString(); }
    QString api() const { return url() + u"/api"_s; }

    //! Starts a single sign-on and waits until it waits for the browser: the provider's page.
    QUrl begin(Redirect redirect)
    {
        QSignalSpy waiting(&session, &Session::singleSignOnWaiting);
        session.logInWithSingleSignOn(url(), redirect);
        if (!waiting.wait(15000))
            return {};
        return waiting.first().at(0).toUrl();
    }
    //! The answer of the login (waits for it).
    bool finish(QSignalSpy &finished, Error *error = nullptr)
    {
        if (finished.isEmpty() && !finished.wait(15000))
            return false;
        if (error)
            *error = finished.first().at(1).value<Error>();
        return finished.first().at(0).toBool();
    }
};

QUrl withState(QUrl url, const QString &state)
{
    QUrlQuery q(url);
    q.removeQueryItem(u"state"_s);
    q.addQueryItem(u"state"_s, state);
    url.setQuery(q);
    return url;
}

} // namespace

class SessionSingleSignOnTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loopbackHappyPath()
    {
        Fixture f;
        QVERIFY(f.server.start(0));
        QSignalSpy finished(&f.session, &Session::loginFinished);
        const QUrl page = f.begin(Redirect::Loopback);
        QVERIFY(page.isValid());
        QCOMPARE(f.session.state(), State::LoggingIn);
        const QUrlQuery q(page);
        QVERIFY(q.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded)
                    .startsWith(u"http://127.0.0.1:"_s));
        QCOMPARE(q.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
        QVERIFY(q.queryItemValue(u"state"_s).size() >= 32);

        QString error;
        const QUrl back = f.browser.signIn(page, true, &error);
        QVERIFY2(back.isValid(), qPrintable(error));
        const TestBrowser::Page landing = f.browser.open(back);
        QCOMPARE(landing.status, 200);
        QVERIFY(landing.body.contains("Tidemark received the answer of the sign-in page and is "
                                      "finishing the login with the server. You can close this "
                                      "tab and go back to Tidemark."));

        QVERIFY(f.finish(finished));
        QCOMPARE(f.session.state(), State::Connected);
        QCOMPARE(f.session.account().email, DevServer::adminEmail());
        QVERIFY(f.session.hasSession());
        QVERIFY(f.server.hasSession(f.session.sessionToken()));
        QCOMPARE(f.secrets.readBlocking(f.session.account().id, SecretStore::Kind::SessionToken),
            f.session.sessionToken());
        // The listener is closed: the port takes no second answer.
        QCOMPARE(f.browser.open(back).status, 0);
    }

    void appLinkPasted()
    {
        Fixture f;
        QVERIFY(f.server.start(0));
        QSignalSpy finished(&f.session, &Session::loginFinished);
        const QUrl page = f.begin(Redirect::AppLink);
        QCOMPARE(QUrlQuery(page).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded),
            u"app.immich:///oauth-callback"_s);
        const QUrl back = f.browser.signIn(page, true);
        QVERIFY2(back.toString().startsWith(u"app.immich:///oauth-callback?code="_s),
            qPrintable(back.toString()));
        f.session.completeSingleSignOn(back);
        QVERIFY(f.finish(finished));
        QCOMPARE(f.session.state(), State::Connected);
    }

    void appLinkRelayedFromASecondProcess()
    {
        Fixture f;
        QVERIFY(f.server.start(0));
        RedirectRelay relay;
        const QString name = u"tidemark-sso-test-%1"_s.arg(QCoreApplication::applicationPid());
        QVERIFY(relay.listen(name));
        connect(&relay, &RedirectRelay::received, &f.session, &Session::completeSingleSignOn);
        QSignalSpy finished(&f.session, &Session::loginFinished);
        const QUrl back = f.browser.signIn(f.begin(Redirect::AppLink), true);
        bool sent = false;
        std::thread other([&] { sent = RedirectRelay::send(back, name); });
        QVERIFY(f.finish(finished));
        other.join();
        QVERIFY(sent);
        QCOMPARE(f.session.state(), State::Connected);
        // Nobody listening: the second process learns it.
        relay.close();
        QVERIFY(!RedirectRelay::send(back, name, 500));
    }

    void forgedStateIsNotUsed()
    {
        Fixture f;
        QVERIFY(f.server.start(0));
        QSignalSpy finished(&f.session, &Session::loginFinished);
        const QUrl back = f.browser.signIn(f.begin(Redirect::Loopback), true);
        f.browser.open(withState(back, u"forged"_s));
        Error e;
        QVERIFY(!f.finish(finished, &e));
        QCOMPARE(e.kind, Error::Kind::SingleSignOn);
        QCOMPARE(e.userMessage(),
            u"The answer from the sign-in page belongs to another login (its state differs), so "
            "it was not used and nothing was sent to %1. Log in again."_s.arg(f.api()));
        QCOMPARE(f.session.state(), State::Disconnected);
        QVERIFY(f.server.sessionTokens(DevServer::adminEmail()).isEmpty());
    }

    void deniedConsent()
    {
        Fixture f;
        QVERIFY(f.server.start(0));
        QSignalSpy finished(&f.session, &Session::loginFinished);
        const QUrl back = f.browser.signIn(f.begin(Redirect::Loopback), false);
        QCOMPARE(QUrlQuery(back).queryItemValue(u"error"_s), u"access_denied"_s);
        f.browser.open(back);
        Error e;
        QVERIFY(!f.finish(finished, &e));
        QCOMPARE(e.userMessage(),
            u"The single sign-on provider refused the login (access_denied: The user denied the "
            "request). Nothing was changed. Log in again, or ask the server's administrator."_s);
        QCOMPARE(e.suggestedAction(), Error::Action::LogInAgain);
        QVERIFY(f.server.sessionTokens(DevServer::adminEmail()).isEmpty());
    }

    void expiredCode()
    {
        TidemarkDev::LoginOptions o = Fixture::ssoOnly();
        o.oauthCodeLifetimeMs = 1;
        Fixture f(o);
        QVERIFY(f.server.start(0));
        QSignalSpy finished(&f.session, &Session::loginFinished);
        const QUrl back = f.browser.signIn(f.begin(Redirect::Loopback), true);
        QTest::qWait(20);
        f.browser.open(back);
        Error e;
        QVERIFY(!f.finish(finished, &e));
        QCOMPARE(e.kind, Error::Kind::SingleSignOn);
        QCOMPARE(e.httpStatus, 500);
        QCOMPARE(e.userMessage(),
            u"%1 could not finish the single sign-on (it said: Failed to finish oauth). The "
            "sign-in code may have expired (they last a few minutes) or been used already. Log "
            "in again."_s.arg(f.api()));
        QVERIFY(f.server.sessionTokens(DevServer::adminEmail()).isEmpty());
    }

    void pastedAddressWithoutCode()
    {
        Fixture f;
        QVERIFY(f.server.start(0));
        QSignalSpy finished(&f.session, &Session::loginFinished);
        const QUrl page = f.begin(Redirect::AppLink);
        const QString state = QUrlQuery(page).queryItemValue(u"state"_s, QUrl::FullyDecoded);
        f.session.completeSingleSignOn(QUrl(u"app.immich:///oauth-callback?state="_s + state));
        Error e;
        QVERIFY(!f.finish(finished, &e));
        QCOMPARE(e.userMessage(),
            u"The address carries no sign-in code (app.immich:///oauth-callback). Paste the whole "
            "address the browser ended on, or log in again."_s);
    }

    void serverWithoutSingleSignOn()
    {
        Fixture f(TidemarkDev::LoginOptions {});
        QVERIFY(f.server.start(0));
        QSignalSpy finished(&f.session, &Session::loginFinished);
        QSignalSpy waiting(&f.session, &Session::singleSignOnWaiting);
        f.session.logInWithSingleSignOn(f.url(), Redirect::Loopback);
        Error e;
        QVERIFY(!f.finish(finished, &e));
        QVERIFY(waiting.isEmpty());
        QCOMPARE(e.userMessage(),
            u"%1 does not offer single sign-on. Log in with a password or an API key."_s.arg(
                f.api()));
    }

    void browserNeverFinishes()
    {
        Fixture f;
        QVERIFY(f.server.start(0));
        f.session.setSingleSignOnWaitLimitMs(200);
        QSignalSpy finished(&f.session, &Session::loginFinished);
        QVERIFY(f.begin(Redirect::Loopback).isValid());
        Error e;
        QVERIFY(!f.finish(finished, &e));
        QCOMPARE(e.userMessage(),
            u"The sign-in in the browser was not finished in time, so this login was stopped. "
            "Log in again when you are ready."_s);
    }

    //! Anything but the browser's answer gets a page that says so, and is not taken as one.
    void listenerRefusesOtherRequests()
    {
        LoopbackRedirectListener listener;
        QVERIFY(listener.listen());
        QSignalSpy redirected(&listener, &LoopbackRedirectListener::redirected);
        // The client in a thread of its own: the listener answers on this thread's event loop.
        const quint16 port = quint16(listener.redirectUri().port());
        auto ask = [port](const QByteArray &request) -> QByteArray {
            QByteArray answer;
            std::atomic<bool> done = false;
            std::thread client([&] {
                QTcpSocket socket;
                socket.connectToHost(QHostAddress::LocalHost, port);
                if (socket.waitForConnected(5000)) {
                    socket.write(request);
                    socket.waitForBytesWritten(5000);
                    while (socket.waitForReadyRead(5000))
                        answer += socket.readAll();
                }
                done = true;
            });
            for (int waited = 0; !done && waited < 15000; waited += 10)
                QTest::qWait(10);
            client.join();
            return answer;
        };
        const QByteArray post = ask("POST /oauth-callback?code=x HTTP/1.1\r\nHost: a\r\n\r\n");
        QVERIFY2(post.startsWith("HTTP/1.1 400"), post.constData());
        QVERIFY(post.contains("Bad request"));
        QVERIFY(post.contains("This address only takes a browser&#39;s answer from a sign-in page.")
            || post.contains("This address only takes a browser's answer from a sign-in page."));
        const QByteArray other = ask("GET /favicon.ico HTTP/1.1\r\nHost: a\r\n\r\n");
        QVERIFY2(other.startsWith("HTTP/1.1 404"), other.constData());
        QVERIFY(other.contains("Not found"));
        QVERIFY(other.contains("Nothing is here."));
        QCOMPARE(redirected.size(), 0);
        // The real answer still gets through afterwards.
        const QByteArray answer
            = ask("GET /oauth-callback?code=c&state=s HTTP/1.1\r\nHost: a\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        QVERIFY(answer.contains("Tidemark received the answer of the sign-in page"));
        QCOMPARE(redirected.size(), 1);
    }

    void cancelled()
    {
        Fixture f;
        QVERIFY(f.server.start(0));
        QSignalSpy finished(&f.session, &Session::loginFinished);
        const QUrl page = f.begin(Redirect::Loopback);
        f.session.cancelSingleSignOn();
        Error e;
        QVERIFY(!f.finish(finished, &e));
        QCOMPARE(e.kind, Error::Kind::Cancelled);
        QCOMPARE(e.userMessage(), u"Cancelled (single sign-on)."_s);
        // A late answer of the cancelled login changes nothing.
        f.browser.open(f.browser.signIn(page, true));
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(f.session.state(), State::Disconnected);
    }
};

QTEST_GUILESS_MAIN(SessionSingleSignOnTest)
#include "session_single_sign_on.moc"
