// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientCertificate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace Tidemark {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Tidemark::ClientCertificate", text);
}
} // namespace

ClientCertificate ClientCertificate::fromFile(
    const QString &file, const QByteArray &password, QString *error)
{
    ClientCertificate c;
    c.file = file;
    c.password = password;
    QString why;
    c.load(&why);
    if (error)
        *error = why;
    return c;
}

bool ClientCertificate::load(QString *error)
{
    certificate = QSslCertificate();
    key = {};
    chain.clear();
    QString why;
    QFile f(file);
    if (file.isEmpty())
        why = tr("No client certificate file was chosen.");
    else if (!QFileInfo::exists(file))
        why = tr("The client certificate file %1 does not exist.").arg(file);
    else if (!f.open(QIODevice::ReadOnly))
        why = tr("The client certificate file %1 cannot be read: %2.").arg(file, f.errorString());
    // Qt refuses a file without a private key as it refuses a wrong password: one sentence.
    else if (!QSslCertificate::importPkcs12(&f, &key, &certificate, &chain, password)
        || key.isNull() || certificate.isNull())
        why = tr("The client certificate file %1 could not be opened: it is not a PKCS#12 file "
                 "(.p12 or .pfx) with a certificate and its private key, or the password is "
                 "wrong.")
                  .arg(file);
    else if (certificate.expiryDate().isValid()
        && certificate.expiryDate() < QDateTime::currentDateTimeUtc())
        why = tr("The client certificate in %1 expired on %2.")
                  .arg(file, certificate.expiryDate().toUTC().toString(Qt::ISODate));
    if (!why.isEmpty()) {
        certificate = QSslCertificate();
        key = {};
        chain.clear();
    }
    if (error)
        *error = why;
    return why.isEmpty();
}

QString ClientCertificate::summary() const
{
    if (certificate.isNull())
        return {};
    QString who = certificate.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
    if (who.isEmpty())
        who = certificate.subjectDisplayName();
    return tr("%1 (valid until %2)")
        .arg(who, certificate.expiryDate().toUTC().date().toString(Qt::ISODate));
}

void ClientCertificate::applyTo(QSslConfiguration &configuration) const
{
    if (!isLoaded())
        return;
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    if (!chain.isEmpty())
        configuration.setLocalCertificateChain(QList<QSslCertificate> {certificate} + chain);
}

} // namespace Tidemark
