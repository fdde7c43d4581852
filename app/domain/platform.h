#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace domain {

// The platforms an account can live on. Stored by id ("x", "facebook", "weibo"), never by number.
enum class Platform { X, Facebook, Weibo };

QString platformId(Platform platform);
std::optional<Platform> platformFromId(QStringView id);
// The platform's name as the user reads it (translated).
QString platformDisplayName(Platform platform);

} // namespace domain
