#pragma once

#include <QList>

namespace bench {

// A small deterministic generator (xorshift32, never seeded from the clock), so every run of a benchmark
// works on the same generated data.
class Generator
{
public:
    quint32 next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        return m_state;
    }
    // In [0, n).
    quint32 below(quint32 n) { return next() % n; }
    template <typename T> const T &pick(const QList<T> &list)
    {
        return list[qsizetype(below(quint32(list.size())))];
    }

private:
    quint32 m_state = 2463534242u;
};

} // namespace bench
