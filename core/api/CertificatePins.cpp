// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificatePins.h"

#include <QCryptographicHash>
#include <QMutex>
#include <QSslCertificate>
#include <QUrl>

namespace Tidemark {

namespace {
QMutex g_mutex;
QHash<QString, QString> g_pins;

QString colonHex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(':').toUpper());
}
} // namespace

QString CertificatePins::fingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return colonHex(certificate.digest(QCryptographicHash::Sha256));
}

QString CertificatePins::normalize(QStringView text)
{
    QString t = text.trimmed().toString();
    if (t.startsWith(QLatin1StringView("sha256/"), Qt::CaseInsensitive))
        t = t.mid(7);
    t.remove(QLatin1Char(':'));
    t.remove(QLatin1Char(' '));
    if (t.size() != 64)
        return {};
    for (QChar c : std::as_const(t))
        if (!c.isDigit() && !(c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
            return {};
    return colonHex(QByteArray::fromHex(t.toLatin1()));
}

QString CertificatePins::key(const QUrl &origin)
{
    const QString scheme = origin.scheme().toLower();
    const int port = origin.port(scheme == QLatin1StringView("https") ? 443 : 80);
    return QStringLiteral("%1://%2:%3").arg(scheme, origin.host().toLower()).arg(port);
}

void CertificatePins::pin(const QUrl &origin, const QString &fingerprint)
{
    const QString fp = normalize(fingerprint);
    QMutexLocker lock(&g_mutex);
    if (fp.isEmpty())
        g_pins.remove(key(origin));
    else
        g_pins.insert(key(origin), fp);
}

void CertificatePins::unpin(const QUrl &origin)
{
    QMutexLocker lock(&g_mutex);
    g_pins.remove(key(origin));
}

QString CertificatePins::pinned(const QUrl &origin)
{
    QMutexLocker lock(&g_mutex);
    return g_pins.value(key(origin));
}

void CertificatePins::clear()
{
    QMutexLocker lock(&g_mutex);
    g_pins.clear();
}

} // namespace Tidemark
