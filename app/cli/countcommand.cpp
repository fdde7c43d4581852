#include "cli/countcommand.h"

#include "cli/inputlines.h"
#include "text/platformcounter.h"

#include <QCoreApplication>

namespace cli {

namespace {

// Compact JSON in a fixed key order, written by hand: this runs once per input line.
void printResult(QTextStream &out, const text::CountResult &r)
{
    out << "{\"weightedLength\":" << r.weightedLength << ",\"valid\":" << (r.valid ? "true" : "false")
        << ",\"permillage\":" << r.permillage << ",\"validRangeEnd\":" << r.validRangeEnd
        << ",\"displayRangeEnd\":" << r.displayRangeEnd << "}\n";
}

} // namespace

int runCount(CommandContext &context)
{
    std::optional<text::CountRules> rules;
    bool json = false;
    const QStringList &args = context.args;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--json")) {
            json = true;
        } else if (args[i] == QLatin1String("--platform") && i + 1 < args.size()) {
            rules = text::countRulesFromId(args[++i]);
            if (!rules)
                return fail(
                    context, ExitUsage,
                    QCoreApplication::translate("text", "unknown platform '%1' (x, weibo or facebook)")
                        .arg(args[i]));
        } else {
            return fail(context, ExitUsage,
                        QCoreApplication::translate("text", "unexpected argument '%1'").arg(args[i]));
        }
    }
    if (!rules)
        return fail(context, ExitUsage,
                    QCoreApplication::translate("text", "count needs --platform x|weibo|facebook"));

    return forEachInputLine(
        context, json, [&](const QString &text) { printResult(context.out, text::countFor(*rules, text)); });
}

} // namespace cli
