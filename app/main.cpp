// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// tidemark: the desktop application, or a headless command when the first argument names one.
//
//   tidemark                     the window; reconnects to the last account. A second start
//                                shows the running window instead (desktop/SingleInstance.h)
//   tidemark --demo              the window with the built-in sample server, logged in
//   tidemark --version | --help  answered without a display
//   tidemark app.immich:///oauth-callback?…
//                                the end of a single sign-on through Immich's app link (the
//                                desktop's URL-scheme handler runs this): handed to the Tidemark
//                                that waits for it (session/RedirectRelay.h), then exits
//   tidemark <subcommand> …      headless (login, status, stream, acks, full-sync, delta-sync, …):
//                                handled by app/cli before any QApplication exists, so it is
//                                never blocked by, or handed to, a running window
//
// The window logs to <AppDataLocation>/logs/tidemark.log (util/LogFile.h), rotated by size.

#include "AppController.h"
#include "MainWindow.h"
#include "UiSettings.h"
#include "desktop/SingleInstance.h"
#include "i18n/Translations.h"
#include "mirror/MirrorInterrupt.h"
#include "session/RedirectRelay.h"
#include "util/LogFile.h"

#include "DevServer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMetaEnum>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

#include <cstdio>
#include <cstring>

#if __has_include("cli/Cli.h")
#include "cli/Cli.h"
#define TIDEMARK_HAS_CLI 1
#else
#define TIDEMARK_HAS_CLI 0
#endif

namespace {

bool argIs(const char *arg, std::initializer_list<const char *> names)
{
    for (const char *n : names)
        if (std::strcmp(arg, n) == 0)
            return true;
    return false;
}

bool isSubcommand(int argc, char **argv)
{
    if (argc < 2)
        return false;
#if TIDEMARK_HAS_CLI
    return Tidemark::isCliInvocation(argc, argv);
#else
    return argIs(argv[1],
        {"login", "logout", "status", "stream", "acks", "full-sync", "delta-sync", "reconcile",
            "help"});
#endif
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Tidemark"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("tidemark.example"));
    QCoreApplication::setApplicationName(QStringLiteral("Tidemark"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TIDEMARK_VERSION_STRING));
}

//! The window's options; `tidemark --help` prints it followed by the headless commands.
void printWindowHelp()
{
    setApplicationNames();
    const QByteArray logDir
        = QDir::toNativeSeparators(Tidemark::LogFile::defaultDirectory()).toLocal8Bit();
    std::printf(
        "Usage: tidemark [--demo] [--no-keychain] [--new-instance]\n"
        "       tidemark <command> [options]     (headless, listed below)\n"
        "\n"
        "Tidemark %s, desktop client for the Immich Sync API. Without a command it opens its\n"
        "window; when a window is already open, it shows that one instead.\n"
        "\n"
        "Window options:\n"
        "  --demo          start the built-in sample server and log in to it (no server needed)\n"
        "  --no-keychain   keep secrets in memory only (log in again next time)\n"
        "  --new-instance  open a window even when one is already running\n"
        "  --version, -v   print the version and exit\n"
        "  --help, -h      print this help and exit\n"
        "\n"
        "Log file: %s/tidemark.log (rotated at 2 MiB, 5 older files kept).\n"
        "More detail in it and on stderr: QT_LOGGING_RULES=\"tidemark.sync.debug=true\"\n"
        "(categories tidemark.api, .stream, .sync, .mirror, .models, .account, .cli, .desktop).\n"
        "Help › Copy diagnostics in the window puts a report for bug reports on the clipboard.\n"
        "\n",
        TIDEMARK_VERSION_STRING, logDir.constData());
    std::fflush(stdout);
}

//! The browser opened Immich's app link at the end of a single sign-on: hand it to the Tidemark
//! (window or `tidemark login --oauth`) that waits for it. The address itself is never printed:
//! its code is for the waiting process only.
int relayAppLink(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QUrl url = QUrl::fromEncoded(QByteArray(argv[1]));
    if (Tidemark::RedirectRelay::send(url))
        return 0;
    std::fprintf(stderr,
        "tidemark: no Tidemark is waiting for a single sign-on, so this sign-in answer was not "
        "used. Start the login again in Tidemark.\n");
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc >= 2 && argIs(argv[1], {"--version", "-v"})) {
        std::printf("tidemark %s (Qt %s)\n", TIDEMARK_VERSION_STRING, qVersion());
        return 0;
    }
    if (argc == 2 && std::strncmp(argv[1], "app.immich:", 11) == 0)
        return relayAppLink(argc, argv);
    // A word that is not an option is a command: a mistyped one is said so (the command line's
    // usage error), never a window opened instead.
    if (isSubcommand(argc, argv) || (argc >= 2 && argv[1][0] != '-')) {
#if TIDEMARK_HAS_CLI
        return Tidemark::runCli(argc, argv);
#else
        printWindowHelp();
        return argIs(argv[1], {"help"}) ? 0 : 1;
#endif
    }
    // --help anywhere among the window's options: the window's options, then the commands.
    for (int i = 1; i < argc; ++i) {
        if (argIs(argv[i], {"--help", "-h", "-?"})) {
            printWindowHelp();
#if TIDEMARK_HAS_CLI
            char help[] = "help";
            char *helpArgv[] = {argv[0], help, nullptr};
            return Tidemark::runCli(2, helpArgv);
#else
            return 0;
#endif
        }
    }

    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(QStringLiteral("Tidemark"));
    QApplication::setDesktopFileName(QStringLiteral("example.tidemark.Tidemark"));
    Tidemark::Translations::install(
        Tidemark::UiSettings::language()); // needs the names above (QSettings)

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Desktop client for the Immich Sync API."));
    const QCommandLineOption demo(QStringLiteral("demo"),
        QApplication::translate("main", "Start the built-in sample server and log in to it."));
    const QCommandLineOption noKeychain(QStringLiteral("no-keychain"),
        QApplication::translate("main", "Keep secrets in memory only (log in again next time)."));
    const QCommandLineOption newInstance(QStringLiteral("new-instance"),
        QApplication::translate("main", "Open a window even when one is already running."));
    parser.addOption(demo);
    parser.addOption(noKeychain);
    parser.addOption(newInstance);
    parser.process(app); // exits on unknown options
    if (const QStringList extra = parser.positionalArguments(); !extra.isEmpty()) {
        std::fprintf(stderr, "tidemark: unexpected argument \"%s\" (see `tidemark --help`)\n",
            qPrintable(extra.constFirst()));
        return 1;
    }

    Tidemark::LogFile log(Tidemark::LogFile::Options {Tidemark::LogFile::defaultDirectory()});
    Tidemark::LogFile::install(&log);

    Tidemark::SingleInstance instance;
    if (!parser.isSet(newInstance) && !instance.tryToBecomePrimary()) {
        std::fprintf(stderr, "tidemark: already running; its window was brought to the front.\n");
        return 0;
    }
    qInfo("Tidemark %s starting (Qt %s, %s)", TIDEMARK_VERSION_STRING, qVersion(),
        qPrintable(QApplication::platformName()));

    Tidemark::AppController controller;
    controller.setDemoServerFactory(&TidemarkDev::DevServer::createDemo);
    if (parser.isSet(noKeychain))
        controller.setMemoryOnlySecrets(true);
    // Demo accounts from a previous run point at a server that no longer exists.
    for (const Tidemark::AccountInfo &a : controller.accountStore().accounts())
        if (a.demo)
            controller.accountStore().remove(a.id);

    // One line per connection state in the log: how scripts (and scripts/fresh-check.sh) see that
    // the window is up and connected without a screen.
    QObject::connect(&controller, &Tidemark::AppController::stateChanged, &controller,
        [](Tidemark::AppController::State state) {
            qInfo("connection state: %s",
                QMetaEnum::fromType<Tidemark::AppController::State>().valueToKey(int(state)));
        });

    Tidemark::MainWindow window(&controller);
    QObject::connect(&instance, &Tidemark::SingleInstance::activationRequested, &window,
        &Tidemark::MainWindow::activate);
    window.show();

    if (parser.isSet(demo)) {
        QTimer::singleShot(0, &controller, &Tidemark::AppController::startDemo);
    } else {
        const QString current = controller.accountStore().currentAccountId();
        if (!current.isEmpty() && !controller.accountStore().account(current).id.isEmpty())
            QTimer::singleShot(
                0, &controller, [&controller, current] { controller.switchAccount(current); });
        else
            QTimer::singleShot(0, &window, &Tidemark::MainWindow::showConnectDialog);
    }
    const int code = app.exec();
    // The window is gone: an index build or a quick_check still running stops now instead of
    // holding the process for seconds (their threads are joined by the destructors below).
    Tidemark::MirrorInterrupt::interruptAll();
    qInfo("Tidemark exits (%d)", code);
    return code;
}
