// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppController.h"

#include "MirrorReader.h"
#include "ThumbnailCache.h"
#include "UiSettings.h"
#include "account/SecretStore.h"
#include "mirror/MirrorHealth.h"
#include "mirror/MirrorLocation.h"
#include "mirror/MirrorStore.h"
#include "models/AssetTableModel.h"
#include "models/CheckpointModel.h"
#include "models/EventLogModel.h"
#include "models/RunHistoryModel.h"
#include "session/RedirectRelay.h"
#include "session/Session.h"
#include "sync/SyncService.h"

#include "DevServer.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QVersionNumber>

namespace Tidemark {

class AppController::Private
{
public:
    AppController *q = nullptr;
    AccountStore accounts;
    SecretStore *secrets = nullptr;
    Session *session = nullptr;
    SyncService *sync = nullptr;
    AssetTableModel *assets = nullptr;
    CheckpointModel *checkpoints = nullptr;
    EventLogModel *events = nullptr;
    RunHistoryModel *history = nullptr;
    ThumbnailCache *thumbnails = nullptr;
    MirrorReader *reader = nullptr;
    QTimer *overviewDelay = nullptr;

    QString mirrorPath;
    ServerStatistics stats;
    MirrorOverview overview;
    QList<RunResult> recent;
    quint64 healthGeneration = 0; //!< bumps per opened mirror: a late background check is dropped
    bool healthPending = false; //!< the opened mirror still waits for its background quick_check
    bool overviewRunning
        = false; //!< a month count is on the reader: a new request only marks it stale
    bool overviewStale = false;
    bool mirrorUpgrading = false; //!< the sync thread is upgrading the mirror's format

    DemoServerFactory demoFactory;
    MirrorRecoveryPrompt recoveryPrompt;
    BrowserOpener browserOpener;
    RedirectRelay *relay = nullptr;
    QString relayName = RedirectRelay::defaultName();
    std::unique_ptr<TidemarkDev::DevServer> demo;
    std::unique_ptr<QTemporaryDir> demoDir;

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

    //! Points everything at the account the session opened (mirror, models, thumbnails).
    //! Credentials may follow.
    void openAccount(const AccountInfo &a)
    {
        if (sync->isRunning())
            sync->cancel();
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
        applyConnection();
        Q_EMIT q->recentRunsChanged();
        refreshMirrorOverview();
    }

    //! The current account was forgotten: the models let go of its mirror.
    void closeAccount()
    {
        if (sync->isRunning())
            sync->cancel();
        mirrorPath.clear();
        checkpoints->clear();
        assets->setMirrorPath({});
        history->setMirrorPath({});
        setReaderPath({});
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
        if (header.ok() || (recoveryPrompt && recoveryPrompt(header, &aside))) {
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
        if (recoveryPrompt && recoveryPrompt(report, &aside)) {
            noteRebuilt(aside);
            attachMirrorWhenReady();
            setReaderPath(mirrorPath, session->account().userId);
        } else {
            Q_EMIT q->errorOccurred(report.error(), AppController::tr("Mirror"));
            mirrorPath.clear();
        }
        applyConnection();
        refreshMirrorOverview();
    }

    //! The sync engine's connection follows the session's credentials and the open mirror.
    void applyConnection()
    {
        session->setRequestTimeoutMs(requestTimeoutMs());
        const ServerVersion version = session->serverVersion();
        SyncConnection c;
        const AccountInfo account = session->account();
        c.apiBase = QUrl(
            session->currentAddress().isEmpty() ? account.serverUrl : session->currentAddress());
        c.sessionToken = session->sessionToken();
        c.apiKey = session->apiKey();
        c.userId = account.userId;
        c.serverVersion = QVersionNumber(version.major, version.minor, version.patch);
        c.mirrorPath = mirrorPath;
        c.inactivityTimeoutMs = requestTimeoutMs();
        c.access = session->serverAccess();
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
        if (session->hasSession() && session->capabilities().hasSyncStream())
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
};

AppController::AppController(QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    qRegisterMetaType<ServerProbe>();
    qRegisterMetaType<Error>();
    qRegisterMetaType<RunProgress>();
    qRegisterMetaType<RunResult>();
    qRegisterMetaType<CheckpointRow>();
    qRegisterMetaType<EventSummary>();
    d->q = this;
    d->secrets = new SecretStore(QStringLiteral("Tidemark"), this);
    d->session = new Session(d->accounts, d->secrets, this);
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
    QPointer<Session> fetchVia = d->session;
    d->thumbnails->setFetcher(
        [fetchVia](const QString &id, std::function<void(const QByteArray &, bool)> done) {
            if (!fetchVia) {
                done({}, false);
                return;
            }
            fetchVia->fetchThumbnail(id, std::move(done));
        });

    connect(d->secrets, &SecretStore::keychainUnavailable, this, [this](const QString &reason) {
        Q_EMIT notice(
            tr("The system keychain is not available (%1): your session token is kept in "
               "memory until Tidemark quits, and you will have to log in again next time.")
                .arg(reason));
    });

    Session *session = d->session;
    connect(session, &Session::accountOpened, this,
        [this](const AccountInfo &a) { d->openAccount(a); });
    connect(session, &Session::accountClosed, this, [this] { d->closeAccount(); });
    connect(session, &Session::accountChanged, this, &AppController::accountChanged);
    connect(session, &Session::credentialsChanged, this, [this] { d->applyConnection(); });
    connect(session, &Session::capabilitiesChanged, this, &AppController::capabilitiesChanged);
    connect(session, &Session::accountsChanged, this, &AppController::accountsChanged);
    connect(session, &Session::serverProbed, this, &AppController::serverProbed);
    connect(session, &Session::loginFinished, this, [this](bool ok, const Error &e) {
        if (d->relay)
            d->relay->close();
        Q_EMIT loginFinished(ok, e);
    });
    connect(session, &Session::singleSignOnWaiting, this,
        [this](const QUrl &url, SingleSignOn::Redirect redirect) {
            if (redirect == SingleSignOn::Redirect::AppLink) {
                if (!d->relay) {
                    d->relay = new RedirectRelay(this);
                    connect(d->relay, &RedirectRelay::received, d->session,
                        &Session::completeSingleSignOn);
                }
                d->relay->listen(d->relayName);
            }
            const bool opened
                = d->browserOpener ? d->browserOpener(url) : QDesktopServices::openUrl(url);
            Q_EMIT singleSignOnWaiting(url, redirect, opened);
        });
    connect(session, &Session::errorOccurred, this, &AppController::errorOccurred);
    connect(session, &Session::addressChanged, this, &AppController::addressChanged);
    connect(session, &Session::stateChanged, this, [this](Session::State s) {
        if (s == Session::State::Connected)
            d->becomeConnected();
        Q_EMIT stateChanged(s);
    });

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
        d->applyConnection(); // an address or a token that changed during the run
        d->attachMirrorWhenReady();
        d->history->onRunFinished(r);
        d->recent.prepend(r);
        while (d->recent.size() > 8)
            d->recent.removeLast();
        Q_EMIT recentRunsChanged();
        d->assets->refresh();
        d->refreshMirrorOverview();
        // Server and local checkpoints (and manual mode's pending acks) moved with the run.
        if (r.kind == RunKind::Stream && d->session->hasSession()
            && d->session->state() == Session::State::Connected)
            d->sync->refreshCheckpoints();
        if (r.outcome == RunOutcome::Failed
            || (r.outcome == RunOutcome::Interrupted && r.error.isError())) {
            d->session->noteError(r.error);
            Q_EMIT errorOccurred(r.error, tr("Sync"));
        }
        if (!r.unknownTypes.isEmpty())
            Q_EMIT notice(unknownTypesNotice(r.unknownTypes));
        if (r.outcome == RunOutcome::ResetByServer)
            d->assets->reload();
    });
    connect(sync, &SyncService::operationFailed, this,
        [this](const QString &operation, const Error &e) {
            d->session->noteError(e);
            Q_EMIT errorOccurred(e, operation);
        });
    connect(sync, &SyncService::warning, this, &AppController::notice);
}

AppController::~AppController()
{
    if (d->sync->isRunning())
        d->sync->cancel();
    // Demo accounts do not outlive the process (their server and port are gone).
    if (d->session->hasAccount() && d->session->account().demo)
        d->accounts.remove(d->session->account().id);
}

void AppController::setDemoServerFactory(DemoServerFactory factory)
{
    d->demoFactory = std::move(factory);
}

void AppController::setMirrorRecoveryPrompt(MirrorRecoveryPrompt prompt)
{
    d->recoveryPrompt = std::move(prompt);
}

bool AppController::setAddresses(const QStringList &addresses, QString *error)
{
    return d->session->setAddresses(addresses, error);
}

ServerAccess AppController::serverAccess() const
{
    return d->session->serverAccess();
}

void AppController::setServerAccess(const ServerAccess &access)
{
    d->session->setServerAccess(access);
}

QString AppController::currentAddress() const
{
    return d->session->currentAddress();
}

void AppController::setBrowserOpener(BrowserOpener opener)
{
    d->browserOpener = std::move(opener);
}

void AppController::setRedirectRelayName(const QString &name)
{
    d->relayName = name;
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
Session *AppController::session() const
{
    return d->session;
}
AppController::State AppController::state() const
{
    return d->session->state();
}
AccountInfo AppController::currentAccount() const
{
    return d->session->account();
}
bool AppController::hasAccount() const
{
    return d->session->hasAccount();
}
ServerCapabilities AppController::capabilities() const
{
    return d->session->capabilities();
}
ServerVersion AppController::serverVersion() const
{
    return d->session->serverVersion();
}
bool AppController::hasSession() const
{
    return d->session->hasSession();
}
bool AppController::hasApiKey() const
{
    return d->session->hasApiKey();
}
bool AppController::isDemo() const
{
    return d->session->hasAccount() && d->session->account().demo;
}
QString AppController::mirrorPath() const
{
    return d->mirrorPath;
}
QUrl AppController::apiBase() const
{
    return QUrl(d->session->account().serverUrl);
}
QString AppController::lastError() const
{
    return d->session->lastError();
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
    if (d->session->hasSession())
        return {
            {QByteArrayLiteral("Authorization"), "Bearer " + d->session->sessionToken().toUtf8()}};
    if (d->session->hasApiKey())
        return {{QByteArrayLiteral("x-api-key"), d->session->apiKey().toUtf8()}};
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

void AppController::probeServer(const QString &url, const ServerAccess &access)
{
    d->session->probe(
        url, [this](const ServerProbe &p) { Q_EMIT serverProbed(p); }, access);
}

void AppController::logIn(const QString &url, const QString &email, const QString &password,
    const QString &apiKey, const ServerAccess &access)
{
    LoginRequest r;
    r.url = url;
    r.email = email;
    r.password = password;
    r.apiKey = apiKey;
    r.access = access;
    r.demo = d->demo && d->demo->isRunning() && url == d->demo->baseUrl().toString();
    d->session->logIn(r);
}

void AppController::logInWithSingleSignOn(
    const QString &url, SingleSignOn::Redirect redirect, const ServerAccess &access)
{
    const bool demo = d->demo && d->demo->isRunning() && url == d->demo->baseUrl().toString();
    d->session->logInWithSingleSignOn(url, redirect, demo, access);
}

void AppController::completeSingleSignOn(const QUrl &url)
{
    d->session->completeSingleSignOn(url);
}

void AppController::cancelSingleSignOn()
{
    d->session->cancelSingleSignOn();
}

void AppController::switchAccount(const QString &accountId)
{
    const AccountInfo a = d->accounts.account(accountId);
    if (a.id.isEmpty())
        return;
    d->session->open(a, !a.demo || (d->demo && d->demo->isRunning()));
}

void AppController::reconnect()
{
    d->session->verify();
}

void AppController::logOut()
{
    if (!d->session->hasAccount())
        return;
    if (d->sync->isRunning())
        d->sync->cancel();
    d->session->logOut();
    d->checkpoints->clear(); // the server's checkpoints went with the session
}

void AppController::forgetAccount(const QString &accountId)
{
    if (d->session->hasAccount() && d->session->account().id == accountId && d->sync->isRunning())
        d->sync->cancel();
    d->session->forget(accountId);
}

void AppController::startDemo()
{
    if (!d->demo && d->demoFactory) {
        d->demo = d->demoFactory();
        d->demoDir = std::make_unique<QTemporaryDir>();
    }
    if (!d->demo) {
        Q_EMIT loginFinished(false,
            Error::make(
                Error::Kind::Cancelled, tr("the demo: this copy of Tidemark has no demo server")));
        return;
    }
    if (!d->demo->isRunning() && !d->demo->start(0)) {
        const Error e = Error::make(
            Error::Kind::Network, QStringLiteral("demo server"), d->demo->errorString());
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
    if (d->session->state() != Session::State::Connected)
        return;
    d->session->fetchStatistics([this](const AssetStatsResponse &r, const Error &e) {
        if (e.isError()) {
            d->stats = {};
        } else {
            d->stats.valid = true;
            d->stats.images = r.images;
            d->stats.videos = r.videos;
            d->stats.total = r.total;
            d->stats.fetchedAt = QDateTime::currentDateTimeUtc();
        }
        Q_EMIT overviewChanged();
    });
}

void AppController::setApiKey(const QString &apiKey)
{
    d->session->setApiKey(apiKey);
}

} // namespace Tidemark
