// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerVersion.h"

#include <QJsonDocument>
#include <QStringList>

namespace Tidemark {

QString ServerVersion::toString() const
{
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
}

Expected<ServerVersion> ServerVersion::fromJson(const QJsonObject &object)
{
    ServerVersion v;
    int *fields[] = {&v.major, &v.minor, &v.patch};
    const char *names[] = {"major", "minor", "patch"};
    for (int i = 0; i < 3; ++i) {
        const QJsonValue value = object.value(QLatin1StringView(names[i]));
        const double d = value.toDouble(-1);
        if (!value.isDouble() || d < 0 || d != static_cast<double>(static_cast<int>(d)))
            return Error::make(Error::Kind::Malformed, QStringLiteral("ServerVersion"),
                QStringLiteral("member \"%1\" is missing or not a non-negative integer")
                    .arg(QLatin1StringView(names[i])));
        *fields[i] = static_cast<int>(d);
    }
    return v;
}

Expected<ServerVersion> ServerVersion::fromJson(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (!doc.isObject()) {
        Error e = Error::make(Error::Kind::Malformed, QStringLiteral("ServerVersion"),
            error.error != QJsonParseError::NoError ? error.errorString()
                                                    : QStringLiteral("expected a JSON object"));
        e.byteOffset = error.error != QJsonParseError::NoError ? error.offset : 0;
        return e;
    }
    return fromJson(doc.object());
}

ServerVersion ServerVersion::fromString(QStringView text)
{
    QStringView t = text.trimmed();
    if (t.startsWith(u'v') || t.startsWith(u'V'))
        t = t.mid(1);
    const QList<QStringView> parts = t.split(u'.');
    if (parts.size() != 3)
        return {};
    int values[3];
    for (int i = 0; i < 3; ++i) {
        bool ok = false;
        values[i] = parts[i].toInt(&ok);
        if (!ok || values[i] < 0)
            return {};
    }
    return {values[0], values[1], values[2]};
}

} // namespace Tidemark
