#pragma once

#include "domain/mention.h"

namespace store {

// The inbox's priority as one stored integer, higher first, so the priority list is an index scan. Bits, from
// the most significant:
//   7    open (not Done)
//   5-6  stance: criticism 2, question 1, anything else 0
//   4    verified author
//   3    press or official, from the author's bio (decided at ingest)
//   0-2  audience: followers by order of magnitude (0: < 1,000, 1: 1,000+, 2: 10,000+, 3: 100,000+, 4: 1,000,000+)
// Recency breaks ties (ORDER BY priority DESC, created_at DESC, id DESC).
namespace MentionPriority {

int rank(const domain::Mention &mention);
int stanceBits(domain::Stance stance);
int audienceBucket(qint64 followers);

constexpr int kOpenBit = 1 << 7;
constexpr int kStanceShift = 5;
constexpr int kStanceMask = 3 << kStanceShift;
constexpr int kVerifiedBit = 1 << 4;
constexpr int kPublicRoleBit = 1 << 3;
constexpr int kAudienceMask = 7;

inline bool isOpen(int rank) { return rank & kOpenBit; }
inline bool hasPublicRole(int rank) { return rank & kPublicRoleBit; }
inline int audience(int rank) { return rank & kAudienceMask; }

} // namespace MentionPriority

} // namespace store
