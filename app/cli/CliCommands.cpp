#include "cli/CliCommands.h"

#include "cli/CliExitCodes.h"

namespace Tidemark::Cli {

using namespace Qt::StringLiterals;

int runCommand(const ParsedArgs &args, Output &out)
{
    return out.fail(ExitUnsupported, u"\"%1\" is not available in this build yet"_s.arg(args.command));
}

} // namespace Tidemark::Cli
