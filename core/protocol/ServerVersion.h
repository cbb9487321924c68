// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The server's version, from `GET /api/server/version` → {"major":2,"minor":7,"patch":5}.
// Everything the client may send depends on it (see ServerCapabilities), so it is a small value
// type with a total order.

#include "util/Expected.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <compare>

namespace Tidemark {

struct ServerVersion
{
    int major = 0;
    int minor = 0;
    int patch = 0;

    constexpr ServerVersion() = default;
    constexpr ServerVersion(int ma, int mi, int pa) : major(ma), minor(mi), patch(pa) { }

    //! 0.0.0 is "unknown" (never a real Immich release).
    constexpr bool isValid() const { return major > 0 || minor > 0 || patch > 0; }
    //! "1.135.3".
    QString toString() const;

    //! From the JSON object; Malformed naming the member when one is missing or not an integer.
    static Expected<ServerVersion> fromJson(const QJsonObject &object);
    static Expected<ServerVersion> fromJson(const QByteArray &body);
    //! "1.135.3" or "v1.135.3"; invalid version for anything else.
    static ServerVersion fromString(QStringView text);

    friend constexpr auto operator<=>(const ServerVersion &, const ServerVersion &) = default;
    friend constexpr bool operator==(const ServerVersion &, const ServerVersion &) = default;
};

} // namespace Tidemark
