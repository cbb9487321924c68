// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Saved servers/accounts. Only what is safe to keep in plain settings lives here: the server URL,
// the email, the user id and name, the last server version seen. Session tokens, API keys and
// passwords never go through this class; they live in SecretStore (the OS keychain).
//
// It also keeps, per server origin, the SHA-256 fingerprint of a certificate the person chose to
// trust (a self-signed server). A fingerprint is public, so plain settings are fine; every store
// registers its pins with CertificatePins when constructed, so all clients of the process see them.

#include <QDateTime>
#include <QList>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

namespace Tidemark {

struct AccountInfo
{
    QString id; //!< local id (uuid), also the keychain key prefix
    QString serverUrl; //!< normalised base, e.g. "https://photos.example.com/api"
    QString email;
    QString userId; //!< the server's user id, once known
    QString userName;
    QString serverVersion; //!< "2.7.5", last seen
    //! Every address of the server in the person's order (a LAN address before the public one);
    //! empty: serverUrl only. serverUrl stays the account's own (the address it logged in at).
    QStringList addresses;
    //! The installation's identity (ServerProbe::identity) recorded at login: another machine at
    //! one of the addresses is told apart by it before any token is sent there.
    QString serverIdentity;
    //! Names of the headers a proxy in front of the server asks for (their values are secrets:
    //! SecretStore::Kind::Headers).
    QStringList headerNames;
    //! The PKCS#12 file of the client certificate a proxy asks for (mutual TLS); its password
    //! is a secret kept with the headers (SecretStore::Kind::Headers). Empty: none.
    QString clientCertificateFile;
    //! Whether the account keeps anything in its SecretStore::Kind::Headers secret.
    bool hasAccessSecret() const
    {
        return !headerNames.isEmpty() || !clientCertificateFile.isEmpty();
    }
    bool demo = false; //!< the in-process demo server (not saved across runs)
    QDateTime lastUsed;

    QString displayName() const;
    //! addresses, or serverUrl alone when none are set.
    QStringList allAddresses() const
    {
        return addresses.isEmpty() ? QStringList {serverUrl} : addresses;
    }
};

class AccountStore
{
public:
    //! Uses the application's QSettings.
    AccountStore();
    //! Uses an explicit INI file (tests, portable installs).
    explicit AccountStore(const QString &iniPath);

    QList<AccountInfo> accounts() const;
    AccountInfo account(const QString &id) const;
    //! Finds an account by server URL and email (case-insensitive); empty id when none.
    AccountInfo find(const QString &serverUrl, const QString &email) const;
    //! Inserts or updates by id; assigns an id when empty and returns the stored record.
    AccountInfo save(AccountInfo account);
    void remove(const QString &id);

    //! The trusted certificate fingerprint for the server (any URL of it; the origin counts), or
    //! empty.
    QString pinnedCertificate(const QString &serverUrl) const;
    //! Stores (empty: removes) the pin for the server's origin and registers it with
    //! CertificatePins. False when serverUrl is not a server address or the fingerprint is not a
    //! SHA-256 one.
    bool setPinnedCertificate(const QString &serverUrl, const QString &sha256);

    QString currentAccountId() const;
    void setCurrentAccountId(const QString &id);

private:
    void registerPins() const;

    std::unique_ptr<QSettings> m_settings;
};

} // namespace Tidemark
