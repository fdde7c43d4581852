#include "cli/versioncommand.h"

namespace cli {

int runVersion(CommandContext &context)
{
    if (!context.args.isEmpty())
        return fail(context, ExitUsage, QStringLiteral("version takes no arguments"));
    context.out << "attachectl " << ATTACHE_VERSION << Qt::endl;
    return ExitOk;
}

} // namespace cli
