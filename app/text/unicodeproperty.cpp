#include "text/unicodeproperty.h"

#include <algorithm>

namespace text {

UnicodeProperty::UnicodeProperty(const unicodedata::CodePointRange *ranges, int count)
    : m_ranges(ranges), m_count(count)
{
    for (int i = 0; i < count; ++i) {
        for (char32_t c = ranges[i].first; c <= ranges[i].last && c <= 0xFFFF; ++c)
            m_bmp[c >> 6] |= std::uint64_t(1) << (c & 63);
    }
}

bool UnicodeProperty::hasAstral(char32_t cp) const
{
    const auto *end = m_ranges + m_count;
    const auto *it =
        std::upper_bound(m_ranges, end, cp, [](char32_t value, const unicodedata::CodePointRange &r) {
            return value < r.first;
        });
    return it != m_ranges && cp <= (it - 1)->last;
}

} // namespace text
