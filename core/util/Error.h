// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Errors are values. Every failure that leaves the network, protocol, mirror or sync layers is an
// Error: what kind of failure, the HTTP status and the server's own words when there were any,
// and where it happened (the request, or the byte offset and line of a malformed stream body).
// The UI turns it into one sentence and one action (userMessage(), suggestedAction()).

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Tidemark {

struct Error
{
    enum class Kind {
        None, //!< not an error
        Network, //!< connection refused/reset/cut, host not found
        Timeout, //!< no bytes for longer than the inactivity timeout
        Tls, //!< certificate or handshake failure
        Http, //!< the server answered with a non-success status
        Malformed, //!< the body is not what the protocol says (bad JSON, missing keys, bad line)
        Unsupported, //!< the server's version cannot do what was asked
        ApiKeyRefused, //!< 403 "Sync endpoints cannot be used with API keys"
        Unauthorized, //!< 401: token invalid or revoked, or wrong password
        Storage, //!< the local mirror could not be written or read
        Cancelled, //!< the user (or the program) cancelled
        Redirect, //!< a redirect to another origin was refused
        InvalidInput, //!< bad input from the user (URL, dates, ids)
        Busy, //!< another Tidemark process is writing this mirror (detail = its pid)
        NotImmich, //!< something answered at the address, but not as an Immich server does
        NoTls, //!< https:// to a port that speaks plain HTTP (no TLS handshake at all)
        ClosedEarly, //!< the server was reached, but it ended the stream before it was complete
        PasswordLoginOff, //!< the server accepts only single sign-on: no password was sent
        //! A single sign-on (OAuth) login failed; detail says at which step: "off" (the server
        //! offers none), "listen" (no loopback port), "state" (the answer belongs to another
        //! login), "denied" (the provider refused; serverMessages has its words), "no-code" (the
        //! pasted address has no code), "callback" (the server could not finish: an expired or
        //! used code), "timeout" (not finished in the browser in time)
        SingleSignOn,
        //! An address of the account answered, but as another installation (its version history
        //! differs): no credentials were sent there
        OtherServer,
        //! Mutual TLS went wrong; detail says how: "file" (the account's PKCS#12 file cannot be
        //! used; serverMessages has the sentence that says why), "required" (the server asks for
        //! a certificate and none was shown), "refused" (the server did not accept the one shown)
        ClientCertificate
    };
    enum class Action { None, Retry, LogInAgain, Reset, CheckSettings, UpgradeServer, FreeDisk };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QStringList serverMessages; //!< `message` from the error body (string or array)
    QString serverError; //!< `error` from the error body ("Bad Request")
    QString correlationId; //!< `correlationId` from the body or `x-immich-cid`
    QString detail; //!< our own technical detail (Qt error string, parse error)
    QString where; //!< "POST /api/sync/stream", "mirror: assets", …
    qint64 byteOffset = -1; //!< for Malformed stream bodies
    qint64 lineNumber = -1; //!< for Malformed stream bodies
    int retryAfterSeconds = -1; //!< from `Retry-After` when the server sent one
    //! Tls: SHA-256 fingerprint ("AB:CD:…") of the certificate the server presented, so that a
    //! person can compare it and pin it (CertificatePins). Not a secret.
    QString certificateSha256;

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    //! Network, Timeout, 5xx, 408, 429: worth trying again later.
    bool isTransient() const;

    //! One sentence for a person (translated), naming what went wrong and where.
    QString userMessage() const;
    //! What the person should do next.
    Action suggestedAction() const;
    //! Every field, for "details" and logs (never contains credentials).
    QString technicalDetails() const;

    static Error none() { return {}; }
    static Error make(Kind kind, QString where, QString detail = {});
    //! A ClientCertificate error: step is "file", "required" or "refused" (see Kind).
    static Error clientCertificate(const QString &step, const QString &why, QString where);
    //! Builds an Http/Unauthorized/ApiKeyRefused error from a status and an Immich error body
    //! ({"message": string|[string], "error", "statusCode", "correlationId"}); tolerant of any
    //! body.
    static Error fromHttp(
        int status, const QByteArray &body, QString where, QString correlationHeader = {});
    //! Seconds from a `Retry-After` value: delta-seconds or an HTTP-date (relative to `now`);
    //! -1 when absent or unreadable, 0 for dates in the past.
    static int parseRetryAfter(const QByteArray &value, const QDateTime &now);
    //! Reads back the text technicalDetails() wrote (the run history stores that text, so that
    //! the sentence can be made again in the language of the day); kind None when `text` is not
    //! in that form.
    static Error fromTechnicalDetails(const QString &text);
};

QString kindName(Error::Kind kind);

} // namespace Tidemark

Q_DECLARE_METATYPE(Tidemark::Error)
