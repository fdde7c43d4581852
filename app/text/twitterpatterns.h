#pragma once

#include <QRegularExpression>

namespace text {

// twitter-text's regular expressions (src/regexp at 30e2430, Apache 2.0), translated from JavaScript to
// PCRE2: \uXXXX becomes \x{XXXX}, '$' at the end of input becomes \z (PCRE's '$' also matches before a final
// newline), and the generated letter/mark/numeral tables for hashtags become the Unicode properties \p{L},
// \p{M}, \p{Nd}. Compiled once and shared: QRegularExpression is safe to use from several threads.
struct TwitterPatterns
{
    QRegularExpression extractUrl; // groups: 2 before, 3 url, 4 protocol, 5 domain, 6 port, 7 path, 8 query
    QRegularExpression validAsciiDomain;
    QRegularExpression validTcoUrl;        // group 1: the slug
    QRegularExpression validMentionOrList; // groups: 1 before, 2 at sign, 3 screen name, 4 "/list"
    QRegularExpression endMentionMatch;    // anchored by the caller (AnchorAtOffsetMatchOption)
    QRegularExpression validReply;         // group 1: the screen name
    QRegularExpression validHashtag;       // groups: 1 before, 2 hash sign, 3 tag
    QRegularExpression endHashtagMatch;    // anchored by the caller (AnchorAtOffsetMatchOption)
    QRegularExpression validCashtag;       // groups: 1 before, 2 dollar, 3 tag

    static const TwitterPatterns &compiled();
};

} // namespace text
