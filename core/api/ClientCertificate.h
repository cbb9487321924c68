// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ClientCertificate: the certificate a person shows the server when a proxy in front of Immich
// asks for one (mutual TLS: nginx `ssl_verify_client`, Caddy `client_auth`, Cloudflare mTLS), as
// Immich's mobile app lets them. It comes as a PKCS#12 file (.p12/.pfx) and its password: the
// file's path is kept in the account's settings, the password only in the keychain (with the
// account's proxy headers, ServerAccess). The file is read when the account is opened, so a
// renewed certificate at the same path is picked up at the next start.

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

namespace Tidemark {

struct ClientCertificate
{
    // Not an aggregate: QSslCertificate's default constructor is explicit, and ServerAccess is
    // initialised with {} in default arguments.
    ClientCertificate() { }

    QString file; //!< the PKCS#12 file's path; empty: no client certificate
    QByteArray password; //!< secret
    QSslCertificate certificate; //!< loaded from file (load())
    QSslKey key; //!< secret
    QList<QSslCertificate> chain; //!< intermediates that came in the file

    bool isEmpty() const { return file.isEmpty(); }
    bool isLoaded() const { return !certificate.isNull() && !key.isNull(); }
    bool operator==(const ClientCertificate &o) const
    {
        return file == o.file && password == o.password;
    }

    //! Reads file with password. False with a sentence in *error that names the file and what is
    //! wrong with it (missing, not PKCS#12 or a wrong password, no private key, expired).
    bool load(QString *error);
    //! The file read with password, or the reason it cannot be; the error is empty on success.
    static ClientCertificate fromFile(
        const QString &file, const QByteArray &password, QString *error);

    //! Who the certificate names, and until when: "CN=alice (valid until 2027-12-07)".
    QString summary() const;

    //! Adds the certificate, its key and chain to a request's TLS configuration.
    void applyTo(QSslConfiguration &configuration) const;
};

} // namespace Tidemark
