// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ServerUrl: the one place where what a person types as "server address" becomes the API base.
//
// People type `photos.example.com`, `192.168.1.5:2283`, `https://photos.example.com/api/`, or
// paste a browser address such as `https://photos.example.com/photos/<id>`. Immich serves its API
// only at `<origin>/api` (it cannot live under a sub-path), so everything after the origin is
// dropped and "/api" is appended. Without a scheme we assume https: a typo must not send a
// password in clear text over a network. Loopback hosts (localhost, 127.0.0.0/8, ::1) default to
// http because a local server rarely has a certificate and the traffic never leaves the machine.
//
// The origin (scheme, host, port) is also the trust boundary of the client: credentials are only
// ever sent to URLs for which sameOrigin() is true (see ApiJob's redirect handling).

#include "util/Expected.h"

#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace Tidemark {

class ServerUrl
{
public:
    //! An invalid ServerUrl (isValid() == false).
    ServerUrl() = default;

    //! Normalises user input. InvalidInput with a sentence naming the problem for garbage:
    //! empty input, an unsupported scheme, credentials in the URL, a bad host or port.
    static Expected<ServerUrl> parse(QStringView input);

    bool isValid() const { return !m_origin.isEmpty(); }
    //! "https://photos.example.com" or "http://localhost:2283" (no trailing slash, no default
    //! port).
    QUrl origin() const { return m_origin; }
    //! origin() + "/api".
    QUrl baseUrl() const;
    //! baseUrl() + "/" + path (path relative to /api, with or without a leading '/'), plus query.
    QUrl apiUrl(QStringView path, const QUrlQuery &query = {}) const;
    //! True when url has the same scheme, host and (effective) port as this server.
    bool sameOrigin(const QUrl &url) const;

    QString scheme() const { return m_origin.scheme(); }
    QString host() const { return m_origin.host(); }
    //! Effective port (443/80 when the default is used).
    int port() const;
    bool isLoopback() const;
    //! baseUrl() as text, for display and for storing in settings.
    QString toString() const;
    //! The path typed after the host that parse() dropped ("/photos"), empty when there was none
    //! or it was only "/api": the person is told, since their address is not the one used.
    QString droppedPath() const { return m_droppedPath; }

    friend bool operator==(const ServerUrl &a, const ServerUrl &b)
    {
        return a.m_origin == b.m_origin;
    }
    friend bool operator!=(const ServerUrl &a, const ServerUrl &b) { return !(a == b); }

    //! Loopback check on a bare host name or address ("localhost", "127.0.0.1", "::1").
    static bool isLoopbackHost(QStringView host);

private:
    QUrl m_origin;
    QString m_droppedPath;
};

} // namespace Tidemark
