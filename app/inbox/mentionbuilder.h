#pragma once

#include "domain/account.h"
#include "domain/mention.h"
#include "inbox/classifier.h"

#include <memory>

namespace audience {
class BioClassifier;
}
namespace platforms {
struct IncomingItem;
}

namespace inbox {

// Turns what a platform returned into an inbox item, the same way for the sync, the demo generator and the
// bench: classifies language and stance, decides from the author's bio whether they are press or an official
// (only for the priority; the kind is not kept — no profiling of individuals), and whether the author
// mentioned our account (X lets us reply only then). Copies are cheap; build() may run on any thread.
class MentionBuilder final
{
public:
    explicit MentionBuilder(Classifier classifier);

    domain::Mention build(const domain::Account &account, const platforms::IncomingItem &item) const;

    // Press (journalists, correspondents) and officials (MPs, MEPs, local authorities, diplomats), by bio.
    bool hasPublicRole(QStringView bio) const;
    // "@handle" in the text as a whole word, case-insensitively (handle with or without its "@").
    static bool mentionsHandle(QStringView text, QStringView handle);

    const Classifier &classifier() const { return m_classifier; }
    Classifier &classifier() { return m_classifier; }

private:
    Classifier m_classifier;
    std::shared_ptr<const audience::BioClassifier> m_bios;
};

} // namespace inbox
