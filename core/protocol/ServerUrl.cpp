// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerUrl.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace Tidemark {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tidemark::ServerUrl", text);
}

Error invalid(const QString &detail)
{
    return Error::make(Error::Kind::InvalidInput,
        QCoreApplication::translate("Tidemark::ServerUrl", "server address"), detail);
}

int defaultPort(const QString &scheme)
{
    return scheme == QLatin1StringView("https") ? 443 : 80;
}

bool isHostNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.'
        || c == u'_';
}

} // namespace

bool ServerUrl::isLoopbackHost(QStringView host)
{
    QString h = host.toString().toLower();
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    if (h == QLatin1StringView("localhost") || h.endsWith(QLatin1StringView(".localhost")))
        return true;
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

Expected<ServerUrl> ServerUrl::parse(QStringView input)
{
    QString text = input.trimmed().toString();
    if (text.isEmpty())
        return invalid(tr("the address is empty"));
    for (QChar c : std::as_const(text))
        if (c.isSpace())
            return invalid(tr("the address \"%1\" contains spaces").arg(text));

    QString scheme;
    const qsizetype schemeEnd = text.indexOf(QLatin1StringView("://"));
    if (schemeEnd >= 0) {
        scheme = text.left(schemeEnd).toLower();
        text = text.mid(schemeEnd + 3);
        if (scheme != QLatin1StringView("http") && scheme != QLatin1StringView("https"))
            return invalid(
                tr("\"%1\" is not a web address scheme; use https:// or http://").arg(scheme));
    }

    // Authority = up to the first '/', '?' or '#'; the rest (a browser path, "/api") is dropped.
    qsizetype authorityEnd = text.size();
    for (QChar stop : {u'/', u'?', u'#'}) {
        const qsizetype i = text.indexOf(stop);
        if (i >= 0 && i < authorityEnd)
            authorityEnd = i;
    }
    const QString authority = text.left(authorityEnd);
    if (authority.isEmpty())
        return invalid(tr("the address has no host name"));
    if (authority.contains(u'@'))
        return invalid(tr("the address must not contain a user name or password"));

    QString host;
    QString portText;
    if (authority.startsWith(u'[')) {
        const qsizetype close = authority.indexOf(u']');
        if (close < 0)
            return invalid(
                tr("the IPv6 address in \"%1\" is missing its closing ']'").arg(authority));
        host = authority.mid(1, close - 1);
        const QString rest = authority.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':'))
                return invalid(
                    tr("unexpected text after the IPv6 address in \"%1\"").arg(authority));
            portText = rest.mid(1);
        }
    } else if (authority.count(u':') > 1) {
        host = authority; // a bare IPv6 address such as ::1 (cannot carry a port without brackets)
    } else {
        const qsizetype colon = authority.indexOf(u':');
        host = colon >= 0 ? authority.left(colon) : authority;
        if (colon >= 0)
            portText = authority.mid(colon + 1);
    }
    if (host.isEmpty())
        return invalid(tr("the address has no host name"));

    int port = -1;
    if (!portText.isEmpty()) {
        bool ok = false;
        port = portText.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return invalid(tr("\"%1\" is not a valid port (1-65535)").arg(portText));
    }

    const QHostAddress address(host);
    QString normalisedHost;
    if (!address.isNull()) {
        normalisedHost = address.toString();
    } else {
        if (host.contains(u':'))
            return invalid(tr("\"%1\" is not a valid IPv6 address").arg(host));
        // IDN → ASCII (punycode); then only the characters a DNS name can have.
        normalisedHost = QString::fromLatin1(QUrl::toAce(host)).toLower();
        if (normalisedHost.isEmpty() || normalisedHost.startsWith(u'.')
            || normalisedHost.startsWith(u'-'))
            return invalid(tr("\"%1\" is not a valid host name").arg(host));
        for (QChar c : std::as_const(normalisedHost))
            if (!isHostNameChar(c))
                return invalid(tr("\"%1\" is not a valid host name").arg(host));
        while (normalisedHost.endsWith(u'.'))
            normalisedHost.chop(1); // "example.com." is the same host
        if (normalisedHost.isEmpty())
            return invalid(tr("\"%1\" is not a valid host name").arg(host));
    }

    if (scheme.isEmpty())
        scheme = isLoopbackHost(normalisedHost) ? QStringLiteral("http") : QStringLiteral("https");

    QUrl origin;
    origin.setScheme(scheme);
    origin.setHost(normalisedHost, QUrl::StrictMode);
    if (port > 0 && port != defaultPort(scheme))
        origin.setPort(port);
    if (!origin.isValid() || origin.host().isEmpty())
        return invalid(tr("\"%1\" is not a valid server address").arg(input.trimmed().toString()));

    ServerUrl result;
    result.m_origin = origin;
    QString rest = text.mid(authorityEnd);
    const qsizetype pathEnd = std::min(rest.indexOf(u'?') < 0 ? rest.size() : rest.indexOf(u'?'),
        rest.indexOf(u'#') < 0 ? rest.size() : rest.indexOf(u'#'));
    rest = rest.left(pathEnd);
    while (rest.endsWith(u'/'))
        rest.chop(1);
    if (!rest.isEmpty() && rest.compare(QLatin1StringView("/api"), Qt::CaseInsensitive) != 0)
        result.m_droppedPath = rest;
    return result;
}

QUrl ServerUrl::baseUrl() const
{
    if (!isValid())
        return {};
    QUrl url = m_origin;
    url.setPath(QStringLiteral("/api"));
    return url;
}

QUrl ServerUrl::apiUrl(QStringView path, const QUrlQuery &query) const
{
    if (!isValid())
        return {};
    QUrl url = m_origin;
    QStringView rel = path;
    while (rel.startsWith(u'/'))
        rel = rel.mid(1);
    url.setPath(QStringLiteral("/api/") + rel.toString());
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

int ServerUrl::port() const
{
    return isValid() ? m_origin.port(defaultPort(m_origin.scheme())) : -1;
}

bool ServerUrl::sameOrigin(const QUrl &url) const
{
    if (!isValid() || !url.isValid())
        return false;
    const QString otherScheme = url.scheme().toLower();
    if (otherScheme != m_origin.scheme())
        return false;
    if (url.host().compare(m_origin.host(), Qt::CaseInsensitive) != 0)
        return false;
    return url.port(defaultPort(otherScheme)) == port();
}

bool ServerUrl::isLoopback() const
{
    return isValid() && isLoopbackHost(m_origin.host());
}

QString ServerUrl::toString() const
{
    return baseUrl().toString();
}

} // namespace Tidemark
