// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"

#include "cli/CliArgs.h"
#include "cli/CliCommands.h"
#include "cli/CliExitCodes.h"
#include "cli/CliOutput.h"

#include "UiSettings.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <cstring>

namespace Tidemark {

using namespace Qt::StringLiterals;

namespace {

QtMessageHandler g_previousHandler = nullptr;

//! Without --verbose, the library's diagnostics (keychain fallbacks, XDG warnings) stay out of
//! the way: the commands report what matters themselves. Critical messages always pass;
//! QT_LOGGING_RULES, when set, is honoured as it is.
void quietMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg || type == QtWarningMsg)
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
    else
        std::fprintf(
            stderr, "%s\n", qFormatLogMessage(type, context, message).toLocal8Bit().constData());
}

} // namespace

bool isCliInvocation(int argc, char **argv)
{
    if (argc < 2 || !argv || !argv[1])
        return false;
    return Cli::findCommand(QString::fromLocal8Bit(argv[1])) != nullptr;
}

int runCli(int argc, char **argv)
{
    bool verbose = false;
    for (int i = 1; i < argc; ++i)
        if (argv[i] && (std::strcmp(argv[i], "--verbose") == 0 || std::strcmp(argv[i], "-v") == 0))
            verbose = true;
    if (!verbose && !qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        g_previousHandler = qInstallMessageHandler(quietMessageHandler);

    QCoreApplication app(argc, argv);
    // The same names as the window (app/main.cpp), so both see the same settings, accounts and
    // mirrors.
    QCoreApplication::setOrganizationName(u"Tidemark"_s);
    QCoreApplication::setOrganizationDomain(u"tidemark.example"_s);
    QCoreApplication::setApplicationName(u"Tidemark"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TIDEMARK_VERSION_STRING));
    // The window's language (or the system's): also the English catalogue, which holds the
    // plural forms ("1 asset", "2 assets").
    Translations::install(UiSettings::language());

    QStringList args = QCoreApplication::arguments();
    if (!args.isEmpty())
        args.removeFirst();
    const Cli::ParsedArgs parsed = Cli::parseArguments(args);
    const bool json = parsed.has(u"json"_s);
    Cli::Output out(json, parsed.has(u"verbose"_s));

    if (!parsed.ok()) {
        // The help that lists what the command takes.
        const bool command = !parsed.command.isEmpty() && parsed.command != u"help"_s;
        out.fail(Cli::ExitUsage,
            parsed.error
                + (command ? u" (see `tidemark %1 --help`)"_s.arg(parsed.command)
                           : u" (see `tidemark help`)"_s));
        return out.finish(Cli::ExitUsage);
    }
    if (parsed.command == u"help"_s || parsed.help) {
        const QString topic = parsed.command == u"help"_s ? parsed.action : parsed.command;
        const QString text = topic.isEmpty() ? Cli::usageText() : Cli::commandHelp(topic);
        if (json) {
            out.document()[u"help"_s] = text;
        } else {
            out.print(text);
        }
        return out.finish(Cli::ExitOk);
    }
    return out.finish(Cli::runCommand(parsed, out));
}

} // namespace Tidemark
