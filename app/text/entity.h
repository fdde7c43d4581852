#pragma once

#include <QList>
#include <QString>

namespace text {

// Something the composer highlights: a URL, #hashtag, @mention (or @list/slug) or $cashtag, with its UTF-16
// range.
struct Entity
{
    enum class Type { Url, Hashtag, Mention, Cashtag };

    Type type = Type::Url;
    qsizetype start = 0; // first UTF-16 index, including the sigil (#, @, $)
    qsizetype end = 0;   // one past the last index
    QString value;       // the URL as written; the hashtag, screen name or cashtag without its sigil
    QString listSlug;    // for a list mention: "/slug" (with the slash), otherwise empty

    friend bool operator==(const Entity &, const Entity &) = default;
};

using Entities = QList<Entity>;

} // namespace text
