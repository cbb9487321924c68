// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppController.h"

#include "MirrorReader.h"
#include "ThumbnailCache.h"
#include "UiSettings.h"
#include "account/SecretStore.h"
#include "api/AssetStatisticsJob.h"
#include "api/GetMyUserJob.h"
#include "api/ImmichClient.h"
#include "api/LoginJob.h"
#include "api/LogoutJob.h"
#include "api/PingJob.h"
#include "api/ServerVersionJob.h"
#include "api/ThumbnailJob.h"
#include "dialogs/MirrorRecoveryDialog.h"
#include "mirror/MirrorLocation.h"
#include "mirror/MirrorStore.h"
#include "models/AssetTableModel.h"
#include "models/CheckpointModel.h"
#include "models/EventLogModel.h"
#include "models/RunHistoryModel.h"
#include "protocol/ServerUrl.h"
#include "sync/SyncService.h"

#include "DevServer.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>
#include <QVersionNumber>

namespace Tidemark {

class AppController::Private
{
public:
    AppController *q = nullptr;
    AccountStore accounts;
    SecretStore *secrets = nullptr;
    ImmichClient *client = nullptr;
    SyncService *sync = nullptr;
    AssetTableModel *assets = nullptr;
    CheckpointModel *checkpoints = nullptr;
    EventLogModel *events = nullptr;
    RunHistoryModel *history = nullptr;
    ThumbnailCache *thumbnails = nullptr;
    MirrorReader *reader = nullptr;
    QTimer *overviewDelay = nullptr;

    State state = State::Disconnected;
    AccountInfo account;
    bool hasAccount = false;
    QString sessionToken;
    QString apiKey;
    ServerVersion version;
    ServerCapabilities caps;
    QString mirrorPath;
    QString lastError;
    ServerStatistics stats;
    MirrorOverview overview;
    QList<RunResult> recent;
    quint64 attempt
        = 0; //!< bumps on every connect/switch: late answers of older attempts are dropped
    quint64 healthGeneration = 0; //!< bumps per opened mirror: a late background check is dropped
    bool healthPending = false; //!< the opened mirror still waits for its background quick_check
    bool overviewRunning
        = false; //!< a month count is on the reader: a new request only marks it stale
    bool overviewStale = false;
    bool mirrorUpgrading = false; //!< the sync thread is upgrading the mirror's format

    std::unique_ptr<TidemarkDev::DevServer> demo;
    std::unique_ptr<QTemporaryDir> demoDir;

    void setState(State s)
    {
        if (state == s)
            return;
        state = s;
        Q_EMIT q->stateChanged(s);
    }

    //! Ping then version. done(probe) on the GUI thread.
    void probe(const QString &input, std::function<void(const ServerProbe &)> done)
    {
        ServerProbe p;
        p.input = input;
        const Expected<ServerUrl> url = ServerUrl::parse(input);
        if (!url) {
            p.error = url.error();
            QMetaObject::invokeMethod(
                q, [done, p] { done(p); }, Qt::QueuedConnection);
            return;
        }
        p.apiBase = url->toString();
        auto *probeClient = new ImmichClient(q);
        probeClient->setServerUrl(*url);
        probeClient->setInactivityTimeout(
            std::chrono::milliseconds(std::min(requestTimeoutMs(), 15000)));
        PingJob *ping = probeClient->ping();
        QObject::connect(
            ping, &ApiJob::failed, q, [probeClient, done, p](const ApiError &e) mutable {
                p.error = e;
                probeClient->deleteLater();
                done(p);
            });
        QObject::connect(
            ping, &PingJob::succeeded, q, [probeClient, done, p](const PingResponse &) mutable {
                ServerVersionJob *v = probeClient->getServerVersion();
                QObject::connect(v, &ApiJob::failed, probeClient,
                    [probeClient, done, p](const ApiError &e) mutable {
                        p.error = e;
                        probeClient->deleteLater();
                        done(p);
                    });
                QObject::connect(v, &ServerVersionJob::succeeded, probeClient,
                    [probeClient, done, p](const ServerVersion &version) mutable {
                        p.version = version;
                        p.capabilities = ServerCapabilities(version);
                        probeClient->deleteLater();
                        done(p);
                    });
            });
    }

    int requestTimeoutMs() const { return UiSettings::requestTimeoutSeconds() * 1000; }

    QString mirrorPathFor(const AccountInfo &a) const
    {
        QString dir;
        if (a.demo && demoDir)
            dir = demoDir->path();
        const MirrorLocation loc(QUrl(a.serverUrl), a.userId, dir);
        loc.ensureDirectory();
        return loc.filePath();
    }

    QString thumbnailDirFor(const AccountInfo &a) const
    {
        const QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        return QDir(base).filePath(QStringLiteral("thumbnails/")
            + MirrorLocation::sanitize(MirrorLocation::serverKey(QUrl(a.serverUrl))));
    }

    //! Points everything at an account (mirror, models, thumbnails). Credentials may follow.
    void openAccount(const AccountInfo &a)
    {
        if (sync->isRunning())
            sync->cancel();
        account = a;
        hasAccount = true;
        version = ServerVersion::fromString(a.serverVersion);
        caps = ServerCapabilities(version);
        mirrorPath = a.userId.isEmpty() ? QString() : mirrorPathFor(a);
        if (!mirrorPath.isEmpty())
            checkMirror();
        assets->setSelfUserId(a.userId);
        // The models open the file read-only: before the first sync creates it they wait
        // (attachMirrorWhenReady() runs again after every run and mirror change).
        assets->setMirrorPath(QString());
        history->setMirrorPath(QString());
        attachMirrorWhenReady();
        checkpoints->clear();
        events->clear();
        setReaderPath(mirrorPath, a.userId);
        thumbnails->setCacheDirectory(thumbnailDirFor(a));
        thumbnails->setMaxDiskBytes(qint64(UiSettings::thumbnailCacheMiB()) * 1024 * 1024);
        stats = {};
        overview = {};
        recent.clear();
        const Expected<ServerUrl> url = ServerUrl::parse(a.serverUrl);
        if (url)
            client->setServerUrl(*url);
        applyCredentials();
        if (!a.demo)
            accounts.setCurrentAccountId(a.id);
        Q_EMIT q->accountChanged(a);
        Q_EMIT q->capabilitiesChanged();
        Q_EMIT q->recentRunsChanged();
        refreshMirrorOverview();
    }

    //! A mirror that fails its open-time checks (not a database, newer schema) is offered for a
    //! rebuild; declined, the file stays untouched and the account runs without a mirror. Only the
    //! header is read here (milliseconds); quick_check follows off the GUI thread
    //! (startBackgroundCheck) once the first page of assets is shown, or after 3 s.
    void checkMirror()
    {
        ++healthGeneration;
        healthPending = false;
        QString aside;
        const MirrorHealthReport header
            = MirrorHealth::check(mirrorPath, MirrorHealth::Depth::Header);
        if (header.ok()
            || MirrorRecoveryDialog::offer(header, qobject_cast<QWidget *>(q->parent()), &aside)) {
            noteRebuilt(aside);
            healthPending = aside.isEmpty() && QFileInfo::exists(mirrorPath);
            if (healthPending) {
                const quint64 generation = healthGeneration;
                QTimer::singleShot(
                    3000, q, [this, generation] { startBackgroundCheck(generation); });
            }
            return;
        }
        Q_EMIT q->errorOccurred(header.error(), AppController::tr("Mirror"));
        mirrorPath.clear();
    }

    void noteRebuilt(const QString &aside)
    {
        if (!aside.isEmpty())
            Q_EMIT q->notice(
                AppController::tr("The old mirror was kept as %1; the next sync downloads "
                                  "the library again.")
                    .arg(QDir::toNativeSeparators(aside)));
    }

    void startBackgroundCheck(quint64 generation)
    {
        if (!healthPending || generation != healthGeneration || mirrorPath.isEmpty())
            return;
        healthPending = false;
        auto *watcher = new QFutureWatcher<MirrorHealthReport>(q);
        QObject::connect(watcher, &QFutureWatcherBase::finished, q, [this, watcher, generation] {
            watcher->deleteLater();
            const MirrorHealthReport report = watcher->result();
            if (generation == healthGeneration && report.path == mirrorPath && !report.ok())
                recoverDamagedMirror(report);
        });
        watcher->setFuture(MirrorHealth::checkInBackground(mirrorPath, MirrorHealth::Depth::Quick));
    }

    //! The background check found damage after the models had opened the file: they let go of
    //! it, the dialog asks, and a rebuilt mirror is attached again (or none, when declined).
    void recoverDamagedMirror(const MirrorHealthReport &report)
    {
        if (sync->isRunning())
            sync->cancel();
        assets->setMirrorPath(QString());
        history->setMirrorPath(QString());
        setReaderPath(QString());
        QString aside;
        if (MirrorRecoveryDialog::offer(report, qobject_cast<QWidget *>(q->parent()), &aside)) {
            noteRebuilt(aside);
            attachMirrorWhenReady();
            setReaderPath(mirrorPath, account.userId);
        } else {
            Q_EMIT q->errorOccurred(report.error(), AppController::tr("Mirror"));
            mirrorPath.clear();
        }
        applyCredentials();
        refreshMirrorOverview();
    }

    void applyCredentials()
    {
        client->setInactivityTimeout(std::chrono::milliseconds(requestTimeoutMs()));
        if (!sessionToken.isEmpty())
            client->setSessionToken(sessionToken);
        else if (!apiKey.isEmpty())
            client->setApiKey(apiKey);
        else
            client->clearCredentials();
        SyncConnection c;
        c.apiBase = QUrl(account.serverUrl);
        c.sessionToken = sessionToken;
        c.apiKey = apiKey;
        c.userId = account.userId;
        c.serverVersion = QVersionNumber(version.major, version.minor, version.patch);
        c.mirrorPath = mirrorPath;
        c.inactivityTimeoutMs = requestTimeoutMs();
        if (!sync->isRunning())
            sync->setConnection(c);
    }

    //! The reader drops the answers of queries on its previous file: none is running any more.
    void setReaderPath(const QString &path, const QString &selfUserId = {})
    {
        reader->setPath(path, selfUserId);
        overviewRunning = false;
        overviewStale = false;
    }

    void attachMirrorWhenReady()
    {
        if (mirrorPath.isEmpty() || !QFileInfo::exists(mirrorPath))
            return;
        if (assets->mirrorPath() != mirrorPath)
            assets->setMirrorPath(mirrorPath);
        if (history->mirrorPath() != mirrorPath)
            history->setMirrorPath(mirrorPath);
    }

    void becomeConnected()
    {
        setState(State::Connected);
        if (!sessionToken.isEmpty() && caps.hasSyncStream())
            sync->refreshCheckpoints();
        q->refreshOverview();
    }

    //! At most one overview query is on the reader at a time (a month count reads every asset);
    //! requests meanwhile run once more when it is back.
    void refreshMirrorOverview()
    {
        if (mirrorPath.isEmpty()) {
            overview = {};
            Q_EMIT q->overviewChanged();
            return;
        }
        if (overviewRunning) {
            overviewStale = true;
            return;
        }
        overviewRunning = true;
        overviewStale = false;
        const QString path = mirrorPath;
        const bool upgrading = mirrorUpgrading;
        reader->run<MirrorOverview>(
            [upgrading](MirrorStore *store) -> MirrorOverview {
                MirrorOverview o;
                if (!store) {
                    o.error = upgrading
                        ? QObject::tr("The local mirror is being upgraded for this version of "
                                      "Tidemark; its counts follow when that is done.")
                        : QObject::tr("No mirror yet: run a sync.");
                    return o;
                }
                const auto counts = store->tableCounts();
                if (!counts.ok()) {
                    o.error = counts.error.userMessage();
                    return o;
                }
                o.tables = counts.value;
                // The server's statistics count your own assets that are neither trashed nor
                // hidden nor locked; the same filter makes the two columns comparable.
                AssetFilter f;
                f.trashed = false;
                f.hidden = false;
                f.locked = false;
                const auto months = store->assetsPerMonth(f);
                if (months.ok()) {
                    for (const MonthBucket &b : months.value) {
                        o.months << b.month;
                        o.ownPhotos << b.ownPhotos;
                        o.ownVideosPerMonth << b.ownVideos;
                        o.partnerPhotos << b.partnerPhotos;
                        o.partnerVideosPerMonth << b.partnerVideos;
                        o.ownImages += b.ownPhotos;
                        o.ownVideos += b.ownVideos;
                        o.partnerImages += b.partnerPhotos;
                        o.partnerVideos += b.partnerVideos;
                    }
                }
                o.valid = true;
                return o;
            },
            [this, path](const MirrorOverview &o) {
                overviewRunning = false;
                if (path == mirrorPath) {
                    overview = o;
                    Q_EMIT q->overviewChanged();
                }
                if (overviewStale)
                    refreshMirrorOverview();
            });
    }

    //! Maps an error of a background call to the connection state.
    void noteError(const ApiError &e)
    {
        lastError = e.userMessage();
        if (e.kind == ApiError::Kind::Unauthorized && state == State::Connected)
            setState(State::NeedsLogin);
        else if ((e.kind == ApiError::Kind::Network || e.kind == ApiError::Kind::Tls)
            && state == State::Connected)
            setState(State::Offline);
    }

    //! Checks the server and the stored credentials of the current account.
    void verify()
    {
        const quint64 my = ++attempt;
        setState(State::CheckingServer);
        probe(account.serverUrl, [this, my](const ServerProbe &p) {
            if (my != attempt)
                return;
            if (p.error.isError()) {
                lastError = p.error.userMessage();
                setState(State::Offline);
                Q_EMIT q->errorOccurred(
                    p.error, QObject::tr("Connecting to %1").arg(account.serverUrl));
                return;
            }
            version = p.version;
            caps = p.capabilities;
            if (account.serverVersion != version.toString()) {
                account.serverVersion = version.toString();
                account = accounts.save(account);
            }
            applyCredentials();
            Q_EMIT q->capabilitiesChanged();
            if (sessionToken.isEmpty() && apiKey.isEmpty()) {
                setState(State::NeedsLogin);
                return;
            }
            setState(State::LoggingIn);
            GetMyUserJob *me = client->getMyUser();
            QObject::connect(
                me, &GetMyUserJob::succeeded, q, [this, my](const UserAdminResponse &u) {
                    if (my != attempt)
                        return;
                    if (account.userName != u.name) {
                        account.userName = u.name;
                        account = accounts.save(account);
                        Q_EMIT q->accountChanged(account);
                    }
                    becomeConnected();
                });
            QObject::connect(me, &ApiJob::failed, q, [this, my](const ApiError &e) {
                if (my != attempt)
                    return;
                lastError = e.userMessage();
                if (e.kind == ApiError::Kind::Unauthorized
                    || e.kind == ApiError::Kind::ApiKeyRefused) {
                    setState(State::NeedsLogin);
                    Q_EMIT q->errorOccurred(e, QObject::tr("Your session has ended"));
                } else {
                    setState(State::Offline);
                    Q_EMIT q->errorOccurred(e, QObject::tr("Checking your session"));
                }
            });
        });
    }
};

AppController::AppController(QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    qRegisterMetaType<ServerProbe>();
    qRegisterMetaType<ApiError>();
    qRegisterMetaType<RunProgress>();
    qRegisterMetaType<RunResult>();
    qRegisterMetaType<CheckpointRow>();
    qRegisterMetaType<EventSummary>();
    d->q = this;
    d->secrets = new SecretStore(QStringLiteral("Tidemark"), this);
    d->client = new ImmichClient(this);
    d->sync = new SyncService(this);
    d->assets = new AssetTableModel(this);
    d->checkpoints = new CheckpointModel(this);
    d->events = new EventLogModel(this);
    d->history = new RunHistoryModel(this);
    d->thumbnails = new ThumbnailCache(this);
    d->reader = new MirrorReader(this);
    d->overviewDelay = new QTimer(this);
    d->overviewDelay->setSingleShot(true);
    d->overviewDelay->setInterval(1500);
    connect(d->overviewDelay, &QTimer::timeout, this, [this] { d->refreshMirrorOverview(); });
    // The mirror's quick_check waits until the first page of assets is on screen.
    connect(d->assets, &AssetTableModel::firstRowsReady, this,
        [this] { d->startBackgroundCheck(d->healthGeneration); });

    // Thumbnails come through the account's client: same origin, same credentials.
    QPointer<ImmichClient> client = d->client;
    d->thumbnails->setFetcher([client](const QString &id,
                                  std::function<void(const QByteArray &, bool)> done) {
        if (!client || client->credentials().isEmpty()) {
            done({}, false);
            return;
        }
        ThumbnailJob *job = client->getThumbnail(id, ThumbnailSize::Thumbnail);
        connect(job, &ThumbnailJob::succeeded, client,
            [done](const ThumbnailData &t) { done(t.data, t.data.isEmpty()); });
        connect(job, &ApiJob::failed, client, [done](const ApiError &e) {
            const bool permanent = e.kind == ApiError::Kind::Http
                || e.kind == ApiError::Kind::InvalidInput || e.kind == ApiError::Kind::Malformed;
            done({}, permanent);
        });
    });

    connect(d->secrets, &SecretStore::keychainUnavailable, this, [this](const QString &reason) {
        Q_EMIT notice(
            tr("The system keychain is not available (%1): your session token is kept in "
               "memory until Tidemark quits, and you will have to log in again next time.")
                .arg(reason));
    });
    connect(d->client, &ImmichClient::unauthorized, this,
        [this](const ApiError &e) { d->noteError(e); });

    SyncService *sync = d->sync;
    // The Stream inspector holds up to 50,000 lines; the engine's default of 200 lines per
    // progress tick would show only the tail of a short run (a demo run is one tick of 2,620
    // events). 3,000 lines per tick hold a whole demo run; 5,000 cost the GUI thread up to 50 ms
    // per tick in a 1,000,000-event run (gui_bench: longest stall 65 ms with 5,000, 31 ms with
    // 2,000), and a run that large overflows the inspector either way.
    SyncTuning tuning = sync->tuning();
    tuning.eventLogLimit = 3000;
    // Another window or a headless command syncing this mirror: the window's run waits (with
    // its Cancel) instead of failing.
    tuning.waitForOtherWriter = true;
    // The stream's parse and persist threads yield to the GUI thread: on two cores they kept it
    // waiting for a core, up to 47 ms at a time (gui_bench 1000000).
    tuning.workerNice = 5;
    sync->setTuning(tuning);
    connect(sync, &SyncService::runStarted, this, [this](qint64 runId, RunKind kind, AckMode mode) {
        // The inspector shows the lines of the latest stream run; full/delta runs log no stream
        // lines and leave the previous run's log (or an opened JSONL file) in place.
        if (kind == RunKind::Stream)
            d->events->clear();
        d->history->onRunStarted(runId, kind, mode);
    });
    connect(sync, &SyncService::eventsLogged, d->events, &EventLogModel::queueEvents);
    connect(sync, &SyncService::checkpointsChanged, d->checkpoints, &CheckpointModel::setRows);
    connect(sync, &SyncService::mirrorChanged, this, [this](const QStringList &tables) {
        d->attachMirrorWhenReady();
        d->assets->onMirrorChanged(tables);
        // During a run the month counts (a read of every asset, and a read snapshot that keeps the
        // WAL from being checkpointed) wait for runFinished, which refreshes them anyway.
        if (!d->sync->isRunning() && !d->overviewDelay->isActive())
            d->overviewDelay->start();
    });
    connect(sync, &SyncService::mirrorUpgradeProgress, this, [this](int step, int steps) {
        const bool was = d->mirrorUpgrading;
        d->mirrorUpgrading = step < steps;
        if (was != d->mirrorUpgrading)
            d->refreshMirrorOverview();
        if (was && !d->mirrorUpgrading)
            d->assets->reload(); // its reader could not open the mirror until now
    });
    connect(sync, &SyncService::runFinished, this, [this](const RunResult &r) {
        d->attachMirrorWhenReady();
        d->history->onRunFinished(r);
        d->recent.prepend(r);
        while (d->recent.size() > 8)
            d->recent.removeLast();
        Q_EMIT recentRunsChanged();
        d->assets->refresh();
        d->refreshMirrorOverview();
        // Server and local checkpoints (and manual mode's pending acks) moved with the run.
        if (r.kind == RunKind::Stream && !d->sessionToken.isEmpty() && d->state == State::Connected)
            d->sync->refreshCheckpoints();
        if (r.outcome == RunOutcome::Failed
            || (r.outcome == RunOutcome::Interrupted && r.error.isError())) {
            d->noteError(r.error);
            Q_EMIT errorOccurred(r.error, tr("Sync"));
        }
        if (!r.unknownTypes.isEmpty())
            Q_EMIT notice(unknownTypesNotice(r.unknownTypes));
        if (r.outcome == RunOutcome::ResetByServer)
            d->assets->reload();
    });
    connect(sync, &SyncService::operationFailed, this,
        [this](const QString &operation, const ApiError &e) {
            d->noteError(e);
            Q_EMIT errorOccurred(e, operation);
        });
    connect(sync, &SyncService::warning, this, &AppController::notice);
}

AppController::~AppController()
{
    if (d->sync->isRunning())
        d->sync->cancel();
    // Demo accounts do not outlive the process (their server and port are gone).
    if (d->hasAccount && d->account.demo)
        d->accounts.remove(d->account.id);
}

void AppController::setMemoryOnlySecrets(bool memoryOnly)
{
    d->secrets->setMemoryOnly(memoryOnly);
}

bool AppController::secretsKeptOnlyWhileRunning() const
{
    return d->secrets->isMemoryOnly() || !d->secrets->keychainAvailable();
}

AccountStore &AppController::accountStore()
{
    return d->accounts;
}
SecretStore *AppController::secretStore() const
{
    return d->secrets;
}
SyncService *AppController::syncService() const
{
    return d->sync;
}
AssetTableModel *AppController::assetModel() const
{
    return d->assets;
}
CheckpointModel *AppController::checkpointModel() const
{
    return d->checkpoints;
}
EventLogModel *AppController::eventLogModel() const
{
    return d->events;
}
RunHistoryModel *AppController::runHistoryModel() const
{
    return d->history;
}
ThumbnailCache *AppController::thumbnailCache() const
{
    return d->thumbnails;
}
MirrorReader *AppController::mirrorReader() const
{
    return d->reader;
}
AppController::State AppController::state() const
{
    return d->state;
}
AccountInfo AppController::currentAccount() const
{
    return d->account;
}
bool AppController::hasAccount() const
{
    return d->hasAccount;
}
ServerCapabilities AppController::capabilities() const
{
    return d->caps;
}
ServerVersion AppController::serverVersion() const
{
    return d->version;
}
bool AppController::hasSession() const
{
    return !d->sessionToken.isEmpty();
}
bool AppController::hasApiKey() const
{
    return !d->apiKey.isEmpty();
}
bool AppController::isDemo() const
{
    return d->hasAccount && d->account.demo;
}
QString AppController::mirrorPath() const
{
    return d->mirrorPath;
}
QUrl AppController::apiBase() const
{
    return QUrl(d->account.serverUrl);
}
QString AppController::lastError() const
{
    return d->lastError;
}
ServerStatistics AppController::serverStatistics() const
{
    return d->stats;
}
MirrorOverview AppController::mirrorOverview() const
{
    return d->overview;
}
QList<RunResult> AppController::recentRuns() const
{
    return d->recent;
}
int AppController::requestTimeoutMs() const
{
    return d->requestTimeoutMs();
}

QList<QPair<QByteArray, QByteArray>> AppController::authHeaders() const
{
    if (!d->sessionToken.isEmpty())
        return {{QByteArrayLiteral("Authorization"), "Bearer " + d->sessionToken.toUtf8()}};
    if (!d->apiKey.isEmpty())
        return {{QByteArrayLiteral("x-api-key"), d->apiKey.toUtf8()}};
    return {};
}

QString AppController::stateText(State state)
{
    switch (state) {
    case State::Disconnected:
        return tr("Not connected");
    case State::CheckingServer:
        return tr("Checking the server…");
    case State::LoggingIn:
        return tr("Logging in…");
    case State::Connected:
        return tr("Connected");
    case State::Offline:
        return tr("Offline: showing the local mirror");
    case State::NeedsLogin:
        return tr("Log in needed");
    }
    return {};
}

void AppController::probeServer(const QString &url)
{
    d->probe(url, [this](const ServerProbe &p) { Q_EMIT serverProbed(p); });
}

void AppController::logIn(
    const QString &url, const QString &email, const QString &password, const QString &apiKey)
{
    const quint64 my = ++d->attempt;
    const State before = d->state;
    d->setState(State::CheckingServer);
    const bool demo = d->demo && d->demo->isRunning() && url == d->demo->baseUrl().toString();
    auto fail = [this, before](const ApiError &e) {
        d->lastError = e.userMessage();
        d->setState(d->hasAccount
                ? (before == State::CheckingServer || before == State::LoggingIn ? State::NeedsLogin
                                                                                 : before)
                : State::Disconnected);
        Q_EMIT loginFinished(false, e);
    };
    d->probe(url, [this, my, url, email, password, apiKey, demo, fail](const ServerProbe &p) {
        if (my != d->attempt)
            return;
        Q_EMIT serverProbed(p);
        if (p.error.isError()) {
            fail(p.error);
            return;
        }
        d->setState(State::LoggingIn);
        const Expected<ServerUrl> server = ServerUrl::parse(url);
        auto *authClient = new ImmichClient(this);
        authClient->setServerUrl(*server);
        authClient->setInactivityTimeout(std::chrono::milliseconds(d->requestTimeoutMs()));

        // Once the user is known: save the account, store the secrets, make it current.
        auto finish = [this, my, p, demo, authClient, apiKey](const QString &token,
                          const QString &userId, const QString &userEmail, const QString &name) {
            authClient->deleteLater();
            if (my != d->attempt)
                return;
            AccountInfo a = d->accounts.find(p.apiBase, userEmail);
            const QString oldToken = (a.id == d->account.id) ? d->sessionToken : QString();
            a.serverUrl = p.apiBase;
            a.email = userEmail;
            a.userId = userId;
            a.userName = name;
            a.serverVersion = p.version.toString();
            a.demo = demo;
            a.lastUsed = QDateTime::currentDateTimeUtc();
            a = d->accounts.save(a);
            if (a.demo && a.id.isEmpty()) // the store keeps no demo accounts: give it a session id
                a.id = QStringLiteral("demo-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
            if (a.demo) // a throwaway session: never in the keychain
                d->secrets->keepInMemoryOnly(a.id);
            if (!token.isEmpty()) {
                // The previous session of this installation is replaced: end it on the server so
                // that sessions do not pile up in the user's list.
                if (!oldToken.isEmpty() && oldToken != token) {
                    auto *old = new ImmichClient(this);
                    old->setServerUrl(d->client->serverUrl());
                    old->setSessionToken(oldToken);
                    LogoutJob *job = old->logout();
                    connect(job, &ApiJob::finished, old, &QObject::deleteLater);
                }
                d->secrets->write(a.id, SecretStore::Kind::SessionToken, token);
            }
            if (!apiKey.isEmpty())
                d->secrets->write(a.id, SecretStore::Kind::ApiKey, apiKey);
            d->sessionToken = token;
            d->apiKey = apiKey;
            d->openAccount(a);
            d->version = p.version;
            d->caps = p.capabilities;
            d->applyCredentials();
            Q_EMIT capabilitiesChanged();
            Q_EMIT accountsChanged();
            d->becomeConnected();
            Q_EMIT loginFinished(true, {});
        };

        if (!password.isEmpty()) {
            LoginJob *job = authClient->login(LoginCredential {email, password});
            connect(job, &LoginJob::succeeded, this, [finish](const LoginResponse &r) {
                finish(r.accessToken, r.userId, r.userEmail, r.name);
            });
            connect(job, &ApiJob::failed, this, [authClient, fail](const ApiError &e) {
                authClient->deleteLater();
                fail(e);
            });
        } else {
            // API key only: full/delta sync, statistics and thumbnails work; the stream will not.
            authClient->setApiKey(apiKey);
            GetMyUserJob *job = authClient->getMyUser();
            connect(job, &GetMyUserJob::succeeded, this,
                [finish](const UserAdminResponse &u) { finish(QString(), u.id, u.email, u.name); });
            connect(job, &ApiJob::failed, this, [authClient, fail](const ApiError &e) {
                authClient->deleteLater();
                fail(e);
            });
        }
    });
}

void AppController::switchAccount(const QString &accountId)
{
    const AccountInfo a = d->accounts.account(accountId);
    if (a.id.isEmpty())
        return;
    ++d->attempt;
    d->sessionToken.clear();
    d->apiKey.clear();
    d->openAccount(a);
    Q_EMIT accountsChanged();
    if (a.demo && !(d->demo && d->demo->isRunning())) {
        d->setState(State::Offline);
        return;
    }
    d->setState(State::CheckingServer);
    const quint64 my = d->attempt;
    const QString id = a.id;
    d->secrets->read(
        id, SecretStore::Kind::SessionToken, [this, my, id](const QString &token, const QString &) {
            if (my != d->attempt)
                return;
            d->sessionToken = token;
            d->secrets->read(
                id, SecretStore::Kind::ApiKey, [this, my](const QString &key, const QString &) {
                    if (my != d->attempt)
                        return;
                    d->apiKey = key;
                    d->applyCredentials();
                    d->verify();
                });
        });
}

void AppController::reconnect()
{
    if (!d->hasAccount)
        return;
    d->verify();
}

void AppController::logOut()
{
    if (!d->hasAccount)
        return;
    if (d->sync->isRunning())
        d->sync->cancel();
    const QString id = d->account.id;
    ++d->attempt;
    if (!d->sessionToken.isEmpty()) {
        auto *old = new ImmichClient(this);
        old->setServerUrl(d->client->serverUrl());
        old->setSessionToken(d->sessionToken);
        LogoutJob *job = old->logout();
        connect(job, &ApiJob::failed, this, [this](const ApiError &e) {
            if (e.kind != ApiError::Kind::Unauthorized)
                Q_EMIT errorOccurred(
                    e, tr("Logging out (the session may still exist on the server)"));
        });
        connect(job, &ApiJob::finished, old, &QObject::deleteLater);
    }
    d->secrets->remove(id, SecretStore::Kind::SessionToken);
    d->sessionToken.clear();
    d->applyCredentials();
    d->checkpoints->clear();
    d->setState(State::NeedsLogin);
    Q_EMIT accountChanged(d->account);
}

void AppController::forgetAccount(const QString &accountId)
{
    if (d->hasAccount && d->account.id == accountId) {
        logOut();
        d->secrets->remove(accountId, SecretStore::Kind::ApiKey);
        d->hasAccount = false;
        d->account = {};
        d->apiKey.clear();
        d->mirrorPath.clear();
        d->assets->setMirrorPath({});
        d->history->setMirrorPath({});
        d->setReaderPath({});
        d->caps = {};
        d->version = {};
        d->setState(State::Disconnected);
        Q_EMIT accountChanged(d->account);
        Q_EMIT capabilitiesChanged();
    } else {
        d->secrets->remove(accountId, SecretStore::Kind::SessionToken);
        d->secrets->remove(accountId, SecretStore::Kind::ApiKey);
    }
    d->accounts.remove(accountId);
    Q_EMIT accountsChanged();
}

void AppController::startDemo()
{
    if (!d->demo) {
        d->demo = std::make_unique<TidemarkDev::DevServer>();
        d->demoDir = std::make_unique<QTemporaryDir>();
        TidemarkDev::LibrarySpec spec;
        spec.seed = 2026;
        spec.ownAssets = 600;
        spec.partnerAssets = 150;
        spec.albums = 6;
        d->demo->generateLibrary(spec);
    }
    if (!d->demo->isRunning() && !d->demo->start(0)) {
        const ApiError e = ApiError::make(
            ApiError::Kind::Network, QStringLiteral("demo server"), d->demo->errorString());
        Q_EMIT loginFinished(false, e);
        return;
    }
    const QString url = d->demo->baseUrl().toString();
    Q_EMIT demoStarted(url);
    logIn(url, TidemarkDev::DevServer::adminEmail(), TidemarkDev::DevServer::adminPassword());
}

void AppController::refreshOverview()
{
    d->refreshMirrorOverview();
    if (d->state != State::Connected)
        return;
    const quint64 my = d->attempt;
    AssetStatisticsJob *job = d->client->getAssetStatistics();
    connect(job, &AssetStatisticsJob::succeeded, this, [this, my](const AssetStatsResponse &r) {
        if (my != d->attempt)
            return;
        d->stats.valid = true;
        d->stats.images = r.images;
        d->stats.videos = r.videos;
        d->stats.total = r.total;
        d->stats.fetchedAt = QDateTime::currentDateTimeUtc();
        Q_EMIT overviewChanged();
    });
    connect(job, &ApiJob::failed, this, [this, my](const ApiError &e) {
        if (my != d->attempt)
            return;
        d->stats = {};
        d->noteError(e);
        Q_EMIT overviewChanged();
    });
}

void AppController::setApiKey(const QString &apiKey)
{
    if (!d->hasAccount)
        return;
    d->apiKey = apiKey;
    if (apiKey.isEmpty())
        d->secrets->remove(d->account.id, SecretStore::Kind::ApiKey);
    else
        d->secrets->write(d->account.id, SecretStore::Kind::ApiKey, apiKey);
    d->applyCredentials();
    Q_EMIT accountChanged(d->account);
}

} // namespace Tidemark
