#include "cli/Cli.h"

#include "cli/CliArgs.h"
#include "cli/CliCommands.h"
#include "cli/CliExitCodes.h"
#include "cli/CliOutput.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

namespace Tidemark {

using namespace Qt::StringLiterals;

bool isCliInvocation(int argc, char **argv)
{
    if (argc < 2 || !argv || !argv[1])
        return false;
    return Cli::findCommand(QString::fromLocal8Bit(argv[1])) != nullptr;
}

int runCli(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The same names as the window (app/main.cpp), so both see the same settings, accounts and
    // mirrors.
    QCoreApplication::setOrganizationName(u"Tidemark"_s);
    QCoreApplication::setOrganizationDomain(u"tidemark.example"_s);
    QCoreApplication::setApplicationName(u"Tidemark"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TIDEMARK_VERSION_STRING));

    QStringList args = QCoreApplication::arguments();
    if (!args.isEmpty())
        args.removeFirst();
    const Cli::ParsedArgs parsed = Cli::parseArguments(args);
    const bool json = parsed.has(u"json"_s);
    Cli::Output out(json, parsed.has(u"verbose"_s));

    if (!parsed.ok()) {
        out.fail(Cli::ExitUsage, parsed.error + u" (see `tidemark help`)"_s);
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
