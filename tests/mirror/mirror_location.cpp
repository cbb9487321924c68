// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mirror/MirrorLocation.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Tidemark;

class MirrorLocationTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fileNames_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("expected");
        QTest::newRow("https default port")
            << QStringLiteral("https://Photos.Example.org") << QStringLiteral("u1")
            << QStringLiteral("photos.example.org_443-u1.sqlite");
        QTest::newRow("http explicit port")
            << QStringLiteral("http://192.168.1.5:2283/api") << QStringLiteral("abc")
            << QStringLiteral("192.168.1.5_2283-abc.sqlite");
        QTest::newRow("path prefix")
            << QStringLiteral("https://host/immich/api/") << QStringLiteral("u")
            << QStringLiteral("host_443_immich-u.sqlite");
        QTest::newRow("ipv6") << QStringLiteral("http://[::1]:8080") << QStringLiteral("u")
                              << QStringLiteral("__1_8080-u.sqlite");
        QTest::newRow("hostile user id")
            << QStringLiteral("https://h") << QStringLiteral("../../etc/passwd")
            << QStringLiteral("h_443-_._.._etc_passwd.sqlite");
    }
    void fileNames()
    {
        QFETCH(QString, url);
        QFETCH(QString, user);
        QFETCH(QString, expected);
        const MirrorLocation loc(QUrl(url), user, QStringLiteral("/tmp/x"));
        QCOMPARE(loc.fileName(), expected);
        QVERIFY(!loc.fileName().contains(QLatin1Char('/')));
        QCOMPARE(loc.filePath(), QStringLiteral("/tmp/x/") + expected);
    }
    void invalidInputs()
    {
        QVERIFY(!MirrorLocation(QUrl(), QStringLiteral("u")).isValid());
        QVERIFY(!MirrorLocation(QUrl(QStringLiteral("https://h")), QString()).isValid());
    }
    void longNamesAreShortenedAndUnique()
    {
        const QString a = QString(300, QLatin1Char('a'));
        const QString b = a + QLatin1Char('b');
        QVERIFY(MirrorLocation::sanitize(a).size() <= 96);
        QVERIFY(MirrorLocation::sanitize(a) != MirrorLocation::sanitize(b));
    }
    void directoryOverride()
    {
        QTemporaryDir dir;
        MirrorLocation::setDefaultDirectoryOverride(dir.path());
        const MirrorLocation loc(QUrl(QStringLiteral("https://h:1")), QStringLiteral("u"));
        QCOMPARE(loc.directory(), dir.path());
        QVERIFY(loc.ensureDirectory());
        MirrorLocation::setDefaultDirectoryOverride({});
        QVERIFY(MirrorLocation::defaultDirectory().endsWith(QLatin1StringView("/mirrors")));
    }
};

QTEST_GUILESS_MAIN(MirrorLocationTest)
#include "mirror_location.moc"
