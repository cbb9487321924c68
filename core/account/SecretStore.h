// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Session tokens and API keys live in the OS keychain (QtKeychain: Secret Service / KWallet on
// Linux, Keychain on macOS, Credential Store on Windows). When no keychain answers, secrets are
// kept in memory for the life of the process and keychainAvailable() turns false, so the UI can
// say "you will have to log in again next time" instead of silently writing a token to disk.
// Secrets never go to QSettings, logs, argv or exported files.

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>

namespace Tidemark {

class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Kind {
        SessionToken,
        ApiKey,
        Headers //!< ServerAccess::toSecret(): the proxy headers of the account
    };

    //! service: the keychain service name ("Tidemark"); tests pass their own to stay isolated.
    explicit SecretStore(QString service = QStringLiteral("Tidemark"), QObject *parent = nullptr);

    //! Disables the OS keychain (tests, --no-keychain): memory only.
    void setMemoryOnly(bool memoryOnly);
    bool isMemoryOnly() const { return m_memoryOnly; }
    //! The secrets of this account stay in memory, never in the keychain (demo sessions are
    //! throwaway: their server is gone when the process ends).
    void keepInMemoryOnly(const QString &accountId) { m_memoryAccounts.insert(accountId); }
    //! How many keychain requests this store has made (read, write, delete).
    int keychainRequests() const { return m_keychainRequests; }
    bool keychainAvailable() const { return m_keychainAvailable; }
    QString keychainError() const { return m_keychainError; }

    using ReadCallback = std::function<void(const QString &secret, const QString &error)>;
    using DoneCallback = std::function<void(const QString &error)>;

    //! Asynchronous; the callback runs on this object's thread. An empty secret = none stored.
    void read(const QString &accountId, Kind kind, ReadCallback done);
    void write(const QString &accountId, Kind kind, const QString &secret, DoneCallback done = {});
    void remove(const QString &accountId, Kind kind, DoneCallback done = {});

    //! Blocking variants for the headless CLI (spin a local event loop); never on the GUI thread.
    QString readBlocking(const QString &accountId, Kind kind, QString *error = nullptr);
    bool writeBlocking(
        const QString &accountId, Kind kind, const QString &secret, QString *error = nullptr);
    bool removeBlocking(const QString &accountId, Kind kind);
    //! Headless: returns once every write and removal asked for so far has finished (the
    //! Session writes asynchronously; the process must not end before the keychain has them).
    void waitForPendingRequests();
    //! Why the latest write of this secret did not reach the keychain ("" when it did, or when
    //! the store is memory only: see keychainAvailable()).
    QString writeError(const QString &accountId, Kind kind) const;

Q_SIGNALS:
    //! Emitted once when the keychain fails and the store falls back to memory.
    void keychainUnavailable(const QString &reason);

private:
    static QString keyFor(const QString &accountId, Kind kind);
    void fallBack(const QString &reason);

    QString m_service;
    bool m_memoryOnly = false;
    bool m_keychainAvailable = true;
    QString m_keychainError;
    QHash<QString, QString> m_memory;
    QSet<QString> m_memoryAccounts;
    int m_keychainRequests = 0;
    int m_pendingRequests = 0;
    QHash<QString, QString> m_writeErrors;
};

} // namespace Tidemark
