#pragma once

#include <QStringView>
#include <string>
#include <string_view>
#include <vector>

namespace audience {

// Folds place names and free text to one comparable form: lower case, no diacritics (ё → е, é → e, but й
// stays), punctuation and symbols to single spaces, apostrophes dropped, trimmed. The gazetteer's keys and
// every query go through the same function, so they meet whatever the input's spelling.
class Normalizer final
{
public:
    // Appends the folded form of text to out (which is not cleared); returns the length appended.
    static qsizetype appendFolded(QStringView text, std::u16string &out);
    static std::u16string folded(QStringView text);

    // The parts of a free-text location, split where people separate place names: , ; / | \ ( ) · 、 and a
    // dash between spaces (" - "), each part folded. Views point into buffer, which is cleared first.
    static void splitParts(QStringView text, std::u16string &buffer, std::vector<std::u16string_view> &parts);

    // True for the code units of Chinese, Japanese and Korean ideographs, written without spaces between
    // names.
    static bool isIdeograph(char16_t c)
    {
        return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF);
    }
};

} // namespace audience
