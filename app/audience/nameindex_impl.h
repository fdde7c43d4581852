#pragma once
// Template part of NameIndex::Builder (included by nameindex.h only).

#include <algorithm>

namespace audience {

template <typename Less> NameIndex NameIndex::Builder::build(Less less)
{
    std::sort(m_pairs.begin(), m_pairs.end(), [&](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        return less(a.second, b.second);
    });
    NameIndex index;
    std::size_t capacity = 16;
    while (capacity < m_pairs.size() * 2)
        capacity *= 2;
    index.m_slots.assign(capacity, 0);
    for (std::size_t i = 0; i < m_pairs.size();) {
        std::size_t j = i;
        Entry e;
        e.keyOffset = quint32(index.m_keys.size());
        e.keyLength = quint32(m_pairs[i].first.size());
        e.refBegin = quint32(index.m_refs.size());
        index.m_keys += m_pairs[i].first;
        for (; j < m_pairs.size() && m_pairs[j].first == m_pairs[i].first; ++j) {
            const PlaceRef &r = m_pairs[j].second;
            // The same place under two spellings that fold alike counts once.
            if (std::find(index.m_refs.begin() + e.refBegin, index.m_refs.end(), r) == index.m_refs.end())
                index.m_refs.push_back(r);
        }
        e.refCount = quint32(index.m_refs.size()) - e.refBegin;
        index.m_entries.push_back(e);
        std::size_t slot = std::size_t(hash(m_pairs[i].first)) & (capacity - 1);
        while (index.m_slots[slot] != 0)
            slot = (slot + 1) & (capacity - 1);
        index.m_slots[slot] = quint32(index.m_entries.size());
        i = j;
    }
    m_pairs.clear();
    return index;
}

} // namespace audience
