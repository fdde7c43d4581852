#pragma once

#include "text/entity.h"

#include <QString>

namespace text {

// Extracts what the composer highlights, with the rules of twitter-text's extract*WithIndices functions.
// Ranges are UTF-16 indices into the text as given (the composer works on the text the user typed).
class EntityExtractor final
{
public:
    static Entities urls(const QString &text);
    // @screen_name only (list mentions are left out, as extractMentionsWithIndices does).
    static Entities mentions(const QString &text);
    // @screen_name and @owner/list-slug.
    static Entities mentionsOrLists(const QString &text);
    // Hashtags that are not part of a URL.
    static Entities hashtags(const QString &text);
    static Entities cashtags(const QString &text);
    // The screen name a text replies to (a leading @mention, after spaces only), or an empty string.
    static QString replyScreenName(const QString &text);
    // Everything above, sorted by start, overlaps removed (the earlier entity wins): what the composer
    // paints.
    static Entities all(const QString &text);

private:
    static Entities hashtags(const QString &text, bool checkUrlOverlap);
};

} // namespace text
