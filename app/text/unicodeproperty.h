#pragma once

#include <array>
#include <cstdint>

namespace text {

namespace unicodedata {
struct CodePointRange
{
    char32_t first;
    char32_t last;
};
} // namespace unicodedata

// One binary Unicode property from a generated range table: a bitset for the BMP (CJK and Cyrillic text asks
// for almost every character, and a bit test is much cheaper than a search) and a binary search above it.
class UnicodeProperty final
{
public:
    UnicodeProperty(const unicodedata::CodePointRange *ranges, int count);

    bool has(char32_t cp) const
    {
        if (cp <= 0xFFFF)
            return (m_bmp[cp >> 6] >> (cp & 63)) & 1;
        return hasAstral(cp);
    }

private:
    bool hasAstral(char32_t cp) const;

    const unicodedata::CodePointRange *m_ranges;
    int m_count;
    std::array<std::uint64_t, 1024> m_bmp{};
};

} // namespace text
