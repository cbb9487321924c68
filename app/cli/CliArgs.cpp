// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliArgs.h"

#include "cli/CliExitCodes.h"

#include <QCommandLineParser>
#include <QSet>

namespace Tidemark::Cli {

using namespace Qt::StringLiterals;

QString ParsedArgs::value(const QString &name) const
{
    const QStringList v = values.value(name);
    return v.isEmpty() ? QString() : v.constLast();
}

QStringList ParsedArgs::list(const QString &name) const
{
    QStringList out;
    const QStringList raw = values.value(name);
    for (const QString &v : raw) {
        const QStringList parts = v.split(u',');
        for (const QString &p : parts) {
            const QString t = p.trimmed();
            if (!t.isEmpty())
                out << t;
        }
    }
    return out;
}

const QList<OptionSpec> &globalOptions()
{
    static const QList<OptionSpec> options = {
        {u"server"_s, u"URL"_s, u"Immich server address (default: the saved account's server)"_s},
        {u"email"_s, u"EMAIL"_s, u"account email (default: the saved account's email)"_s},
        {u"account"_s, u"ID"_s, u"saved account id (default: the current account)"_s},
        {u"json"_s, {}, u"print one JSON document on stdout instead of tables"_s},
        {u"verbose"_s, {}, u"print technical details of errors"_s},
        {u"timeout"_s, u"SECONDS"_s, u"inactivity timeout of network reads (default 60)"_s},
        {u"pin-sha256"_s, u"FINGERPRINT"_s,
            u"trust the server's certificate with this SHA-256 fingerprint although no CA vouches "
            u"for it "
            u"(a self-signed server); kept for that server"_s},
        {u"mirror-dir"_s, u"DIR"_s, u"folder of the local mirror databases"_s},
        {u"no-keychain"_s, {}, u"do not use the OS keychain (secrets live only in this process)"_s},
        {u"help"_s, {}, u"show help for the command"_s},
    };
    return options;
}

const QList<CommandSpec> &commands()
{
    static const QList<CommandSpec> list = {
        {u"login"_s, {},
            u"--server URL (--email EMAIL [--password-stdin] [--api-key-stdin] | --oauth "
            "[--redirect loopback|app-link]) [--header NAME]... [--client-cert FILE] "
            "[--address URL]... [--token-file FILE]"_s,
            u"Log in with email and password, save the account and keep the session token in the "
            u"OS "
            "keychain. The password is asked for with echo off, or read from stdin "
            "(--password-stdin) or from TIDEMARK_PASSWORD; never from the command line. Without an "
            "OS "
            "keychain the token cannot outlive the command: then --token-file FILE writes it to a "
            "file "
            "only you can read, for TIDEMARK_SESSION_TOKEN; otherwise the new session is ended "
            "again "
            "(exit 6). With --oauth, the server's single sign-on: open the printed address in a "
            "browser; the answer comes back to this computer (127.0.0.1) or through Immich's app "
            "link, or paste the address the browser ended on. Every login is a new session with "
            "no checkpoints (a full re-download)."_s,
            {{u"password-stdin"_s, {}, u"read the password from the first line of stdin"_s},
                {u"oauth"_s, {}, u"log in with the server's single sign-on (OAuth)"_s},
                {u"header"_s, u"NAME"_s,
                    u"a header the proxy in front of the server asks for (repeatable), e.g. "
                    "CF-Access-Client-Id; its value comes from TIDEMARK_HEADER_<NAME> (dashes as "
                    "underscores) or the next line of stdin, never the command line, and is kept "
                    "in the OS keychain"_s,
                    true},
                {u"client-cert"_s, u"FILE"_s,
                    u"the client certificate (PKCS#12: .p12 or .pfx) a proxy in front of the "
                    "server asks for (mutual TLS); its password comes from "
                    "TIDEMARK_CLIENT_CERT_PASSWORD or the next line of stdin, and is kept in the "
                    "OS keychain"_s},
                {u"address"_s, u"URL"_s,
                    u"every address of the server, in the order to try them (repeatable: a home "
                    "address before the public one); later commands use the first that answers "
                    "as the same installation"_s,
                    true},
                {u"redirect"_s, u"HOW"_s,
                    u"where the sign-in page answers: loopback (default: 127.0.0.1, a random "
                    "port) or app-link (app.immich:///oauth-callback, as Immich's mobile app)"_s},
                {u"wait-limit"_s, u"SECONDS"_s,
                    u"how long to wait for the browser (default 600)"_s},
                {u"api-key-stdin"_s, {},
                    u"also read an API key (for full-sync/delta-sync) from the next line of stdin"_s},
                {u"token-file"_s, u"FILE"_s,
                    u"also write the session token to FILE (mode 0600), for "
                    "TIDEMARK_SESSION_TOKEN when no keychain is available"_s}}},
        {u"logout"_s, {}, u"[--forget]"_s,
            u"End the session on the server (this deletes its checkpoints) and remove the stored "
            "token and API key."_s,
            {{u"forget"_s, {}, u"also remove the saved account from the settings"_s}}},
        {u"status"_s, {}, u""_s,
            u"Show the server, its version and capabilities, the user, the local mirror, the last "
            u"run "
            "and the checkpoints."_s,
            {}},
        {u"stream"_s, {},
            u"[--types A,B] [--mode automatic|manual|dry-run] [--no-ack] [--reset] [--jsonl FILE]"_s,
            u"Run POST /sync/stream into the local mirror. In automatic mode every committed batch "
            u"is "
            "acked; in manual mode data is committed but acks stay pending (see `acks set`); a dry "
            "run stores and acks nothing. Exit 7 when the run did not complete (Ctrl-C, connection "
            "cut, reset "
            "by the server): what was committed is kept and acked, and the next run continues from there."_s,
            {{u"types"_s, u"LIST"_s,
                 u"request types (AssetsV1,UsersV1,…); default: everything the server supports"_s,
                 true},
                {u"mode"_s, u"MODE"_s, u"automatic (default), manual or dry-run"_s},
                {u"no-ack"_s, {}, u"persist but do not ack (same as --mode manual)"_s},
                {u"dry-run"_s, {}, u"same as --mode dry-run"_s},
                {u"reset"_s, {},
                    u"ask the server to forget this session's checkpoints first (full re-download)"_s},
                {u"jsonl"_s, u"FILE"_s, u"also write every received line to FILE"_s}}},
        {u"acks"_s, {u"list"_s, u"set"_s, u"delete"_s, u"discard"_s},
            u"list | set [--types A,B | --up-to SEQ | --ack ACK] | delete (--types A,B | --all) | discard [--types A,B]"_s,
            u"list: server checkpoints, local checkpoints and pending acks. set: send pending acks "
            "(from a manual-mode stream) to the server. delete: delete server checkpoints (the "
            "next "
            "stream re-sends those types). discard: drop pending acks without sending them. Acks "
            "are sent "
            "verbatim as the server sent them, never typed in: a made-up ack can break the "
            "session's "
            "stream. --verbose shows whole acks."_s,
            {{u"types"_s, u"LIST"_s, u"entity types (AssetV1,AssetDeleteV1,…)"_s, true},
                {u"up-to"_s, u"SEQ"_s,
                    u"acks set: every pending ack up to this sequence number (see acks list)"_s},
                {u"ack"_s, u"ACK"_s,
                    u"acks set: this exact ack, only if the server sent it and it is in the mirror"_s},
                {u"all"_s, {}, u"acks delete: every checkpoint of the session"_s}}},
        {u"full-sync"_s, {}, u"[--owner ID,…] [--page-size N]"_s,
            u"List every asset with POST /sync/full-sync (servers before 3.0.0) into the mirror."_s,
            {{u"owner"_s, u"ID"_s,
                 u"owner user ids (default: you and every partner sharing with you)"_s, true},
                {u"page-size"_s, u"N"_s, u"assets per request (default 1000)"_s}}},
        {u"delta-sync"_s, {}, u"--since ISO8601 [--users ID,…]"_s,
            u"Fetch assets changed since a time with POST /sync/delta-sync (servers before 3.0.0). "
            u"Exit 7 "
            "when the server answers needsFullSync (more than 100 days, 10,000 or more changes, or "
            "not "
            "exactly you and your partners): then run full-sync. A time without a zone is UTC."_s,
            {{u"since"_s, u"ISO8601"_s, u"e.g. 2026-04-20T10:00:00Z"_s},
                {u"users"_s, u"LIST"_s,
                    u"user ids (default: you and every partner sharing with you)"_s, true}}},
        {u"reconcile"_s, {}, u""_s,
            u"List every asset id with full-sync and remove local assets the server no longer has "
            "(delta-sync never reports hard deletions)."_s,
            {}},
        {u"help"_s, {}, u"[COMMAND]"_s, u"Show this help, or the help of one command."_s, {}},
    };
    return list;
}

const CommandSpec *findCommand(const QString &name)
{
    for (const CommandSpec &c : commands())
        if (c.name == name)
            return &c;
    return nullptr;
}

static const OptionSpec *findOption(const CommandSpec &command, const QString &name)
{
    for (const OptionSpec &o : command.options)
        if (o.name == name)
            return &o;
    for (const OptionSpec &o : globalOptions())
        if (o.name == name)
            return &o;
    return nullptr;
}

//! Options that would carry a secret in argv.
static bool isSecretOption(const QString &name)
{
    static const QSet<QString> names = {u"password"_s, u"pass"_s, u"passwd"_s, u"token"_s,
        u"session-token"_s, u"access-token"_s, u"api-key"_s, u"apikey"_s, u"key"_s, u"secret"_s};
    return names.contains(name);
}

static QString secretOptionError(const QString &name)
{
    const bool apiKey = name.contains(u"key"_s);
    const bool token = name.contains(u"token"_s) || name == u"secret"_s;
    QString instead;
    if (apiKey)
        instead = u"use TIDEMARK_API_KEY or `tidemark login --api-key-stdin`"_s;
    else if (token)
        instead
            = u"use `tidemark login` (OS keychain) or the TIDEMARK_SESSION_TOKEN environment variable"_s;
    else
        instead
            = u"use the prompt, --password-stdin or the TIDEMARK_PASSWORD environment variable"_s;
    return u"--%1 is not accepted: secrets on the command line are visible to other users and kept "
           "in shell history; %2."_s.arg(name, instead);
}

namespace {

//! The parser of one command: its own options and the ones every command takes (git-style: the
//! command word picks the option set, then QCommandLineParser reads the rest).
void addOptions(QCommandLineParser &parser, const CommandSpec &command)
{
    QList<OptionSpec> all = command.options;
    all += globalOptions();
    for (const OptionSpec &o : std::as_const(all)) {
        QStringList names {o.name};
        if (o.name == u"help"_s)
            names.prepend(u"h"_s);
        else if (o.name == u"verbose"_s)
            names.prepend(u"v"_s);
        parser.addOption(QCommandLineOption(names, o.help, o.valueName));
    }
}

//! Why QCommandLineParser refused `args` (the command's own words; Qt's would change with the
//! translation it loads): the first option it could not take.
QString parseError(
    const QCommandLineParser &parser, const CommandSpec &command, const QStringList &args)
{
    const QStringList unknown = parser.unknownOptionNames();
    for (const QString &name : unknown)
        if (isSecretOption(name))
            return secretOptionError(name);
    if (!unknown.isEmpty()) {
        const QString &name = unknown.constFirst();
        return u"unknown option %1%2 for \"%3\""_s.arg(
            name.size() == 1 ? u"-"_s : u"--"_s, name, command.name);
    }
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == u"--"_s)
            break;
        if (!arg.startsWith(u"--"_s))
            continue;
        const qsizetype eq = arg.indexOf(u'=');
        const QString name = arg.mid(2, eq < 0 ? -1 : eq - 2);
        const OptionSpec *spec = findOption(command, name);
        if (!spec)
            continue;
        if (spec->valueName.isEmpty() && eq >= 0)
            return u"--%1 takes no value"_s.arg(name);
        if (!spec->valueName.isEmpty() && eq < 0 && i + 1 >= args.size())
            return u"--%1 needs a value (%2)"_s.arg(name, spec->valueName);
    }
    return parser.errorText();
}

} // namespace

ParsedArgs parseArguments(const QStringList &args)
{
    ParsedArgs p;
    if (args.isEmpty()) {
        p.error = u"no command given"_s;
        return p;
    }
    const QString first = args.at(0);
    if (first == u"--help"_s || first == u"-h"_s) {
        p.command = u"help"_s;
        return p;
    }
    const CommandSpec *command = findCommand(first);
    if (!command) {
        p.error = u"unknown command \"%1\""_s.arg(first);
        return p;
    }
    p.command = command->name;

    QCommandLineParser parser;
    addOptions(parser, *command);
    const QStringList rest = args.mid(1);
    if (!parser.parse(QStringList {u"tidemark"_s} + rest)) {
        p.error = parseError(parser, *command, rest);
        return p;
    }
    if (parser.isSet(u"help"_s)) {
        p.help = true;
        return p;
    }
    QList<OptionSpec> all = command->options;
    all += globalOptions();
    for (const OptionSpec &o : std::as_const(all)) {
        if (o.name == u"help"_s || !parser.isSet(o.name))
            continue;
        if (o.valueName.isEmpty()) {
            p.values[o.name] << QString();
            continue;
        }
        const QStringList values = parser.values(o.name);
        for (const QString &value : values) {
            if (value.isEmpty()) {
                p.error = u"--%1 needs a non-empty value (%2)"_s.arg(o.name, o.valueName);
                return p;
            }
            if (!o.list && value != values.constFirst()) {
                p.error = u"--%1 given twice with different values"_s.arg(o.name);
                return p;
            }
        }
        p.values[o.name] = values;
    }
    QStringList positionals = parser.positionalArguments();

    if (p.command == u"help"_s) {
        if (positionals.size() > 1) {
            p.error = u"help takes at most one command name"_s;
            return p;
        }
        p.action = positionals.value(0);
        if (!p.action.isEmpty() && !findCommand(p.action)) {
            p.error = u"unknown command \"%1\""_s.arg(p.action);
            return p;
        }
        return p;
    }
    if (!command->actions.isEmpty()) {
        if (positionals.isEmpty()) {
            p.error
                = u"\"%1\" needs one of: %2"_s.arg(command->name, command->actions.join(u", "_s));
            return p;
        }
        p.action = positionals.takeFirst();
        if (!command->actions.contains(p.action)) {
            p.error = u"unknown action \"%1 %2\" (one of: %3)"_s.arg(
                command->name, p.action, command->actions.join(u", "_s));
            return p;
        }
    }
    if (!positionals.isEmpty()) {
        p.error = u"unexpected argument \"%1\""_s.arg(positionals.constFirst());
        return p;
    }
    return p;
}

//! Breaks text at spaces so that no line is longer than `width` (longer words stay whole).
static QString wrap(const QString &text, qsizetype width = 92)
{
    QString out, line;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &w : words) {
        if (!line.isEmpty() && line.size() + 1 + w.size() > width) {
            out += line + u'\n';
            line.clear();
        }
        line += (line.isEmpty() ? QString() : u" "_s) + w;
    }
    return out + line + u'\n';
}

static QString optionLine(const OptionSpec &o)
{
    QString left = u"  --"_s + o.name;
    if (!o.valueName.isEmpty())
        left += u' ' + o.valueName;
    if (left.size() < 24)
        left = left.leftJustified(24);
    else
        left += u"\n"_s + QString(24, u' ');
    // Help text in a column of its own, wrapped.
    QString help = wrap(o.help, 68);
    help.chop(1);
    return left + help.replace(u"\n"_s, u"\n"_s + QString(24, u' ')) + u'\n';
}

static QString environmentHelp()
{
    return u"Environment:\n"
           "  TIDEMARK_PASSWORD       password for `login` (instead of the prompt)\n"
           "  TIDEMARK_SESSION_TOKEN  session token to use instead of the keychain (scripts, no\n"
           "                          keychain); never printed or logged\n"
           "  TIDEMARK_API_KEY        API key for full-sync/delta-sync (the stream and acks need "
           "a\n"
           "                          session: the server refuses API keys there)\n"
           "  TIDEMARK_HEADER_<NAME>  value of a proxy header (login --header NAME)\n"
           "  TIDEMARK_CLIENT_CERT_PASSWORD\n"
           "                          password of the client certificate file (login\n"
           "                          --client-cert FILE) instead of the keychain\n"
           "  TIDEMARK_NO_KEYCHAIN=1  same as --no-keychain\n"
           "Secrets are never accepted as arguments.\n"_s;
}

QString usageText()
{
    QString t = u"Usage: tidemark <command> [options]\n"
                "Headless client of the Immich Sync API. Without a command, tidemark opens its "
                "window.\n\n"
                "Commands:\n"_s;
    for (const CommandSpec &c : commands()) {
        QString line = u"  "_s + c.name;
        if (!c.synopsis.isEmpty())
            line += u' ' + c.synopsis;
        t += line + u'\n';
    }
    t += u"\nOptions of every command:\n"_s;
    for (const OptionSpec &o : globalOptions())
        t += optionLine(o);
    t += u"\nThe server and account come from --server/--email, --account, or the current saved\n"
         "account (the last one used by `login` or the window).\n"
         "Human-readable output by default (progress on stderr when it is a terminal); --json "
         "prints\n"
         "one JSON document on stdout, also for errors.\n"
         "`tidemark <command> --help` describes a command.\n\n"_s;
    t += environmentHelp() + u'\n' + exitCodeHelp();
    return t;
}

QString commandHelp(const QString &name)
{
    const CommandSpec *c = findCommand(name);
    if (!c)
        return usageText();
    QString t = u"Usage: tidemark %1 %2\n\n%3"_s.arg(c->name, c->synopsis, wrap(c->summary));
    if (!c->options.isEmpty()) {
        t += u"\nOptions:\n"_s;
        for (const OptionSpec &o : c->options)
            t += optionLine(o);
    }
    t += u"\nOptions of every command:\n"_s;
    for (const OptionSpec &o : globalOptions())
        t += optionLine(o);
    t += u'\n' + environmentHelp() + u'\n' + exitCodeHelp();
    return t;
}

} // namespace Tidemark::Cli
