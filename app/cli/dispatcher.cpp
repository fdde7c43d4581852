#include "cli/dispatcher.h"

#include "cli/command.h"

#include <QCoreApplication>

namespace cli {

namespace {

void printHelp(QTextStream &out)
{
    out << QCoreApplication::translate("cli", "usage: attachectl COMMAND [ARGUMENTS]") << "\n\n"
        << QCoreApplication::translate("cli", "Headless commands over an Attaché workspace.") << "\n\n"
        << QCoreApplication::translate("cli", "Commands:") << '\n';
    for (const auto &c : commands()) {
        const QString call = c.words.join(QLatin1Char(' ')) +
                             (c.synopsis.isEmpty() ? QString() : QLatin1Char(' ') + c.synopsis);
        // A long call gets its description on the next line, so the column stays readable.
        if (call.size() > 40)
            out << "  " << call << "\n  " << QString(41, QLatin1Char(' ')) << c.description << '\n';
        else
            out << "  " << call.leftJustified(40) << ' ' << c.description << '\n';
    }
    out << '\n'
        << QCoreApplication::translate("cli", "Exit codes:") << '\n'
        << QCoreApplication::translate("cli", "  0  success") << '\n'
        << QCoreApplication::translate("cli", "  1  the command ran and failed") << '\n'
        << QCoreApplication::translate("cli", "  2  wrong command line") << '\n'
        << QCoreApplication::translate(
               "cli", "  3  the workspace cannot be opened (missing, corrupt, newer, locked or read-only)")
        << '\n'
        << QCoreApplication::translate("cli", "  4  some input lines were rejected (each reported on stderr)")
        << '\n';
    out.flush();
}

} // namespace

int dispatch(const QStringList &arguments, QTextStream &out, QTextStream &err, QIODevice &in)
{
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") ||
        arguments.first() == QLatin1String("-h") || arguments.first() == QLatin1String("help")) {
        printHelp(out);
        return arguments.isEmpty() ? ExitUsage : ExitOk;
    }
    // The longest run of leading words that names a command wins ("workspace check" before "workspace").
    const Command *best = nullptr;
    for (const auto &c : commands()) {
        if (c.words.size() <= arguments.size() && arguments.mid(0, c.words.size()) == c.words &&
            (!best || c.words.size() > best->words.size())) {
            best = &c;
        }
    }
    if (!best) {
        err << "attachectl: "
            << QCoreApplication::translate("cli", "unknown command '%1' (see attachectl --help)")
                   .arg(arguments.join(QLatin1Char(' ')))
            << Qt::endl;
        return ExitUsage;
    }
    CommandContext context{arguments.mid(best->words.size()), out, err, in};
    if (context.args.contains(QLatin1String("--help"))) {
        out << "attachectl " << best->words.join(QLatin1Char(' ')) << ' ' << best->synopsis << "\n  "
            << best->description << Qt::endl;
        return ExitOk;
    }
    const int code = best->run(context);
    out.flush();
    err.flush();
    return code;
}

} // namespace cli
