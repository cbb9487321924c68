// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddressPicker.h"

#include "protocol/ServerUrl.h"
#include "session/ServerCheck.h"

#include <QPointer>

#include <memory>
#include <optional>

namespace Tidemark {

namespace {
QString normalised(const QString &address)
{
    const Expected<ServerUrl> url = ServerUrl::parse(address);
    return url ? url->toString() : address;
}
} // namespace

Error AddressChoice::error() const
{
    if (ok())
        return {};
    if (!otherServers.isEmpty())
        return Error::make(Error::Kind::OtherServer, otherServers.first().apiBase);
    if (probe.error.isError())
        return probe.error;
    return Error::make(Error::Kind::OtherServer, probe.apiBase);
}

bool AddressPicker::sameServer(
    const ServerProbe &probe, const QString &primary, const QString &identity)
{
    if (probe.error.isError())
        return false;
    if (!identity.isEmpty())
        return probe.identity == identity;
    return !primary.isEmpty() && probe.apiBase == normalised(primary);
}

void AddressPicker::run(QObject *context, const QStringList &addresses, const QString &primary,
    const QString &identity, int timeoutMs, std::function<void(const AddressChoice &)> done,
    const ServerAccess &access)
{
    struct State
    {
        QStringList addresses;
        QList<std::optional<ServerProbe>> probes;
        bool finished = false;
    };
    auto state = std::make_shared<State>();
    state->addresses = addresses;
    state->probes.resize(addresses.size());
    if (addresses.isEmpty()) {
        QMetaObject::invokeMethod(
            context, [done] { done({}); }, Qt::QueuedConnection);
        return;
    }
    auto decide = [state, primary, identity, done]() {
        if (state->finished)
            return;
        AddressChoice choice;
        for (qsizetype i = 0; i < state->probes.size(); ++i) {
            if (!state->probes[i])
                return; // an address earlier in the order has not answered yet: wait for it
            const ServerProbe &p = *state->probes[i];
            if (sameServer(p, primary, identity)) {
                choice.address = p.apiBase;
                choice.probe = p;
                break;
            }
        }
        state->finished = true;
        for (const std::optional<ServerProbe> &p : std::as_const(state->probes)) {
            if (!p || p->apiBase == choice.address)
                continue;
            if (p->error.isError())
                choice.unreachable << *p;
            else
                choice.otherServers << *p;
        }
        if (!choice.ok()) {
            const QString main = normalised(primary);
            for (const std::optional<ServerProbe> &p : std::as_const(state->probes))
                if (p && (p->apiBase == main || p->input == primary))
                    choice.probe = *p;
            if (!choice.probe.error.isError() && choice.probe.apiBase.isEmpty()
                && state->probes.first())
                choice.probe = *state->probes.first();
        }
        done(choice);
    };
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        ServerCheck::run(
            context, addresses[i], timeoutMs,
            [state, i, decide](const ServerProbe &p) {
                state->probes[i] = p;
                decide();
            },
            access);
    }
}

} // namespace Tidemark
