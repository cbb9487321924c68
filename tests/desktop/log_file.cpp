// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// LogFile: size-based rotation, redaction of credentials, the Qt message handler honouring the
// logging rules, and the recent-problems excerpt used by the diagnostics report.

#include "util/LogFile.h"
#include "util/Logging.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidemark;

namespace {
QString readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}
} // namespace

class LogFileTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rotationKeepsNFilesOfBoundedSize()
    {
        QTemporaryDir dir;
        LogFile log(LogFile::Options {dir.path(), QStringLiteral("t"), 2048, 3});
        for (int i = 0; i < 200; ++i)
            QVERIFY(log.writeLine(QStringLiteral("line %1 ").arg(i, 4, 10, QLatin1Char('0'))
                + QString(80, QLatin1Char('x'))));
        const QStringList files = log.files();
        QCOMPARE(files.size(), 4); // current + 3 rotated
        QCOMPARE(files.first(), log.filePath());
        QVERIFY(!QFile::exists(log.rotatedPath(4)));
        for (const QString &f : files)
            QVERIFY2(QFileInfo(f).size() <= 2048, qPrintable(f));
        // The newest line is in the current file, older ones moved down, the oldest are gone.
        QVERIFY(readAll(log.filePath()).contains(QStringLiteral("line 0199")));
        QVERIFY(!readAll(log.filePath()).contains(QStringLiteral("line 0150")));
        QVERIFY(readAll(log.rotatedPath(1)).contains(QStringLiteral("line 0190")));
        for (const QString &f : files)
            QVERIFY(!readAll(f).contains(QStringLiteral("line 0000")));
        // Lines are never split across files.
        for (const QString &f : files)
            for (const QString &line : readAll(f).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                QVERIFY2(line.startsWith(QStringLiteral("line ")) && line.size() == 90,
                    qPrintable(line));
    }

    void rotationWithoutKeptFiles()
    {
        QTemporaryDir dir;
        LogFile log(LogFile::Options {dir.path(), QStringLiteral("t"), 1024, 0});
        for (int i = 0; i < 50; ++i)
            log.writeLine(QString(100, QLatin1Char('a' + i % 26)));
        QCOMPARE(log.files(), QStringList {log.filePath()});
        QVERIFY(QFileInfo(log.filePath()).size() <= 1024);
    }

    void redaction_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("kept");
        QTest::newRow("authorization header")
            << QStringLiteral("Authorization: Bearer eyJhbGciOi.abc-123_x")
            << QStringLiteral("eyJhbGciOi") << QStringLiteral("Authorization: Bearer [redacted]");
        QTest::newRow("bare bearer")
            << QStringLiteral("sent bearer Zm9vYmFy to the server") << QStringLiteral("Zm9vYmFy")
            << QStringLiteral("to the server");
        QTest::newRow("x-api-key header")
            << QStringLiteral("x-api-key: 9f8e7d6c5b4a") << QStringLiteral("9f8e7d6c5b4a")
            << QStringLiteral("x-api-key: [redacted]");
        QTest::newRow("X-Api-Key mixed case")
            << QStringLiteral("X-Api-Key=KEYVALUE123;next") << QStringLiteral("KEYVALUE123")
            << QStringLiteral(";next");
        QTest::newRow("json accessToken")
            << QStringLiteral(R"({"accessToken":"tok_SECRET_42","userId":"u1"})")
            << QStringLiteral("tok_SECRET_42") << QStringLiteral(R"("userId":"u1")");
        QTest::newRow("json access_token spaced")
            << QStringLiteral(R"({"access_token" : "abcSECRETdef"})")
            << QStringLiteral("abcSECRETdef") << QStringLiteral("access_token");
        QTest::newRow("query string apiKey")
            << QStringLiteral("GET /api/assets?apiKey=QQQSECRET&size=1")
            << QStringLiteral("QQQSECRET") << QStringLiteral("&size=1");
        QTest::newRow("password") << QStringLiteral("password=hunter2 user=me")
                                  << QStringLiteral("hunter2") << QStringLiteral("user=me");
        QTest::newRow("session token header")
            << QStringLiteral("x-immich-session-token: sessSECRET") << QStringLiteral("sessSECRET")
            << QStringLiteral("x-immich-session-token");
        QTest::newRow("plain text untouched")
            << QStringLiteral("synced 12 assets, ack AssetV1|0191") << QString()
            << QStringLiteral("synced 12 assets, ack AssetV1|0191");
    }

    void redaction()
    {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        QFETCH(QString, kept);
        const QString out = LogRedactor::redact(input);
        if (!secret.isEmpty()) {
            QVERIFY2(!out.contains(secret), qPrintable(out));
            QVERIFY2(out.contains(LogRedactor::placeholder()), qPrintable(out));
        }
        QVERIFY2(out.contains(kept), qPrintable(out));
        QCOMPARE(LogRedactor::redact(out), out); // redacting twice changes nothing
    }

    void handlerHonoursRulesAndRedacts()
    {
        QTemporaryDir dir;
        LogFile log(LogFile::Options {dir.path()});
        LogFile::install(&log);
        QCOMPARE(LogFile::installed(), &log);
        QLoggingCategory::setFilterRules(QStringLiteral("tidemark.sync.debug=false"));
        qCDebug(lcSync) << "hidden debug line";
        qCWarning(lcSync).noquote()
            << "request failed, Authorization: Bearer SECRETTOKEN1 was sent";
        qCInfo(lcApi).noquote() << R"(reply {"accessToken":"SECRETTOKEN2"})";
        QLoggingCategory::setFilterRules(QStringLiteral("tidemark.sync.debug=true"));
        qCDebug(lcSync) << "visible debug line";
        QLoggingCategory::setFilterRules(QString());
        LogFile::install(nullptr);
        QCOMPARE(LogFile::installed(), nullptr);
        qCWarning(lcSync) << "after uninstall";

        const QString text = readAll(log.filePath());
        QVERIFY2(!text.contains(QStringLiteral("hidden debug line")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("visible debug line")));
        QVERIFY(text.contains(
            QStringLiteral(" W tidemark.sync: request failed, Authorization: Bearer [redacted]")));
        QVERIFY(text.contains(QStringLiteral(" I tidemark.api: reply")));
        QVERIFY(!text.contains(QStringLiteral("SECRETTOKEN")));
        QVERIFY(!text.contains(QStringLiteral("after uninstall")));
    }

    void recentProblemsAcrossRotatedFiles()
    {
        QTemporaryDir dir;
        LogFile log(LogFile::Options {dir.path(), QStringLiteral("t"), 4096, 2});
        QMessageLogContext ctx;
        for (int i = 0; i < 120; ++i) {
            const QtMsgType type
                = i % 3 == 0 ? QtWarningMsg : (i % 3 == 1 ? QtInfoMsg : QtCriticalMsg);
            log.writeLine(LogFile::formatLine(type, ctx, QStringLiteral("event %1").arg(i)));
        }
        QVERIFY(log.files().size() > 1);
        const QStringList problems = log.recentProblems(30);
        QCOMPARE(problems.size(), 30);
        QVERIFY(problems.last().endsWith(QStringLiteral("event 119")));
        QVERIFY(problems.first().endsWith(QStringLiteral("event 75")));
        for (const QString &p : problems)
            QVERIFY2(p.contains(QStringLiteral(" W default: "))
                    || p.contains(QStringLiteral(" C default: ")),
                qPrintable(p));
    }
};

QTEST_GUILESS_MAIN(LogFileTest)
#include "log_file.moc"
