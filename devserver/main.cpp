// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// tidemark-devserver: runs the local Immich-compatible server until SIGINT/SIGTERM.

#include "DevServer.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QProcess>
#include <QSocketNotifier>
#include <QTemporaryDir>
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

//! A fresh self-signed certificate for 127.0.0.1/localhost, made with the openssl CLI (Qt cannot
//! create certificates). False with a message on stderr when openssl is missing or fails.
bool generateCertificate(const QString &dir, QString *certPath, QString *keyPath)
{
    *certPath = dir + QStringLiteral("/devserver.pem");
    *keyPath = dir + QStringLiteral("/devserver.key");
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
            QStringLiteral("30"), QStringLiteral("-sha256"), QStringLiteral("-subj"),
            QStringLiteral("/CN=127.0.0.1/O=Tidemark dev server"), QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"), QStringLiteral("-keyout"),
            *keyPath, QStringLiteral("-out"), *certPath});
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit
        || openssl.exitCode() != 0) {
        QTextStream(stderr) << "cannot generate a certificate with openssl: "
                            << openssl.errorString() << '\n'
                            << QString::fromLocal8Bit(openssl.readAll());
        return false;
    }
    return true;
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
    parser.setApplicationDescription(
        QStringLiteral("Local Immich-compatible server for Tidemark development"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption portOpt(QStringLiteral("port"),
        QStringLiteral("Port to listen on (0 = pick)."), QStringLiteral("N"),
        QStringLiteral("2283"));
    QCommandLineOption versionOpt(QStringLiteral("server-version"),
        QStringLiteral("Immich version to emulate (X.Y.Z, default 2.7.5). Known: %1")
            .arg(TidemarkDev::DevServer::knownVersions().join(QStringLiteral(", "))),
        QStringLiteral("X.Y.Z"), QStringLiteral("2.7.5"));
    QCommandLineOption assetsOpt(QStringLiteral("assets"),
        QStringLiteral("Assets of the admin user."), QStringLiteral("N"), QStringLiteral("50"));
    QCommandLineOption partnerOpt(QStringLiteral("partner-assets"),
        QStringLiteral("Assets of the partner user."), QStringLiteral("N"), QStringLiteral("10"));
    QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("Library seed."),
        QStringLiteral("S"), QStringLiteral("42"));
    QCommandLineOption perLineOpt(QStringLiteral("chunk-per-line"),
        QStringLiteral("One HTTP chunk per stream line, like the real server."));
    QCommandLineOption tlsOpt(QStringLiteral("tls"),
        QStringLiteral("Serve HTTPS with a self-signed certificate generated at start "
                       "(needs the openssl command), or with --tls-cert/--tls-key."));
    QCommandLineOption certOpt(QStringLiteral("tls-cert"),
        QStringLiteral("PEM certificate for HTTPS."), QStringLiteral("FILE"));
    QCommandLineOption keyOpt(QStringLiteral("tls-key"),
        QStringLiteral("PEM private key for HTTPS."), QStringLiteral("FILE"));
    QCommandLineOption clientCaOpt(QStringLiteral("client-ca"),
        QStringLiteral("With TLS: require a client certificate signed by this PEM authority "
                       "(mutual TLS, as a proxy in front of Immich may)."),
        QStringLiteral("FILE"));
    parser.addOptions({portOpt, assetsOpt, partnerOpt, seedOpt, perLineOpt, tlsOpt, certOpt, keyOpt,
        clientCaOpt});
    // "--version X.Y.Z" selects the emulated version; "--version" alone prints ours.
    QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i)
        if (args[i] == QLatin1StringView("--version")
            && !args[i + 1].startsWith(QLatin1Char('-'))) {
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
            QTextStream(stderr) << "invalid value for --" << o.names().constFirst() << ": "
                                << parser.value(o) << '\n';
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
    QTemporaryDir certDir;
    if (parser.isSet(tlsOpt) || parser.isSet(certOpt) || parser.isSet(keyOpt)) {
        QString certPath = parser.value(certOpt);
        QString keyPath = parser.value(keyOpt);
        if (certPath.isEmpty() != keyPath.isEmpty()) {
            QTextStream(stderr) << "--tls-cert and --tls-key go together\n";
            return 2;
        }
        if (certPath.isEmpty() && !generateCertificate(certDir.path(), &certPath, &keyPath))
            return 1;
        if (!server.setTlsCertificateFiles(certPath, keyPath)) {
            QTextStream(stderr) << server.errorString() << '\n';
            return 2;
        }
    }
    if (parser.isSet(clientCaOpt)) {
        const QList<QSslCertificate> authority
            = QSslCertificate::fromPath(parser.value(clientCaOpt), QSsl::Pem);
        if (authority.isEmpty() || !server.isTls()) {
            QTextStream(stderr) << "--client-ca " << parser.value(clientCaOpt)
                                << (server.isTls() ? ": no PEM certificate in it\n"
                                                   : ": needs --tls or --tls-cert/--tls-key\n");
            return 2;
        }
        server.setClientCertificateAuthority(authority);
    }
    if (!server.start(port)) {
        QTextStream(stderr) << "cannot listen on 127.0.0.1:" << port << ": " << server.errorString()
                            << '\n';
        return 1;
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) == 0) {
        auto *notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, &app);
        QObject::connect(
            notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }

    QTextStream out(stdout);
    out << "Tidemark dev server (Immich " << server.version() << ") listening on "
        << server.baseUrl().toString() << '\n'
        << "  API:      " << server.baseUrl().toString() << "/api\n"
        << "  login:    " << TidemarkDev::DevServer::adminEmail() << " / "
        << TidemarkDev::DevServer::adminPassword() << "  (Admin Tester)\n"
        << "  partner:  " << TidemarkDev::DevServer::partnerEmail() << " / "
        << TidemarkDev::DevServer::partnerPassword() << "  (Bob Partner)\n"
        << "  library:  seed " << spec.seed << ", " << spec.ownAssets << " own assets, "
        << spec.partnerAssets << " partner assets\n"
        << "Press Ctrl+C to stop.\n";
    if (server.isTls())
        out << "  TLS certificate SHA-256: "
            << server.tlsCertificate().digest(QCryptographicHash::Sha256).toHex(':').toUpper()
            << '\n';
    out.flush();
    const int rc = app.exec();
    server.stop();
    return rc;
}
