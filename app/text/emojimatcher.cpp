#include "text/emojimatcher.h"

#include "text/emojitable.h"

namespace text {

namespace {

constexpr char16_t ZeroWidthJoiner = 0x200D;
constexpr char16_t EmojiPresentation = 0xFE0F; // VS16
constexpr char16_t CombiningKeycap = 0x20E3;
constexpr char32_t WavingBlackFlag = 0x1F3F4;
constexpr char32_t CancelTag = 0xE007F;

bool isModifier(char32_t cp)
{
    return cp >= 0x1F3FB && cp <= 0x1F3FF;
}
bool isRegionalIndicator(char32_t cp)
{
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
}
bool isTagSpec(char32_t cp)
{
    return cp >= 0xE0020 && cp <= 0xE007E;
}

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

const UnicodeProperty &extendedPictographic()
{
    static const UnicodeProperty p(unicodedata::extendedPictographic, unicodedata::extendedPictographicCount);
    return p;
}

const UnicodeProperty &emojiPresentation()
{
    static const UnicodeProperty p(unicodedata::emojiPresentation, unicodedata::emojiPresentationCount);
    return p;
}

const UnicodeProperty &emojiModifierBase()
{
    static const UnicodeProperty p(unicodedata::emojiModifierBase, unicodedata::emojiModifierBaseCount);
    return p;
}

struct Element
{
    qsizetype length = 0;      // code units, 0 when no element starts here
    bool presentation = false; // shown as emoji: emoji-presentation base, VS16, skin tone or tag sequence
};

// One element of a ZWJ sequence (UTS #51 emoji_zwj_element): a pictograph with its presentation selector,
// skin tone or tag sequence, or a lone modifier. VS16 only belongs to a base that is text by default (after
// an emoji-presentation base it is a separate character, as in the reference); a skin tone only to a modifier
// base.
Element elementAt(QStringView text, qsizetype pos)
{
    const CodePoint first = codePointAt(text, pos);
    if (first.units == 0)
        return {};
    if (isModifier(first.value))
        return {first.units, true};
    if (!extendedPictographic().has(first.value))
        return {};
    const qsizetype end = pos + first.units;
    if (first.value == WavingBlackFlag) {
        qsizetype tagEnd = end;
        CodePoint tag = codePointAt(text, tagEnd);
        while (isTagSpec(tag.value)) {
            tagEnd += tag.units;
            tag = codePointAt(text, tagEnd);
        }
        if (tagEnd > end && tag.value == CancelTag)
            return {tagEnd + tag.units - pos, true};
    }
    const bool emojiDefault = emojiPresentation().has(first.value);
    const CodePoint next = codePointAt(text, end);
    if (!emojiDefault && next.units && next.value == EmojiPresentation)
        return {end + 1 - pos, true};
    if (first.value < 0x2000) // (c) and (r) are emoji only with an explicit VS16
        return {};
    if (next.units && isModifier(next.value) && emojiModifierBase().has(first.value))
        return {end + next.units - pos, true};
    return {end - pos, emojiDefault};
}

} // namespace

bool EmojiMatcher::isExtendedPictographic(char32_t cp)
{
    return extendedPictographic().has(cp);
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
    const Element head = elementAt(text, pos);
    if (head.length == 0)
        return 0;
    // ZWJ sequences: element (ZWJ element)*, joining only elements shown as emoji; a ZWJ that joins nothing
    // is a character of its own.
    qsizetype end = pos + head.length;
    bool presentation = head.presentation;
    while (presentation && end + 1 < text.size() && text[end].unicode() == ZeroWidthJoiner) {
        const Element next = elementAt(text, end + 1);
        if (next.length == 0 || !next.presentation)
            break;
        end += 1 + next.length;
        presentation = next.presentation;
    }
    return end - pos;
}

} // namespace text
