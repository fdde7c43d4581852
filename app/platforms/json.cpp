#include "platforms/json.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace platforms {

std::optional<QJsonObject> jsonObject(const QByteArray &body)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace platforms
