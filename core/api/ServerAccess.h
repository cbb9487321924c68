// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ServerAccess: what a server needs besides Immich's own credentials to let a request through,
// per account: the headers a proxy in front of Immich asks for (Cloudflare Access'
// CF-Access-Client-Id and CF-Access-Client-Secret, `Authorization: Basic …`). They go on every
// request to the account's addresses and nowhere else: a redirect to another origin is never
// followed (ApiJob). Values may be secrets: they live in the keychain (SecretStore), never in
// settings, logs or diagnostics; only the names are shown.

#include "ClientCertificate.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Tidemark {

struct CustomHeader
{
    QByteArray name;
    QByteArray value; //!< secret
    bool operator==(const CustomHeader &) const = default;
};

struct ServerAccess
{
    QList<CustomHeader> headers;
    //! Shown in every TLS handshake with the account's addresses (mutual TLS); its password
    //! travels in this secret, its file's path in the account's settings.
    ClientCertificate clientCertificate;

    bool isEmpty() const { return headers.isEmpty() && clientCertificate.isEmpty(); }
    bool operator==(const ServerAccess &) const = default;
    //! A proxy takes the Authorization header: Immich's token then travels in
    //! x-immich-user-token, which Immich reads as well.
    bool takesAuthorization() const
    {
        for (const CustomHeader &h : headers)
            if (h.name.compare("Authorization", Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }
    QStringList names() const
    {
        QStringList out;
        for (const CustomHeader &h : headers)
            out << QString::fromLatin1(h.name);
        return out;
    }

    //! A header name a person may set: an HTTP token, not one Qt or Immich's own credentials
    //! use (Host, Content-Length, Cookie, x-api-key, x-immich-user-token, …).
    static bool isAllowedName(const QString &name)
    {
        if (name.isEmpty() || name.size() > 128)
            return false;
        for (const QChar c : name) {
            const char16_t u = c.unicode();
            const bool token = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
                || (u >= u'0' && u <= u'9') || QStringView(u"!#$%&'*+-.^_`|~").contains(c);
            if (!token)
                return false;
        }
        static const QStringList reserved
            = {QStringLiteral("host"), QStringLiteral("content-length"),
                QStringLiteral("content-type"), QStringLiteral("transfer-encoding"),
                QStringLiteral("connection"), QStringLiteral("cookie"), QStringLiteral("x-api-key"),
                QStringLiteral("x-immich-user-token"), QStringLiteral("x-immich-session-token"),
                QStringLiteral("user-agent"), QStringLiteral("accept")};
        return !reserved.contains(name.toLower());
    }

    //! The keychain's form (one secret per account): the headers as an array of {name, value};
    //! with a client certificate, an object {headers, certificatePassword}.
    QString toSecret() const
    {
        QJsonArray a;
        for (const CustomHeader &h : headers)
            a.append(QJsonObject {{QStringLiteral("name"), QString::fromLatin1(h.name)},
                {QStringLiteral("value"), QString::fromUtf8(h.value)}});
        if (clientCertificate.isEmpty())
            return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
        const QJsonObject o {{QStringLiteral("headers"), a},
            {QStringLiteral("certificatePassword"), QString::fromUtf8(clientCertificate.password)}};
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    //! The secret read back; the certificate's file (from the settings) is set and read by the
    //! caller (ClientCertificate::load()).
    static ServerAccess fromSecret(const QString &secret)
    {
        ServerAccess s;
        const QJsonDocument doc = QJsonDocument::fromJson(secret.toUtf8());
        const QJsonArray a = doc.isObject()
            ? doc.object().value(QStringLiteral("headers")).toArray()
            : doc.array();
        if (doc.isObject())
            s.clientCertificate.password
                = doc.object().value(QStringLiteral("certificatePassword")).toString().toUtf8();
        for (const QJsonValue &v : a) {
            const QString name = v.toObject().value(QStringLiteral("name")).toString();
            if (isAllowedName(name))
                s.headers.append({name.toLatin1(),
                    v.toObject().value(QStringLiteral("value")).toString().toUtf8()});
        }
        return s;
    }
};

} // namespace Tidemark
