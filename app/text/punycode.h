#pragma once

#include <QString>
#include <QStringView>

namespace text {

// RFC 3492 Punycode, as punycode.js's toASCII does it for one domain label (no nameprep, no case mapping):
// the URL extractor needs the encoded length to refuse labels longer than 63 characters.
class Punycode final
{
public:
    // "xn--" + the encoding when the label has a character above U+007E, else the label unchanged.
    static QString labelToAscii(QStringView label);
};

} // namespace text
