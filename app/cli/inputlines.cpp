#include "cli/inputlines.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace cli {

namespace {
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

int forEachInputLine(CommandContext &context, bool json, const std::function<void(const QString &)> &handle)
{
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
            context.out << "null\n";
            context.err << "attachectl: "
                        << QCoreApplication::translate("cli", "line %1: not a JSON string").arg(lineNumber)
                        << '\n';
            status = ExitBadInput;
            continue;
        }
        handle(input);
    }
    context.err.flush();
    return status;
}

} // namespace cli
