#include "audience/pageinsights.h"

#include "audience/aggregator.h"
#include "audience/locationresolver.h"
#include "platforms/facebook/facebookclient.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <memory>

namespace audience {

domain::AudienceSnapshot PageInsightsReader::fromBreakdowns(const QList<QPair<QString, double>> &countries,
                                                            bool countriesAvailable,
                                                            const QList<QPair<QString, double>> &cities,
                                                            bool citiesAvailable, LocationResolver &resolver)
{
    using D = domain::AudienceDimension;
    domain::AudienceSnapshot s;
    auto sorted = [](QList<domain::AudienceShare> shares) {
        std::sort(shares.begin(), shares.end(), [](const auto &a, const auto &b) {
            return a.count != b.count ? a.count > b.count : a.key < b.key;
        });
        return shares;
    };
    QList<domain::AudienceShare> countryShares;
    for (const auto &[code, value] : countries) {
        const qint64 count = std::llround(value);
        // Graph's keys are ISO codes already; anything else is not a country we can name.
        const QString key = code.size() == 2 ? code.toUpper() : AudienceAggregator::unknownCountryKey();
        auto it = std::find_if(countryShares.begin(), countryShares.end(),
                               [&key](const auto &share) { return share.key == key; });
        if (it != countryShares.end())
            it->count += count;
        else
            countryShares.append({D::Country, key, count});
        s.sampleSize += count;
    }
    QHash<QString, qint64> cityCounts;
    qint64 citiesTotal = 0;
    for (const auto &[name, value] : cities) {
        const Location where = resolver.resolve(name);
        const qint64 count = std::llround(value);
        citiesTotal += count;
        if (where.isKnown() && !where.city.isEmpty() && where.confidence >= AudienceAggregator::MinimumConfidence)
            cityCounts[where.cityKey()] += count;
    }
    QList<domain::AudienceShare> cityShares;
    for (auto it = cityCounts.cbegin(); it != cityCounts.cend(); ++it)
        cityShares.append({D::City, it.key(), it.value()});
    // Without countries the cities' total is the best sample there is.
    if (!countriesAvailable)
        s.sampleSize = citiesTotal;
    s.followers = s.sampleSize;
    s.shares = sorted(countryShares) + sorted(cityShares);
    if (!countriesAvailable)
        s.unavailable << D::Country;
    if (!citiesAvailable)
        s.unavailable << D::City;
    s.unavailable << D::Interest << D::VerifiedKind;
    return s;
}

void PageInsightsReader::read(platforms::facebook::FacebookClient &client, LocationResolver &resolver,
                              QObject *context,
                              std::function<void(const domain::AudienceSnapshot &, const QString &)> done,
                              const Metrics &metrics)
{
    using platforms::InsightSeries;
    // Lifetime totals as of the last day.
    const QDateTime until = QDateTime::currentDateTimeUtc();
    const QDateTime since = until.addDays(-2);
    auto countries = std::make_shared<InsightSeries>();
    client.fetchInsight(
        metrics.country, QStringLiteral("day"), since, until, context,
        [&client, &resolver, context, done, countries, metrics, since,
         until](const platforms::Result<InsightSeries> &c) {
            if (!c.ok())
                return done({}, c.error().userMessage());
            *countries = c.value();
            client.fetchInsight(metrics.city, QStringLiteral("day"), since, until, context,
                                [&resolver, done, countries](const platforms::Result<InsightSeries> &city) {
                                    if (!city.ok())
                                        return done({}, city.error().userMessage());
                                    done(fromBreakdowns(countries->breakdown, countries->available,
                                                        city.value().breakdown, city.value().available,
                                                        resolver),
                                         {});
                                });
        });
}

} // namespace audience
