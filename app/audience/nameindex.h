#pragma once

#include <QtGlobal>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace audience {

// What a folded name can stand for in the gazetteer.
enum class PlaceKind : quint8 {
    City,    // index into Gazetteer::cities()
    Country, // index into Gazetteer::countries()
    Region,  // a first-level region (state, province, UK nation, Chinese province): index into regions()
    Hint,    // a region's abbreviation ("TX", "ON"): only ever confirms another part of the location
    Vague,   // not one country ("worldwide", "EU", "Europe"): the answer is unknown
    Ignore,  // says nothing about a place ("he/him", "based in"): dropped
};

struct PlaceRef
{
    PlaceKind kind = PlaceKind::City;
    quint32 index = 0;
    bool operator==(const PlaceRef &) const = default;
};

// An immutable hash table from folded names to what they may mean, built once at load. Open addressing over
// one key arena: a lookup hashes a string view and compares in place, with no allocation.
class NameIndex final
{
public:
    class Builder;

    std::span<const PlaceRef> find(std::u16string_view key) const;
    qsizetype size() const { return qsizetype(m_entries.size()); }

private:
    struct Entry
    {
        quint32 keyOffset = 0;
        quint32 keyLength = 0;
        quint32 refBegin = 0;
        quint32 refCount = 0;
    };
    static quint64 hash(std::u16string_view key);

    std::u16string m_keys;
    std::vector<PlaceRef> m_refs;
    std::vector<Entry> m_entries;
    std::vector<quint32> m_slots; // entry index + 1, 0 = empty; size is a power of two
};

// Collects (key, ref) pairs, then freezes them. order decides the order of a key's refs (most populous
// first).
class NameIndex::Builder final
{
public:
    void add(std::u16string key, PlaceRef ref);
    template <typename Less> NameIndex build(Less less);

private:
    std::vector<std::pair<std::u16string, PlaceRef>> m_pairs;
};

} // namespace audience

#include "audience/nameindex_impl.h"
