// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The headless CLI against an in-process DevServer: login (password from stdin, from the
// environment, never from argv), wrong password, unreachable server, status, logout, --json,
// and that no secret ever reaches stdout, stderr or the settings.

#include "CliRunner.h"
#include "TcpForwarder.h"
#include "TestBrowser.h"

#include "DevServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Tidemark::Test;
using namespace TidemarkDev;
using namespace Qt::StringLiterals;

class CliSessionTest : public QObject
{
    Q_OBJECT
private:
    DevServer m_server;
    QString m_url;
    QList<QByteArray> m_outputs; // everything the CLI printed, for the leak check
    QStringList m_tokens; // every token handed out

    CliResult run(CliRunner &cli, const QStringList &args, const QByteArray &input = {},
        const QHash<QString, QString> &env = {})
    {
        const CliResult r = cli.run(args, input, env);
        m_outputs << r.out << r.err;
        return r;
    }

    QString readToken(const CliRunner &cli, const QString &name)
    {
        QFile f(cli.path(name));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QString token = QString::fromUtf8(f.readAll()).trimmed();
        m_tokens << token;
        return token;
    }

private Q_SLOTS:
    void initTestCase()
    {
        LibrarySpec spec;
        spec.ownAssets = 40;
        spec.partnerAssets = 5;
        m_server.generateLibrary(spec);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_url = m_server.baseUrl().toString();
    }

    void help()
    {
        CliRunner cli;
        CliResult r = run(cli, {u"help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Exit codes"));
        QVERIFY(r.out.contains("TIDEMARK_SESSION_TOKEN"));
        r = run(cli, {u"stream"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--mode"));
        r = run(cli, {u"stream"_s, u"--bogus"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(
                     "unknown option --bogus for \"stream\" (see `tidemark stream --help`)\n"),
            qPrintable(r.describe()));
        r = run(cli, {u"sync"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("unknown command \"sync\" (see `tidemark help`)\n"),
            qPrintable(r.describe()));
    }

    void loginPasswordFromStdin()
    {
        CliRunner cli;
        const CliResult r = run(cli,
            {u"login"_s, u"--server"_s, m_url, u"--email"_s, DevServer::adminEmail(),
                u"--password-stdin"_s, u"--token-file"_s, cli.path(u"token"_s)},
            DevServer::adminPassword().toUtf8() + "\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString token = readToken(cli, u"token"_s);
        QVERIFY(!token.isEmpty());
        QVERIFY(m_server.hasSession(token));
        QCOMPARE(QFile(cli.path(u"token"_s)).permissions() & (QFile::ReadGroup | QFile::ReadOther),
            QFileDevice::Permissions());
        QVERIFY(r.out.contains("Logged in"));

        // The account is saved (settings) without any secret; status then works from it.
        const QByteArray settings = cli.allFiles({u"token"_s});
        QVERIFY(settings.contains(DevServer::adminEmail().toUtf8()));
        QVERIFY(!settings.contains(token.toUtf8()));
        QVERIFY(!settings.contains(DevServer::adminPassword().toUtf8()));

        const CliResult status
            = run(cli, {u"status"_s}, {}, {{u"TIDEMARK_SESSION_TOKEN"_s, token}});
        QVERIFY2(status.exitCode == 0, qPrintable(status.describe()));
        QVERIFY(status.out.contains("Immich 2.7.5"));
        QVERIFY(status.out.contains(DevServer::adminEmail().toUtf8()));
    }

    void loginAgainEndsTheReplacedSession()
    {
        // The same account logs in twice: once the new session works, the one it replaces is
        // ended on the server; only one session remains.
        CliRunner cli;
        const QStringList login
            = {u"login"_s, u"--server"_s, m_url, u"--email"_s, DevServer::adminEmail(),
                u"--password-stdin"_s, u"--token-file"_s, cli.path(u"token"_s), u"--json"_s};
        CliResult r = run(cli, login, DevServer::adminPassword().toUtf8() + "\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString first = readToken(cli, u"token"_s);
        QVERIFY(m_server.hasSession(first));
        QVERIFY(!r.json().object().contains(u"previousSessionsEnded"_s));
        // Someone else's session on the same server is never touched.
        const QString partner = m_server.createSession(DevServer::partnerEmail());

        r = run(cli, login, DevServer::adminPassword().toUtf8() + "\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString second = readToken(cli, u"token"_s);
        QVERIFY(!second.isEmpty() && second != first);
        QVERIFY(m_server.hasSession(second));
        QVERIFY2(!m_server.hasSession(first), "the replaced session is still alive");
        QCOMPARE(r.json()[u"previousSessionsEnded"_s].toInt(), 1);
        QVERIFY(m_server.hasSession(partner));
        const CliResult status
            = run(cli, {u"status"_s}, {}, {{u"TIDEMARK_SESSION_TOKEN"_s, second}});
        QVERIFY2(status.exitCode == 0, qPrintable(status.describe()));

        // A token file holding another user's session: that session is left alone.
        QFile other(cli.path(u"token"_s));
        QVERIFY(other.open(QIODevice::WriteOnly | QIODevice::Truncate));
        other.write(partner.toUtf8());
        other.close();
        r = run(cli, login, DevServer::adminPassword().toUtf8() + "\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(m_server.hasSession(partner));
        QCOMPARE(r.json()[u"previousSessionsEnded"_s].toInt(), 0);
        m_tokens << first << second << partner << readToken(cli, u"token"_s);
    }

    void loginPasswordFromEnvironment()
    {
        CliRunner cli;
        const CliResult r = run(cli,
            {u"login"_s, u"--server"_s, m_url, u"--email"_s, DevServer::partnerEmail(),
                u"--token-file"_s, cli.path(u"token"_s), u"--json"_s},
            {}, {{u"TIDEMARK_PASSWORD"_s, DevServer::partnerPassword()}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonDocument doc = r.json();
        QVERIFY2(doc.isObject(), r.out.constData());
        QCOMPARE(doc[u"ok"_s].toBool(), true);
        QCOMPARE(doc[u"account"_s][u"email"_s].toString(), DevServer::partnerEmail());
        QCOMPARE(doc[u"account"_s][u"userId"_s].toString(), m_server.partnerUserId());
        QCOMPARE(doc[u"tokenStorage"_s].toString(), u"file"_s);
        QVERIFY(m_server.hasSession(readToken(cli, u"token"_s)));
    }

    void loginWithApiKeyFromStdin()
    {
        CliRunner cli;
        const QString key = m_server.createApiKey(DevServer::adminEmail());
        m_tokens << key;
        CliResult r = run(cli,
            {u"login"_s, u"--server"_s, m_url, u"--email"_s, DevServer::adminEmail(),
                u"--password-stdin"_s, u"--api-key-stdin"_s, u"--token-file"_s,
                cli.path(u"token"_s), u"--json"_s},
            DevServer::adminPassword().toUtf8() + "\n" + key.toUtf8() + "\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        // No keychain here: the key was checked, and the CLI says it was not kept.
        QCOMPARE(r.json()[u"apiKeyStorage"_s].toString(), u"none"_s);
        QVERIFY(r.err.contains("TIDEMARK_API_KEY"));
        readToken(cli, u"token"_s);
        QVERIFY(!cli.allFiles({u"token"_s}).contains(key.toUtf8()));

        // A key the server does not know: exit 3.
        r = run(cli,
            {u"login"_s, u"--server"_s, m_url, u"--email"_s, DevServer::adminEmail(),
                u"--password-stdin"_s, u"--api-key-stdin"_s, u"--token-file"_s,
                cli.path(u"token2"_s)},
            DevServer::adminPassword().toUtf8() + "\nnot-a-key\n");
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        readToken(cli, u"token2"_s);
    }

    void loginWithoutKeychainOrTokenFile()
    {
        // No keychain and nowhere to keep the token: the session is ended again and the exit
        // code says storage, so a script does not carry on as if it were logged in.
        CliRunner cli;
        const QStringList before = m_server.sessionTokens(DevServer::adminEmail());
        const CliResult r = run(cli,
            {u"login"_s, u"--server"_s, m_url, u"--email"_s, DevServer::adminEmail(),
                u"--password-stdin"_s},
            DevServer::adminPassword().toUtf8() + "\n");
        QVERIFY2(r.exitCode == 6, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("the login worked, but no OS keychain is available ("),
            qPrintable(r.describe()));
        QVERIFY2(r.err.contains("), so the session token could not be kept after this command and "
                                "the session was ended again. Run with a keychain (Secret "
                                "Service/KWallet), or use --token-file FILE and pass its content "
                                "in TIDEMARK_SESSION_TOKEN to later commands."),
            qPrintable(r.describe()));
        // Ended on the server too: no session of this login is left behind.
        QCOMPARE(m_server.sessionTokens(DevServer::adminEmail()), before);
    }

    void tokenFileThatCannotBeWritten()
    {
        // --token-file names a directory: the session writes the file before it keeps anything,
        // so the login fails, nothing is saved, and the new session is ended on the server.
        CliRunner cli;
        const QString directory = cli.path(u"a-directory"_s);
        QVERIFY(QDir().mkpath(directory));
        const QStringList before = m_server.sessionTokens(DevServer::adminEmail());
        const CliResult r = run(cli,
            {u"login"_s, u"--server"_s, m_url, u"--email"_s, DevServer::adminEmail(),
                u"--password-stdin"_s, u"--token-file"_s, directory},
            DevServer::adminPassword().toUtf8() + "\n");
        QVERIFY2(r.exitCode == 6, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(u"could not write the token file: %1 exists and is not a regular "
                                "file (the new session was ended again)"_s.arg(directory)
                                    .toUtf8()),
            qPrintable(r.describe()));
        QCOMPARE(m_server.sessionTokens(DevServer::adminEmail()), before);
        QVERIFY2(!cli.allFiles().contains(DevServer::adminEmail().toUtf8()),
            "the account was saved although the login failed");
    }

    void passwordOnCommandLineRefused()
    {
        CliRunner cli;
        const qint64 before = m_server.requestCount();
        for (const QStringList &args :
            {QStringList {u"login"_s, u"--server"_s, m_url, u"--email"_s, DevServer::adminEmail(),
                 u"--password"_s, DevServer::adminPassword()},
                QStringList {u"login"_s, u"--server"_s, m_url, u"--email"_s,
                    DevServer::adminEmail(), u"--password="_s + DevServer::adminPassword()},
                QStringList {u"status"_s, u"--token=abc"_s}}) {
            const CliResult r = run(cli, args);
            QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
            QVERIFY(r.err.contains("command line"));
            QVERIFY(!r.err.contains(DevServer::adminPassword().toUtf8()));
        }
        QCOMPARE(m_server.requestCount(), before); // refused before any request
    }

    void wrongPassword()
    {
        CliRunner cli;
        const CliResult r = run(cli,
            {u"login"_s, u"--server"_s, m_url, u"--email"_s, DevServer::adminEmail(),
                u"--password-stdin"_s, u"--token-file"_s, cli.path(u"token"_s), u"--json"_s},
            "not-the-password\n");
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        QCOMPARE(r.json()[u"error"_s][u"kind"_s].toString(), u"unauthorized"_s);
        QVERIFY(!QFile::exists(cli.path(u"token"_s)));
    }

    //! A server that takes only single sign-on: the password is not sent, and the sentence says
    //! what to do instead.
    void passwordLoginTurnedOff()
    {
        DevServer sso;
        LibrarySpec spec;
        spec.ownAssets = 2;
        spec.partnerAssets = 1;
        sso.generateLibrary(spec);
        LoginOptions options;
        options.passwordLogin = false;
        options.oauth = true;
        sso.setLoginOptions(options);
        QVERIFY(sso.start(0));
        const QString url = sso.baseUrl().toString();
        CliRunner cli;
        CliResult r = run(cli,
            {u"login"_s, u"--server"_s, url, u"--email"_s, DevServer::adminEmail(),
                u"--password-stdin"_s, u"--token-file"_s, cli.path(u"token"_s)},
            "admin-password\n");
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        QVERIFY2(
            r.err.contains(u"%1/api has password login turned off: it accepts only single "
                           "sign-on. Log in with single sign-on or an API key instead."_s.arg(url)
                               .toUtf8()),
            qPrintable(r.describe()));
        QVERIFY(sso.sessionTokens(DevServer::adminEmail()).isEmpty());
        QVERIFY(!QFile::exists(cli.path(u"token"_s)));
        r = run(cli,
            {u"login"_s, u"--server"_s, url, u"--email"_s, DevServer::adminEmail(),
                u"--password-stdin"_s, u"--json"_s},
            "admin-password\n");
        QCOMPARE(r.json()[u"error"_s][u"kind"_s].toString(), u"password-login-off"_s);
    }

    void singleSignOn()
    {
        DevServer sso;
        LibrarySpec spec;
        spec.ownAssets = 2;
        spec.partnerAssets = 1;
        sso.generateLibrary(spec);
        LoginOptions options;
        options.passwordLogin = false;
        options.oauth = true;
        sso.setLoginOptions(options);
        QVERIFY(sso.start(0));
        const QString url = sso.baseUrl().toString();
        CliRunner cli;
        TidemarkTest::TestBrowser browser;

        // Starts `tidemark login --oauth …` and reads the sign-in address it prints.
        auto begin = [&](QProcess &p, const QStringList &extra) -> QUrl {
            p.setProcessEnvironment(cli.environment());
            p.setWorkingDirectory(cli.root());
            p.start(QStringLiteral(TIDEMARK_BIN),
                QStringList {u"login"_s, u"--server"_s, url, u"--oauth"_s, u"--token-file"_s,
                    cli.path(u"token"_s)}
                    + extra);
            static const QRegularExpression line(
                u"Open this address in a browser to log in:\n\n  (\\S+)\n"_s);
            QByteArray err;
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < 20000) {
                p.waitForReadyRead(200);
                err += p.readAllStandardError();
                const QRegularExpressionMatch m = line.match(QString::fromUtf8(err));
                if (m.hasMatch()) {
                    p.setProperty("err", err);
                    return QUrl(m.captured(1));
                }
            }
            qWarning("%s", err.constData());
            return {};
        };
        auto end = [&](QProcess &p) {
            p.closeWriteChannel();
            CliResult r;
            r.finished = p.waitForFinished(30000);
            r.exitCode = p.exitCode();
            r.out = p.readAllStandardOutput();
            r.err = p.property("err").toByteArray() + p.readAllStandardError();
            m_outputs << r.out << r.err; // checked for leaked tokens at the end
            return r;
        };

        // Loopback: the browser comes back to the command by itself.
        {
            QProcess p;
            const QUrl page = begin(p, {});
            QVERIFY(page.isValid());
            QVERIFY2(p.property("err").toByteArray().contains(
                         "Waiting for the browser to come back to 127.0.0.1:"),
                p.property("err").toByteArray().constData());
            browser.open(browser.signIn(page, true));
            const CliResult r = end(p);
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
            QVERIFY2(r.out.contains("Logged in."), qPrintable(r.describe()));
            QVERIFY(sso.hasSession(readToken(cli, u"token"_s)));
        }
        // Immich's app link, pasted on stdin.
        {
            QProcess p;
            const QUrl page = begin(p, {u"--redirect"_s, u"app-link"_s});
            QVERIFY(p.property("err").toByteArray().contains(
                "Waiting for the app.immich link to come back to Tidemark; or paste the address "
                "the browser ended on and press Enter."));
            const QUrl link = browser.signIn(page, true);
            p.write(link.toEncoded() + "\n");
            const CliResult r = end(p);
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        }
        // The app link opened by the desktop: a second `tidemark <link>` hands it on.
        {
            QProcess p;
            const QUrl link = browser.signIn(begin(p, {u"--redirect"_s, u"app-link"_s}), true);
            const CliResult handed = run(cli, {link.toString(QUrl::FullyEncoded)});
            QVERIFY2(handed.exitCode == 0, qPrintable(handed.describe()));
            QVERIFY(!handed.err.contains(link.toEncoded())); // the code is never printed
            const CliResult r = end(p);
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        }
        // Nobody waits for it.
        CliResult r = run(cli, {u"app.immich:///oauth-callback?code=x&state=y"_s});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY(r.err.contains("tidemark: no Tidemark is waiting for a single sign-on, so this "
                               "sign-in answer was not used. Start the login again in "
                               "Tidemark."));
        // Consent refused at the provider: the sentence, exit 3, no session.
        const qsizetype sessions = sso.sessionTokens(DevServer::adminEmail()).size();
        {
            QProcess p;
            browser.open(browser.signIn(begin(p, {}), false));
            r = end(p);
            QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
            QVERIFY2(r.err.contains("The single sign-on provider refused the login "
                                    "(access_denied: The user denied the request). Nothing was "
                                    "changed. Log in again, or ask the server's administrator."),
                qPrintable(r.describe()));
        }
        QCOMPARE(sso.sessionTokens(DevServer::adminEmail()).size(), sessions);
        // A server without single sign-on is told before anything is asked.
        r = run(cli, {u"login"_s, u"--server"_s, m_url, u"--oauth"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        QCOMPARE(r.json()[u"error"_s][u"kind"_s].toString(), u"single-sign-on"_s);
        QVERIFY(r.err.isEmpty() || !r.err.contains("Open this address"));
    }

    void severalAddresses()
    {
        TidemarkTest::TcpForwarder lan(m_server.port());
        QVERIFY(lan.listen());
        const QString lanApi = lan.url().toString() + u"/api"_s;
        const QString wanApi = m_url + u"/api"_s;
        CliRunner cli;
        CliResult r = run(cli,
            {u"login"_s, u"--server"_s, m_url, u"--email"_s, DevServer::adminEmail(),
                u"--password-stdin"_s, u"--token-file"_s, cli.path(u"token"_s), u"--address"_s,
                lan.url().toString(), u"--address"_s, m_url},
            "admin-password\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(u"Addresses:     %1, %2"_s.arg(lanApi, wanApi).toUtf8()),
            qPrintable(r.describe()));
        const QString token = readToken(cli, u"token"_s);
        // The forwarder lives in this process: run the command while the event loop turns.
        auto status = [&] {
            QProcess p;
            QProcessEnvironment env = cli.environment();
            env.insert(u"TIDEMARK_SESSION_TOKEN"_s, token);
            p.setProcessEnvironment(env);
            p.setWorkingDirectory(cli.root());
            QSignalSpy finished(&p, &QProcess::finished);
            p.start(QStringLiteral(TIDEMARK_BIN), {u"status"_s, u"--json"_s});
            CliResult result;
            result.finished = finished.wait(60000);
            result.exitCode = p.exitCode();
            result.out = p.readAllStandardOutput();
            result.err = p.readAllStandardError();
            m_outputs << result.out << result.err;
            return result;
        };
        // Home: the LAN address.
        r = status();
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json()[u"server"_s][u"url"_s].toString(), lanApi);
        // Away: the LAN address does not answer, the public one does.
        lan.close();
        r = status();
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json()[u"server"_s][u"url"_s].toString(), wanApi);
        // Someone else's Immich at the LAN address: passed over, warned about, never sent a token.
        DevServer other;
        LibrarySpec spec;
        spec.ownAssets = 1;
        spec.partnerAssets = 0;
        other.generateLibrary(spec);
        QVERIFY(other.start(0));
        lan.retarget(other.port());
        QVERIFY(lan.listen(lan.port()));
        r = status();
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json()[u"server"_s][u"url"_s].toString(), wanApi);
        QVERIFY2(r.err.contains(u"%1 answers, but it is another Immich installation than the one "
                                "this account belongs to (its version history differs), so "
                                "Tidemark did not send your session there."_s.arg(lanApi)
                                    .toUtf8()),
            qPrintable(r.describe()));
        QCOMPARE(other.credentialedRequestCount(), 0);
    }

    void proxyHeaders()
    {
        DevServer proxied;
        LibrarySpec spec;
        spec.ownAssets = 2;
        spec.partnerAssets = 1;
        proxied.generateLibrary(spec);
        const QByteArray id = "b41c.access";
        const QByteArray secret = "cf-secret-0f9e8d7c6b5a";
        proxied.setRequiredHeaders(
            {{"CF-Access-Client-Id", id}, {"CF-Access-Client-Secret", secret}});
        QVERIFY(proxied.start(0));
        const QString url = proxied.baseUrl().toString();
        m_tokens << QString::fromLatin1(secret) << QString::fromLatin1(id); // never printed
        CliRunner cli;
        const QHash<QString, QString> headers {
            {u"TIDEMARK_HEADER_CF_ACCESS_CLIENT_ID"_s, QString::fromLatin1(id)},
            {u"TIDEMARK_HEADER_CF_ACCESS_CLIENT_SECRET"_s, QString::fromLatin1(secret)}};
        // Without them, the proxy answers, not Immich.
        CliResult r = run(cli,
            {u"login"_s, u"--server"_s, url, u"--email"_s, DevServer::adminEmail(),
                u"--password-stdin"_s, u"--token-file"_s, cli.path(u"token"_s)},
            "admin-password\n");
        QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
        // With them (one from the environment, one from stdin after the password).
        r = run(cli,
            {u"login"_s, u"--server"_s, url, u"--email"_s, DevServer::adminEmail(),
                u"--password-stdin"_s, u"--token-file"_s, cli.path(u"token"_s), u"--header"_s,
                u"CF-Access-Client-Id"_s, u"--header"_s, u"CF-Access-Client-Secret"_s},
            "admin-password\n" + secret + "\n",
            {{u"TIDEMARK_HEADER_CF_ACCESS_CLIENT_ID"_s, QString::fromLatin1(id)}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("no OS keychain: the proxy headers were not kept; later commands "
                                "read them from TIDEMARK_HEADER_CF_ACCESS_CLIENT_ID"),
            qPrintable(r.describe()));
        const QString token = readToken(cli, u"token"_s);
        QHash<QString, QString> env = headers;
        env.insert(u"TIDEMARK_SESSION_TOKEN"_s, token);
        r = run(cli, {u"acks"_s, u"list"_s, u"--json"_s}, {}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        // A later command without them says which variable is missing.
        r = run(cli, {u"acks"_s, u"list"_s}, {}, {{u"TIDEMARK_SESSION_TOKEN"_s, token}});
        QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("the proxy header(s) CF-Access-Client-Id, CF-Access-Client-Secret "
                                "are not in the keychain: set "
                                "TIDEMARK_HEADER_CF_ACCESS_CLIENT_ID"),
            qPrintable(r.describe()));
        // A name Tidemark must not set.
        r = run(cli,
            {u"login"_s, u"--server"_s, url, u"--email"_s, DevServer::adminEmail(),
                u"--password-stdin"_s, u"--header"_s, u"x-api-key"_s},
            "admin-password\nvalue\n");
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY(r.err.contains("--header x-api-key: not a header name Tidemark may set"));
    }

    void noPasswordWithoutTerminal()
    {
        CliRunner cli; // QProcess: no controlling terminal to prompt on
        const CliResult r
            = run(cli, {u"login"_s, u"--server"_s, m_url, u"--email"_s, DevServer::adminEmail()});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY(r.err.contains("--password-stdin"));
    }

    void unreachableServer()
    {
        // A port that was free a moment ago: connection refused.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        CliRunner cli;
        const QString url = u"http://127.0.0.1:%1"_s.arg(port);
        CliResult r = run(cli,
            {u"login"_s, u"--server"_s, url, u"--email"_s, DevServer::adminEmail(),
                u"--password-stdin"_s, u"--token-file"_s, cli.path(u"token"_s)},
            "x\n");
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        r = run(cli, {u"status"_s, u"--server"_s, url, u"--json"_s}, {},
            {{u"TIDEMARK_SESSION_TOKEN"_s, u"t"_s}});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QCOMPARE(r.json()[u"server"_s][u"reachable"_s].toBool(true), false);
        // Garbage is a usage error, not a network one.
        r = run(cli, {u"status"_s, u"--server"_s, u"ftp://example.com"_s});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    }

    void serversThatAreNotWhatWasExpected()
    {
        CliRunner cli;
        // Something answers, but 404 on the version: not Immich, and status says it answered.
        Fault notImmich;
        notImmich.kind = Fault::Kind::HttpStatus;
        notImmich.path = u"/api/server/version"_s;
        notImmich.status = 404;
        notImmich.times = -1;
        m_server.addFault(notImmich);
        CliResult r = run(
            cli, {u"status"_s, u"--server"_s, m_url}, {}, {{u"TIDEMARK_SESSION_TOKEN"_s, u"t"_s}});
        m_server.clearFaults();
        QVERIFY2(r.exitCode == 4, qPrintable(r.describe()));
        QVERIFY2(
            r.err.contains("answered, but it is not an Immich server"), qPrintable(r.describe()));
        QVERIFY2(r.out.contains("not an Immich server"), qPrintable(r.describe()));
        QVERIFY2(!r.out.contains("not reachable"), qPrintable(r.describe()));

        // https:// to the plain-HTTP port: the server does not speak TLS there; no word about
        // certificates, which were never exchanged.
        QString tlsUrl = m_url;
        tlsUrl.replace(u"http://"_s, u"https://"_s);
        r = run(cli,
            {u"login"_s, u"--server"_s, tlsUrl, u"--email"_s, DevServer::adminEmail(),
                u"--password-stdin"_s, u"--token-file"_s, cli.path(u"token-tls"_s)},
            "x\n");
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("The server does not speak TLS (https) on that port"),
            qPrintable(r.describe()));
        QVERIFY2(r.err.contains("Use http:// for it"), qPrintable(r.describe()));
        QVERIFY2(!r.err.contains("certificate"), qPrintable(r.describe()));
        QVERIFY(!QFile::exists(cli.path(u"token-tls"_s)));
    }

    void logoutNamesOnlyWhatWasKept()
    {
        CliRunner cli;
        CliResult r = run(cli,
            {u"login"_s, u"--server"_s, m_url, u"--email"_s, DevServer::adminEmail(),
                u"--password-stdin"_s, u"--token-file"_s, cli.path(u"token"_s)},
            DevServer::adminPassword().toUtf8() + "\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString token = readToken(cli, u"token"_s);
        r = run(cli, {u"logout"_s}, {}, {{u"TIDEMARK_SESSION_TOKEN"_s, token}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(!r.out.contains("API key"), qPrintable(r.describe()));
        // A refused API key: the note says how to replace the key, not to log in again.
        r = run(cli, {u"full-sync"_s, u"--server"_s, m_url}, {},
            {{u"TIDEMARK_API_KEY"_s, u"made-up-key"_s}});
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        QVERIFY2(
            r.err.contains("refused the API key in TIDEMARK_API_KEY"), qPrintable(r.describe()));
        QVERIFY2(!r.err.contains("log in again"), qPrintable(r.describe()));
    }

    void notLoggedIn()
    {
        CliRunner cli;
        CliResult r = run(cli, {u"status"_s});
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        r = run(cli, {u"stream"_s, u"--server"_s, m_url});
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        // A revoked token: 3 as well.
        r = run(cli, {u"stream"_s, u"--server"_s, m_url}, {},
            {{u"TIDEMARK_SESSION_TOKEN"_s, u"revoked-or-made-up"_s}});
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
    }

    void statusJson()
    {
        CliRunner cli;
        const QString token = m_server.createSession(DevServer::adminEmail());
        m_tokens << token;
        const CliResult r = run(cli, {u"status"_s, u"--server"_s, m_url, u"--json"_s}, {},
            {{u"TIDEMARK_SESSION_TOKEN"_s, token}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
        QCOMPARE(doc[u"server"_s][u"version"_s].toString(), u"2.7.5"_s);
        QCOMPARE(doc[u"server"_s][u"capabilities"_s][u"syncStream"_s].toBool(), true);
        QCOMPARE(doc[u"user"_s][u"id"_s].toString(), m_server.adminUserId());
        QCOMPARE(doc[u"user"_s][u"session"_s].toString(), u"environment"_s);
        QVERIFY(doc[u"checkpoints"_s].isObject());
    }

    void subPathIsSaidOnStderr()
    {
        // Immich lives at the root of a host: "/photos" is left out, and the person is told so
        // (every command, not only login), with the address that is used.
        CliRunner cli;
        const QString token = m_server.createSession(DevServer::adminEmail());
        m_tokens << token;
        const QByteArray warning
            = "warning: Immich cannot live under a sub-path of a web address, so \"/photos\" is "
              "left out: Tidemark uses "
            + m_url.toUtf8();
        CliResult r = run(cli, {u"status"_s, u"--server"_s, m_url + u"/photos"_s}, {},
            {{u"TIDEMARK_SESSION_TOKEN"_s, token}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(warning), qPrintable(r.describe()));
        QVERIFY(!r.out.contains("/photos"));
        r = run(cli, {u"status"_s, u"--server"_s, m_url + u"/photos"_s, u"--json"_s}, {},
            {{u"TIDEMARK_SESSION_TOKEN"_s, token}});
        QVERIFY2(r.err.contains(warning), qPrintable(r.describe()));
        QCOMPARE(r.json()[u"server"_s][u"url"_s].toString(u"-"_s).contains(u"/photos"_s), false);
        QVERIFY(!r.json()[u"warnings"_s].toArray().isEmpty());
        // Without a sub-path: no such warning.
        r = run(
            cli, {u"status"_s, u"--server"_s, m_url}, {}, {{u"TIDEMARK_SESSION_TOKEN"_s, token}});
        QVERIFY2(!r.err.contains("sub-path"), qPrintable(r.describe()));
    }

    void logout()
    {
        CliRunner cli;
        const QString token = m_server.createSession(DevServer::adminEmail());
        m_tokens << token;
        const CliResult r = run(
            cli, {u"logout"_s, u"--server"_s, m_url}, {}, {{u"TIDEMARK_SESSION_TOKEN"_s, token}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(!m_server.hasSession(token));
    }

    void logoutWhileTheServerIsGoneKeepsTheSession()
    {
        CliRunner cli;
        const QString token = m_server.createSession(DevServer::adminEmail());
        m_tokens << token;
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString gone = u"http://127.0.0.1:%1"_s.arg(closed.serverPort());
        closed.close();
        CliResult r = run(
            cli, {u"logout"_s, u"--server"_s, gone}, {}, {{u"TIDEMARK_SESSION_TOKEN"_s, token}});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("the session was kept so that it can still be ended later; run "
                                "`tidemark logout` again when the server is reachable"),
            qPrintable(r.describe()));
        QVERIFY(m_server.hasSession(token));
        // Reachable again: ended, then (the same token) already ended.
        r = run(
            cli, {u"logout"_s, u"--server"_s, m_url}, {}, {{u"TIDEMARK_SESSION_TOKEN"_s, token}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.startsWith("Logged out of " + m_url.toUtf8()), qPrintable(r.describe()));
        QVERIFY2(r.out.contains(": session ended on the server (its checkpoints are gone).\n"),
            qPrintable(r.describe()));
        QVERIFY2(r.out.contains("The token came from TIDEMARK_SESSION_TOKEN; unset it."),
            qPrintable(r.describe()));
        QVERIFY(!m_server.hasSession(token));
        r = run(
            cli, {u"logout"_s, u"--server"_s, m_url}, {}, {{u"TIDEMARK_SESSION_TOKEN"_s, token}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("the session had already ended on the server."),
            qPrintable(r.describe()));
    }

    void logoutAndForget()
    {
        CliRunner cli;
        CliResult r = run(cli,
            {u"login"_s, u"--server"_s, m_url, u"--email"_s, DevServer::adminEmail(),
                u"--password-stdin"_s, u"--token-file"_s, cli.path(u"token"_s)},
            DevServer::adminPassword().toUtf8() + "\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString token = readToken(cli, u"token"_s);
        QVERIFY(cli.allFiles({u"token"_s}).contains(DevServer::adminEmail().toUtf8()));
        r = run(cli, {u"logout"_s, u"--forget"_s, u"--json"_s}, {},
            {{u"TIDEMARK_SESSION_TOKEN"_s, token}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(!m_server.hasSession(token));
        QVERIFY(!cli.allFiles({u"token"_s}).contains(DevServer::adminEmail().toUtf8()));
        // Logged out: the next command says so.
        r = run(cli, {u"status"_s});
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
    }

    void noSecretInOutput()
    {
        QVERIFY(!m_tokens.isEmpty());
        for (const QByteArray &o : std::as_const(m_outputs)) {
            for (const QString &t : std::as_const(m_tokens))
                QVERIFY2(!o.contains(t.toUtf8()), o.constData());
            QVERIFY2(!o.contains(DevServer::adminPassword().toUtf8()), o.constData());
            QVERIFY2(!o.contains(DevServer::partnerPassword().toUtf8()), o.constData());
        }
    }
};

QTEST_GUILESS_MAIN(CliSessionTest)
#include "cli_session.moc"
