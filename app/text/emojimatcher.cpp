#include "text/emojimatcher.h"

#include "text/emojitable.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace text {

namespace {

constexpr char16_t ZeroWidthJoiner = 0x200D;
constexpr char16_t EmojiPresentation = 0xFE0F; // VS16
constexpr char16_t CombiningKeycap = 0x20E3;
constexpr char32_t WavingBlackFlag = 0x1F3F4;
constexpr char32_t CancelTag = 0xE007F;

bool isModifier(char32_t cp) { return cp >= 0x1F3FB && cp <= 0x1F3FF; }
bool isRegionalIndicator(char32_t cp) { return cp >= 0x1F1E6 && cp <= 0x1F1FF; }
bool isTagSpec(char32_t cp) { return cp >= 0xE0020 && cp <= 0xE007E; }

// The code point at pos and its length in code units (a lone surrogate stands for itself).
struct CodePoint
{
    char32_t value = 0;
    int units = 0;
};

CodePoint codePointAt(QStringView text, qsizetype pos)
{
    if (pos >= text.size())
        return {};
    const char16_t hi = text[pos].unicode();
    if (QChar::isHighSurrogate(hi) && pos + 1 < text.size() && QChar::isLowSurrogate(text[pos + 1].unicode()))
        return {QChar::surrogateToUcs4(hi, text[pos + 1].unicode()), 2};
    return {hi, 1};
}

// The BMP part of the property as a bitset: CJK and Cyrillic text asks for almost every character, and a
// bit test is much cheaper than a binary search.
struct BmpBits
{
    std::array<std::uint64_t, 1024> words{};
    BmpBits()
    {
        for (int i = 0; i < emojidata::extendedPictographicCount; ++i) {
            const auto &r = emojidata::extendedPictographic[i];
            for (char32_t c = r.first; c <= r.last && c <= 0xFFFF; ++c)
                words[c >> 6] |= std::uint64_t(1) << (c & 63);
        }
    }
};

const BmpBits &bmpBits()
{
    static const BmpBits bits;
    return bits;
}

// One element of a ZWJ sequence: a pictograph (or a lone modifier) with its optional presentation selector,
// skin tone or tag sequence. Returns the code units it covers, 0 if none starts at pos.
qsizetype elementLength(QStringView text, qsizetype pos)
{
    const CodePoint first = codePointAt(text, pos);
    if (first.units == 0)
        return 0;
    if (isModifier(first.value))
        return first.units;
    if (!EmojiMatcher::isExtendedPictographic(first.value))
        return 0;
    qsizetype end = pos + first.units;
    const bool textDefault = first.value < 0x2000; // (c) and (r): emoji only with an explicit VS16
    if (first.value == WavingBlackFlag) {
        qsizetype tagEnd = end;
        CodePoint tag = codePointAt(text, tagEnd);
        while (isTagSpec(tag.value)) {
            tagEnd += tag.units;
            tag = codePointAt(text, tagEnd);
        }
        if (tagEnd > end && tag.value == CancelTag)
            return tagEnd + tag.units - pos;
    }
    const CodePoint next = codePointAt(text, end);
    if (next.units && next.value == EmojiPresentation)
        return end + 1 - pos;
    if (textDefault)
        return 0;
    if (next.units && isModifier(next.value))
        return end + next.units - pos;
    return end - pos;
}

} // namespace

bool EmojiMatcher::isExtendedPictographic(char32_t cp)
{
    if (cp <= 0xFFFF)
        return (bmpBits().words[cp >> 6] >> (cp & 63)) & 1;
    const auto *begin = emojidata::extendedPictographic;
    const auto *end = begin + emojidata::extendedPictographicCount;
    const auto *it = std::upper_bound(begin, end, cp,
                                      [](char32_t value, const emojidata::CodePointRange &r) { return value < r.first; });
    return it != begin && cp <= (it - 1)->last;
}

qsizetype EmojiMatcher::sequenceLength(QStringView text, qsizetype pos)
{
    if (pos >= text.size() || !mayStartSequence(text[pos].unicode()))
        return 0;
    const char16_t unit = text[pos].unicode();
    if (unit < 0x80) {
        // Keycaps: [0-9#*] VS16? U+20E3.
        qsizetype i = pos + 1;
        if (i < text.size() && text[i].unicode() == EmojiPresentation)
            ++i;
        return i < text.size() && text[i].unicode() == CombiningKeycap ? i + 1 - pos : 0;
    }
    const CodePoint first = codePointAt(text, pos);
    if (isRegionalIndicator(first.value)) {
        const CodePoint second = codePointAt(text, pos + first.units);
        return first.units + (isRegionalIndicator(second.value) ? second.units : 0);
    }
    qsizetype end = pos + elementLength(text, pos);
    if (end == pos)
        return 0;
    // ZWJ sequences: element (ZWJ element)*; a ZWJ not followed by an element is not part of the emoji.
    while (end + 1 < text.size() && text[end].unicode() == ZeroWidthJoiner) {
        const qsizetype next = elementLength(text, end + 1);
        if (next == 0)
            break;
        end += 1 + next;
    }
    return end - pos;
}

} // namespace text
