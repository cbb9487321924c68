// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets stay out of everything that is not the keychain: a real login and stream of the
// `tidemark` command line (child processes, debug logging of every category on, no keychain) and a
// real login, sync and inspector export in the GUI (in process, every message captured) against
// the dev server; then the settings files, every file the runs wrote (mirror, JSONL exports), the
// captured logs and the children's /proc/<pid>/cmdline are searched for the password and the
// session tokens. One hit fails the test.
#include "AppController.h"
#include "MainWindow.h"
#include "UiTestEnv.h"
#include "account/SecretStore.h"
#include "dialogs/ConnectDialog.h"
#include "panels/InspectorPanel.h"
#include "panels/SyncPanel.h"
#include "sync/SyncService.h"

#include "DevServer.h"
#include "TestCertificates.h"
#include "TestSupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Tidemark;
using TidemarkDev::DevServer;

namespace {

QMutex g_logMutex;
QByteArray g_log;
void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&g_logMutex);
    g_log += QByteArray(context.category ? context.category : "") + ": " + message.toUtf8() + '\n';
}

struct Child
{
    QByteArray output;
    QByteArray cmdline;
    int exitCode = -1;
};

//! A child's environment: every directory it writes under `home`, every debug category on, no
//! secret inherited from the developer's shell.
QProcessEnvironment childEnvironment(const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home.filePath(QStringLiteral("state")));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    for (const QString &name :
        {QStringLiteral("TIDEMARK_PASSWORD"), QStringLiteral("TIDEMARK_SESSION_TOKEN"),
            QStringLiteral("TIDEMARK_HEADER_X_PROXY_SECRET"),
            QStringLiteral("TIDEMARK_CLIENT_CERT_PASSWORD")})
        env.remove(name);
    return env;
}

//! Runs `tidemark args…` with the given stdin; reads its /proc/<pid>/cmdline while it runs.
//! The cmdline is read before any input is written, so a child that reads stdin (login
//! --password-stdin) is still alive and waiting. It is read until it is not empty: QProcess may
//! return from start while the kernel is still inside execve (the new name is set, the argument
//! area not yet), where cmdline reads empty; an earlier version of this test read it once and
//! failed on that window.
Child runCli(const QStringList &args, const QByteArray &input, const QProcessEnvironment &env)
{
    Child c;
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(TIDEMARK_BIN), args);
    if (p.waitForStarted(30000)) {
        QElapsedTimer waited;
        waited.start();
        while (c.cmdline.isEmpty() && p.state() == QProcess::Running && waited.elapsed() < 10000) {
            QFile f(QStringLiteral("/proc/%1/cmdline").arg(p.processId()));
            if (f.open(QIODevice::ReadOnly))
                c.cmdline = f.readAll();
            if (c.cmdline.isEmpty())
                QThread::msleep(2);
        }
    }
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    c.output = p.readAll();
    c.exitCode = p.exitCode();
    return c;
}

//! Every place under root (recursively) that holds one of the secrets, as "file: secret".
QStringList filesContaining(
    const QString &root, const QList<QByteArray> &secrets, const QStringList &except = {})
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (except.contains(path))
            continue;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = f.readAll();
        for (const QByteArray &s : secrets)
            if (data.contains(s) || data.contains(QString::fromUtf8(s).toUtf8().toBase64()))
                hits << path + QStringLiteral(": ") + QString::fromUtf8(s.left(6))
                        + QStringLiteral("…");
    }
    return hits;
}

QStringList logContaining(
    const QByteArray &log, const QString &what, const QList<QByteArray> &secrets)
{
    QStringList hits;
    for (const QByteArray &s : secrets)
        if (log.contains(s))
            hits << what + QStringLiteral(": ") + QString::fromUtf8(s.left(6))
                    + QStringLiteral("…");
    return hits;
}

} // namespace

class TokenLeakTest : public QObject
{
    Q_OBJECT
    DevServer *m_server = nullptr;
    QByteArray m_password;

private Q_SLOTS:
    void initTestCase()
    {
        Test::setUpUiEnvironment();
        m_server = new DevServer(this);
        TidemarkDev::LibrarySpec spec;
        spec.ownAssets = 40;
        spec.partnerAssets = 5;
        m_server->generateLibrary(spec);
        // A password no other string in the program can contain by chance.
        m_password = "pw-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        QVERIFY(!m_server
                     ->addUser(QStringLiteral("leak@example.test"), QString::fromLatin1(m_password),
                         QStringLiteral("Leak Tester"))
                     .isEmpty());
        QVERIFY(m_server->start(0));
    }

    void commandLine()
    {
        QTemporaryDir home;
        QProcessEnvironment env = childEnvironment(home);
        const QString server = m_server->baseUrl().toString();
        const QString tokenFile = home.filePath(QStringLiteral("token"));

        const Child login = runCli(
            {QStringLiteral("login"), QStringLiteral("--server"), server, QStringLiteral("--email"),
                QStringLiteral("leak@example.test"), QStringLiteral("--password-stdin"),
                QStringLiteral("--no-keychain"), QStringLiteral("--token-file"), tokenFile},
            m_password + '\n', env);
        QVERIFY2(login.exitCode == 0, login.output.constData());
        QFile f(tokenFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray token = f.readAll().trimmed();
        QVERIFY(token.size() >= 16);
        QVERIFY(m_server->hasSession(QString::fromLatin1(token)));
        QVERIFY(!login.cmdline.isEmpty());

        QProcessEnvironment withToken = env;
        withToken.insert(QStringLiteral("TIDEMARK_SESSION_TOKEN"), QString::fromLatin1(token));
        const QString jsonl = home.filePath(QStringLiteral("export/run.jsonl"));
        QDir().mkpath(home.filePath(QStringLiteral("export")));
        const Child stream
            = runCli({QStringLiteral("stream"), QStringLiteral("--server"), server,
                         QStringLiteral("--email"), QStringLiteral("leak@example.test"),
                         QStringLiteral("--no-keychain"), QStringLiteral("--jsonl"), jsonl},
                {}, withToken);
        QVERIFY2(stream.exitCode == 0, stream.output.constData());
        QVERIFY(QFileInfo(jsonl).size() > 0);
        QVERIFY(!stream.cmdline.isEmpty());
        QVERIFY2(stream.output.contains("tidemark.api"),
            "debug logging was not on: the test would prove nothing");

        const QList<QByteArray> secrets = {token, m_password};
        QStringList hits;
        hits << logContaining(login.output, QStringLiteral("login output"), secrets);
        hits << logContaining(stream.output, QStringLiteral("stream output"), secrets);
        hits << logContaining(login.cmdline, QStringLiteral("login argv"), secrets);
        hits << logContaining(stream.cmdline, QStringLiteral("stream argv"), secrets);
        hits << filesContaining(home.path(), secrets, {tokenFile}); // settings, mirror, export
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    }

    //! The secrets of a server behind a proxy: a proxy header's value and a client
    //! certificate's password, besides the password and the token, from login to a stream with
    //! every debug category on.
    void proxySecrets()
    {
        Test::ClientCertificates certs;
        QVERIFY2(certs.make(), qPrintable(certs.error()));
        const QByteArray headerValue
            = "hdr-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        DevServer proxied;
        TidemarkDev::LibrarySpec spec;
        spec.ownAssets = 20;
        spec.partnerAssets = 2;
        proxied.generateLibrary(spec);
        QVERIFY(!proxied
                     .addUser(QStringLiteral("leak@example.test"), QString::fromLatin1(m_password),
                         QStringLiteral("Leak Tester"))
                     .isEmpty());
        const QSslCertificate serverCert(
            Test::readData(QStringLiteral("tls/server-a.pem")), QSsl::Pem);
        proxied.setTlsCertificate(serverCert,
            QSslKey(Test::readData(QStringLiteral("tls/server-a.key")), QSsl::Rsa, QSsl::Pem));
        proxied.setClientCertificateAuthority(certs.authority());
        proxied.setRequiredHeaders({{"X-Proxy-Secret", headerValue}});
        QVERIFY(proxied.start(0));

        QTemporaryDir home;
        QProcessEnvironment env = childEnvironment(home);
        const QString server = proxied.baseUrl().toString();
        const QString tokenFile = home.filePath(QStringLiteral("token"));
        const QString pin = QString::fromLatin1(
            serverCert.digest(QCryptographicHash::Sha256).toHex(':').toUpper());

        // Password, header value and certificate password on stdin, in that order.
        const Child login = runCli(
            {QStringLiteral("login"), QStringLiteral("--server"), server, QStringLiteral("--email"),
                QStringLiteral("leak@example.test"), QStringLiteral("--password-stdin"),
                QStringLiteral("--header"), QStringLiteral("X-Proxy-Secret"),
                QStringLiteral("--client-cert"), certs.clientP12(), QStringLiteral("--pin-sha256"),
                pin, QStringLiteral("--no-keychain"), QStringLiteral("--token-file"), tokenFile},
            m_password + '\n' + headerValue + '\n' + Test::ClientCertificates::password() + '\n',
            env);
        QVERIFY2(login.exitCode == 0, login.output.constData());
        QFile f(tokenFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray token = f.readAll().trimmed();
        QVERIFY(proxied.hasSession(QString::fromLatin1(token)));

        QProcessEnvironment later = env;
        later.insert(QStringLiteral("TIDEMARK_SESSION_TOKEN"), QString::fromLatin1(token));
        later.insert(
            QStringLiteral("TIDEMARK_HEADER_X_PROXY_SECRET"), QString::fromLatin1(headerValue));
        later.insert(QStringLiteral("TIDEMARK_CLIENT_CERT_PASSWORD"),
            QString::fromUtf8(Test::ClientCertificates::password()));
        const Child stream
            = runCli({QStringLiteral("stream"), QStringLiteral("--server"), server,
                         QStringLiteral("--email"), QStringLiteral("leak@example.test"),
                         QStringLiteral("--no-keychain")},
                {}, later);
        QVERIFY2(stream.exitCode == 0, stream.output.constData());
        QVERIFY2(stream.output.contains("tidemark.api"),
            "debug logging was not on: the test would prove nothing");
        QVERIFY(proxied.headerSeenCount("X-Proxy-Secret") > 0);

        const QList<QByteArray> secrets
            = {token, m_password, headerValue, Test::ClientCertificates::password()};
        QStringList hits;
        hits << logContaining(login.output, QStringLiteral("login output"), secrets);
        hits << logContaining(stream.output, QStringLiteral("stream output"), secrets);
        hits << logContaining(login.cmdline, QStringLiteral("login argv"), secrets);
        hits << logContaining(stream.cmdline, QStringLiteral("stream argv"), secrets);
        hits << filesContaining(home.path(), secrets, {tokenFile}); // settings, mirror
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    }

    void gui()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
        QString token;
        QString exported;
        {
            AppController app;
            MainWindow window(&app);
            window.show();
            ConnectDialog dialog(&app, &window);
            dialog.show();
            dialog.urlField()->setText(m_server->baseUrl().toString());
            dialog.emailField()->setText(QStringLiteral("leak@example.test"));
            dialog.passwordField()->setText(QString::fromLatin1(m_password));
            dialog.logIn();
            QTRY_COMPARE_WITH_TIMEOUT(app.state(), AppController::State::Connected, 15000);
            token = app.secretStore()->readBlocking(
                app.currentAccount().id, SecretStore::Kind::SessionToken);
            QVERIFY(!token.isEmpty());
            QVERIFY(!app.secretStore()->keychainAvailable()); // memory only in this test

            QSignalSpy finished(app.syncService(), &SyncService::runFinished);
            window.showPanel(MainWindow::SyncTab);
            window.syncPanel()->startButton()->click();
            QTRY_VERIFY_WITH_TIMEOUT(finished.size() > 0, 60000);
            exported = Test::uiTempDir().filePath(QStringLiteral("inspector-export.jsonl"));
            window.showPanel(MainWindow::InspectorTab);
            window.inspectorPanel()->exportJsonl(exported);
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(exported).size() > 0, 10000);
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        const QList<QByteArray> secrets = {token.toUtf8(), m_password};
        QByteArray log;
        {
            QMutexLocker lock(&g_logMutex);
            log = g_log;
        }
        QVERIFY2(log.contains("tidemark.api"),
            "debug logging was not captured: the test would prove nothing");
        QStringList hits = logContaining(log, QStringLiteral("log"), secrets);
        hits << filesContaining(Test::uiTempDir().path(), secrets); // settings, mirrors, export
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TokenLeakTest)
#include "token_leak.moc"
