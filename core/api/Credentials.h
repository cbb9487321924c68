// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a request authenticates with. Two kinds, sent differently (docs/dev/protocol.md,
// "Sessions"):
// - a session token from `POST /auth/login` → `Authorization: Bearer <token>`;
// - an API key → `x-api-key: <key>`.
// The difference matters: the stream and the three `/sync/ack` endpoints refuse API keys
// (403 "Sync endpoints cannot be used with API keys"), because checkpoints belong to a session.
//
// The secret is never logged, never put in a URL and never sent to another origin.

#include <QString>

namespace Tidemark {

struct Credentials
{
    enum class Kind { None, SessionToken, ApiKey };

    Kind kind = Kind::None;
    QString secret;

    static Credentials sessionToken(const QString &token) { return {Kind::SessionToken, token}; }
    static Credentials apiKey(const QString &key) { return {Kind::ApiKey, key}; }

    bool isEmpty() const { return kind == Kind::None || secret.isEmpty(); }
    bool isSession() const { return kind == Kind::SessionToken && !secret.isEmpty(); }
    bool isApiKey() const { return kind == Kind::ApiKey && !secret.isEmpty(); }
};

} // namespace Tidemark
