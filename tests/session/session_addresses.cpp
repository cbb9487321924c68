// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// An account with a home (LAN) address and a public (WAN) one, over loopback: the LAN address is
// a TcpForwarder in front of the dev server, the WAN address the server itself. The session uses
// the first address that answers and is the same installation; moves to the WAN address when the
// LAN one fails; comes back when the LAN answers again; and never sends a token to another
// server found at the LAN address.
#include "account/SecretStore.h"
#include "api/GetMyUserJob.h"
#include "api/ImmichClient.h"
#include "session/Session.h"

#include "DevServer.h"
#include "SessionTestEnv.h"
#include "TcpForwarder.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidemark;
using namespace Qt::StringLiterals;
using TidemarkDev::DevServer;
using TidemarkTest::TcpForwarder;
using State = Session::State;

namespace {

struct Fixture : Test::SessionTestEnv
{
    Fixture() : SessionTestEnv(u"tidemark-address-test"_s) { session.setAddressTimeoutMs(2000); }
    QString wan() const { return server.baseUrl().toString() + u"/api"_s; }

    bool logIn() { return SessionTestEnv::logIn(adminLogin()); }
    //! Checks the server again and waits until the session settled.
    bool settle()
    {
        QSignalSpy states(&session, &Session::stateChanged);
        session.verify();
        return QTest::qWaitFor(
            [&] {
                return session.state() == State::Connected || session.state() == State::Offline
                    || session.state() == State::NeedsLogin;
            },
            15000);
    }
    //! A request with the session that fails the way a cut network does: the session hears it.
    void failOnce()
    {
        GetMyUserJob *job = session.client()->getMyUser();
        QObject::connect(
            job, &ApiJob::failed, &session, [this](const Error &e) { session.noteError(e); });
        QSignalSpy done(job, &ApiJob::finished);
        done.wait(15000);
    }
};

} // namespace

class SessionAddressesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lanFirstWanWhenLanIsGoneLanAgainWhenBack()
    {
        Fixture f;
        QVERIFY(f.server.start(0));
        TcpForwarder lan(f.server.port());
        QVERIFY(lan.listen());
        const QString lanApi = lan.url().toString() + u"/api"_s;
        QVERIFY(f.logIn());
        QCOMPARE(f.session.account().serverIdentity, f.server.installationId());
        QCOMPARE(f.session.currentAddress(), f.wan());

        QSignalSpy moved(&f.session, &Session::addressChanged);
        f.session.setAddresses({lan.url().toString(), f.server.baseUrl().toString()});
        QCOMPARE(f.session.account().addresses, (QStringList {lanApi, f.wan()}));
        QTRY_COMPARE_WITH_TIMEOUT(f.session.currentAddress(), lanApi, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(f.session.state(), State::Connected, 15000);
        QVERIFY(!moved.isEmpty());
        QCOMPARE(f.session.client()->serverUrl().toString(), lanApi);
        // A later start reads the saved order.
        QCOMPARE(
            f.accounts.account(f.session.account().id).addresses, (QStringList {lanApi, f.wan()}));

        // The LAN is gone: the next failing request moves the session to the WAN address.
        lan.close();
        f.failOnce();
        QTRY_COMPARE_WITH_TIMEOUT(f.session.currentAddress(), f.wan(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(f.session.state(), State::Connected, 15000);

        // The LAN is back: the session notices on its next look and goes home.
        f.session.setAddressRecheckMs(100);
        QVERIFY(lan.listen(lan.port()));
        QTRY_COMPARE_WITH_TIMEOUT(f.session.currentAddress(), lanApi, 15000);
        QCOMPARE(f.session.state(), State::Connected);
    }

    void anotherServerAtTheLanAddressNeverSeesTheToken()
    {
        Fixture f;
        QVERIFY(f.server.start(0));
        DevServer other; // someone else's Immich, at the address that is home elsewhere
        TidemarkDev::LibrarySpec spec;
        spec.ownAssets = 1;
        spec.partnerAssets = 0;
        other.generateLibrary(spec);
        QVERIFY(other.start(0));
        QVERIFY(other.installationId() != f.server.installationId());
        QVERIFY(f.logIn());
        const qint64 before = other.credentialedRequestCount();

        QSignalSpy checked(&f.session, &Session::addressesChecked);
        f.session.setAddresses({other.baseUrl().toString(), f.server.baseUrl().toString()});
        QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(f.session.state(), State::Connected, 15000);
        QCOMPARE(f.session.currentAddress(), f.wan());
        const AddressChoice choice = checked.last().at(0).value<AddressChoice>();
        QCOMPARE(choice.otherServers.size(), 1);
        QCOMPARE(choice.otherServers.first().apiBase, other.baseUrl().toString() + u"/api"_s);
        QCOMPARE(other.credentialedRequestCount(), before);

        // Only the other server answers: offline, with the reason, and still no token sent.
        f.server.stop();
        QVERIFY(f.settle());
        QCOMPARE(f.session.state(), State::Offline);
        QCOMPARE(f.session.lastError(),
            u"%1 answers, but it is another Immich installation than the one this account "
            "belongs to (its version history differs), so Tidemark did not send your session "
            "there."_s.arg(other.baseUrl().toString() + u"/api"_s));
        QCOMPARE(other.credentialedRequestCount(), before);
    }

    void accountWithoutIdentityTrustsItsPrimaryAddressFirst()
    {
        Fixture f;
        QVERIFY(f.server.start(0));
        TcpForwarder lan(f.server.port());
        QVERIFY(lan.listen());
        const QString lanApi = lan.url().toString() + u"/api"_s;
        QVERIFY(f.logIn());
        // As an account saved before identities were recorded.
        AccountInfo old = f.session.account();
        old.serverIdentity.clear();
        old.addresses = {lanApi, f.wan()};
        old = f.accounts.save(old);
        Session later(f.accounts, &f.secrets);
        later.setAddressTimeoutMs(2000);
        later.open(old);
        QTRY_COMPARE_WITH_TIMEOUT(later.state(), State::Connected, 15000);
        QCOMPARE(later.currentAddress(), f.wan()); // the LAN address is not trusted yet
        QCOMPARE(later.account().serverIdentity, f.server.installationId()); // learnt from it
        later.verify();
        QTRY_COMPARE_WITH_TIMEOUT(later.currentAddress(), lanApi, 15000);
    }
};

QTEST_GUILESS_MAIN(SessionAddressesTest)
#include "session_addresses.moc"
