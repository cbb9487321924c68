// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a server check found before anyone logs in: the address as normalised, the version and
// what it allows, and how people log in there (password on/off, single sign-on and its button's
// words). The window's connect dialog and `tidemark login` both show it.

#include "api/ApiDtos.h"
#include "protocol/ServerCapabilities.h"
#include "protocol/ServerVersion.h"
#include "util/Error.h"

#include <QMetaType>
#include <QString>

namespace Tidemark {

struct ServerProbe
{
    QString input; //!< what the person typed
    QString apiBase; //!< normalised ".../api"; empty when the URL is invalid
    ServerVersion version;
    ServerCapabilities capabilities;
    //! From /server/features and /server/config; the defaults (password login on, no single
    //! sign-on) when loginOptionsKnown is false (a proxy that hides them, a server that fails
    //! them).
    ServerFeatures features;
    ServerConfig config;
    bool loginOptionsKnown = false;
    //! The installation's identity: the id of the oldest row of `GET /server/version-history`
    //! (made once, at the server's first start; it survives upgrades). Empty when the server
    //! does not tell (a proxy that hides it).
    QString identity;
    Error error; //!< set when the check failed (ping or version)

    bool ok() const { return !error.isError(); }
};

} // namespace Tidemark

Q_DECLARE_METATYPE(Tidemark::ServerProbe)
