// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The dev server's thumbhash must describe the thumbnail it serves: for several assets (landscape,
// portrait, panorama-ish, every shape), the placeholder decoded with the client's ThumbHash decoder
// has the thumbnail's aspect ratio (within 10 %) and average colour (within 24 per RGB channel).
// Placeholder and thumbnail go side by side into screenshots/thumbhash-match.png.

#include "UiTestEnv.h"
#include "widgets/ThumbHash.h"

#include "DevServer.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace Tidemark;
using TidemarkDev::DevServer;

namespace {

QColor averageColour(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    double r = 0, g = 0, b = 0;
    for (int y = 0; y < rgb.height(); ++y)
        for (int x = 0; x < rgb.width(); ++x) {
            const QRgb p = rgb.pixel(x, y);
            r += qRed(p);
            g += qGreen(p);
            b += qBlue(p);
        }
    const double n = double(rgb.width()) * rgb.height();
    return QColor(qRound(r / n), qRound(g / n), qRound(b / n));
}

struct Pair
{
    QImage placeholder, thumbnail;
};

int maxChannelDelta(const QColor &a, const QColor &b)
{
    return std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()),
        std::abs(a.blue() - b.blue())});
}

} // namespace

class UiThumbhashMatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        TidemarkDev::LibrarySpec spec;
        spec.ownAssets = 60;
        spec.partnerAssets = 0;
        server.generateLibrary(spec);
        QVERIFY(server.start());
        token = server.createSession(DevServer::adminEmail()).toUtf8();
        QVERIFY(!token.isEmpty());
    }

    void placeholderMatchesThumbnail()
    {
        // id -> thumbhash, as a client reads them from the sync stream
        QMap<QString, QString> hashes;
        const QByteArray lines
            = post(QStringLiteral("/api/sync/stream"), R"({"types":["AssetsV1"]})");
        for (const QByteArray &line : lines.split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QStringLiteral("type")).toString() != QLatin1StringView("AssetV1"))
                continue;
            const QJsonObject d = o.value(QStringLiteral("data")).toObject();
            hashes.insert(d.value(QStringLiteral("id")).toString(),
                d.value(QStringLiteral("thumbhash")).toString());
        }
        const QStringList ids = hashes.keys();
        QVERIFY(ids.size() >= 12);
        QList<Pair> pairs;
        QSet<QString> shapes; // landscape / portrait seen
        int failures = 0;
        for (qsizetype i = 0; i < ids.size() && pairs.size() < 12; i += ids.size() / 12) {
            const QString &id = ids.at(i);
            const QString hash = hashes.value(id);
            const QImage placeholder = ThumbHash::decodeBase64(hash);
            QVERIFY2(!placeholder.isNull(), qPrintable(hash));
            const QImage thumbnail = QImage::fromData(
                get(QStringLiteral("/api/assets/") + id + QStringLiteral("/thumbnail")));
            QVERIFY2(!thumbnail.isNull(), qPrintable(id));
            pairs.append({placeholder, thumbnail});
            shapes.insert(thumbnail.width() >= thumbnail.height() ? QStringLiteral("landscape")
                                                                  : QStringLiteral("portrait"));

            const double pa = double(placeholder.width()) / placeholder.height();
            const double ta = double(thumbnail.width()) / thumbnail.height();
            const double aspectError = std::abs(pa - ta) / ta;
            const QColor pc = averageColour(placeholder), tc = averageColour(thumbnail);
            const int delta = maxChannelDelta(pc, tc);
            qInfo("%s: aspect %.3f vs %.3f (%.1f %%), average %s vs %s (max channel delta %d)",
                qPrintable(id), pa, ta, aspectError * 100, qPrintable(pc.name()),
                qPrintable(tc.name()), delta);
            if (aspectError >= 0.10 || delta >= 24)
                ++failures;
        }
        savePairs(pairs);
        QVERIFY(shapes.size() == 2); // both orientations were compared
        QCOMPARE(failures, 0);
    }

private:
    QByteArray get(const QString &path) { return request(path, nullptr); }
    QByteArray post(const QString &path, const QByteArray &body) { return request(path, &body); }
    QByteArray request(const QString &path, const QByteArray *body)
    {
        QNetworkRequest req(
            QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(server.port()).arg(path)));
        req.setRawHeader("Authorization", "Bearer " + token);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = body ? nam.post(req, *body) : nam.get(req);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        const QByteArray data
            = reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
        reply->deleteLater();
        return data;
    }

    //! One row per asset: the decoded placeholder, then the served thumbnail, both 160 px high.
    static void savePairs(const QList<Pair> &pairs)
    {
        const int h = 160, gap = 8, cols = 2;
        int widest = 0;
        for (const Pair &p : pairs)
            widest = std::max(widest, int(h * double(p.thumbnail.width()) / p.thumbnail.height()));
        const int rows = int((pairs.size() + cols - 1) / cols);
        QImage sheet(cols * (2 * widest + 3 * gap), rows * (h + gap) + gap, QImage::Format_RGB32);
        sheet.fill(Qt::white);
        QPainter painter(&sheet);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        for (qsizetype i = 0; i < pairs.size(); ++i) {
            const Pair &p = pairs.at(i);
            const int x0 = int(i % cols) * (2 * widest + 3 * gap) + gap,
                      y0 = int(i / cols) * (h + gap) + gap;
            const int pw = int(h * double(p.placeholder.width()) / p.placeholder.height());
            const int tw = int(h * double(p.thumbnail.width()) / p.thumbnail.height());
            painter.drawImage(QRect(x0, y0, pw, h), p.placeholder);
            painter.drawImage(QRect(x0 + widest + gap, y0, tw, h), p.thumbnail);
        }
        painter.end();
        const QString file = QDir(Test::outputPath(QStringLiteral("screenshots")))
                                 .filePath(QStringLiteral("thumbhash-match.png"));
        QVERIFY(sheet.save(file));
        qInfo("side by side: %s", qPrintable(file));
    }

    DevServer server;
    QNetworkAccessManager nam;
    QByteArray token;
};

QTEST_MAIN(UiThumbhashMatch)
#include "ui_thumbhash_match.moc"
