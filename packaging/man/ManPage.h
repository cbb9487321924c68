// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes tidemark(1) from a roff template and the command line's own tables, so the manual
// cannot drift from `tidemark help`: the commands, their options and the exit codes come from
// app/cli (Cli::commands(), Cli::globalOptions(), Cli::exitCodeHelp()); the prose around them
// (description, window options, environment, files, examples) lives in tidemark.1.in.
//
// The template's placeholders: @VERSION@, @DATE@, @COMMANDS@, @GLOBAL_OPTIONS@, @EXIT_CODES@.
// Text from the tables is escaped for roff (backslashes, leading dots and quotes, dashes of
// options, every non-ASCII character as \[uXXXX]), so `groff -ww` renders it without warnings.

#include <QString>

namespace Tidemark::Cli {
struct OptionSpec;
}

namespace Tidemark::Packaging {

class ManPage
{
public:
    ManPage(QString version, QString date);

    //! The template with every placeholder replaced. Unknown @...@ text is left alone.
    QString render(const QString &roffTemplate) const;

    //! Escapes running text for roff. Safe at the start of a line.
    static QString escape(const QString &text);

    QString commandsSection() const;
    QString globalOptionsSection() const;
    //! The exit-code table of Cli::exitCodeHelp() as tagged paragraphs.
    QString exitCodesSection() const;

private:
    //! Escaped text in which `quoted commands` are set in bold.
    static QString prose(const QString &text);
    static QString optionParagraph(const Cli::OptionSpec &option);
    //! A synopsis ("--server URL [--json]") with option names bold and value names italic.
    static QString synopsis(const QString &text);

    QString m_version;
    QString m_date;
};

} // namespace Tidemark::Packaging
