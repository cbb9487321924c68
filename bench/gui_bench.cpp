// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// gui_bench: does the window stay responsive while a large sync runs, and how soon does a cold
// start show the assets of a large mirror?
//
//   gui_bench [N=1000000] [--panel sync|assets|grid|inspector|overview] [--keep DIR]
//             [--devserver PATH] [--slowest K] [--log-limit L] [--no-cold] [--server-nice N]
//
// (a) tidemark-devserver (from the build tree) runs as a child process with N own assets; the
//     real MainWindow + AppController (offscreen unless QT_QPA_PLATFORM says otherwise) log in
//     and run a stream sync of AssetsV1 (N AssetV1 events + SyncCompleteV1) from the Sync panel,
//     with the chosen panel visible. A 5 ms QTimer measures how late each tick fires: the longest
//     GUI-thread stall and the 99th percentile, during the run and in the 3 s after it.
//     Every event dispatched on the GUI thread is timed too; the slowest ones are listed with
//     their receiver and event type, which is where to look first when a stall is long.
// (b) the window and controller are destroyed; a new AppController + MainWindow open the same
//     account (its mirror of N assets), Assets tab showing: time until
//     AssetTableModel::firstRowsReady, until row 0 is loaded, until the count reaches N, until
//     the overview's counts per month are ready, and how long closing takes.
// (c) peak RSS (VmHWM) of this process (the server is a separate process).
// --server-nice N runs the server with nice N: on two cores it otherwise takes a core from the
// window, which a server on another machine (the usual case) does not.

#include "AppController.h"
#include "MainWindow.h"
#include "mirror/MirrorLocation.h"
#include "models/AssetTableModel.h"
#include "models/EventLogModel.h"
#include "panels/AssetsPanel.h"
#include "panels/SyncPanel.h"
#include "sync/SyncService.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <vector>

#include <sys/resource.h>

using namespace Tidemark;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

qint64 procStatusKb(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &l : lines)
        if (l.startsWith(key))
            return l.mid(qsizetype(qstrlen(key))).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

QString mib(qint64 kb)
{
    return QString::number(double(kb) / 1024.0, 'f', 1) + QStringLiteral(" MiB");
}

//! Times every top-level event dispatch on the GUI thread (receiver class + event type).
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    struct Slow
    {
        qint64 ns = 0;
        qint64 atMs = 0;
        QString what;
    };

    bool notify(QObject *receiver, QEvent *event) override
    {
        // GUI thread only (worker and reader threads dispatch their events through here too).
        if (m_recording && event->type() == QEvent::LayoutRequest
            && QThread::currentThread() == thread())
            ++m_layoutRequests[widgetPath(receiver)];
        if (m_recording && event->type() == QEvent::Paint && QThread::currentThread() == thread()) {
            // Paints are sent one widget at a time inside the window's UpdateRequest: which
            // widget's paint costs what.
            const qint64 t0 = m_paintClock.nsecsElapsed();
            const bool r = m_depth > 0 ? QApplication::notify(receiver, event)
                                       : timedNotify(receiver, event);
            const qint64 ns = m_paintClock.nsecsElapsed() - t0;
            auto &agg = m_paints[widgetPath(receiver)];
            agg.first = std::max(agg.first, ns);
            agg.second += ns;
            return r;
        }
        if (m_depth > 0 || !m_recording || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        return timedNotify(receiver, event);
    }

    bool timedNotify(QObject *receiver, QEvent *event)
    {
        ++m_depth;
        const qint64 start = m_clock.nsecsElapsed();
        const int type = int(event->type());
        const char *cls = receiver->metaObject()->className();
        const QString name = receiver->objectName();
        const bool r = QApplication::notify(receiver, event);
        const qint64 ns = m_clock.nsecsElapsed() - start;
        --m_depth;
        if (ns > 2'000'000) {
            const QString what
                = QStringLiteral("%1%2 event %3")
                      .arg(QString::fromLatin1(cls),
                          name.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(name))
                      .arg(type);
            m_slow.push_back({ns, start / 1'000'000, what});
            std::sort(m_slow.begin(), m_slow.end(),
                [](const Slow &a, const Slow &b) { return a.ns > b.ns; });
            if (m_slow.size() > 64)
                m_slow.resize(64);
            auto &agg = m_byKind[what];
            agg.first += 1;
            agg.second += ns;
        }
        return r;
    }

    void startRecording()
    {
        m_slow.clear();
        m_byKind.clear();
        m_layoutRequests.clear();
        m_paints.clear();
        m_paintClock.start();
        m_clock.start();
        m_recording = true;
    }
    void stopRecording() { m_recording = false; }
    const std::vector<Slow> &slowest() const { return m_slow; }
    //! what -> (dispatches over 2 ms, total ns)
    const std::map<QString, std::pair<qint64, qint64>> &byKind() const { return m_byKind; }
    //! receiver ("Class \"name\" in Parent…") -> LayoutRequest events it got (a relayout each)
    const std::map<QString, int> &layoutRequests() const { return m_layoutRequests; }
    //! painted widget -> (longest paint, total ns)
    const std::map<QString, std::pair<qint64, qint64>> &paints() const { return m_paints; }

private:
    static QString widgetPath(const QObject *o)
    {
        QStringList parts;
        for (int i = 0; o && i < 3; ++i, o = o->parent()) {
            const QString name = o->objectName();
            parts << QString::fromLatin1(o->metaObject()->className())
                    + (name.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(name));
        }
        return parts.join(QLatin1StringView(" in "));
    }

    QElapsedTimer m_clock;
    int m_depth = 0;
    bool m_recording = false;
    std::vector<Slow> m_slow;
    std::map<QString, std::pair<qint64, qint64>> m_byKind;
    std::map<QString, int> m_layoutRequests;
    std::map<QString, std::pair<qint64, qint64>> m_paints;
    QElapsedTimer m_paintClock;
};

//! A 5 ms timer that measures how late it fires: the GUI thread's stalls.
class LatencyProbe : public QObject
{
public:
    static constexpr qint64 kIntervalNs = 5'000'000;

    explicit LatencyProbe(QObject *parent = nullptr) : QObject(parent)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }

    void start()
    {
        reset();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    void reset()
    {
        m_delaysUs.clear();
        m_worstUs = 0;
        m_worstAtMs = 0;
        m_clock.start();
        m_last = m_clock.nsecsElapsed();
    }

    struct Figures
    {
        qint64 ticks = 0;
        double maxMs = 0, p99Ms = 0, p50Ms = 0;
        qint64 atMs = 0; //!< when the longest stall ended, ms since reset()
        qint64 over50 = 0, over16 = 0;
    };
    Figures figures() const
    {
        Figures f;
        if (m_delaysUs.empty())
            return f;
        std::vector<qint64> d = m_delaysUs;
        std::sort(d.begin(), d.end());
        f.ticks = qint64(d.size());
        f.maxMs = double(d.back()) / 1000.0;
        f.p99Ms = double(d[std::min(d.size() - 1, size_t(double(d.size()) * 0.99))]) / 1000.0;
        f.p50Ms = double(d[d.size() / 2]) / 1000.0;
        f.atMs = m_worstAtMs;
        f.over50 = std::count_if(d.begin(), d.end(), [](qint64 us) { return us > 50'000; });
        f.over16 = std::count_if(d.begin(), d.end(), [](qint64 us) { return us > 16'000; });
        return f;
    }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 lateUs = std::max<qint64>(0, (now - m_last - kIntervalNs) / 1000);
        if (lateUs > m_worstUs || m_delaysUs.empty()) {
            m_worstUs = lateUs;
            m_worstAtMs = now / 1'000'000;
        }
        m_delaysUs.push_back(lateUs);
        m_last = now;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worstUs = 0;
    qint64 m_worstAtMs = 0;
    std::vector<qint64> m_delaysUs;
};

void printFigures(const QString &label, const LatencyProbe::Figures &f)
{
    out() << "  " << label << ": longest stall " << QString::number(f.maxMs, 'f', 1) << " ms (at "
          << f.atMs << " ms), p99 " << QString::number(f.p99Ms, 'f', 1) << " ms, median "
          << QString::number(f.p50Ms, 'f', 2) << " ms, " << f.ticks << " ticks, " << f.over16
          << " over 16 ms, " << f.over50 << " over 50 ms\n";
}

void printSlowest(const TimedApplication &app, int k)
{
    std::vector<std::pair<int, QString>> layouts;
    for (const auto &[what, count] : app.layoutRequests())
        layouts.emplace_back(count, what);
    std::sort(layouts.begin(), layouts.end(),
        [](const auto &a, const auto &b) { return a.first > b.first; });
    if (!layouts.empty())
        out() << "  layout requests by receiver (most first):\n";
    for (size_t i = 0; i < layouts.size() && i < size_t(std::max(k, 3)); ++i)
        out() << "    " << layouts[i].first << "  " << layouts[i].second << '\n';
    if (k <= 0)
        return;
    out() << "  slowest GUI-thread event dispatches (receiver, QEvent type; 43 = queued slot "
             "call):\n";
    int i = 0;
    for (const auto &s : app.slowest()) {
        if (i++ >= k)
            break;
        out() << "    " << QString::number(double(s.ns) / 1e6, 'f', 1) << " ms at " << s.atMs
              << " ms: " << s.what << '\n';
    }
    std::vector<std::pair<QString, std::pair<qint64, qint64>>> paints(
        app.paints().begin(), app.paints().end());
    std::sort(paints.begin(), paints.end(),
        [](const auto &a, const auto &b) { return a.second.first > b.second.first; });
    out() << "  paints by widget (longest, total):\n";
    for (size_t j = 0; j < paints.size() && j < size_t(k); ++j)
        out() << "    " << paints[j].first << ": "
              << QString::number(double(paints[j].second.first) / 1e6, 'f', 1) << " ms, "
              << QString::number(double(paints[j].second.second) / 1e6, 'f', 0) << " ms\n";
    std::vector<std::pair<QString, std::pair<qint64, qint64>>> kinds(
        app.byKind().begin(), app.byKind().end());
    std::sort(kinds.begin(), kinds.end(),
        [](const auto &a, const auto &b) { return a.second.second > b.second.second; });
    out() << "  dispatches over 2 ms by receiver and type (count, total):\n";
    i = 0;
    for (const auto &[what, agg] : kinds) {
        if (i++ >= k)
            break;
        out() << "    " << what << ": " << agg.first << ", "
              << QString::number(double(agg.second) / 1e6, 'f', 0) << " ms\n";
    }
}

//! Runs the event loop until done() or the timeout; false on timeout. Sleeps between events
//! (a processEvents() spin would take a core from the sync threads).
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(10);
    QElapsedTimer t;
    t.start();
    bool ok = false;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done()) {
            ok = true;
            loop.quit();
        } else if (t.elapsed() > timeoutMs) {
            loop.quit();
        }
    });
    poll.start();
    loop.exec();
    return ok;
}

MainWindow::Panel panelFromName(const QString &name, bool *grid)
{
    *grid = false;
    if (name == QLatin1StringView("assets"))
        return MainWindow::AssetsTab;
    if (name == QLatin1StringView("grid")) {
        *grid = true;
        return MainWindow::AssetsTab;
    }
    if (name == QLatin1StringView("inspector"))
        return MainWindow::InspectorTab;
    if (name == QLatin1StringView("overview"))
        return MainWindow::OverviewTab;
    return MainWindow::SyncTab;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("TIDEMARK_NO_KEYCHAIN", "1");
    TimedApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TidemarkBench"));
    QCoreApplication::setApplicationName(QStringLiteral("tidemark-gui-bench"));

    qint64 n = 1000000;
    QString panelName = QStringLiteral("sync");
    QString keepDir;
    QString devserver = QStringLiteral(TIDEMARK_DEVSERVER_PATH);
    int slowest = 8;
    int logLimit = -1; // event-log lines per progress tick; -1 = what AppController sets
    bool cold = true;
    int serverNice = 0; // --server-nice: the server as if on another machine (see the README)
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1StringView("--panel") && i + 1 < args.size())
            panelName = args[++i];
        else if (args[i] == QLatin1StringView("--keep") && i + 1 < args.size())
            keepDir = args[++i];
        else if (args[i] == QLatin1StringView("--devserver") && i + 1 < args.size())
            devserver = args[++i];
        else if (args[i] == QLatin1StringView("--slowest") && i + 1 < args.size())
            slowest = args[++i].toInt();
        else if (args[i] == QLatin1StringView("--log-limit") && i + 1 < args.size())
            logLimit = args[++i].toInt();
        else if (args[i] == QLatin1StringView("--no-cold"))
            cold = false;
        else if (args[i] == QLatin1StringView("--server-nice") && i + 1 < args.size())
            serverNice = args[++i].toInt();
        else
            n = args[i].toLongLong();
    }
    if (n <= 0) {
        QTextStream(stderr)
            << "usage: gui_bench [N] [--panel sync|assets|grid|inspector|overview] [--keep DIR]\n"
               "                 [--devserver PATH] [--slowest K] [--log-limit L] [--no-cold]\n"
               "                 [--server-nice N]\n";
        return 2;
    }

    // A private settings file and mirror folder (removed at the end unless --keep).
    std::unique_ptr<QTemporaryDir> temp;
    QString base = keepDir;
    if (base.isEmpty()) {
        temp = std::make_unique<QTemporaryDir>();
        base = temp->path();
    }
    QDir().mkpath(base + QStringLiteral("/mirrors"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(
        QSettings::IniFormat, QSettings::UserScope, base + QStringLiteral("/settings"));
    QSettings().clear();
    MirrorLocation::setDefaultDirectoryOverride(base + QStringLiteral("/mirrors"));

    // The server, as its own process.
    QProcess server;
    server.setProcessChannelMode(QProcess::SeparateChannels);
    server.start(devserver,
        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--assets"),
            QString::number(n), QStringLiteral("--partner-assets"), QStringLiteral("0")});
    if (!server.waitForStarted(10000)) {
        QTextStream(stderr) << "cannot start " << devserver << ": " << server.errorString() << '\n';
        return 1;
    }
    if (serverNice > 0) {
        // The server shares this machine's two cores with the window; on a user's machine it
        // usually runs elsewhere. A niced server leaves the window's threads the cores first.
        ::setpriority(PRIO_PROCESS, static_cast<id_t>(server.processId()), serverNice);
        QTextStream(stdout) << "dev server niced to " << serverNice << '\n';
    }
    QElapsedTimer genTimer;
    genTimer.start();
    QString url;
    while (url.isEmpty()) {
        if (!server.waitForReadyRead(600000)) {
            QTextStream(stderr) << "dev server did not start: " << server.readAllStandardError()
                                << '\n';
            return 1;
        }
        while (server.canReadLine()) {
            const auto m = QRegularExpression(QStringLiteral("listening on (\\S+)"))
                               .match(QString::fromUtf8(server.readLine()));
            if (m.hasMatch())
                url = m.captured(1);
        }
    }
    const auto stopServer = [&server] {
        server.terminate();
        if (!server.waitForFinished(10000))
            server.kill();
    };
    out() << "gui_bench: " << n << " assets; dev server pid " << server.processId() << " at " << url
          << " (library generated in " << genTimer.elapsed() << " ms); platform "
          << QGuiApplication::platformName() << "; panel " << panelName << "\n";
    out().flush();

    LatencyProbe probe;
    bool grid = false;
    const MainWindow::Panel panel = panelFromName(panelName, &grid);
    QString accountId;

    // ---- (a) the sync, in the window
    // --------------------------------------------------------------
    {
        auto controller = std::make_unique<AppController>();
        controller->setMemoryOnlySecrets(true);
        if (logLimit >= 0) {
            SyncTuning tuning = controller->syncService()->tuning();
            tuning.eventLogLimit = logLimit;
            controller->syncService()->setTuning(tuning);
        }
        auto window = std::make_unique<MainWindow>(controller.get());
        window->resize(1280, 820);
        window->show();
        controller->logIn(
            url, QStringLiteral("admin@example.test"), QStringLiteral("admin-password"));
        if (!waitFor(
                [&] { return controller->state() == AppController::State::Connected; }, 30000)) {
            QTextStream(stderr) << "login failed: " << controller->lastError() << '\n';
            stopServer();
            return 1;
        }
        accountId = controller->currentAccount().id;
        window->syncPanel()->setSelectedTypes({SyncRequestType::AssetsV1});
        window->syncPanel()->setAckMode(AckMode::Automatic);
        window->showPanel(panel);
        window->assetsPanel()->setViewMode(
            grid ? AssetsPanel::ViewMode::Grid : AssetsPanel::ViewMode::Table);
        waitFor([] { return false; }, 300); // settle: first paint, checkpoints, overview

        RunResult result;
        bool finished = false;
        qint64 progressSignals = 0;
        QObject::connect(controller->syncService(), &SyncService::progress, &probe,
            [&progressSignals](const RunProgress &) { ++progressSignals; });
        QObject::connect(
            controller->syncService(), &SyncService::runFinished, &probe, [&](const RunResult &r) {
                result = r;
                finished = true;
            });
        const qint64 rssBefore = procStatusKb("VmRSS:");
        app.startRecording();
        probe.start();
        QElapsedTimer wall;
        wall.start();
        window->syncPanel()->startButton()->click();
        if (!waitFor([&] { return finished; }, 3600 * 1000)) {
            QTextStream(stderr) << "the sync did not finish\n";
            stopServer();
            return 1;
        }
        const qint64 runWallMs = wall.elapsed();
        const LatencyProbe::Figures during = probe.figures();
        app.stopRecording();
        const auto slowRun = app.slowest();
        out() << "(a) sync in the window: " << runOutcomeName(result.outcome) << ", "
              << result.events << " events in " << result.elapsedMs << " ms ("
              << QString::number(result.elapsedMs > 0
                         ? double(result.events) * 1000.0 / double(result.elapsedMs)
                         : 0.0,
                     'f', 0)
              << " events/s), wall " << runWallMs << " ms, " << progressSignals
              << " progress signals, " << controller->eventLogModel()->rowCount()
              << " lines in the inspector\n";
        printFigures(QStringLiteral("during the run"), during);
        printSlowest(app, slowest);

        // After the run: the asset count refresh, overview and history reads.
        app.startRecording();
        probe.reset();
        QElapsedTimer settle;
        settle.start();
        const bool counted
            = waitFor([&] { return controller->assetModel()->totalCount() >= n; }, 60000);
        const qint64 countMs = settle.elapsed();
        waitFor([] { return false; }, 3000);
        app.stopRecording();
        out() << "  asset count reached " << controller->assetModel()->totalCount()
              << (counted ? "" : " (timeout)") << " " << countMs << " ms after runFinished\n";
        printFigures(QStringLiteral("3 s after the run"), probe.figures());
        printSlowest(app, std::min(slowest, 4));
        out() << "  RSS: " << mib(rssBefore) << " before the run, " << mib(procStatusKb("VmRSS:"))
              << " after\n";
        out().flush();
        probe.stop();
        window->hide();
        window.reset();
        controller.reset();
        waitFor([] { return false; }, 200);
    }

    // ---- (b) cold start on the mirror
    // ---------------------------------------------------------------
    if (cold) {
        QElapsedTimer t;
        t.start();
        auto controller = std::make_unique<AppController>();
        controller->setMemoryOnlySecrets(true);
        auto window = std::make_unique<MainWindow>(controller.get());
        window->resize(1280, 820);
        window->show();
        window->showPanel(MainWindow::AssetsTab);
        const qint64 windowMs = t.elapsed(); // constructing the window: not counted as a stall
        app.startRecording();
        probe.start();
        qint64 firstRowsMs = -1, firstRowsModelMs = -1, row0Ms = -1, countMs = -1;
        AssetTableModel *model = controller->assetModel();
        QObject::connect(model, &AssetTableModel::firstRowsReady, &probe, [&](qint64 sinceSetup) {
            if (firstRowsMs < 0) {
                firstRowsMs = t.elapsed();
                firstRowsModelMs = sinceSetup;
            }
        });
        qint64 overviewMs = -1;
        QObject::connect(controller.get(), &AppController::overviewChanged, &probe, [&] {
            if (overviewMs < 0 && controller->mirrorOverview().valid)
                overviewMs = t.elapsed();
        });
        QElapsedTimer sw;
        sw.start();
        controller->switchAccount(accountId);
        const bool ok = waitFor(
            [&] {
                if (row0Ms < 0 && model->rowCount() > 0 && model->isRowLoaded(0))
                    row0Ms = t.elapsed();
                if (countMs < 0 && model->totalCount() >= n)
                    countMs = t.elapsed();
                return row0Ms >= 0 && countMs >= 0;
            },
            120000);
        const qint64 switchToRow0 = row0Ms >= 0 ? row0Ms - windowMs : -1;
        waitFor([] { return false; }, 1000);
        app.stopRecording();
        out() << "(b) cold start on the " << n << "-asset mirror" << (ok ? "" : " (timeout)")
              << ": window " << windowMs << " ms; firstRowsReady " << firstRowsMs
              << " ms after start (" << firstRowsModelMs
              << " ms after the model's setup); row 0 loaded " << row0Ms << " ms after start ("
              << switchToRow0 << " ms after opening the account); count " << model->totalCount()
              << " at " << countMs << " ms\n";
        printFigures(QStringLiteral("cold start, from the shown window to 1 s after the count"),
            probe.figures());
        printSlowest(app, std::min(slowest, 4));
        probe.stop();
        // The overview's counts per month read every asset on the mirror reader thread.
        waitFor([&] { return overviewMs >= 0; }, 60000);
        out() << "  overview counts (assets per month) ready " << overviewMs << " ms after start\n";
        QElapsedTimer closing;
        closing.start();
        window.reset();
        controller.reset();
        out() << "  closing the window and controller: " << closing.elapsed() << " ms\n";
    }

    // ---- (c) memory
    // --------------------------------------------------------------------------------
    out() << "(c) peak RSS (VmHWM) of the GUI process: " << mib(procStatusKb("VmHWM:")) << '\n';
    out().flush();
    stopServer();
    if (!keepDir.isEmpty())
        out() << "kept " << keepDir << '\n';
    return 0;
}
