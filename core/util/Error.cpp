// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Tidemark {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Tidemark::Error", text);
}
} // namespace

bool Error::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::ClosedEarly:
        return true;
    case Kind::Http:
        return httpStatus >= 500 || httpStatus == 408 || httpStatus == 429;
    default:
        return false;
    }
}

Error Error::clientCertificate(const QString &step, const QString &why, QString where)
{
    Error e = make(Kind::ClientCertificate, std::move(where), step);
    if (!why.isEmpty())
        e.serverMessages = {why};
    return e;
}

Error Error::make(Kind kind, QString where, QString detail)
{
    Error e;
    e.kind = kind;
    e.where = std::move(where);
    e.detail = std::move(detail);
    return e;
}

Error Error::fromHttp(int status, const QByteArray &body, QString where, QString correlationHeader)
{
    Error e;
    e.kind = Kind::Http;
    e.httpStatus = status;
    e.where = std::move(where);
    e.correlationId = std::move(correlationHeader);
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        const QJsonValue msg = o.value(QLatin1StringView("message"));
        if (msg.isString())
            e.serverMessages << msg.toString();
        else if (msg.isArray())
            for (const QJsonValue &v : msg.toArray())
                e.serverMessages << v.toString();
        e.serverError = o.value(QLatin1StringView("error")).toString();
        const QString cid = o.value(QLatin1StringView("correlationId")).toString();
        if (!cid.isEmpty())
            e.correlationId = cid;
    } else if (!body.isEmpty()) {
        e.detail = QString::fromUtf8(body.left(200));
    }
    if (status == 401)
        e.kind = Kind::Unauthorized;
    else if (status == 403
        && e.serverMessages.contains(
            QLatin1StringView("Sync endpoints cannot be used with API keys")))
        e.kind = Kind::ApiKeyRefused;
    return e;
}

int Error::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(qMin<qint64>(seconds, 365ll * 24 * 3600));
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (RFC 9110 IMF-fixdate).
    // Qt's RFC 2822 parser wants a numeric zone; HTTP dates always say "GMT".
    QString text = QString::fromLatin1(v);
    if (text.endsWith(QLatin1StringView(" GMT")) || text.endsWith(QLatin1StringView(" UTC")))
        text = text.chopped(4) + QLatin1StringView(" +0000");
    const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    const qint64 delta = now.secsTo(when);
    return delta < 0 ? 0 : int(qMin<qint64>(delta, 365ll * 24 * 3600));
}

QString kindName(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::None:
        return QStringLiteral("none");
    case Error::Kind::Network:
        return QStringLiteral("network");
    case Error::Kind::Timeout:
        return QStringLiteral("timeout");
    case Error::Kind::Tls:
        return QStringLiteral("tls");
    case Error::Kind::Http:
        return QStringLiteral("http");
    case Error::Kind::Malformed:
        return QStringLiteral("malformed");
    case Error::Kind::Unsupported:
        return QStringLiteral("unsupported");
    case Error::Kind::ApiKeyRefused:
        return QStringLiteral("api-key-refused");
    case Error::Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Error::Kind::Storage:
        return QStringLiteral("storage");
    case Error::Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Error::Kind::Redirect:
        return QStringLiteral("redirect");
    case Error::Kind::InvalidInput:
        return QStringLiteral("invalid-input");
    case Error::Kind::Busy:
        return QStringLiteral("busy");
    case Error::Kind::NotImmich:
        return QStringLiteral("not-immich");
    case Error::Kind::NoTls:
        return QStringLiteral("no-tls");
    case Error::Kind::ClosedEarly:
        return QStringLiteral("closed-early");
    case Error::Kind::PasswordLoginOff:
        return QStringLiteral("password-login-off");
    case Error::Kind::SingleSignOn:
        return QStringLiteral("single-sign-on");
    case Error::Kind::OtherServer:
        return QStringLiteral("other-server");
    case Error::Kind::ClientCertificate:
        return QStringLiteral("client-certificate");
    }
    return {};
}

//! The sentence of each step a single sign-on can fail at (Error::Kind::SingleSignOn).
static QString singleSignOnMessage(const Error &e, const QString &server)
{
    const QString words = server.isEmpty() ? e.serverError : server;
    if (e.detail == QLatin1StringView("off"))
        return tr("%1 does not offer single sign-on. Log in with a password or an API "
                  "key.")
            .arg(e.where);
    if (e.detail == QLatin1StringView("listen"))
        return tr("Tidemark could not wait for the browser's answer on this computer "
                  "(%1). Choose Immich's app link instead, or paste the address the "
                  "browser ends on.")
            .arg(words);
    if (e.detail == QLatin1StringView("state"))
        return tr("The answer from the sign-in page belongs to another login (its state "
                  "differs), so it was not used and nothing was sent to %1. Log in "
                  "again.")
            .arg(e.where);
    if (e.detail == QLatin1StringView("denied"))
        return tr("The single sign-on provider refused the login (%1). Nothing was "
                  "changed. Log in again, or ask the server's administrator.")
            .arg(words);
    if (e.detail == QLatin1StringView("no-code"))
        return tr("The address carries no sign-in code (%1). Paste the whole address "
                  "the browser ended on, or log in again.")
            .arg(words);
    if (e.detail == QLatin1StringView("callback"))
        return tr("%1 could not finish the single sign-on (it said: %2). The sign-in "
                  "code may have expired (they last a few minutes) or been used "
                  "already. Log in again.")
            .arg(e.where, words);
    if (e.detail == QLatin1StringView("timeout"))
        return tr("The sign-in in the browser was not finished in time, so this login was "
                  "stopped. Log in again when you are ready.");
    return tr("Single sign-on failed at %1: %2.").arg(e.where, words);
}

QString Error::userMessage() const
{
    const QString server = serverMessages.join(QLatin1StringView("; "));
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return tr("Could not reach the server (%1): %2.").arg(where, detail);
    case Kind::Timeout:
        return tr("The server stopped sending data (%1); the connection timed out.").arg(where);
    case Kind::Tls:
        if (!certificateSha256.isEmpty())
            return tr("The server's certificate was not accepted (%1): %2. Its SHA-256 fingerprint "
                      "is %3.")
                .arg(where, detail, certificateSha256);
        return tr("The server's certificate was not accepted (%1): %2.").arg(where, detail);
    case Kind::Http:
        if (!server.isEmpty())
            return tr("The server refused %1 with status %2: %3.")
                .arg(where)
                .arg(httpStatus)
                .arg(server);
        return tr("The server refused %1 with status %2.").arg(where).arg(httpStatus);
    case Kind::Malformed:
        if (lineNumber >= 0)
            return tr("The server sent data Tidemark cannot read (%1, line %2, byte %3): %4.")
                .arg(where)
                .arg(lineNumber)
                .arg(byteOffset)
                .arg(detail);
        return tr("The server sent data Tidemark cannot read (%1): %2.").arg(where, detail);
    case Kind::Unsupported:
        return tr("This server version cannot do that (%1): %2.").arg(where, detail);
    case Kind::ApiKeyRefused:
        return tr(
            "The sync stream and checkpoints need a login session; the server refuses API keys "
            "for them (%1). Log in with email and password.")
            .arg(where);
    case Kind::Unauthorized:
        return server.isEmpty()
            ? tr("The server did not accept the credentials (%1).").arg(where)
            : tr("The server did not accept the credentials (%1): %2.").arg(where, server);
    case Kind::Storage:
        return tr("The local mirror could not be written (%1): %2.").arg(where, detail);
    case Kind::Cancelled:
        return tr("Cancelled (%1).").arg(where);
    case Kind::Redirect:
        return tr("The server redirected to another address; Tidemark did not follow it with your "
                  "credentials (%1): %2.")
            .arg(where, detail);
    case Kind::InvalidInput:
        return tr("Invalid input (%1): %2.").arg(where, detail);
    case Kind::Busy:
        return tr("Another Tidemark process (pid %1) is syncing this account.").arg(detail);
    case Kind::NotImmich:
        return tr("The address answered, but it is not an Immich server (%1). Check the address "
                  "and the port.")
            .arg(where);
    case Kind::NoTls:
        return tr("The server does not speak TLS (https) on that port (%1). Use http:// for it, or "
                  "the port where the server offers https.")
            .arg(where);
    case Kind::ClosedEarly:
        return tr("The server was reached, but it closed the stream before it was complete (%1). "
                  "What arrived before is kept; the next run continues from there.")
            .arg(where);
    case Kind::PasswordLoginOff:
        return tr("%1 has password login turned off: it accepts only single sign-on. Log in with "
                  "single sign-on or an API key instead.")
            .arg(where);
    case Kind::SingleSignOn:
        return singleSignOnMessage(*this, server);
    case Kind::OtherServer:
        return tr("%1 answers, but it is another Immich installation than the one this account "
                  "belongs to (its version history differs), so Tidemark did not send your session "
                  "there.")
            .arg(where);
    case Kind::ClientCertificate:
        if (detail == QLatin1StringView("file"))
            return serverMessages.value(0);
        if (detail == QLatin1StringView("refused"))
            return tr("The server did not accept the client certificate Tidemark showed it (%1). "
                      "It may have expired or been revoked, or come from an authority the server "
                      "does not trust: ask its administrator for a new one.")
                .arg(where);
        return tr("The server asks for a client certificate (%1), and this account has none. "
                  "Choose the certificate file (.p12 or .pfx) its administrator gave you.")
            .arg(where);
    }
    return {};
}

Error::Action Error::suggestedAction() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Busy:
    case Kind::ClosedEarly:
        return Action::Retry;
    case Kind::Http:
        return isTransient() ? Action::Retry : Action::CheckSettings;
    case Kind::Unauthorized:
    case Kind::ApiKeyRefused:
    case Kind::PasswordLoginOff:
    case Kind::SingleSignOn:
        return Action::LogInAgain;
    case Kind::Malformed:
        return Action::Reset;
    case Kind::Unsupported:
        return Action::UpgradeServer;
    case Kind::Storage:
        return Action::FreeDisk;
    case Kind::Tls:
    case Kind::Redirect:
    case Kind::InvalidInput:
    case Kind::NotImmich:
    case Kind::NoTls:
    case Kind::OtherServer:
    case Kind::ClientCertificate:
        return Action::CheckSettings;
    case Kind::None:
    case Kind::Cancelled:
        return Action::None;
    }
    return Action::None;
}

QString Error::technicalDetails() const
{
    QStringList parts;
    parts << QStringLiteral("kind=%1").arg(kindName(kind));
    if (!where.isEmpty())
        parts << QStringLiteral("where=%1").arg(where);
    if (httpStatus)
        parts << QStringLiteral("status=%1").arg(httpStatus);
    if (!serverError.isEmpty())
        parts << QStringLiteral("error=%1").arg(serverError);
    if (!serverMessages.isEmpty())
        parts << QStringLiteral("message=%1").arg(serverMessages.join(QLatin1StringView(" | ")));
    if (!correlationId.isEmpty())
        parts << QStringLiteral("correlationId=%1").arg(correlationId);
    if (lineNumber >= 0)
        parts << QStringLiteral("line=%1").arg(lineNumber);
    if (byteOffset >= 0)
        parts << QStringLiteral("byte=%1").arg(byteOffset);
    if (retryAfterSeconds >= 0)
        parts << QStringLiteral("retryAfter=%1s").arg(retryAfterSeconds);
    if (!certificateSha256.isEmpty())
        parts << QStringLiteral("sha256=%1").arg(certificateSha256);
    if (!detail.isEmpty())
        parts << QStringLiteral("detail=%1").arg(detail);
    return parts.join(QLatin1StringView(", "));
}

} // namespace Tidemark

namespace Tidemark {

Error Error::fromTechnicalDetails(const QString &text)
{
    // The keys technicalDetails() writes, in its order; a value runs up to ", <next key>=".
    static const QRegularExpression key(
        QStringLiteral("(?:^|, )(kind|where|status|error|message|"
                       "correlationId|line|byte|retryAfter|sha256|detail)="));
    Error e;
    if (!text.startsWith(QLatin1StringView("kind=")))
        return e;
    QList<QRegularExpressionMatch> keys;
    for (auto it = key.globalMatch(text); it.hasNext();)
        keys.append(it.next());
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QRegularExpressionMatch &m = keys.at(i);
        const qsizetype end = i + 1 < keys.size() ? keys.at(i + 1).capturedStart() : text.size();
        const QString name = m.captured(1);
        const QString value = text.mid(m.capturedEnd(), end - m.capturedEnd());
        if (name == QLatin1StringView("kind")) {
            bool known = false;
            for (int k = int(Kind::None); k <= int(Kind::ClientCertificate); ++k) {
                if (kindName(Kind(k)) == value) {
                    e.kind = Kind(k);
                    known = true;
                }
            }
            if (!known)
                return {};
        } else if (name == QLatin1StringView("where")) {
            e.where = value;
        } else if (name == QLatin1StringView("status")) {
            e.httpStatus = value.toInt();
        } else if (name == QLatin1StringView("error")) {
            e.serverError = value;
        } else if (name == QLatin1StringView("message")) {
            e.serverMessages = value.split(QLatin1StringView(" | "));
        } else if (name == QLatin1StringView("correlationId")) {
            e.correlationId = value;
        } else if (name == QLatin1StringView("line")) {
            e.lineNumber = value.toLongLong();
        } else if (name == QLatin1StringView("byte")) {
            e.byteOffset = value.toLongLong();
        } else if (name == QLatin1StringView("retryAfter")) {
            e.retryAfterSeconds
                = QStringView(value).chopped(value.endsWith(QLatin1Char('s')) ? 1 : 0).toInt();
        } else if (name == QLatin1StringView("sha256")) {
            e.certificateSha256 = value;
        } else if (name == QLatin1StringView("detail")) {
            e.detail = value;
        }
    }
    return e;
}

} // namespace Tidemark
