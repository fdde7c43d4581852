#pragma once

#include "text/countresult.h"

#include <QString>

namespace text {

// Weibo's length: ceil((ASCII characters + 2 × other characters) / 2), every URL as 10, limit 140.
// UNVERIFIED: the rule comes from a third-party description of Sina's counter (docs/PLATFORMS.md); the text
// is counted by code point as given (no normalisation) and URLs are found with twitter-text's rules.
class WeiboCounter final
{
public:
    static constexpr int Limit = 140;
    static constexpr int UrlLength = 10;

    static CountResult count(const QString &text);
};

} // namespace text
