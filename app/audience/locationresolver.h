#pragma once

#include "audience/flags.h"
#include "audience/gazetteer.h"
#include "audience/location.h"

#include <QHash>
#include <QString>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace audience {

// Turns free-text profile locations ("London, England", "Москва", "NYC", "北京", "Paris, TX", "🇬🇧") into a
// country and, where the text names one, a city. Offline, against the shared Gazetteer.
//
// How: the text is split into parts (commas, slashes, "|", " - ", ...), each folded and looked up as a whole;
// a part that is not a name is tried without filler words ("based in", "г.") and split in two where one half
// names a country or region ("Manchester UK", "中国北京"). The most specific part is read as a city, narrowed
// by the countries and regions the other parts and any flag emoji name; among the remaining places the most
// populous wins only if it is at least three times as populous as the next one elsewhere. Otherwise —
// "Springfield", "London / Moscow", "Worldwide", pronouns, nonsense — the answer is unknown: a wrong country
// in a dashboard is worse than an unknown one.
//
// Not thread-safe (scratch buffers and a cache of exact strings, since many followers write the same
// "London"): use one resolver per thread; they share the gazetteer.
class LocationResolver final
{
public:
    explicit LocationResolver(std::shared_ptr<const Gazetteer> gazetteer, qsizetype cacheCapacity = 65536);

    Location resolve(const QString &text);
    Location resolveUncached(QStringView text);

    void clearCache() { m_cache.clear(); }
    const Gazetteer &gazetteer() const { return *m_gazetteer; }

private:
    enum class Support { None, Soft, Country, Region };
    struct Part
    {
        std::span<const PlaceRef> refs;
        bool has(PlaceKind kind) const;
        std::span<const PlaceRef> cities() const; // cities come last, most populous first
    };

    void interpret(std::u16string_view text);
    bool interpretWords(std::u16string_view text);
    bool interpretIdeographs(std::u16string_view text);
    std::span<const PlaceRef> findIdeographs(std::u16string_view text) const;
    bool isArea(std::span<const PlaceRef> refs) const;
    Location decide();
    std::optional<Location> cityOf(std::size_t partIndex);
    Location countryOnly() const;

    bool regionHolds(quint32 region, const City &city) const;
    const QString &countryOf(const PlaceRef &ref) const;
    bool isCountryCode(const QString &code) const;

    std::shared_ptr<const Gazetteer> m_gazetteer;
    QHash<QString, Location> m_cache;
    qsizetype m_cacheCapacity;

    // Scratch space reused by every call: no allocation on the common path.
    std::u16string m_buffer;
    std::vector<std::u16string_view> m_rawParts;
    std::vector<std::u16string_view> m_words;
    std::vector<Part> m_parts;
    std::vector<FlagHint> m_flags;
    std::vector<quint32> m_candidates;
    std::vector<quint32> m_filtered;
    int m_unmatched = 0;
};

} // namespace audience
