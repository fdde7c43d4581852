#pragma once

#include "audience/nameindex.h"

#include <QSet>
#include <QString>
#include <memory>
#include <vector>

class QIODevice;

namespace audience {

// A populated place of the gazetteer (GeoNames, population ≥ 15,000, and every capital).
struct City
{
    QString name;    // GeoNames' name, the one dashboards show and city keys use ("London")
    QString country; // ISO 3166-1 alpha-2
    QString admin1;  // GeoNames admin1 code: "ENG", "TX", "08"
    qint64 population = 0;
};

// A first-level region: a US state, Canadian province, Australian state, UK nation; admin1 empty for regions
// that only confirm a country (Chinese provinces, Russian regions).
struct Region
{
    QString country;
    QString admin1;
};

// The offline gazetteer: cities, countries and regions with every name variant folded into one index.
// Immutable after loading, so one instance is shared by every resolver and thread.
class Gazetteer final
{
public:
    // The embedded data (:/gazetteer/cities.tsv and places.tsv), loaded once per process and shared.
    // Null only if the resource is damaged, which a test catches.
    static std::shared_ptr<const Gazetteer> loadDefault();
    // Reads the two TSV files written by resources/data/gazetteer/build.py; null and *error set when
    // unreadable.
    static std::shared_ptr<const Gazetteer> load(QIODevice &cities, QIODevice &places,
                                                 QString *error = nullptr);

    std::span<const PlaceRef> find(std::u16string_view foldedName) const { return m_index.find(foldedName); }

    const std::vector<City> &cities() const { return m_cities; }
    const std::vector<QString> &countries() const { return m_countries; }
    const std::vector<Region> &regions() const { return m_regions; }
    qsizetype nameCount() const { return m_index.size(); }
    bool isCountry(const QString &code) const { return m_countrySet.contains(code); }

    // A region's country code (regions and hints share the table).
    const QString &regionCountry(quint32 index) const { return m_regions[index].country; }

private:
    Gazetteer() = default;
    bool readCities(QIODevice &device, NameIndex::Builder &builder, QString *error);
    bool readPlaces(QIODevice &device, NameIndex::Builder &builder, QString *error);

    std::vector<City> m_cities;
    std::vector<QString> m_countries;
    QSet<QString> m_countrySet;
    std::vector<Region> m_regions;
    NameIndex m_index;
};

} // namespace audience
