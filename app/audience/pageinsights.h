#pragma once

#include "domain/audience.h"

#include <QObject>
#include <functional>

namespace platforms::facebook {
class FacebookClient;
}

namespace audience {

class LocationResolver;

// Facebook lists no followers: a Page's audience comes from insights, page_follows_country and
// page_follows_city (page_fans_country/city until November 2025). Each metric is asked alone, so a retired one
// fails alone; what the platform no longer serves is recorded in the snapshot's `unavailable` so the dashboard
// says so. City names ("London, England, United Kingdom") are resolved offline like any profile location.
// Interests and kinds of verified followers never come from Facebook: they are marked unavailable too.
// The metric names, current ones by default (a test or an older Graph version may ask the retired names).
struct PageInsightMetrics
{
    QString country = QStringLiteral("page_follows_country");
    QString city = QStringLiteral("page_follows_city");
};

class PageInsightsReader final
{
public:
    using Metrics = PageInsightMetrics;

    // done gets the snapshot (shares and sampleSize set; accountId, takenAt and followers are the caller's) or
    // an error message; it runs on the client's thread, not at all if context is gone.
    static void read(platforms::facebook::FacebookClient &client, LocationResolver &resolver, QObject *context,
                     std::function<void(const domain::AudienceSnapshot &, const QString &error)> done,
                     const PageInsightMetrics &metrics = PageInsightMetrics());

    // The snapshot from the two breakdowns (pure; for tests and the reader). An empty list with unavailable
    // set means the metric is no longer served.
    static domain::AudienceSnapshot fromBreakdowns(const QList<QPair<QString, double>> &countries,
                                                   bool countriesAvailable,
                                                   const QList<QPair<QString, double>> &cities,
                                                   bool citiesAvailable, LocationResolver &resolver);
};

} // namespace audience
