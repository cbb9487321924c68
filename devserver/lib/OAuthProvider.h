// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Single sign-on, both halves, so that a whole OAuth login runs over loopback in tests and the
// demo:
//
//  * Immich's side: `POST /api/oauth/authorize` {redirectUri, state, codeChallenge} answers the
//    provider's sign-in address; `POST /api/oauth/callback` {url, state, codeVerifier} checks the
//    state, exchanges the code and answers a new session (LoginResponseDto, 201);
//    `GET /api/oauth/mobile-redirect` sends the browser on to app.immich:///oauth-callback.
//  * A small OpenID-Connect-like provider: `GET /oidc/authorize` (a consent page with Allow and
//    Deny links), `GET /oidc/consent` (302 to the redirect address with ?code&state, or
//    ?error=access_denied&state), `POST /oidc/token` (form: grant_type, code, redirect_uri,
//    code_verifier; codes are single-use, expire after LoginOptions::oauthCodeLifetimeMs and
//    must match the PKCE challenge).
//
// The error bodies follow Immich where known ("OAuth is not enabled", "OAuth state is missing")
// and OAuth 2.0 on the provider's side (invalid_grant, invalid_request).

#include "HttpMessage.h"

#include <QHash>
#include <QString>

#include <optional>

namespace TidemarkDev {

class ServerState;

class OAuthProvider
{
public:
    struct Request
    {
        QString redirectUri, state, codeChallenge;
    };
    struct Code
    {
        QString redirectUri, codeChallenge;
        int user = -1;
        qint64 expiresAtMs = 0;
    };
    struct State
    {
        QHash<QString, Request> requests; //!< consent pages shown, by request id
        QHash<QString, Code> codes; //!< codes issued, not yet exchanged
    };

    //! The OAuth routes; nullopt for every other request. Lock held.
    static std::optional<HttpResponse> handle(
        ServerState &state, const HttpRequest &request, const QByteArray &cid);
};

} // namespace TidemarkDev
