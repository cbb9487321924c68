// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// AppController: the application's state and the objects every window shares.
//
// It owns the saved accounts (AccountStore), the keychain (SecretStore), the HTTP client of the
// current account (ImmichClient), the sync engine (SyncService), the item models the panels show,
// the thumbnail cache and, in demo mode, the in-process Immich-compatible server (DevServer).
// Widgets never talk to the network themselves: they call slots here or on syncService(), and
// react to signals. Nothing here blocks the GUI thread: every request is asynchronous, the
// mirror is read by the models' reader threads, the sync runs on the service's worker thread.
//
// The connection's life (server check, login, keychain, logout, states) is the Session's
// (core/session/Session.h, with its state diagram); this class wires it to the mirror, the models
// and the sync engine, and passes its signals on to the widgets.

#include "account/AccountStore.h"
#include "protocol/ServerCapabilities.h"
#include "protocol/ServerVersion.h"
#include "session/ServerProbe.h"
#include "session/Session.h"
#include "sync/SyncTypesUi.h"
#include "util/Error.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace TidemarkDev {
class DevServer;
}

namespace Tidemark {

struct MirrorHealthReport;
class SecretStore;
class SyncService;
class AssetTableModel;
class CheckpointModel;
class EventLogModel;
class RunHistoryModel;
class ThumbnailCache;
class MirrorReader;

//! The server's own asset counts (GET /assets/statistics) for the logged-in user.
struct ServerStatistics
{
    bool valid = false;
    qint64 images = 0, videos = 0, total = 0;
    QDateTime fetchedAt;
};

//! Counts of the mirror, computed off the GUI thread.
struct MirrorOverview
{
    bool valid = false;
    QMap<QString, qint64> tables; //!< rows per mirror table
    qint64 ownImages = 0, ownVideos = 0, partnerImages = 0, partnerVideos = 0;
    QStringList months; //!< "2024-05", ascending
    QList<qint64> ownPhotos, ownVideosPerMonth, partnerPhotos, partnerVideosPerMonth;
    QString error;
};

class AppController : public QObject
{
    Q_OBJECT
public:
    using State = Session::State;

    explicit AppController(QObject *parent = nullptr);
    ~AppController() override;

    //! Demo mode's server, handed in by app/ (and by tests): made on the first startDemo().
    using DemoServerFactory = std::function<std::unique_ptr<TidemarkDev::DevServer>()>;
    void setDemoServerFactory(DemoServerFactory factory);
    //! Asks the person whether a mirror that failed its checks may be rebuilt (the window opens
    //! its dialog). True when it was rebuilt; setAsidePath then names where the old file was kept.
    //! Without a prompt the file is left untouched and the account runs without a mirror.
    using MirrorRecoveryPrompt
        = std::function<bool(const MirrorHealthReport &report, QString *setAsidePath)>;
    void setMirrorRecoveryPrompt(MirrorRecoveryPrompt prompt);
    //! Opens the single sign-on provider's page; default: the system browser (QDesktopServices).
    //! Tests hand in their own browser. False when no browser could be started.
    using BrowserOpener = std::function<bool(const QUrl &url)>;
    void setBrowserOpener(BrowserOpener opener);
    //! The local socket a second `tidemark app.immich:///…` hands the app link to
    //! (RedirectRelay::defaultName() unless a test sets its own).
    void setRedirectRelayName(const QString &name);

    //! Keychain disabled (tests, --no-keychain): secrets in memory only.
    void setMemoryOnlySecrets(bool memoryOnly);
    //! Secrets live only as long as the process (memory-only mode, or no keychain): the words
    //! about where a token is kept and why a login is asked for follow this.
    bool secretsKeptOnlyWhileRunning() const;

    AccountStore &accountStore();
    SecretStore *secretStore() const;
    SyncService *syncService() const;
    AssetTableModel *assetModel() const;
    CheckpointModel *checkpointModel() const;
    EventLogModel *eventLogModel() const;
    RunHistoryModel *runHistoryModel() const;
    ThumbnailCache *thumbnailCache() const;
    //! Read-only queries on the current mirror, off the GUI thread.
    MirrorReader *mirrorReader() const;

    //! The connection of the current account.
    Session *session() const;
    State state() const;
    static QString stateText(State state);
    AccountInfo currentAccount() const;
    bool hasAccount() const;
    ServerCapabilities capabilities() const;
    ServerVersion serverVersion() const;
    //! The account has a session token (stream and acks are possible).
    bool hasSession() const;
    //! The account has an API key (full/delta sync, statistics, thumbnails work with it).
    bool hasApiKey() const;
    bool isDemo() const;
    QString mirrorPath() const;
    QUrl apiBase() const;
    QString lastError() const;

    ServerStatistics serverStatistics() const;
    MirrorOverview mirrorOverview() const;
    //! Results of the most recent runs of this session, newest first (at most 8).
    QList<RunResult> recentRuns() const;

    //! The HTTP headers for authenticated GETs of the current account (thumbnails).
    //! Empty when there are no credentials.
    QList<QPair<QByteArray, QByteArray>> authHeaders() const;
    int requestTimeoutMs() const;
    //! The address requests go to now (one of the account's addresses).
    QString currentAddress() const;

public Q_SLOTS:
    //! Checks a server without logging in; answers with serverProbed().
    void probeServer(const QString &url, const Tidemark::ServerAccess &access = {});
    //! Checks the server, logs in with email and password (or validates an API key when the
    //! password is empty), stores the secrets in the keychain and makes the account current.
    //! Answers with loginFinished().
    void logIn(const QString &url, const QString &email, const QString &password,
        const QString &apiKey = {}, const Tidemark::ServerAccess &access = {});
    //! Checks the server and starts its single sign-on: the provider's page opens in the
    //! browser (singleSignOnWaiting()); answers with loginFinished() like logIn().
    void logInWithSingleSignOn(const QString &url, Tidemark::SingleSignOn::Redirect redirect,
        const Tidemark::ServerAccess &access = {});
    //! The address the browser ended on (pasted, or relayed from the app link).
    void completeSingleSignOn(const QUrl &url);
    void cancelSingleSignOn();
    //! Makes a saved account current: opens its mirror, reads its secrets, checks the server.
    void switchAccount(const QString &accountId);
    //! Re-checks the server and the session of the current account (from Offline/NeedsLogin).
    void reconnect();
    //! POST /auth/logout (ends the server session and deletes its checkpoints), forgets the
    //! token. The account and its mirror stay saved.
    void logOut();
    //! Removes a saved account and its secrets (logs out first when it is the current one).
    void forgetAccount(const QString &accountId);
    //! Starts the in-process demo server with a sample library and logs in to it.
    void startDemo();
    //! Re-reads GET /assets/statistics and the mirror's counts.
    void refreshOverview();
    //! Stores or clears the API key of the current account.
    void setApiKey(const QString &apiKey);
    //! The current account's addresses in the order to try them (Session::setAddresses).
    bool setAddresses(const QStringList &addresses, QString *error = nullptr);
    //! The current account's proxy headers (values from the keychain).
    ServerAccess serverAccess() const;
    //! Keeps them (keychain) and checks the server again with them.
    void setServerAccess(const Tidemark::ServerAccess &access);

Q_SIGNALS:
    void stateChanged(Tidemark::Session::State state);
    void serverProbed(const Tidemark::ServerProbe &probe);
    void loginFinished(bool ok, const Tidemark::Error &error);
    //! A single sign-on waits for the browser; browserOpened: the page was handed to a browser.
    void singleSignOnWaiting(
        const QUrl &browserUrl, Tidemark::SingleSignOn::Redirect redirect, bool browserOpened);
    void accountChanged(const Tidemark::AccountInfo &account);
    void accountsChanged();
    void capabilitiesChanged();
    void overviewChanged();
    void recentRunsChanged();
    //! One sentence and an action for the banner; context names the operation ("Log in").
    void errorOccurred(const Tidemark::Error &error, const QString &context);
    //! Informational sentence for the banner (keychain unavailable, demo started…).
    void notice(const QString &message);
    void demoStarted(const QString &url);
    //! Requests go to another of the account's addresses now.
    void addressChanged(const QString &address);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Tidemark
