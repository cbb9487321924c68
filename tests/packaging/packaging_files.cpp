// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop integration files as they are in the source and build trees: the .desktop file
// and the AppStream metainfo pass their validators, they name each other, the icon and the
// binary consistently, and the SVG icon renders at every menu size (saved as icon.png under
// tests/output/packaging for a look).

#include "TestSupport.h"
#include "ToolRun.h"

#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSettings>
#include <QSvgRenderer>
#include <QTest>
#include <QXmlStreamReader>

using namespace Tidemark::Test;
using namespace Qt::StringLiterals;

namespace {

const QString kAppId = QStringLiteral(TIDEMARK_APP_ID);
const QString kSource = QStringLiteral(TIDEMARK_PACKAGING_SOURCE);
const QString kBuild = QStringLiteral(TIDEMARK_PACKAGING_BUILD);

QString desktopFile()
{
    return kSource + u'/' + kAppId + u".desktop"_s;
}
QString metainfoFile()
{
    return kBuild + u'/' + kAppId + u".metainfo.xml"_s;
}
QString iconFile()
{
    return kSource + u'/' + kAppId + u".svg"_s;
}

//! The [Desktop Entry] group of a .desktop file, key -> value.
QHash<QString, QString> desktopEntry(const QString &path)
{
    QHash<QString, QString> entry;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return entry;
    bool inGroup = false;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(u'['))
            inGroup = line == u"[Desktop Entry]"_s;
        else if (inGroup && line.contains(u'='))
            entry.insert(line.section(u'=', 0, 0), line.section(u'=', 1));
    }
    return entry;
}

} // namespace

class PackagingFilesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void desktopFileValidates()
    {
        const ToolResult r = runTool(u"desktop-file-validate"_s, {desktopFile()});
        QVERIFY2(r.ok(), r.describe(u"desktop-file-validate"_s).constData());
        // Hints and warnings are printed with exit code 0: allow none.
        QVERIFY2(
            r.out.trimmed().isEmpty() && r.err.trimmed().isEmpty(), (r.out + r.err).constData());
    }

    void desktopFileLaunchesTidemark()
    {
        const QHash<QString, QString> e = desktopEntry(desktopFile());
        QCOMPARE(e.value(u"Type"_s), u"Application"_s);
        // %u: the app link at the end of a single sign-on (app.immich:///oauth-callback?…) is
        // handed to the waiting Tidemark by `tidemark <link>`.
        QCOMPARE(e.value(u"Exec"_s), u"tidemark %u"_s);
        QCOMPARE(e.value(u"TryExec"_s), u"tidemark"_s);
        QCOMPARE(e.value(u"MimeType"_s), u"x-scheme-handler/app.immich;"_s);
        QCOMPARE(
            e.value(u"Icon"_s), kAppId); // a theme name, found as hicolor/scalable/apps/<id>.svg
        QVERIFY(QFile::exists(iconFile()));
        QCOMPARE(e.value(u"Terminal"_s), u"false"_s);
    }

    void metainfoValidates()
    {
        QFile f(metainfoFile());
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(metainfoFile()));
        const QByteArray xml = f.readAll();
        QVERIFY2(!xml.contains('@'), "an @VARIABLE@ was left unconfigured");
        const ToolResult r
            = runTool(u"appstreamcli"_s, {u"validate"_s, u"--no-net"_s, metainfoFile()});
        QVERIFY2(r.ok(), r.describe(u"appstreamcli validate"_s).constData());
        // Errors and warnings fail validation; "I:" infos (the .example domain) are accepted.
        QVERIFY2(!r.out.contains("\nE:") && !r.out.contains("\nW:") && !r.out.startsWith("W:")
                && !r.out.startsWith("E:"),
            r.out.constData());
    }

    void oneLicenceEverywhere()
    {
        // GPL-3.0-or-later: the LICENSE file, the metainfo's project_license, the Debian
        // copyright file and the SPDX line of every source file say the same.
        const QString root = QStringLiteral(TIDEMARK_SOURCE_DIR);
        QFile licence(root + u"/LICENSE"_s);
        QVERIFY(licence.open(QIODevice::ReadOnly));
        const QByteArray text = licence.readAll();
        QVERIFY(text.contains("GNU GENERAL PUBLIC LICENSE"));
        QVERIFY(text.contains("Version 3, 29 June 2007"));

        QFile meta(metainfoFile());
        QVERIFY(meta.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&meta);
        QString projectLicence;
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement
                && xml.name() == "project_license"_L1)
                projectLicence = xml.readElementText();
        QCOMPARE(projectLicence, u"GPL-3.0-or-later"_s);

        QFile copyright(kSource + u"/debian/copyright"_s);
        QVERIFY(copyright.open(QIODevice::ReadOnly));
        const QByteArray dep5 = copyright.readAll();
        QVERIFY(dep5.startsWith(
            "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"));
        QVERIFY(dep5.contains("Files: *\nCopyright: 2026 The Tidemark developers\n"
                              "License: GPL-3.0-or-later\n"));

        // Every C++ file the project wrote carries the SPDX line in its first lines.
        QStringList missing;
        for (const QString &dir : {u"app"_s, u"core"_s, u"ui"_s, u"devserver"_s, u"tests"_s,
                 u"bench"_s, u"packaging"_s}) {
            QDirIterator it(root + u'/' + dir, {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                // The Node baseline's packages (bench/headless, npm install) are not ours.
                if (f.fileName().contains(u"/node_modules/"_s))
                    continue;
                QVERIFY(f.open(QIODevice::ReadOnly));
                if (!f.read(300).contains("SPDX-License-Identifier: GPL-3.0-or-later"))
                    missing << f.fileName().mid(root.size() + 1);
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
    }

    void metainfoNamesDesktopFileAndBinary()
    {
        QFile f(metainfoFile());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        QString id, launchable, binary, release;
        QStringList screenshots;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto name = xml.name();
            if (name == "id"_L1)
                id = xml.readElementText();
            else if (name == "launchable"_L1)
                launchable = xml.readElementText();
            else if (name == "binary"_L1)
                binary = xml.readElementText();
            else if (name == "release"_L1)
                release = xml.attributes().value("version"_L1).toString();
            else if (name == "image"_L1)
                screenshots << xml.readElementText();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(id, kAppId);
        QCOMPARE(launchable, kAppId + u".desktop"_s);
        QCOMPARE(binary, u"tidemark"_s);
        QCOMPARE(release, QStringLiteral(TIDEMARK_VERSION_STRING));
        // Every screenshot the metainfo lists is one the UI tests keep in docs/screenshots/.
        for (const QString &url : std::as_const(screenshots)) {
            const QString file = QStringLiteral(TIDEMARK_SOURCE_DIR) + u"/docs/screenshots/"_s
                + url.section(u'/', -1);
            QVERIFY2(QFile::exists(file), qPrintable(file));
        }
    }

    void iconRendersAtMenuSizes()
    {
        QSvgRenderer svg(iconFile());
        QVERIFY2(svg.isValid(), "Qt's SVG renderer rejects the icon");
        QCOMPARE(svg.viewBoxF().width(), svg.viewBoxF().height());

        QImage sheet(
            256 + 128 + 64 + 48 + 32 + 24 + 16 + 7 * 8, 256, QImage::Format_ARGB32_Premultiplied);
        sheet.fill(Qt::transparent);
        QPainter sheetPainter(&sheet);
        int x = 0;
        for (const int size : {256, 128, 64, 48, 32, 24, 16}) {
            QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter p(&image);
            svg.render(&p);
            p.end();
            int opaque = 0;
            for (int py = 0; py < size; ++py)
                for (int px = 0; px < size; ++px)
                    opaque += qAlpha(image.pixel(px, py)) > 200;
            // The frame fills most of the square at every size; the corners stay clear.
            QVERIFY2(opaque > size * size * 6 / 10,
                qPrintable(u"too little drawn at %1 px"_s.arg(size)));
            QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
            sheetPainter.drawImage(x, 0, image);
            x += size + 8;
        }
        sheetPainter.end();
        QVERIFY(sheet.save(outputPath(u"packaging"_s) + u"/icon.png"_s));
    }
};

QTEST_MAIN(PackagingFilesTest)
#include "packaging_files.moc"
