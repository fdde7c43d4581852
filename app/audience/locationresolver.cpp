#include "audience/locationresolver.h"

#include "audience/normalizer.h"

#include <algorithm>

namespace audience {

namespace {

// Longer texts are not locations; the bound keeps the cost of one call small whatever arrives.
constexpr qsizetype MaxInput = 200;
// The most populous place of a name wins only if it is this many times as populous as the next one elsewhere.
constexpr double Dominance = 3.0;

std::u16string_view span(std::u16string_view first, std::u16string_view last)
{
    return {first.data(), std::size_t(last.data() + last.size() - first.data())};
}

bool isAdministrativeSuffix(char16_t c)
{
    return c == u'市' || c == u'省' || c == u'区' || c == u'县' || c == u'州';
}

// A district or county of a Chinese city: 朝阳区, 南山区, 密云县.
bool isDistrict(std::u16string_view word)
{
    return word.size() >= 2 && Normalizer::isIdeograph(word.front()) &&
           (word.back() == u'区' || word.back() == u'县');
}

} // namespace

LocationResolver::LocationResolver(std::shared_ptr<const Gazetteer> gazetteer, qsizetype cacheCapacity)
    : m_gazetteer(std::move(gazetteer)), m_cacheCapacity(cacheCapacity)
{
    Q_ASSERT(m_gazetteer);
}

Location LocationResolver::resolve(const QString &text)
{
    if (m_cacheCapacity > 0) {
        const auto it = m_cache.constFind(text);
        if (it != m_cache.constEnd())
            return *it;
    }
    Location location = resolveUncached(text);
    if (m_cacheCapacity > 0) {
        // Dropping everything when full is crude but costs nothing per hit; the common names come back at
        // once.
        if (m_cache.size() >= m_cacheCapacity)
            m_cache.clear();
        m_cache.insert(text, location);
    }
    return location;
}

Location LocationResolver::resolveUncached(QStringView text)
{
    text = text.left(MaxInput);
    m_flags.clear();
    findFlags(text, m_flags);
    Normalizer::splitParts(text, m_buffer, m_rawParts);
    m_parts.clear();
    m_unmatched = 0;
    for (const auto part : m_rawParts)
        interpret(part);
    return decide();
}

bool LocationResolver::Part::has(PlaceKind kind) const
{
    return std::any_of(refs.begin(), refs.end(), [kind](const PlaceRef &r) { return r.kind == kind; });
}

std::span<const PlaceRef> LocationResolver::Part::cities() const
{
    const auto first =
        std::find_if(refs.begin(), refs.end(), [](const PlaceRef &r) { return r.kind == PlaceKind::City; });
    return {first, refs.end()};
}

bool LocationResolver::isArea(std::span<const PlaceRef> refs) const
{
    return std::any_of(refs.begin(), refs.end(), [](const PlaceRef &r) {
        return r.kind == PlaceKind::Country || r.kind == PlaceKind::Region || r.kind == PlaceKind::Hint;
    });
}

void LocationResolver::interpret(std::u16string_view text)
{
    if (const auto refs = m_gazetteer->find(text); !refs.empty()) {
        m_parts.push_back({refs});
        return;
    }
    if (interpretWords(text) || interpretIdeographs(text))
        return;
    ++m_unmatched;
}

bool LocationResolver::interpretWords(std::u16string_view text)
{
    m_words.clear();
    for (std::size_t at = 0; at < text.size();) {
        std::size_t end = text.find(u' ', at);
        if (end == std::u16string_view::npos)
            end = text.size();
        m_words.push_back(text.substr(at, end - at));
        at = end + 1;
    }
    if (m_words.size() < 2)
        return false;
    auto isIgnored = [this](std::u16string_view s) {
        const auto refs = m_gazetteer->find(s);
        return !refs.empty() && refs.front().kind == PlaceKind::Ignore;
    };
    // Filler around a name: "based in London", "г. Москва", "London area", "Greater Manchester".
    std::size_t b = 0;
    std::size_t e = m_words.size();
    for (bool changed = true; changed && e - b > 1;) {
        changed = false;
        for (std::size_t k = std::min<std::size_t>(2, e - b - 1); k >= 1 && !changed; --k) {
            if (isIgnored(span(m_words[b], m_words[b + k - 1]))) {
                b += k;
                changed = true;
            }
        }
        for (std::size_t k = std::min<std::size_t>(2, e - b - 1); k >= 1 && !changed && e - b > 1; --k) {
            if (isIgnored(span(m_words[e - k], m_words[e - 1]))) {
                e -= k;
                changed = true;
            }
        }
        // A Chinese district after its city ("北京 朝阳区", as Weibo profiles write) adds nothing we can
        // place.
        if (!changed && e - b > 1 && isDistrict(m_words[e - 1])) {
            --e;
            changed = true;
        }
    }
    if (b > 0 || e < m_words.size()) {
        if (const auto refs = m_gazetteer->find(span(m_words[b], m_words[e - 1])); !refs.empty()) {
            m_parts.push_back({refs});
            return true;
        }
    }
    // Two names without a separator, one of them a country or region: "Manchester UK", "UK London", "广东
    // 深圳".
    for (std::size_t k = 1; k < e - b; ++k) {
        const auto head = m_gazetteer->find(span(m_words[b], m_words[e - k - 1]));
        if (head.empty())
            continue;
        const auto tail = m_gazetteer->find(span(m_words[e - k], m_words[e - 1]));
        if (!tail.empty() && (isArea(head) || isArea(tail))) {
            m_parts.push_back({head});
            m_parts.push_back({tail});
            return true;
        }
    }
    return false;
}

std::span<const PlaceRef> LocationResolver::findIdeographs(std::u16string_view text) const
{
    if (auto refs = m_gazetteer->find(text); !refs.empty())
        return refs;
    if (text.size() >= 3 && isAdministrativeSuffix(text.back()))
        return m_gazetteer->find(text.substr(0, text.size() - 1));
    return {};
}

bool LocationResolver::interpretIdeographs(std::u16string_view text)
{
    // Chinese writes "中国北京市" without spaces: drop 市/省, or find the point where a country or province
    // ends.
    if (text.size() < 2 || !Normalizer::isIdeograph(text.front()) ||
        text.find(u' ') != std::u16string_view::npos)
        return false;
    if (text.size() >= 3 && isAdministrativeSuffix(text.back())) {
        if (const auto refs = m_gazetteer->find(text.substr(0, text.size() - 1)); !refs.empty()) {
            m_parts.push_back({refs});
            return true;
        }
    }
    for (std::size_t i = 1; i < text.size(); ++i) {
        const auto head = findIdeographs(text.substr(0, i));
        if (head.empty())
            continue;
        const auto tail = findIdeographs(text.substr(i));
        if (!tail.empty() && (isArea(head) || isArea(tail))) {
            m_parts.push_back({head});
            m_parts.push_back({tail});
            return true;
        }
    }
    // "北京朝阳区": the longest city before a district.
    if (isDistrict(text) && text.size() >= 4) {
        for (std::size_t i = text.size() - 2; i >= 2; --i) {
            if (const auto head = findIdeographs(text.substr(0, i)); !head.empty()) {
                m_parts.push_back({head});
                return true;
            }
        }
    }
    return false;
}

const QString &LocationResolver::countryOf(const PlaceRef &ref) const
{
    if (ref.kind == PlaceKind::Country)
        return m_gazetteer->countries()[ref.index];
    if (ref.kind == PlaceKind::City)
        return m_gazetteer->cities()[ref.index].country;
    return m_gazetteer->regionCountry(ref.index);
}

bool LocationResolver::regionHolds(quint32 region, const City &city) const
{
    const Region &r = m_gazetteer->regions()[region];
    return r.country == city.country && (r.admin1.isEmpty() || r.admin1 == city.admin1);
}

Location LocationResolver::decide()
{
    // Pronouns and filler say nothing; "Worldwide" or "EU" says it is not one country.
    std::erase_if(m_parts, [](const Part &p) {
        return p.refs.front().kind == PlaceKind::Ignore || p.has(PlaceKind::Vague);
    });
    std::erase_if(m_flags, [this](const FlagHint &f) { return !m_gazetteer->isCountry(f.country); });
    if (m_parts.empty() && m_flags.empty())
        return {};
    // The first part that reads as a city the other parts agree with; else the country they name.
    for (std::size_t i = 0; i < m_parts.size(); ++i) {
        if (auto city = cityOf(i))
            return *city;
    }
    return countryOnly();
}

std::optional<Location> LocationResolver::cityOf(std::size_t i)
{
    const Part &part = m_parts[i];
    const auto cities = part.cities();
    // A country's name is read as the country ("Singapore", "Georgia"), never as a town of that name.
    if (cities.empty() || part.has(PlaceKind::Country))
        return std::nullopt;
    const auto &all = m_gazetteer->cities();

    // A region named by the same words must hold the city ("New York"), else the region is meant
    // ("Ontario")...
    m_candidates.clear();
    const bool ownRegion = part.has(PlaceKind::Region);
    for (const PlaceRef &c : cities) {
        bool keep = !ownRegion;
        for (const PlaceRef &r : part.refs) {
            if (r.kind == PlaceKind::Region && regionHolds(r.index, all[c.index]))
                keep = true;
        }
        if (keep)
            m_candidates.push_back(c.index);
    }
    // What the other parts and the flags say about country and region.
    bool anyHint = !m_flags.empty();
    for (std::size_t j = 0; j < m_parts.size() && !anyHint; ++j)
        anyHint = j != i && isArea(m_parts[j].refs);
    // ... unless another part says which town is meant ("Washington, D.C.").
    if (m_candidates.empty() && anyHint) {
        for (const PlaceRef &c : cities)
            m_candidates.push_back(c.index);
    }
    if (m_candidates.empty())
        return std::nullopt;
    Support support = Support::None;
    auto filter = [this](auto keep) {
        m_filtered.clear();
        std::copy_if(m_candidates.begin(), m_candidates.end(), std::back_inserter(m_filtered), keep);
        if (m_filtered.empty())
            return false;
        m_candidates.swap(m_filtered);
        return true;
    };
    auto otherRefs = [this, i](auto visit) {
        for (std::size_t j = 0; j < m_parts.size(); ++j) {
            if (j == i)
                continue;
            for (const PlaceRef &r : m_parts[j].refs)
                visit(r);
        }
    };
    if (anyHint) {
        const bool byRegion = filter([&](quint32 c) {
            bool held = false;
            otherRefs([&](const PlaceRef &r) {
                if ((r.kind == PlaceKind::Region || r.kind == PlaceKind::Hint) &&
                    !m_gazetteer->regions()[r.index].admin1.isEmpty() && regionHolds(r.index, all[c]))
                    held = true;
            });
            for (const FlagHint &f : m_flags)
                held =
                    held || (!f.admin1.isEmpty() && f.country == all[c].country && f.admin1 == all[c].admin1);
            return held;
        });
        if (byRegion) {
            support = Support::Region;
        } else {
            const bool byCountry = filter([&](quint32 c) {
                bool held = false;
                otherRefs([&](const PlaceRef &r) {
                    if (r.kind != PlaceKind::City && r.kind != PlaceKind::Ignore &&
                        r.kind != PlaceKind::Vague && countryOf(r) == all[c].country)
                        held = true;
                });
                for (const FlagHint &f : m_flags)
                    held = held || f.country == all[c].country;
                return held;
            });
            if (!byCountry) // "Paris, UK": no such town there; the country still counts
                return std::nullopt;
            support = Support::Country;
        }
    } else {
        // Another part that is only a city ("Camden, London") may tell the country; used only when it
        // narrows.
        const bool soft = filter([&](quint32 c) {
            bool held = false;
            for (std::size_t j = 0; j < m_parts.size(); ++j) {
                const auto other = m_parts[j].cities();
                if (j != i && !other.empty() && all[other.front().index].country == all[c].country)
                    held = true;
            }
            return held;
        });
        if (soft)
            support = Support::Soft;
    }

    const City &top = all[m_candidates.front()];
    const City *next = nullptr;
    for (const quint32 c : m_candidates) {
        if (all[c].country != top.country || all[c].admin1 != top.admin1) {
            next = &all[c];
            break;
        }
    }
    const double ratio = next ? double(top.population) / double(std::max<qint64>(1, next->population)) : 1e9;
    if (ratio < Dominance) {
        // Several places could be meant. A hint that settles the country still gives the country.
        if (support == Support::Region || support == Support::Country) {
            const bool oneCountry = std::all_of(m_candidates.begin(), m_candidates.end(),
                                                [&](quint32 c) { return all[c].country == top.country; });
            if (oneCountry)
                return Location{top.country, QString(), 0.7};
        }
        return Location{};
    }
    // Two parts naming cities in different countries ("London / Moscow") are two places: unknown.
    for (std::size_t j = 0; j < m_parts.size(); ++j) {
        const auto other = m_parts[j].cities();
        if (j == i || other.empty() || isArea(m_parts[j].refs))
            continue;
        const bool sameCountry = std::any_of(other.begin(), other.end(), [&](const PlaceRef &r) {
            return all[r.index].country == top.country;
        });
        if (!sameCountry)
            return Location{};
    }
    double confidence = 0.85;
    switch (support) {
    case Support::Region:
        confidence = 0.95;
        break;
    case Support::Country:
        confidence = 0.9;
        break;
    case Support::Soft:
        confidence = 0.85;
        break;
    case Support::None:
        // A unique name is likely meant; a dominant one less so the closer its rival.
        confidence = next ? 0.6 + 0.25 * std::min(1.0, (ratio - Dominance) / 27.0) : 0.85;
        break;
    }
    if (m_unmatched > 0)
        confidence -= 0.05;
    return Location{top.country, top.name, confidence};
}

Location LocationResolver::countryOnly() const
{
    // Countries named outright, then flags, then regions: each must agree on one country.
    QString country;
    bool conflict = false;
    auto note = [&](const QString &c) {
        // "中国 香港" is how Weibo profiles in Hong Kong and Macau write it: the territory, which has its own
        // ISO code, is the answer.
        const bool territory = c == u"HK" || c == u"MO";
        if (country.isEmpty() || (territory && country == u"CN"))
            country = c;
        else if (country != c && !(c == u"CN" && (country == u"HK" || country == u"MO")))
            conflict = true;
    };
    // A name that is a country and a region ("Georgia") is the region when another part names its country
    // ("Georgia, USA").
    auto regionConfirmed = [this](std::size_t i) {
        for (const PlaceRef &r : m_parts[i].refs) {
            if (r.kind != PlaceKind::Region)
                continue;
            for (std::size_t j = 0; j < m_parts.size(); ++j) {
                for (const PlaceRef &o : m_parts[j].refs) {
                    if (j != i && o.kind == PlaceKind::Country && countryOf(o) == countryOf(r))
                        return true;
                }
            }
        }
        return false;
    };
    for (std::size_t i = 0; i < m_parts.size(); ++i) {
        const bool asRegion = regionConfirmed(i);
        for (const PlaceRef &r : m_parts[i].refs) {
            if (r.kind == (asRegion ? PlaceKind::Region : PlaceKind::Country))
                note(countryOf(r));
        }
    }
    const bool named = !country.isEmpty();
    for (const FlagHint &f : m_flags)
        note(f.country);
    if (conflict)
        return {};
    if (!country.isEmpty())
        return {country, QString(), (named ? 0.9 : 0.8) - (m_unmatched > 0 ? 0.05 : 0.0)};
    for (const Part &p : m_parts) {
        for (const PlaceRef &r : p.refs) {
            if (r.kind == PlaceKind::Region)
                note(countryOf(r));
        }
    }
    if (conflict || country.isEmpty())
        return {};
    return {country, QString(), 0.85 - (m_unmatched > 0 ? 0.05 : 0.0)};
}

} // namespace audience
