#pragma once

#include <QString>

namespace ui {

// Words for the keys of audience shares, as the supervisor reads them.
QString countryName(const QString &isoCode);  // "GB" → "United Kingdom"; "unknown" → "Unknown"
QString interestName(const QString &key);     // "business" → "Business"
QString verifiedKindName(const QString &key); // "mp" → "Members of Parliament"

} // namespace ui
