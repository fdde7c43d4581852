#include "text/entityextractor.h"

#include "text/twitterpatterns.h"
#include "text/urlextractor.h"

#include <QRegularExpressionMatch>
#include <algorithm>

namespace text {

namespace {

bool containsAny(const QString &text, std::initializer_list<char16_t> units)
{
    for (QChar c : text) {
        for (char16_t u : units) {
            if (c.unicode() == u)
                return true;
        }
    }
    return false;
}

// twitter-text's removeOverlappingEntities: stable sort by start, then drop every entity that begins before
// the previous kept one ends.
void removeOverlapping(Entities &entities)
{
    std::stable_sort(entities.begin(), entities.end(),
                     [](const Entity &a, const Entity &b) { return a.start < b.start; });
    Entities kept;
    kept.reserve(entities.size());
    for (const Entity &e : std::as_const(entities)) {
        if (!kept.isEmpty() && kept.back().end > e.start)
            continue;
        kept.append(e);
    }
    entities = kept;
}

// Runs a pattern over the whole text as JavaScript's String.replace with a global expression does: each
// search starts where the previous match ended, rejected matches included.
template <typename Accept> void forEachMatch(const QRegularExpression &re, const QString &text, Accept accept)
{
    qsizetype offset = 0;
    while (offset <= text.size()) {
        const QRegularExpressionMatch m = re.match(text, offset);
        if (!m.hasMatch())
            break;
        accept(m);
        offset = m.capturedEnd(0) > m.capturedStart(0) ? m.capturedEnd(0) : m.capturedEnd(0) + 1;
    }
}

// PCRE refuses a subject with a lone surrogate, which would hide every entity of such a text. Replace each
// lone surrogate with the noncharacter U+FDD0 (same length, so indices hold): the reference matches a lone
// surrogate as "any other character" before a mention, and never as the character before a hashtag, which the
// hashtag boundary pattern reproduces by refusing U+FDD0.
QString withLoneSurrogatesMasked(const QString &text)
{
    QString masked;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!c.isSurrogate())
            continue;
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (masked.isNull())
            masked = text;
        masked[i] = QChar(0xFDD0);
    }
    return masked.isNull() ? text : masked;
}

} // namespace

Entities EntityExtractor::urls(const QString &text)
{
    return UrlExtractor::extract(text);
}

Entities EntityExtractor::mentionsOrLists(const QString &original)
{
    Entities found;
    if (!containsAny(original, {u'@', 0xFF20}))
        return found;
    const QString text = withLoneSurrogatesMasked(original);
    const auto &patterns = TwitterPatterns::compiled();
    forEachMatch(patterns.validMentionOrList, text, [&](const QRegularExpressionMatch &m) {
        if (patterns.endMentionMatch
                .match(text, m.capturedEnd(0), QRegularExpression::NormalMatch,
                       QRegularExpression::AnchorAtOffsetMatchOption)
                .hasMatch())
            return;
        const qsizetype start = m.capturedStart(2);
        found.append({Entity::Type::Mention, start, m.capturedEnd(3) + m.capturedLength(4), m.captured(3),
                      m.captured(4)});
    });
    return found;
}

Entities EntityExtractor::mentions(const QString &text)
{
    Entities found = mentionsOrLists(text);
    found.removeIf([](const Entity &e) { return !e.listSlug.isEmpty(); });
    return found;
}

Entities EntityExtractor::hashtags(const QString &text)
{
    return hashtags(text, true);
}

Entities EntityExtractor::hashtags(const QString &original, bool checkUrlOverlap)
{
    Entities tags;
    if (!containsAny(original, {u'#', 0xFF03}))
        return tags;
    const QString text = withLoneSurrogatesMasked(original);
    const auto &patterns = TwitterPatterns::compiled();
    forEachMatch(patterns.validHashtag, text, [&](const QRegularExpressionMatch &m) {
        if (patterns.endHashtagMatch
                .match(text, m.capturedEnd(0), QRegularExpression::NormalMatch,
                       QRegularExpression::AnchorAtOffsetMatchOption)
                .hasMatch())
            return;
        tags.append({Entity::Type::Hashtag, m.capturedStart(2), m.capturedEnd(3), m.captured(3), {}});
    });
    if (checkUrlOverlap && !tags.isEmpty()) {
        const Entities urlEntities = UrlExtractor::extract(original);
        if (!urlEntities.isEmpty()) {
            Entities merged = tags + urlEntities;
            removeOverlapping(merged);
            merged.removeIf([](const Entity &e) { return e.type != Entity::Type::Hashtag; });
            tags = merged;
        }
    }
    return tags;
}

Entities EntityExtractor::cashtags(const QString &original)
{
    Entities tags;
    if (!original.contains(QLatin1Char('$')))
        return tags;
    const QString text = withLoneSurrogatesMasked(original);
    forEachMatch(TwitterPatterns::compiled().validCashtag, text, [&](const QRegularExpressionMatch &m) {
        tags.append({Entity::Type::Cashtag, m.capturedStart(2), m.capturedEnd(3), m.captured(3), {}});
    });
    return tags;
}

QString EntityExtractor::replyScreenName(const QString &original)
{
    const QString text = withLoneSurrogatesMasked(original);
    const auto &patterns = TwitterPatterns::compiled();
    const QRegularExpressionMatch m = patterns.validReply.match(text);
    if (!m.hasMatch() || patterns.endMentionMatch
                             .match(text, m.capturedEnd(0), QRegularExpression::NormalMatch,
                                    QRegularExpression::AnchorAtOffsetMatchOption)
                             .hasMatch())
        return {};
    return m.captured(1);
}

Entities EntityExtractor::all(const QString &text)
{
    // As extractEntitiesWithIndices: hashtags without their own URL check, the merge settles overlaps.
    Entities entities = urls(text) + hashtags(text, false) + mentionsOrLists(text) + cashtags(text);
    removeOverlapping(entities);
    return entities;
}

} // namespace text
