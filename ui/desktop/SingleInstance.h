// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SingleInstance: one Tidemark window per user. A second start hands its wish ("show the
// window") to the first over a local socket and exits; the first raises its window.
//
// Why a local socket and not a lock file: a lock file outlives a crash, a listening socket does
// not (a stale socket file is detected because nobody answers, and is removed). The key is per
// user (user name and home folder), so two people on one machine each get their own instance.
// Headless subcommands (tidemark status, stream, …) never get here: main() runs them before any
// QApplication exists, so a cron job is never blocked by, or handed to, a running window.
//
//   tryToBecomePrimary()
//     ├─ connect(key) succeeds ──► send "activate" ──► false  (caller exits)
//     └─ nobody answers ──► removeServer(key), listen(key) ──► true
//                                └─ on each "activate" from a later start ──► activationRequested()

#include <QObject>
#include <QString>

class QLocalServer;

namespace Tidemark {

class SingleInstance : public QObject
{
    Q_OBJECT
public:
    //! `key` empty = defaultKey().
    explicit SingleInstance(const QString &key = {}, QObject *parent = nullptr);
    ~SingleInstance() override;

    //! "tidemark-<hash of user name and home folder>".
    static QString defaultKey();
    QString key() const { return m_key; }

    //! True when this process is now the primary instance (listening). False when another
    //! instance answered: it has been asked to show its window, and this process should exit.
    //! Waits at most `timeoutMs` for the other instance.
    bool tryToBecomePrimary(int timeoutMs = 1000);
    bool isPrimary() const;

Q_SIGNALS:
    //! A later start asked this (primary) instance to show its window.
    void activationRequested();

private:
    void onNewConnection();

    QString m_key;
    QLocalServer *m_server = nullptr;
};

} // namespace Tidemark
