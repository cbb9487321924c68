// tidemark-devserver: runs the local Immich-compatible server until SIGINT/SIGTERM.

#include "DevServer.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int g_signalFd[2] = {-1, -1};
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalFd[0], &c, 1);
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tidemark-devserver"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TIDEMARK_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Local Immich-compatible server for Tidemark development"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption portOpt(QStringLiteral("port"), QStringLiteral("Port to listen on (0 = pick)."), QStringLiteral("N"),
                               QStringLiteral("2283"));
    QCommandLineOption versionOpt(QStringLiteral("server-version"),
                                  QStringLiteral("Immich version to emulate (X.Y.Z, default 2.7.5). Known: %1")
                                      .arg(TidemarkDev::DevServer::knownVersions().join(QStringLiteral(", "))),
                                  QStringLiteral("X.Y.Z"), QStringLiteral("2.7.5"));
    QCommandLineOption assetsOpt(QStringLiteral("assets"), QStringLiteral("Assets of the admin user."), QStringLiteral("N"),
                                 QStringLiteral("50"));
    QCommandLineOption partnerOpt(QStringLiteral("partner-assets"), QStringLiteral("Assets of the partner user."),
                                  QStringLiteral("N"), QStringLiteral("10"));
    QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("Library seed."), QStringLiteral("S"),
                               QStringLiteral("42"));
    QCommandLineOption perLineOpt(QStringLiteral("chunk-per-line"),
                                  QStringLiteral("One HTTP chunk per stream line, like the real server."));
    parser.addOptions({portOpt, assetsOpt, partnerOpt, seedOpt, perLineOpt});
    // "--version X.Y.Z" selects the emulated version; "--version" alone prints ours.
    QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i)
        if (args[i] == QLatin1StringView("--version") && !args[i + 1].startsWith(QLatin1Char('-'))) {
            args[i] = QStringLiteral("--server-version");
            break;
        }
    parser.addOption(versionOpt);
    parser.process(args);

    bool ok = true;
    auto number = [&](const QCommandLineOption &o) {
        bool good = false;
        const qlonglong v = parser.value(o).toLongLong(&good);
        if (!good) {
            QTextStream(stderr) << "invalid value for --" << o.names().constFirst() << ": " << parser.value(o) << '\n';
            ok = false;
        }
        return v;
    };
    TidemarkDev::LibrarySpec spec;
    spec.ownAssets = int(number(assetsOpt));
    spec.partnerAssets = int(number(partnerOpt));
    spec.seed = quint64(number(seedOpt));
    const quint16 port = quint16(number(portOpt));
    if (!ok)
        return 2;

    TidemarkDev::DevServer server;
    if (!server.setVersion(parser.value(versionOpt))) {
        QTextStream(stderr) << "invalid --version: " << parser.value(versionOpt) << '\n';
        return 2;
    }
    server.setChunkPerLine(parser.isSet(perLineOpt));
    server.generateLibrary(spec);
    if (!server.start(port)) {
        QTextStream(stderr) << "cannot listen on 127.0.0.1:" << port << ": " << server.errorString() << '\n';
        return 1;
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) == 0) {
        auto *notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }

    QTextStream out(stdout);
    out << "Tidemark dev server (Immich " << server.version() << ") listening on " << server.baseUrl().toString()
        << '\n'
        << "  API:      " << server.baseUrl().toString() << "/api\n"
        << "  login:    " << TidemarkDev::DevServer::adminEmail() << " / " << TidemarkDev::DevServer::adminPassword()
        << "  (Admin Tester)\n"
        << "  partner:  " << TidemarkDev::DevServer::partnerEmail() << " / "
        << TidemarkDev::DevServer::partnerPassword() << "  (Bob Partner)\n"
        << "  library:  seed " << spec.seed << ", " << spec.ownAssets << " own assets, " << spec.partnerAssets
        << " partner assets\n"
        << "Press Ctrl+C to stop.\n";
    out.flush();
    const int rc = app.exec();
    server.stop();
    return rc;
}
