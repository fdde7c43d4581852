#pragma once

#include <QStringView>

namespace text {

// Finds emoji sequences the way X's counter groups them (one sequence weighs as one default-weight character):
// ZWJ sequences, skin-tone modifiers, flags (regional indicator pairs), keycaps, tag sequences (subdivision flags)
// and presentation selectors. Built on the Unicode properties Extended_Pictographic, Emoji_Presentation and
// Emoji_Modifier_Base (UTS #51, Unicode 15.0), so it knows newer emoji than the twemoji-parser 11 list that the
// reference implementation embeds (README.md lists where the two differ).
class EmojiMatcher final
{
public:
    // Length in UTF-16 code units of the emoji sequence that starts at pos, or 0 when none starts there.
    static qsizetype sequenceLength(QStringView text, qsizetype pos);

    // True when the code point has the property Extended_Pictographic.
    static bool isExtendedPictographic(char32_t cp);

    // A cheap pre-check for one UTF-16 code unit: false means no emoji sequence can start with it.
    static bool mayStartSequence(char16_t unit)
    {
        if (unit < 0x80)
            return (unit >= u'0' && unit <= u'9') || unit == u'#' || unit == u'*';
        if (unit < 0x2000)
            return unit == 0xA9 || unit == 0xAE;
        return true;
    }
};

} // namespace text
