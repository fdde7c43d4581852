#pragma once

#include "domain/mention.h"
#include "inbox/language.h"

#include <QStringList>

namespace inbox {

// What the classifier decided about one text, and why: the cues are shown to the user next to the stance.
struct Classification
{
    Language language = Language::Other;
    domain::Stance stance = domain::Stance::Neutral;
    // From -1 (hostile) to 1 (warm): the polarity of the words after the rules, including what was learned.
    double score = 0;
    // The words and rules that decided it, in the order of the text: "позор", "negation: не", "question: ?",
    // "sarcasm: yeah right", "learned: pipeline".
    QStringList cues;
};

} // namespace inbox
