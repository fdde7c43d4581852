#pragma once

#include "domain/platform.h"

#include <QString>

namespace domain {

// One account the press office speaks through: a platform, a handle and the language it speaks.
struct Account
{
    qint64 id = 0;
    Platform platform = Platform::X;
    QString handle;       // "@RussianEmbassy", a page name, a Weibo screen name
    QString displayName;  // as the office calls it: "Embassy (EN)"
    QString language;     // BCP 47 language of the content: "en", "ru", "zh"
    QString timeZone;     // IANA id used for this account's schedule, e.g. "Europe/London"
    QString remoteId;     // the platform's id of the account (a string: ids are never numbers here)
};

} // namespace domain
