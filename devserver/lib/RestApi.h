// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The endpoints: turns one HttpRequest into one HttpResponse (or a stream to pump).

#include "HttpMessage.h"

#include <QStringList>

namespace TidemarkDev {

class Library;
class ServerState;

class RestApi
{
public:
    //! Takes the state lock itself. The response's correlationId is always set.
    static HttpResponse handle(ServerState &state, const HttpRequest &request);
    static QByteArray newCorrelationId();
    static QByteArray reasonPhrase(int status);
    //! NestJS-style error body; `messages` non-empty = validation array, else `message` string.
    static HttpResponse error(int status, const QString &message, const QByteArray &cid,
        const QStringList &messages = {});
    static HttpResponse json(int status, const QByteArray &body, const QByteArray &cid);
    //! A new session for `user`, answered as LoginResponseDto (201) with Immich's cookies; auth
    //! type "password" or "oauth". Lock held.
    static HttpResponse loginResponse(
        Library &lib, int user, const QByteArray &cid, const QByteArray &authType);
};

} // namespace TidemarkDev
