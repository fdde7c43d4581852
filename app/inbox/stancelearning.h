#pragma once

#include "domain/mention.h"
#include "store/result.h"

#include <QString>

namespace store {
class Database;
}

namespace inbox {

class Classifier;

// Teaches a workspace's classifier from its stored stance corrections: what the inbox calls when it opens a
// workspace (load) and when a user sets a stance by hand (record).
class StanceLearning final
{
public:
    explicit StanceLearning(const store::Database &database) : m_database(database) {}

    // Replaces what `classifier` learned with every correction stored in the workspace, oldest first.
    store::Status load(Classifier &classifier) const;

    // Stores a user's correction of a text's stance (mentionId 0: a text that is not a stored mention) and
    // teaches it to `classifier` at once. Returns the correction's id. Updating the mention's own stance is
    // the caller's business (it may be one of many in a bulk action).
    store::Result<qint64> record(Classifier &classifier, qint64 mentionId, const QString &text,
                                 domain::Stance stance, const QString &correctedBy) const;

private:
    const store::Database &m_database;
};

} // namespace inbox
