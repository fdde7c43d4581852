#pragma once

#include "inbox/classifier.h"
#include "store/result.h"

#include <functional>

namespace store {
class Database;
}

namespace inbox {

struct DemoMentionsResult
{
    qint64 stored = 0;    // new items
    qint64 ingestNs = 0;  // time spent parsing, classifying, storing and indexing (generation excluded)
    qint64 ingestCpuNs = 0; // the same in CPU time of both threads (building and storing): what a busy machine
                            // skews least
};

// Fills a workspace with `count` generated mentions (MentionGenerator) through the real ingest path, spread
// over its X accounts (one is added, "@AttacheEmbassy", when it has none). Pages of 100 as X returns them;
// every fifty pages are committed together, while the next fifty are parsed and classified on a second thread.
// progress(done) is called after each page.
store::Result<DemoMentionsResult> addDemoMentions(const store::Database &database, const Classifier &classifier,
                                                  qint64 count, quint32 seed = 1,
                                                  const std::function<void(qint64)> &progress = {});

} // namespace inbox
