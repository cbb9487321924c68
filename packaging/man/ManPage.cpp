// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ManPage.h"

#include "cli/CliArgs.h"
#include "cli/CliExitCodes.h"

#include <QRegularExpression>
#include <QStringList>

namespace Tidemark::Packaging {

using namespace Qt::StringLiterals;

ManPage::ManPage(QString version, QString date)
    : m_version(std::move(version)), m_date(std::move(date))
{ }

QString ManPage::render(const QString &roffTemplate) const
{
    QString out = roffTemplate;
    out.replace(u"@VERSION@"_s, escape(m_version));
    out.replace(u"@DATE@"_s, escape(m_date));
    out.replace(u"@COMMANDS@\n"_s, commandsSection());
    out.replace(u"@GLOBAL_OPTIONS@\n"_s, globalOptionsSection());
    out.replace(u"@EXIT_CODES@\n"_s, exitCodesSection());
    return out;
}

QString ManPage::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    const QList<uint> codePoints = text.toUcs4();
    for (const uint c : codePoints) {
        if (c == '\\')
            out += u"\\e"_s;
        else if (c == '-')
            out += u"\\-"_s;
        else if (c == '`')
            out += u"\\(ga"_s;
        else if (c == '\'')
            out += u"\\(aq"_s;
        else if (c == 0x2026) // the help's ellipsis; ASCII keeps the page readable on any terminal
            out += u"..."_s;
        else if (c == 0x2013 || c == 0x2014)
            out += u"\\-"_s;
        else if (c > 0x7e)
            out += u"\\[u"_s + QString::number(c, 16).toUpper().rightJustified(4, u'0') + u']';
        else
            out += QChar(char16_t(c));
    }
    // A dot at the start of a line would be read as a request.
    out.replace(QRegularExpression(u"(^|\n)\\."_s), u"\\1\\&."_s);
    return out;
}

QString ManPage::prose(const QString &text)
{
    // `tidemark acks set` in the help text is a command to type: bold in the manual.
    static const QRegularExpression quoted(u"`([^`]+)`"_s);
    QString out;
    qsizetype last = 0;
    auto it = quoted.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += escape(text.mid(last, m.capturedStart() - last)) + u"\\fB"_s + escape(m.captured(1))
            + u"\\fR"_s;
        last = m.capturedEnd();
    }
    return out + escape(text.mid(last));
}

QString ManPage::synopsis(const QString &text)
{
    // Words that start with "--" are option names, upper-case words are values, the rest
    // (brackets, bars, action words) stays roman.
    static const QRegularExpression token(u"(--[a-z0-9-]+)|\\b([A-Z][A-Z0-9]+)\\b"_s);
    QString out;
    qsizetype last = 0;
    auto it = token.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += escape(text.mid(last, m.capturedStart() - last));
        if (m.hasCaptured(1) && !m.captured(1).isEmpty())
            out += u"\\fB"_s + escape(m.captured(1)) + u"\\fR"_s;
        else
            out += u"\\fI"_s + escape(m.captured(2)) + u"\\fR"_s;
        last = m.capturedEnd();
    }
    return out + escape(text.mid(last));
}

QString ManPage::optionParagraph(const Cli::OptionSpec &option)
{
    QString head = u"\\fB\\-\\-"_s + escape(option.name) + u"\\fR"_s;
    if (!option.valueName.isEmpty())
        head += u" \\fI"_s + escape(option.valueName) + u"\\fR"_s;
    QString help = option.help;
    if (!help.isEmpty())
        help[0] = help[0].toUpper();
    if (!help.endsWith(u'.'))
        help += u'.';
    if (option.list)
        help += u" Comma-separated; may be repeated."_s;
    return u".TP\n"_s + head + u'\n' + prose(help) + u'\n';
}

QString ManPage::commandsSection() const
{
    QString out;
    for (const Cli::CommandSpec &c : Cli::commands()) {
        out += u".TP\n\\fB"_s + escape(c.name) + u"\\fR"_s;
        if (!c.synopsis.isEmpty())
            out += u' ' + synopsis(c.synopsis);
        out += u'\n' + prose(c.summary) + u'\n';
        if (!c.options.isEmpty()) {
            out += u".RS\n"_s;
            for (const Cli::OptionSpec &o : c.options)
                out += optionParagraph(o);
            out += u".RE\n"_s;
        }
    }
    return out;
}

QString ManPage::globalOptionsSection() const
{
    QString out;
    for (const Cli::OptionSpec &o : Cli::globalOptions())
        out += optionParagraph(o);
    return out;
}

QString ManPage::exitCodesSection() const
{
    // "  3  authentication: ..." starts an entry, a deeper-indented line continues it.
    static const QRegularExpression entry(u"^\\s{1,3}(\\d+)\\s+(.*)$"_s);
    QString out;
    QString code, text;
    auto flush = [&] {
        if (!code.isEmpty())
            out += u".TP\n.B "_s + code + u'\n' + escape(text.trimmed()) + u'\n';
    };
    const QStringList lines = Cli::exitCodeHelp().split(u'\n');
    for (const QString &line : lines) {
        const QRegularExpressionMatch m = entry.match(line);
        if (m.hasMatch()) {
            flush();
            code = m.captured(1);
            text = m.captured(2);
        } else if (!code.isEmpty() && line.startsWith(u"    "_s)) {
            text += u' ' + line.trimmed();
        }
    }
    flush();
    return out;
}

} // namespace Tidemark::Packaging
