// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// AddressPicker: which of an account's addresses to use now, as Immich's mobile app switches
// between a home (LAN) address and a public one. Every address is checked at once (ServerCheck:
// ping, version, login options, version history, each with a short timeout); the first in the
// person's order that answers *and* is the same installation wins. Nothing secret is sent during
// the check, so an address that turns out to be another machine never sees a token.
//
// The same installation: the oldest row of the server's version history (ServerProbe::identity,
// an id the server made when it was first installed; it survives upgrades and differs between
// installations). An account that has no identity recorded yet trusts only its primary address
// (the one the person logged in at).

#include "api/ServerAccess.h"
#include "session/ServerProbe.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

namespace Tidemark {

struct AddressChoice
{
    QString address; //!< the chosen ".../api" base; empty when none works
    ServerProbe probe; //!< of the chosen address; of the primary one when none works
    QList<ServerProbe> otherServers; //!< answered, but another installation: never used
    QList<ServerProbe> unreachable; //!< no answer, or not an Immich server
    bool ok() const { return !address.isEmpty(); }
    //! Why none works: another installation when one answered as such (it was never sent a
    //! token), else the failure of the account's own address.
    Error error() const;
};

class AddressPicker
{
public:
    //! `addresses` in the person's order; `primary` is trusted without an identity (may be empty
    //! when every address must match `identity`). done() runs from the event loop.
    static void run(QObject *context, const QStringList &addresses, const QString &primary,
        const QString &identity, int timeoutMs, std::function<void(const AddressChoice &)> done,
        const ServerAccess &access = {});
    //! The same installation as `identity` (or, without one, the primary address itself)?
    static bool sameServer(
        const ServerProbe &probe, const QString &primary, const QString &identity);
};

} // namespace Tidemark

Q_DECLARE_METATYPE(Tidemark::AddressChoice)
