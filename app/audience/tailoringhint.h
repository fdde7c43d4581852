#pragma once

#include "domain/account.h"
#include "domain/audience.h"

#include <QString>

namespace audience {

// One line on who an account's audience is, for the person writing a post to it: the largest country and how
// much of it one city is, and the leading interest, from the latest snapshot — "Facebook: 46% UK, half in
// London; most interested in culture". In the interface's language (city names too). Empty when there is no
// snapshot yet; built from aggregates only.
class TailoringHint final
{
public:
    static QString describe(const domain::Account &account, const domain::AudienceSnapshot &snapshot);

    // "half", "a third"… for a city's part of its country's followers; empty below a fifth.
    static QString fractionWords(double fraction);
};

} // namespace audience
