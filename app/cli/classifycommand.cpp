#include "cli/classifycommand.h"

#include "inbox/classifier.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace cli {

namespace {

// One JSON string, escaped by Qt (cues hold quotes and any script).
QByteArray jsonString(const QString &s)
{
    const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// Fixed key order, one object per line: {"lang":"ru","stance":"criticism","score":-0.8,"cues":["позор"]}.
void printResult(QTextStream &out, const inbox::Classification &c)
{
    out << "{\"lang\":\"" << inbox::languageId(c.language) << "\",\"stance\":\"" << domain::stanceId(c.stance)
        << "\",\"score\":" << QString::number(c.score, 'g', 3) << ",\"cues\":[";
    for (qsizetype i = 0; i < c.cues.size(); ++i) {
        if (i > 0)
            out << ',';
        out << QString::fromUtf8(jsonString(c.cues[i]));
    }
    out << "]}\n";
}

bool parseJsonString(const QByteArray &line, QString *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + line + ']', &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1 ||
        !doc.array().at(0).isString())
        return false;
    *text = doc.array().at(0).toString();
    return true;
}

} // namespace

int runClassify(CommandContext &context)
{
    bool json = false;
    for (const QString &arg : std::as_const(context.args)) {
        if (arg == QLatin1String("--json"))
            json = true;
        else
            return fail(context, ExitUsage,
                        QCoreApplication::translate("inbox", "unexpected argument '%1'").arg(arg));
    }
    const inbox::Classifier classifier;
    if (!classifier.lexiconError().isEmpty())
        return fail(context, ExitFailure, classifier.lexiconError());

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
                        << QCoreApplication::translate("inbox", "line %1: not a JSON string").arg(lineNumber)
                        << '\n';
            status = ExitBadInput;
            continue;
        }
        printResult(context.out, classifier.classify(input));
    }
    context.err.flush();
    return status;
}

} // namespace cli
