// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Argument parsing for the headless commands: `tidemark <command> [<action>] [options]`. The
// command word picks the option set, then a QCommandLineParser of that command's options and the
// global ones reads the rest (the git-style pattern of QCommandLineParser's documentation); what
// it refuses is said in the command's own words, the same in every locale.
//
// Options are `--name value`, `--name=value` or flags. List options take comma-separated values
// and may be repeated (`--types AssetsV1,UsersV1 --types AlbumsV1`). Secrets are refused on the
// command line (argv is visible to every user through /proc and ends up in shell history):
// `--password`, `--token`, `--api-key` and friends are usage errors that say what to use instead.

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Tidemark::Cli {

struct OptionSpec
{
    QString name; //!< without dashes: "server"
    QString valueName; //!< empty for flags: "URL"
    QString help;
    bool list = false; //!< comma-separated, repeatable
};

struct CommandSpec
{
    QString name; //!< "stream"
    QStringList actions; //!< "list", "set", … (acks); empty = no action word
    QString synopsis; //!< one line after the name
    QString summary; //!< what it does
    QList<OptionSpec> options;
};

struct ParsedArgs
{
    QString command; //!< empty when no command was given
    QString action; //!< for commands with actions ("acks list")
    QMap<QString, QStringList> values; //!< option name -> values (flags: one empty string)
    bool help = false;
    QString error; //!< non-empty: a usage error, in one sentence

    bool ok() const { return error.isEmpty(); }
    bool has(const QString &name) const { return values.contains(name); }
    //! The last value given for an option (empty when absent).
    QString value(const QString &name) const;
    //! Every value, split at commas, trimmed, empty parts dropped.
    QStringList list(const QString &name) const;
};

//! Every command, in help order.
const QList<CommandSpec> &commands();
const CommandSpec *findCommand(const QString &name);
//! Options every command accepts.
const QList<OptionSpec> &globalOptions();

//! args = argv without the program name; args[0] is the command.
ParsedArgs parseArguments(const QStringList &args);

//! The whole help text (`tidemark help`, `tidemark --help` as CLI): usage, commands, options,
//! environment, exit codes.
QString usageText();
//! Help of one command (`tidemark stream --help`).
QString commandHelp(const QString &command);

} // namespace Tidemark::Cli
