// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunPhaseText.h"

#include "sync/SyncTypesUi.h"

#include <QCoreApplication>

namespace Tidemark {

namespace {
// The context the run words have always been translated in (core/sync/SyncTypesUi.cpp).
struct RunWords
{
    Q_DECLARE_TR_FUNCTIONS(Tidemark::RunWords)
};
} // namespace

QString runPhaseText(const RunProgress &p)
{
    switch (p.phase) {
    case RunPhase::None:
        return {};
    case RunPhase::Connecting:
        return RunWords::tr("connecting");
    case RunPhase::Streaming:
        return RunWords::tr("streaming");
    case RunPhase::Committing:
        return RunWords::tr("committing");
    case RunPhase::Acking:
        return RunWords::tr("acknowledging");
    case RunPhase::WaitingToRetry:
        return RunWords::tr("waiting to retry");
    case RunPhase::RetryingIn:
        return RunWords::tr("retrying in %1 s").arg(p.retryInSeconds);
    case RunPhase::ListingOwners:
        return RunWords::tr("listing owners");
    case RunPhase::PagingOwner:
        return RunWords::tr("paging owner %1").arg(p.phaseOwner);
    case RunPhase::AskingForChanges:
        return RunWords::tr("asking for changes");
    }
    return {};
}

} // namespace Tidemark
