#include "audience/nameindex.h"

namespace audience {

quint64 NameIndex::hash(std::u16string_view key)
{
    // FNV-1a over code units: keys are short, and this needs no seed or allocation.
    quint64 h = 1469598103934665603ull;
    for (const char16_t c : key) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h ^ (h >> 29);
}

std::span<const PlaceRef> NameIndex::find(std::u16string_view key) const
{
    if (m_slots.empty() || key.empty())
        return {};
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t slot = std::size_t(hash(key)) & mask;; slot = (slot + 1) & mask) {
        const quint32 s = m_slots[slot];
        if (s == 0)
            return {};
        const Entry &e = m_entries[s - 1];
        if (e.keyLength == key.size() && std::u16string_view(m_keys.data() + e.keyOffset, e.keyLength) == key)
            return {m_refs.data() + e.refBegin, e.refCount};
    }
}

void NameIndex::Builder::add(std::u16string key, PlaceRef ref)
{
    if (!key.empty())
        m_pairs.emplace_back(std::move(key), ref);
}

} // namespace audience
