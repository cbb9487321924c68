// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Argument parsing, exit codes and output formatting of the headless commands.

#include "cli/CliArgs.h"
#include "cli/CliExitCodes.h"
#include "cli/CliOutput.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QTest>

using namespace Tidemark;
using namespace Tidemark::Cli;
using namespace Qt::StringLiterals;

class CliArgsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void commandsAndOptions()
    {
        const ParsedArgs p = parseArguments(
            {u"stream"_s, u"--types"_s, u"AssetsV1,UsersV1"_s, u"--types=AlbumsV1"_s, u"--mode"_s,
                u"manual"_s, u"--json"_s, u"--server=http://127.0.0.1:1"_s});
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.command, u"stream"_s);
        QCOMPARE(p.list(u"types"_s), (QStringList {u"AssetsV1"_s, u"UsersV1"_s, u"AlbumsV1"_s}));
        QCOMPARE(p.value(u"mode"_s), u"manual"_s);
        QVERIFY(p.has(u"json"_s));
        QCOMPARE(p.value(u"server"_s), u"http://127.0.0.1:1"_s);
    }

    void actions()
    {
        ParsedArgs p = parseArguments({u"acks"_s, u"set"_s, u"--up-to"_s, u"12"_s});
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.action, u"set"_s);
        QCOMPARE(p.value(u"up-to"_s), u"12"_s);

        p = parseArguments({u"acks"_s});
        QVERIFY(!p.ok());
        p = parseArguments({u"acks"_s, u"frobnicate"_s});
        QVERIFY(!p.ok());
        p = parseArguments({u"status"_s, u"extra"_s});
        QVERIFY(!p.ok());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error");
        QTest::newRow("none") << QStringList {} << u"no command given"_s;
        QTest::newRow("unknown command")
            << QStringList {u"sync"_s} << u"unknown command \"sync\""_s;
        QTest::newRow("unknown option")
            << QStringList {u"status"_s, u"--frob"_s} << u"unknown option --frob for \"status\""_s;
        QTest::newRow("unknown short option")
            << QStringList {u"status"_s, u"-x"_s} << u"unknown option -x for \"status\""_s;
        QTest::newRow("option of another command") << QStringList {u"status"_s, u"--types"_s,
            u"AssetsV1"_s} << u"unknown option --types for \"status\""_s;
        QTest::newRow("missing value")
            << QStringList {u"stream"_s, u"--types"_s} << u"--types needs a value (LIST)"_s;
        QTest::newRow("empty value") << QStringList {u"stream"_s, u"--jsonl="_s}
                                     << u"--jsonl needs a non-empty value (FILE)"_s;
        QTest::newRow("flag with value")
            << QStringList {u"stream"_s, u"--reset=yes"_s} << u"--reset takes no value"_s;
        QTest::newRow("conflicting values") << QStringList {u"login"_s, u"--server"_s, u"a"_s,
            u"--server"_s, u"b"_s} << u"--server given twice with different values"_s;
        QTest::newRow("no action")
            << QStringList {u"acks"_s} << u"\"acks\" needs one of: list, set, delete, discard"_s;
        QTest::newRow("unknown action")
            << QStringList {u"acks"_s, u"frobnicate"_s}
            << u"unknown action \"acks frobnicate\" (one of: list, set, delete, discard)"_s;
        QTest::newRow("extra argument")
            << QStringList {u"status"_s, u"extra"_s} << u"unexpected argument \"extra\""_s;
        QTest::newRow("help of nothing")
            << QStringList {u"help"_s, u"nothing"_s} << u"unknown command \"nothing\""_s;
        QTest::newRow("help of two") << QStringList {u"help"_s, u"stream"_s, u"acks"_s}
                                     << u"help takes at most one command name"_s;
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        QCOMPARE(parseArguments(args).error, error);
    }

    void whatTheParserAccepts()
    {
        // Repeated equal values, -v, a dash as a value, everything after -- as arguments.
        ParsedArgs p = parseArguments({u"login"_s, u"--server"_s, u"a"_s, u"--server=a"_s, u"-v"_s,
            u"--token-file"_s, u"-"_s});
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.value(u"server"_s), u"a"_s);
        QVERIFY(p.has(u"verbose"_s));
        QCOMPARE(p.value(u"token-file"_s), u"-"_s);
        p = parseArguments({u"acks"_s, u"--json"_s, u"--"_s, u"list"_s});
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.action, u"list"_s);
        p = parseArguments({u"status"_s, u"--"_s, u"--json"_s});
        QCOMPARE(p.error, u"unexpected argument \"--json\""_s);
    }

    void secretsRefused_data()
    {
        QTest::addColumn<QString>("arg");
        QTest::newRow("password") << u"--password"_s;
        QTest::newRow("password=") << u"--password=hunter2"_s;
        QTest::newRow("token") << u"--token=abc"_s;
        QTest::newRow("session-token") << u"--session-token"_s;
        QTest::newRow("api-key") << u"--api-key=abc"_s;
    }
    void secretsRefused()
    {
        QFETCH(QString, arg);
        const ParsedArgs p = parseArguments({u"login"_s, arg, u"hunter2"_s});
        QVERIFY(!p.ok());
        QVERIFY2(!p.error.contains(u"hunter2"_s), qPrintable(p.error));
        QVERIFY2(p.error.contains(u"command line"_s), qPrintable(p.error));
        QVERIFY2(
            p.error.startsWith(u"--%1 is not accepted: secrets on the command line are visible "
                               "to other users and kept in shell history; use "_s.arg(
                                   arg.mid(2).section(u'=', 0, 0))),
            qPrintable(p.error));
    }

    void help()
    {
        QVERIFY(parseArguments({u"stream"_s, u"--help"_s}).help);
        QVERIFY(parseArguments({u"stream"_s, u"-h"_s}).help);
        QVERIFY(!parseArguments({u"stream"_s, u"--bogus"_s, u"--help"_s}).ok());
        const ParsedArgs p = parseArguments({u"help"_s, u"stream"_s});
        QVERIFY(p.ok());
        QCOMPARE(p.action, u"stream"_s);
        const QString usage = usageText();
        for (const char *needle : {"login", "logout", "status", "stream", "acks", "full-sync",
                 "delta-sync", "reconcile", "TIDEMARK_PASSWORD", "TIDEMARK_SESSION_TOKEN",
                 "TIDEMARK_API_KEY", "TIDEMARK_CLIENT_CERT_PASSWORD", "TIDEMARK_HEADER_<NAME>",
                 "--client-cert FILE", "Exit codes"})
            QVERIFY2(usage.contains(QLatin1StringView(needle)), needle);
        for (int code = 0; code <= 9; ++code)
            QVERIFY(exitCodeHelp().contains(u"  %1  "_s.arg(code)));
        QVERIFY(commandHelp(u"stream"_s).contains(u"--jsonl"_s));
    }

    void exitCodes()
    {
        QCOMPARE(exitCodeFor(Error::none()), ExitOk);
        QCOMPARE(exitCodeFor(Error::make(Error::Kind::Network, u"x"_s)), ExitNetwork);
        QCOMPARE(exitCodeFor(Error::make(Error::Kind::Timeout, u"x"_s)), ExitNetwork);
        QCOMPARE(exitCodeFor(Error::fromHttp(401, "{\"message\":\"Invalid user token\"}", u"x"_s)),
            ExitAuth);
        QCOMPARE(exitCodeFor(Error::fromHttp(
                     403, "{\"message\":\"Sync endpoints cannot be used with API keys\"}", u"x"_s)),
            ExitAuth);
        QCOMPARE(exitCodeFor(Error::fromHttp(400, "{}", u"x"_s)), ExitServerRefused);
        QCOMPARE(exitCodeFor(Error::fromHttp(500, "", u"x"_s)), ExitServerRefused);
        QCOMPARE(exitCodeFor(Error::make(Error::Kind::Malformed, u"x"_s)), ExitMalformed);
        QCOMPARE(exitCodeFor(Error::make(Error::Kind::Storage, u"x"_s)), ExitStorage);
        QCOMPARE(exitCodeFor(Error::make(Error::Kind::Cancelled, u"x"_s)), ExitIncomplete);
        QCOMPARE(exitCodeFor(Error::make(Error::Kind::Unsupported, u"x"_s)), ExitUnsupported);
        QCOMPARE(exitCodeFor(Error::make(Error::Kind::InvalidInput, u"x"_s)), ExitUsage);
        QCOMPARE(
            exitCodeFor(Error::make(Error::Kind::Busy, u"mirror: lock"_s, u"4242"_s)), ExitBusy);
        QCOMPARE(int(ExitBusy), 9);
    }

    void table()
    {
        const QString t = formatTable({u"TYPE"_s, u"COUNT"_s, u"ACK"_s},
            {{u"AssetV1"_s, u"10000"_s, u"AssetV1|x"_s}, {u"UserV1"_s, u"2"_s, u""_s}},
            {Align::Left, Align::Right});
        QCOMPARE(t,
            u"TYPE     COUNT  ACK\n"
            "AssetV1  10000  AssetV1|x\n"
            "UserV1       2\n"_s);
        QCOMPARE(groupDigits(1234567), u"1,234,567"_s);
        QCOMPARE(groupDigits(999), u"999"_s);
        QCOMPARE(groupDigits(-1000), u"-1,000"_s);
        QCOMPARE(formatBytes(512), u"512 B"_s);
        QCOMPARE(formatBytes(1536), u"1.5 KiB"_s);
        QCOMPARE(formatDuration(75000), u"1 min 15 s"_s);
    }

    void jsonDocument()
    {
        QTemporaryFile outFile, errFile;
        QVERIFY(outFile.open());
        QVERIFY(errFile.open());
        FILE *o = fdopen(dup(outFile.handle()), "w");
        FILE *e = fdopen(dup(errFile.handle()), "w");
        {
            Output out(true, false, o, e);
            out.print(u"not in json mode\n"_s);
            out.document()[u"answer"_s] = 42;
            out.warn(u"careful"_s);
            QCOMPARE(out.finish(out.fail(ExitAuth,
                         Error::fromHttp(
                             401, "{\"message\":\"Invalid user token\"}", u"GET /api/users/me"_s))),
                int(ExitAuth));
        }
        fclose(o);
        fclose(e);
        outFile.seek(0);
        errFile.seek(0);
        const QByteArray stdoutBytes = outFile.readAll();
        QJsonParseError perr;
        const QJsonDocument doc = QJsonDocument::fromJson(stdoutBytes, &perr);
        QVERIFY2(
            doc.isObject(), qPrintable(perr.errorString() + u' ' + QString::fromUtf8(stdoutBytes)));
        QCOMPARE(doc[u"answer"_s].toInt(), 42);
        QCOMPARE(doc[u"ok"_s].toBool(), false);
        QCOMPARE(doc[u"exitCode"_s].toInt(), 3);
        QCOMPARE(doc[u"error"_s][u"kind"_s].toString(), u"unauthorized"_s);
        QCOMPARE(doc[u"warnings"_s][0].toString(), u"careful"_s);
        const QByteArray err = errFile.readAll();
        QVERIFY(err.contains("warning: careful"));
        QVERIFY(err.contains("error: "));
    }
};

QTEST_GUILESS_MAIN(CliArgsTest)
#include "cli_args.moc"
