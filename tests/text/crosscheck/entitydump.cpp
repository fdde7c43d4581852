// Reads one JSON string per line and prints the entities attache_text finds in it, one compact JSON object
// per line: {"urls":[[value,start,end],...],"mentions":[...],"hashtags":[...],"cashtags":[...]}. Used by
// entities.js.
#include "text/entityextractor.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

int main()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 1;
    const auto toJson = [](const text::Entities &entities) {
        QJsonArray list;
        for (const auto &e : entities)
            list.append(QJsonArray{QString(e.value + e.listSlug), int(e.start), int(e.end)});
        return list;
    };
    for (QByteArray line = in.readLine(); !line.isEmpty(); line = in.readLine()) {
        line.replace("\xEF\xBB\xBF", "\\uFEFF"); // Qt's JSON parser would drop a raw byte order mark
        const QString t = QJsonDocument::fromJson('[' + line + ']').array().at(0).toString();
        QJsonObject o;
        o[QLatin1String("urls")] = toJson(text::EntityExtractor::urls(t));
        o[QLatin1String("mentions")] = toJson(text::EntityExtractor::mentionsOrLists(t));
        o[QLatin1String("hashtags")] = toJson(text::EntityExtractor::hashtags(t));
        o[QLatin1String("cashtags")] = toJson(text::EntityExtractor::cashtags(t));
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    }
    return 0;
}
