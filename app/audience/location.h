#pragma once

#include <QByteArray>
#include <QString>

namespace audience {

// Where a free-text profile location points: a country, perhaps a city, and how sure the resolver is.
// Unknown is an empty country (and city) with confidence 0: the resolver answers that rather than guess.
struct Location
{
    QString country;         // ISO 3166-1 alpha-2, or empty when unknown
    QString city;            // GeoNames name ("London"), or empty
    double confidence = 0.0; // 0..1

    bool isKnown() const { return !country.isEmpty(); }
    // The key of the city in audience shares, "GB/London"; empty without a city.
    QString cityKey() const;
    // One line of `attachectl audience resolve`: {"country":"GB","city":"London","confidence":0.95}, nulls
    // when unknown, the confidence with two decimals.
    QByteArray toJson() const;

    bool operator==(const Location &) const = default;
};

} // namespace audience
