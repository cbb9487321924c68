// tidemark: the desktop application, or a headless command when the first argument names one.
//
//   tidemark                     the window; reconnects to the last account
//   tidemark --demo              the window with the built-in sample server, logged in
//   tidemark --version | --help
//   tidemark <subcommand> …      headless (login, status, stream, acks, full-sync, delta-sync, …):
//                                handled by app/cli before any QApplication exists

#include "AppController.h"
#include "MainWindow.h"
#include "UiSettings.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>
#include <cstring>

#if __has_include("cli/Cli.h")
#include "cli/Cli.h"
#define TIDEMARK_HAS_CLI 1
#else
#define TIDEMARK_HAS_CLI 0
#endif

namespace {

bool isSubcommand(int argc, char **argv)
{
    if (argc < 2)
        return false;
    // --help answers without a display, like the subcommands (--version is answered in main()).
    for (const char *flag : {"--help", "-h", "help"})
        if (std::strcmp(argv[1], flag) == 0)
            return true;
#if TIDEMARK_HAS_CLI
    return Tidemark::isCliInvocation(argc, argv);
#else
    static const char *const commands[] = {"login", "logout", "status", "stream", "acks",
                                           "full-sync", "delta-sync", "reconcile", "help"};
    for (const char *c : commands)
        if (std::strcmp(argv[1], c) == 0)
            return true;
    return false;
#endif
}

} // namespace

int main(int argc, char **argv)
{
    if (argc >= 2 && (std::strcmp(argv[1], "--version") == 0 || std::strcmp(argv[1], "-v") == 0)) {
        std::printf("tidemark %s\n", TIDEMARK_VERSION_STRING);
        return 0;
    }
    if (isSubcommand(argc, argv)) {
#if TIDEMARK_HAS_CLI
        return Tidemark::runCli(argc, argv);
#else
        if (std::strcmp(argv[1], "--version") == 0 || std::strcmp(argv[1], "-v") == 0) {
            std::printf("tidemark %s\n", TIDEMARK_VERSION_STRING);
            return 0;
        }
        std::printf("Usage: tidemark [--demo] [--no-keychain]\n"
                    "Desktop client for the Immich Sync API.\n"
                    "  --demo         start the built-in sample server and log in to it\n"
                    "  --no-keychain  keep secrets in memory only\n"
                    "  --version      print the version\n");
        return std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0 ? 0 : 2;
#endif
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tidemark"));
    QApplication::setOrganizationDomain(QStringLiteral("tidemark.example"));
    QApplication::setApplicationName(QStringLiteral("Tidemark"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tidemark"));
    QApplication::setApplicationVersion(QStringLiteral(TIDEMARK_VERSION_STRING));
    Tidemark::Translations::install(Tidemark::UiSettings::language()); // needs the names above (QSettings)

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Desktop client for the Immich Sync API.\n"
                                        "Headless commands: tidemark help"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Start the built-in sample server and log in to it."));
    const QCommandLineOption noKeychain(QStringLiteral("no-keychain"),
                                        QApplication::translate("main", "Keep secrets in memory only (log in again next time)."));
    parser.addOption(demo);
    parser.addOption(noKeychain);
    parser.process(app); // exits for --help / --version and on unknown options

    Tidemark::AppController controller;
    if (parser.isSet(noKeychain))
        controller.setMemoryOnlySecrets(true);
    // Demo accounts from a previous run point at a server that no longer exists.
    for (const Tidemark::AccountInfo &a : controller.accountStore().accounts())
        if (a.demo)
            controller.accountStore().remove(a.id);

    Tidemark::MainWindow window(&controller);
    window.show();

    if (parser.isSet(demo)) {
        QTimer::singleShot(0, &controller, &Tidemark::AppController::startDemo);
    } else {
        const QString current = controller.accountStore().currentAccountId();
        if (!current.isEmpty() && !controller.accountStore().account(current).id.isEmpty())
            QTimer::singleShot(0, &controller, [&controller, current] { controller.switchAccount(current); });
        else
            QTimer::singleShot(0, &window, &Tidemark::MainWindow::showConnectDialog);
    }
    return app.exec();
}
