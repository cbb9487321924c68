// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The packages as a user gets them. cpack builds the .deb and the .tar.gz from the build folder
// with the project's own CPack configuration (into a temporary folder), the .deb is unpacked with
// `dpkg -x` into a temporary root (no root rights, nothing touches the system), and from there:
//   - the control fields and the dependencies (every library the binary links, by package),
//   - the files sit where the FHS and the freedesktop specs want them, stripped, and nothing else,
//   - <root>/usr/bin/tidemark --version and `help` run,
//   - the installed .desktop, metainfo and manual page pass their validators.

#include "ToolRun.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidemark::Test;
using namespace Qt::StringLiterals;

namespace {

const QString kAppId = QStringLiteral(TIDEMARK_APP_ID);
const QString kVersion = QStringLiteral(TIDEMARK_VERSION_STRING);

} // namespace

class PackagingDebTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_deb, m_tarball, m_root;

    //! docs/screenshots/*.png under a prefix: the user guide's pictures.
    static QStringList screenshots(const QString &prefix)
    {
        QStringList out;
        const QStringList pngs = QDir(QStringLiteral(TIDEMARK_SOURCE_DIR "/docs/screenshots"))
                                     .entryList({u"*.png"_s}, QDir::Files);
        for (const QString &png : pngs)
            out << prefix + png;
        return out;
    }

    QString control(const QString &field)
    {
        const ToolResult r = runTool(u"dpkg-deb"_s, {u"--field"_s, m_deb, field});
        return r.ok() ? QString::fromUtf8(r.out).trimmed() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The build folder's own CPack configuration. With Ninja, cpack runs no build step: it
        // packages what is built, so it does not compete with the tests running beside it.
        const QString out = m_dir.filePath(u"out"_s);
        const ToolResult r = runTool(QStringLiteral(TIDEMARK_CPACK),
            {u"--config"_s, QStringLiteral(TIDEMARK_BUILD_DIR "/CPackConfig.cmake"), u"-B"_s, out},
            {}, 240000, QStringLiteral(TIDEMARK_BUILD_DIR));
        QVERIFY2(r.ok(), r.describe(u"cpack"_s).constData());
        m_deb = out + u"/tidemark_%1_amd64.deb"_s.arg(kVersion);
        m_tarball = out + u"/tidemark-%1-Linux.tar.gz"_s.arg(kVersion);
        if (!QFile::exists(m_deb)) { // other architectures
            const QStringList debs = QDir(out).entryList({u"tidemark_*.deb"_s});
            QCOMPARE(debs.size(), 1);
            m_deb = out + u'/' + debs.constFirst();
        }
        QVERIFY2(QFile::exists(m_tarball), r.out.constData());
        qInfo("package sizes: %s %lld bytes, %s %lld bytes",
            qPrintable(QFileInfo(m_deb).fileName()), QFileInfo(m_deb).size(),
            qPrintable(QFileInfo(m_tarball).fileName()), QFileInfo(m_tarball).size());

        m_root = m_dir.filePath(u"root"_s);
        const ToolResult x = runTool(u"dpkg"_s, {u"-x"_s, m_deb, m_root});
        QVERIFY2(x.ok(), x.describe(u"dpkg -x"_s).constData());
    }

    void controlFields()
    {
        QCOMPARE(control(u"Package"_s), u"tidemark"_s);
        QCOMPARE(control(u"Version"_s), kVersion);
        QCOMPARE(control(u"Section"_s), u"net"_s);
        QVERIFY(!control(u"Maintainer"_s).isEmpty());
        const QString description = control(u"Description"_s);
        QVERIFY(description.contains(u"Immich"_s));
        QVERIFY2(!description.contains(u';'), qPrintable(description)); // a CMake list leaking in
        QVERIFY(control(u"Installed-Size"_s).toInt() > 0);
        const QString depends = control(u"Depends"_s);
        for (const QString &package :
            {u"libc6"_s, u"libqt6core6"_s, u"libqt6gui6"_s, u"libqt6widgets6"_s,
                u"libqt6network6"_s, u"libqt6sql6"_s, u"libqt6sql6-sqlite"_s, u"libqt6keychain1"_s})
            QVERIFY2(
                QRegularExpression(u"(^|, )%1( |,|$)"_s.arg(package)).match(depends).hasMatch(),
                qPrintable(u"%1 missing from Depends: %2"_s.arg(package, depends)));
        QVERIFY(control(u"Recommends"_s).contains(u"qt6-qpa-plugins"_s));
    }

    void dependsOnEveryLinkedLibrary()
    {
        // Every NEEDED library of the binary comes from a package the .deb depends on.
        const QString binary = m_root + u"/usr/bin/tidemark"_s;
        const ToolResult elf = runTool(u"readelf"_s, {u"--dynamic"_s, binary});
        QVERIFY2(elf.ok(), elf.describe(u"readelf"_s).constData());
        const ToolResult ldd = runTool(u"ldd"_s, {binary});
        QVERIFY2(ldd.ok(), ldd.describe(u"ldd"_s).constData());
        const QString depends = control(u"Depends"_s);
        static const QRegularExpression needed(
            u"\\(NEEDED\\)\\s+Shared library: \\[([^\\]]+)\\]"_s);
        auto it = needed.globalMatch(QString::fromUtf8(elf.out));
        int count = 0;
        while (it.hasNext()) {
            const QString soname = it.next().captured(1);
            // "libQt6Core.so.6 => /lib/x86_64-linux-gnu/libQt6Core.so.6 (0x…)", or for the
            // dynamic loader "/lib64/ld-linux-x86-64.so.2 (0x…)".
            const QString name = QRegularExpression::escape(soname);
            QRegularExpressionMatch path = QRegularExpression(u"\\s%1 => (\\S+)"_s.arg(name))
                                               .match(QString::fromUtf8(ldd.out));
            if (!path.hasMatch())
                path = QRegularExpression(u"\\s(/\\S*/%1) \\("_s.arg(name))
                           .match(QString::fromUtf8(ldd.out));
            QVERIFY2(path.hasMatch(), qPrintable(u"ldd does not resolve %1"_s.arg(soname)));
            ToolResult owner = runTool(u"dpkg"_s, {u"-S"_s, path.captured(1)});
            if (!owner.ok()) // merged /usr: dpkg may know the other spelling
                owner = runTool(
                    u"dpkg"_s, {u"-S"_s, QFileInfo(path.captured(1)).canonicalFilePath()});
            QVERIFY2(owner.ok(), owner.describe(u"dpkg -S "_s + path.captured(1)).constData());
            const QString package = QString::fromUtf8(owner.out).section(u':', 0, 0).trimmed();
            QVERIFY2(
                QRegularExpression(u"(^|, )%1( |,|$)"_s.arg(QRegularExpression::escape(package)))
                    .match(depends)
                    .hasMatch(),
                qPrintable(u"%1 (%2) is linked but %2 is not in Depends: %3"_s.arg(
                    soname, package, depends)));
            ++count;
        }
        QVERIFY(count >= 8);
    }

    void filesWhereTheSpecsWantThem()
    {
        QStringList files;
        QDirIterator it(m_root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << QDir(m_root).relativeFilePath(it.next());
        files.sort();
        QStringList expected = {
            u"usr/bin/tidemark"_s,
            u"usr/share/applications/%1.desktop"_s.arg(kAppId),
            u"usr/share/doc/tidemark/copyright"_s,
            u"usr/share/doc/tidemark/user-guide.md"_s,
            u"usr/share/icons/hicolor/scalable/apps/%1.svg"_s.arg(kAppId),
            u"usr/share/man/man1/tidemark.1.gz"_s,
            u"usr/share/metainfo/%1.metainfo.xml"_s.arg(kAppId),
        };
        expected << screenshots(u"usr/share/doc/tidemark/screenshots/"_s);
        expected.sort();
        QCOMPARE(files, expected);
        QVERIFY(QFileInfo(m_root + u"/usr/bin/tidemark"_s).isExecutable());
        // CPACK_STRIP_FILES: no debug information in the package.
        const ToolResult sections
            = runTool(u"readelf"_s, {u"--section-headers"_s, m_root + u"/usr/bin/tidemark"_s});
        QVERIFY(sections.ok());
        QVERIFY2(!sections.out.contains(".debug_info"), "usr/bin/tidemark is not stripped");
    }

    void installedBinaryRuns()
    {
        QProcessEnvironment env;
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
        const QString binary = m_root + u"/usr/bin/tidemark"_s;
        const ToolResult version = runTool(binary, {u"--version"_s}, env, 30000);
        QVERIFY2(version.ok(), version.describe(binary).constData());
        // "tidemark 0.1.0 (Qt 6.4.2)"
        QVERIFY2(version.out.startsWith("tidemark " + kVersion.toUtf8() + ' ')
                || version.out.trimmed() == "tidemark " + kVersion.toUtf8(),
            version.out.constData());
        const ToolResult help = runTool(binary, {u"help"_s}, env, 30000);
        QVERIFY2(help.ok(), help.describe(binary).constData());
        QVERIFY(help.out.contains("Exit codes:"));
    }

    void installedFilesValidate()
    {
        const QString share = m_root + u"/usr/share"_s;
        const ToolResult desktop = runTool(
            u"desktop-file-validate"_s, {share + u"/applications/%1.desktop"_s.arg(kAppId)});
        QVERIFY2(desktop.ok() && desktop.out.trimmed().isEmpty(),
            desktop.describe(u"desktop-file-validate"_s).constData());
        const ToolResult metainfo = runTool(u"appstreamcli"_s,
            {u"validate"_s, u"--no-net"_s, share + u"/metainfo/%1.metainfo.xml"_s.arg(kAppId)});
        QVERIFY2(metainfo.ok(), metainfo.describe(u"appstreamcli validate"_s).constData());
        QProcessEnvironment env;
        env.insert(u"MANWIDTH"_s, u"80"_s);
        const ToolResult man = runTool(u"man"_s,
            {u"--warnings"_s, u"-P"_s, u"cat"_s, u"-l"_s, share + u"/man/man1/tidemark.1.gz"_s},
            env);
        QVERIFY2(man.ok() && man.err.isEmpty(), man.describe(u"man -l"_s).constData());
        QVERIFY(man.out.contains("tidemark"));
    }

    void tarballHoldsTheSameFiles()
    {
        const ToolResult r = runTool(u"tar"_s, {u"-tzf"_s, m_tarball});
        QVERIFY2(r.ok(), r.describe(u"tar"_s).constData());
        QStringList files;
        for (const QString &line : QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts))
            if (!line.endsWith(u'/'))
                files << line;
        files.sort();
        const QString top = u"tidemark-%1-Linux/"_s.arg(kVersion);
        QStringList expected = {
            top + u"bin/tidemark"_s,
            top + u"share/applications/%1.desktop"_s.arg(kAppId),
            top + u"share/doc/tidemark/copyright"_s,
            top + u"share/doc/tidemark/user-guide.md"_s,
            top + u"share/icons/hicolor/scalable/apps/%1.svg"_s.arg(kAppId),
            top + u"share/man/man1/tidemark.1.gz"_s,
            top + u"share/metainfo/%1.metainfo.xml"_s.arg(kAppId),
        };
        expected << screenshots(top + u"share/doc/tidemark/screenshots/"_s);
        expected.sort();
        QCOMPARE(files, expected);
    }
};

QTEST_GUILESS_MAIN(PackagingDebTest)
#include "packaging_deb.moc"
