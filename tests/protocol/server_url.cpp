// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ServerUrl: what people type → the API base URL, and the same-origin rule for credentials.
#include "protocol/ServerUrl.h"

#include <QTest>

using namespace Tidemark;

class ServerUrlTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalises_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("base");
        const auto row = [](const char *in, const char *out) {
            QTest::newRow(in) << QString::fromUtf8(in) << QString::fromUtf8(out);
        };
        row("photos.example.com", "https://photos.example.com/api");
        row("photos.example.com:2283", "https://photos.example.com:2283/api");
        row("Photos.Example.COM", "https://photos.example.com/api");
        row("  photos.example.com  ", "https://photos.example.com/api");
        row("\tphotos.example.com/\n", "https://photos.example.com/api");
        row("photos.example.com/", "https://photos.example.com/api");
        row("photos.example.com/api", "https://photos.example.com/api");
        row("photos.example.com/api/", "https://photos.example.com/api");
        row("photos.example.com/api///", "https://photos.example.com/api");
        row("https://photos.example.com", "https://photos.example.com/api");
        row("https://photos.example.com/", "https://photos.example.com/api");
        row("https://photos.example.com/api", "https://photos.example.com/api");
        row("https://photos.example.com:443/api", "https://photos.example.com/api");
        row("HTTPS://photos.example.com", "https://photos.example.com/api");
        row("http://photos.example.com:2283", "http://photos.example.com:2283/api");
        row("http://photos.example.com:80/", "http://photos.example.com/api");
        row("http://192.168.1.5:2283/api/", "http://192.168.1.5:2283/api");
        row("192.168.1.5:2283", "https://192.168.1.5:2283/api");
        row("https://photos.example.com/photos/8a749608-71b2-47ae-a944-bf2e6a97626a",
            "https://photos.example.com/api");
        row("https://photos.example.com/api/server/version?x=1#frag",
            "https://photos.example.com/api");
        row("photos.example.com.", "https://photos.example.com/api");
        row("localhost", "http://localhost/api");
        row("localhost:2283", "http://localhost:2283/api");
        row("LOCALHOST:2283/api/", "http://localhost:2283/api");
        row("127.0.0.1:2283", "http://127.0.0.1:2283/api");
        row("127.0.0.1", "http://127.0.0.1/api");
        row("https://localhost:2283", "https://localhost:2283/api");
        row("::1", "http://[::1]/api");
        row("[::1]:2283", "http://[::1]:2283/api");
        row("http://[::1]:2283/api", "http://[::1]:2283/api");
        row("[2001:db8::1]:2283", "https://[2001:db8::1]:2283/api");
        row("bücher.example", "https://xn--bcher-kva.example/api");
    }

    void normalises()
    {
        QFETCH(QString, input);
        QFETCH(QString, base);
        const auto url = ServerUrl::parse(input);
        QVERIFY2(url.hasValue(), qPrintable(url.error().technicalDetails()));
        QCOMPARE(url->toString(), base);
        QCOMPARE(url->baseUrl().toString(), base);
        QVERIFY(url->isValid());
        // Normalising the result again changes nothing.
        QCOMPARE(ServerUrl::parse(base)->toString(), base);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mentions");
        const auto row = [](const char *name, const char *in, const char *mentions) {
            QTest::newRow(name) << QString::fromUtf8(in) << QString::fromUtf8(mentions);
        };
        row("empty", "", "empty");
        row("blank", "   ", "empty");
        row("space inside", "photos example.com", "spaces");
        row("ftp", "ftp://photos.example.com", "scheme");
        row("file", "file:///etc/passwd", "scheme");
        row("user info", "https://alice:secret@photos.example.com", "password");
        row("port text", "photos.example.com:abc", "port");
        row("port zero", "photos.example.com:0", "port");
        row("port too big", "photos.example.com:70000", "port");
        row("no host", "https://", "host");
        row("only port", ":2283", "host");
        row("bang", "photos!.example.com", "host name");
        row("unclosed v6", "[::1:2283", "IPv6");
        row("bad v6", "fe80::zz", "IPv6");
        row("path only", "/api", "host");
    }

    void rejects()
    {
        QFETCH(QString, input);
        QFETCH(QString, mentions);
        const auto url = ServerUrl::parse(input);
        QVERIFY(!url.hasValue());
        QCOMPARE(url.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(url.error().detail.contains(mentions, Qt::CaseInsensitive),
            qPrintable(url.error().detail));
        QVERIFY(!url.error().userMessage().isEmpty());
    }

    void apiUrl()
    {
        const ServerUrl url = *ServerUrl::parse(QStringLiteral("photos.example.com:2283"));
        QCOMPARE(url.apiUrl(u"sync/stream").toString(),
            QStringLiteral("https://photos.example.com:2283/api/sync/stream"));
        QCOMPARE(url.apiUrl(u"/server/version").toString(),
            QStringLiteral("https://photos.example.com:2283/api/server/version"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("size"), QStringLiteral("thumbnail"));
        QCOMPARE(url.apiUrl(u"assets/abc/thumbnail", q).toString(),
            QStringLiteral(
                "https://photos.example.com:2283/api/assets/abc/thumbnail?size=thumbnail"));
        QCOMPARE(url.origin().toString(), QStringLiteral("https://photos.example.com:2283"));
        QCOMPARE(url.port(), 2283);
        QCOMPARE(ServerUrl().apiUrl(u"x"), QUrl());
    }

    void droppedPath()
    {
        // A sub-path is not used (Immich lives at the root of a host); the person is told which.
        QCOMPARE(ServerUrl::parse(u"http://host/photos")->droppedPath(), QStringLiteral("/photos"));
        QCOMPARE(
            ServerUrl::parse(u"http://host/photos")->toString(), QStringLiteral("http://host/api"));
        QCOMPARE(ServerUrl::parse(u"https://host/photos/abc/?x=1#y")->droppedPath(),
            QStringLiteral("/photos/abc"));
        QCOMPARE(ServerUrl::parse(u"https://host/api/")->droppedPath(), QString());
        QCOMPARE(ServerUrl::parse(u"https://host/")->droppedPath(), QString());
        QCOMPARE(ServerUrl::parse(u"host:2283")->droppedPath(), QString());
    }

    void sameOrigin()
    {
        const ServerUrl url = *ServerUrl::parse(QStringLiteral("https://photos.example.com"));
        QVERIFY(url.sameOrigin(QUrl(QStringLiteral("https://photos.example.com/api/x"))));
        QVERIFY(url.sameOrigin(QUrl(QStringLiteral("https://PHOTOS.example.com:443/other"))));
        QVERIFY(!url.sameOrigin(QUrl(QStringLiteral("http://photos.example.com/api/x"))));
        QVERIFY(!url.sameOrigin(QUrl(QStringLiteral("https://photos.example.com:2283/api"))));
        QVERIFY(!url.sameOrigin(QUrl(QStringLiteral("https://evil.example.com/api"))));
        QVERIFY(
            !url.sameOrigin(QUrl(QStringLiteral("https://photos.example.com.evil.example/api"))));
        QVERIFY(!url.sameOrigin(QUrl()));
        QVERIFY(!ServerUrl().sameOrigin(QUrl(QStringLiteral("https://photos.example.com"))));
        const ServerUrl local = *ServerUrl::parse(QStringLiteral("127.0.0.1:2283"));
        QVERIFY(local.sameOrigin(QUrl(QStringLiteral("http://127.0.0.1:2283/api/sync/stream"))));
        QVERIFY(!local.sameOrigin(QUrl(QStringLiteral("http://127.0.0.1:2284/api/sync/stream"))));
        QVERIFY(local.isLoopback());
        QVERIFY(!url.isLoopback());
    }

    void equality()
    {
        QCOMPARE(*ServerUrl::parse(QStringLiteral("photos.example.com/api/")),
            *ServerUrl::parse(QStringLiteral("https://PHOTOS.example.com:443")));
        QVERIFY(*ServerUrl::parse(QStringLiteral("photos.example.com"))
            != *ServerUrl::parse(QStringLiteral("photos.example.com:2283")));
    }
};

QTEST_GUILESS_MAIN(ServerUrlTest)
#include "server_url.moc"
