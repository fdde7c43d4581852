#pragma once

#include <QLocale>
#include <QString>

namespace audience {

// A city's name for people reading the dashboards in their language. The gazetteer keys cities by their GeoNames
// English name ("Saint Petersburg"); its alternate names carry no language tags, so the Russian and Chinese
// names of the cities an embassy's audience lives in are listed here (from GeoNames' ru/zh alternate names).
// Falls back to the English name.
QString cityDisplayName(const QString &geonamesName, const QLocale &locale = QLocale());

} // namespace audience
