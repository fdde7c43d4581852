#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <optional>

namespace platforms {

// The JSON object a platform sent as its answer; nullopt when the body is not JSON or not an object.
std::optional<QJsonObject> jsonObject(const QByteArray &body);

} // namespace platforms
