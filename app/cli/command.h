#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

class QIODevice;

namespace cli {

// Documented exit codes of attachectl (also in its --help and the README).
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1, // the command ran and failed (a platform refused, a check found damage, ...)
    ExitUsage = 2,   // the command line is wrong
    ExitWorkspaceUnavailable =
        3,            // the workspace cannot be opened: missing, corrupt, newer, locked, read-only
    ExitBadInput = 4, // some input lines were rejected (each reported on stderr)
};

// What a command gets: its own arguments (after the command words) and the three standard streams.
struct CommandContext
{
    QStringList args;
    QTextStream &out;
    QTextStream &err;
    QIODevice &in;
};

using CommandFunction = int (*)(CommandContext &context);

// One attachectl command: the words that call it ("workspace check"), a synopsis and what it does.
struct Command
{
    QStringList words;
    QString synopsis;
    QString description;
    CommandFunction run;
};

// Every command attachectl knows, in the order --help lists them.
const QList<Command> &commands();

// Prints one error line to stderr, "attachectl: <message>", and returns the code.
int fail(CommandContext &context, int code, const QString &message);

} // namespace cli
