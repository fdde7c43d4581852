#pragma once

#include "inbox/tokenizer.h"
#include "inbox/vocabulary.h"

#include <memory>

namespace inbox {

// The three vocabularies the classifier reads, loaded together from the embedded resources.
struct Lexicons
{
    Vocabulary english;
    Vocabulary russian;
    Vocabulary chinese;
    QString error;

    const Vocabulary *forScript(Script script) const
    {
        switch (script) {
        case Script::Latin:
            return &english;
        case Script::Cyrillic:
            return &russian;
        case Script::Han:
            return &chinese;
        case Script::Other:
            break;
        }
        return nullptr;
    }

    // Loaded on first use and shared by every classifier: the data never changes while the program runs, and
    // reading ~10,000 entries for each sync or command would cost more than classifying a page.
    static std::shared_ptr<const Lexicons> embedded();
};

} // namespace inbox
