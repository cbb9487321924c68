// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// tidemark(1), as generated at build time: groff renders it without a single warning (-ww),
// `man -l` shows it, and it covers what `tidemark help` offers: every command, every option of
// every command, every environment variable and every exit code. The page is generated from
// the same tables as the help, so a miss here means the template or the generator lost
// something, not that someone forgot to copy a line.

#include "ToolRun.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Tidemark::Test;
using namespace Qt::StringLiterals;

namespace {

const QString kManPage = QStringLiteral(TIDEMARK_MANPAGE);
const QString kTidemark = QStringLiteral(TIDEMARK_BIN);

QProcessEnvironment offscreen()
{
    QProcessEnvironment env;
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    return env;
}

} // namespace

class PackagingManPageTest : public QObject
{
    Q_OBJECT
private:
    QString m_text; //!< the page as a reader sees it, plain ASCII dashes

    QString help(const QStringList &args)
    {
        const ToolResult r = runTool(kTidemark, args, offscreen());
        if (!r.ok())
            qWarning("%s", r.describe(kTidemark).constData());
        return QString::fromUtf8(r.out);
    }

    void expectMentioned(const QString &what, const QString &why)
    {
        QVERIFY2(m_text.contains(what),
            qPrintable(u"the manual page lacks \"%1\" (%2)"_s.arg(what, why)));
    }

private Q_SLOTS:
    void groffRendersWithoutWarnings()
    {
        const ToolResult r
            = runTool(u"groff"_s, {u"-ww"_s, u"-man"_s, u"-Tutf8"_s, u"-P-cbou"_s, kManPage});
        QVERIFY2(r.ok(), r.describe(u"groff"_s).constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        m_text = QString::fromUtf8(r.out);
        // groff typesets \- as U+2212 and breaks words with U+2010: read both as '-'.
        m_text.replace(QChar(0x2212), u'-').replace(QChar(0x2010), u'-');
        // Lines are justified; the checks below want single spaces.
        m_text.replace(QRegularExpression(u"[ \\t]+"_s), u" "_s);
        QVERIFY(m_text.contains(u"TIDEMARK(1)"_s));
    }

    void manShowsIt()
    {
        QProcessEnvironment env;
        env.insert(u"MANWIDTH"_s, u"80"_s);
        const ToolResult r
            = runTool(u"man"_s, {u"--warnings"_s, u"-P"_s, u"cat"_s, u"-l"_s, kManPage}, env);
        QVERIFY2(r.ok(), r.describe(u"man -l"_s).constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QVERIFY(r.out.contains("EXIT STATUS"));
    }

    void asciiTerminalWithoutWarnings()
    {
        // A machine without a UTF-8 locale (CI containers) gets groff's ASCII device: every
        // character must have a glyph there too.
        const ToolResult r
            = runTool(u"groff"_s, {u"-ww"_s, u"-man"_s, u"-Tascii"_s, u"-z"_s, kManPage});
        QVERIFY2(r.ok(), r.describe(u"groff -Tascii"_s).constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData());
    }

    void coversEveryCommandAndOption()
    {
        QVERIFY(!m_text.isEmpty());
        const QString usage = help({u"help"_s});
        QVERIFY2(usage.contains(u"Commands:"_s), qPrintable(usage));
        // "  login --server URL …" under "Commands:" up to the blank line.
        const QString commandBlock = usage.section(u"Commands:\n"_s, 1).section(u"\n\n"_s, 0, 0);
        QStringList commands;
        for (const QString &line : commandBlock.split(u'\n', Qt::SkipEmptyParts))
            commands << line.trimmed().section(u' ', 0, 0);
        QVERIFY2(commands.size() >= 9, qPrintable(commands.join(u' ')));

        static const QRegularExpression option(u"(?<![\\w-])--[a-z][a-z0-9-]*"_s);
        QSet<QString> options;
        const QString manCommands
            = m_text.section(u"\nCOMMANDS\n"_s, 1).section(u"\nCOMMON OPTIONS\n"_s, 0, 0);
        for (const QString &command : std::as_const(commands)) {
            const QRegularExpression entry(
                u"(^|\n) +%1( |\n)"_s.arg(QRegularExpression::escape(command)));
            QVERIFY2(entry.match(manCommands).hasMatch(),
                qPrintable(u"no entry for \"%1\" under COMMANDS:\n%2"_s.arg(command, manCommands)));
            const QString text = command == u"help"_s ? usage : help({u"help"_s, command});
            auto it = option.globalMatch(text);
            while (it.hasNext())
                options.insert(it.next().captured());
        }
        // `tidemark --help` adds the window's options.
        auto windowOptions = option.globalMatch(help({u"--help"_s}));
        while (windowOptions.hasNext())
            options.insert(windowOptions.next().captured());
        QVERIFY(options.contains(u"--new-instance"_s));
        for (const QString &o : std::as_const(options))
            expectMentioned(o, u"an option in `tidemark help` or `tidemark --help`"_s);
    }

    void coversEnvironmentAndExitCodes()
    {
        const QString usage = help({u"help"_s});
        static const QRegularExpression variable(u"TIDEMARK_[A-Z_]+"_s);
        auto it = variable.globalMatch(usage);
        int variables = 0;
        while (it.hasNext()) {
            expectMentioned(it.next().captured(), u"an environment variable"_s);
            ++variables;
        }
        QVERIFY(variables >= 4);
        expectMentioned(u"QT_LOGGING_RULES"_s, u"diagnostics"_s);

        const QString exitBlock = m_text.section(u"EXIT STATUS"_s, 1).section(u"FILES"_s, 0, 0);
        static const QRegularExpression code(u"^  (\\d+)  "_s, QRegularExpression::MultilineOption);
        auto codes = code.globalMatch(usage);
        int count = 0;
        while (codes.hasNext()) {
            const QString n = codes.next().captured(1);
            QVERIFY2(QRegularExpression(u"(^|\\n) +%1\\s"_s.arg(n)).match(exitBlock).hasMatch(),
                qPrintable(u"exit code %1 missing from EXIT STATUS:\n%2"_s.arg(n, exitBlock)));
            ++count;
        }
        QCOMPARE(count, 10);
    }

    void coversTheWindowAndFiles()
    {
        expectMentioned(u"--demo"_s, u"window option"_s);
        expectMentioned(u"--no-keychain"_s, u"window option"_s);
        expectMentioned(u"--version"_s, u"window option"_s);
        for (const QString &section : {u"SYNOPSIS"_s, u"DESCRIPTION"_s, u"COMMANDS"_s,
                 u"ENVIRONMENT"_s, u"EXIT STATUS"_s, u"FILES"_s, u"EXAMPLES"_s})
            expectMentioned(section, u"a section"_s);
        expectMentioned(u"~/.config/Tidemark/Tidemark.conf"_s, u"settings file"_s);
        expectMentioned(u"mirrors/"_s, u"mirror folder"_s);
    }
};

QTEST_GUILESS_MAIN(PackagingManPageTest)
#include "packaging_manpage.moc"
