#include "cli/command.h"

#include "cli/versioncommand.h"

#include <QCoreApplication>

namespace cli {

const QList<Command> &commands()
{
    // Each command lives in its own file; this table only lists them.
    static const QList<Command> all = {
        {{QStringLiteral("version")}, QString(), QCoreApplication::translate("cli", "Print the version and exit."),
         &runVersion},
    };
    return all;
}

int fail(CommandContext &context, int code, const QString &message)
{
    context.err << "attachectl: " << message << Qt::endl;
    return code;
}

} // namespace cli
