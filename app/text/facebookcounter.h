#pragma once

#include "text/countresult.h"

#include <QString>

namespace text {

// Facebook's message length: code points after NFC, limit 63,206 (UNVERIFIED: third-party sources, see
// docs/PLATFORMS.md). validRangeEnd is shifted by what normalisation removed, as twitter-text does for X.
class FacebookCounter final
{
public:
    static constexpr int Limit = 63206;

    static CountResult count(const QString &text);
};

} // namespace text
