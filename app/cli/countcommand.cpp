#include "cli/countcommand.h"

#include "text/platformcounter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace cli {

namespace {

// Compact JSON in a fixed key order, written by hand: this runs once per input line.
void printResult(QTextStream &out, const text::CountResult &r)
{
    out << "{\"weightedLength\":" << r.weightedLength << ",\"valid\":" << (r.valid ? "true" : "false")
        << ",\"permillage\":" << r.permillage << ",\"validRangeEnd\":" << r.validRangeEnd
        << ",\"displayRangeEnd\":" << r.displayRangeEnd << "}\n";
}

// A line of --json input must be exactly one JSON string.
bool parseJsonString(const QByteArray &line, QString *text)
{
    // Qt's JSON parser drops a raw UTF-8 byte order mark even inside a string, but U+FEFF matters here (it
    // makes a post invalid): hand it over escaped. Outside a string the escape is as invalid as the raw
    // bytes.
    QByteArray escaped = line;
    escaped.replace("\xEF\xBB\xBF", "\\uFEFF");
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + escaped + ']', &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1 ||
        !doc.array().at(0).isString())
        return false;
    *text = doc.array().at(0).toString();
    return true;
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

    int status = ExitOk;
    qint64 lineNumber = 0;
    while (!context.in.atEnd()) {
        QByteArray line = context.in.readLine();
        if (line.isEmpty()) // standard input may only learn at this read that it has ended
            break;
        ++lineNumber;
        if (line.endsWith('\n'))
            line.chop(1);
        if (line.endsWith('\r'))
            line.chop(1);
        QString input;
        if (!json) {
            input = QString::fromUtf8(line);
        } else if (!parseJsonString(line, &input)) {
            // Keep output lines aligned with input lines, report, and go on with the rest.
            context.out << "null\n";
            context.err << "attachectl: "
                        << QCoreApplication::translate("text", "line %1: not a JSON string").arg(lineNumber)
                        << '\n';
            status = ExitBadInput;
            continue;
        }
        printResult(context.out, text::countFor(*rules, input));
    }
    context.err.flush();
    return status;
}

} // namespace cli
