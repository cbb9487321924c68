#pragma once
// Saved servers/accounts. Only what is safe to keep in plain settings lives here: the server URL,
// the e-mail, the user id and name, the last server version seen. Session tokens, API keys and
// passwords never go through this class; they live in SecretStore (the OS keychain).

#include <QDateTime>
#include <QList>
#include <QSettings>
#include <QString>

#include <memory>

namespace Tidemark {

struct AccountInfo {
    QString id;          //!< local id (uuid), also the keychain key prefix
    QString serverUrl;   //!< normalised base, e.g. "https://photos.example.com/api"
    QString email;
    QString userId;      //!< the server's user id, once known
    QString userName;
    QString serverVersion; //!< "2.7.5", last seen
    bool demo = false;   //!< the in-process demo server (not saved across runs)
    QDateTime lastUsed;

    QString displayName() const;
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
    //! Finds an account by server URL and e-mail (case-insensitive); empty id when none.
    AccountInfo find(const QString &serverUrl, const QString &email) const;
    //! Inserts or updates by id; assigns an id when empty and returns the stored record.
    AccountInfo save(AccountInfo account);
    void remove(const QString &id);

    QString currentAccountId() const;
    void setCurrentAccountId(const QString &id);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Tidemark
