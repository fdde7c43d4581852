#pragma once

#include "domain/platform.h"

#include <QDateTime>

#include <optional>

namespace compose {

// How far ahead a platform's own scheduling takes a post (PLATFORMS.md). Only Facebook schedules natively: from
// 10 minutes to 30 days ahead (some sources say 75 days; unconfirmed, so the documented 30 are offered).
struct PlatformScheduleWindow
{
    qint64 minLeadSecs = 0;
    qint64 maxLeadSecs = 0;

    bool contains(const QDateTime &now, const QDateTime &when) const
    {
        const qint64 lead = now.secsTo(when);
        return lead >= minLeadSecs && lead <= maxLeadSecs;
    }
};

inline std::optional<PlatformScheduleWindow> platformScheduleWindow(domain::Platform platform)
{
    if (platform == domain::Platform::Facebook)
        return PlatformScheduleWindow{10 * 60 + 30, 30LL * 24 * 3600}; // half a minute for the way there
    return std::nullopt;
}

} // namespace compose
