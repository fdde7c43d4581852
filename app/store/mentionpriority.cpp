#include "store/mentionpriority.h"

namespace store::MentionPriority {

int stanceBits(domain::Stance stance)
{
    switch (stance) {
    case domain::Stance::Criticism:
        return 2 << kStanceShift;
    case domain::Stance::Question:
        return 1 << kStanceShift;
    default:
        return 0;
    }
}

int audienceBucket(qint64 followers)
{
    // By order of magnitude, so a slightly bigger account does not outrank a newer item.
    int bucket = 0;
    for (qint64 limit = 1000; bucket < 4 && followers >= limit; limit *= 10)
        ++bucket;
    return bucket;
}

int rank(const domain::Mention &m)
{
    return (m.status == domain::MentionStatus::Done ? 0 : kOpenBit) | stanceBits(m.stance) |
           (m.authorVerified ? kVerifiedBit : 0) | (m.authorPublicRole ? kPublicRoleBit : 0) |
           audienceBucket(m.authorFollowers);
}

} // namespace store::MentionPriority
