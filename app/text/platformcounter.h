#pragma once

#include "text/countresult.h"

#include <QString>
#include <QStringView>
#include <optional>

namespace text {

// Which platform's counting rules apply. Ids match domain::platformId ("x", "weibo", "facebook"); text does
// not depend on domain, so callers map their platform onto these rules.
enum class CountRules { X, Weibo, Facebook };

std::optional<CountRules> countRulesFromId(QStringView id);

// One entry point for the composer's counters: the result for the given platform's rules.
CountResult countFor(CountRules rules, const QString &text);

} // namespace text
