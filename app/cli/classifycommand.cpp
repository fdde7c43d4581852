#include "cli/classifycommand.h"

#include "cli/inputlines.h"
#include "inbox/classifier.h"

#include <QCoreApplication>
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

    return forEachInputLine(
        context, json, [&](const QString &text) { printResult(context.out, classifier.classify(text)); });
}

} // namespace cli
