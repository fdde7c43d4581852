#include "text/threadsplitter.h"

#include "text/twittercounter.h"
#include "text/urlextractor.h"

#include <QList>
#include <QTextBoundaryFinder>
#include <algorithm>

namespace text {

namespace {

using Boundaries = QList<qsizetype>;

Boundaries boundariesOf(QTextBoundaryFinder::BoundaryType type, const QString &text, const Entities &urls)
{
    Boundaries found;
    QTextBoundaryFinder finder(type, text);
    for (qsizetype b = finder.toNextBoundary(); b > 0; b = finder.toNextBoundary()) {
        const bool insideUrl =
            std::any_of(urls.begin(), urls.end(), [b](const Entity &u) { return b > u.start && b < u.end; });
        if (!insideUrl || type == QTextBoundaryFinder::Grapheme)
            found.append(b);
    }
    return found;
}

struct Packer
{
    const QString &text;
    const TwitterConfig &config;
    QString reservedSuffix; // the widest suffix of this thread, e.g. " 99/99"

    int weight(qsizetype from, qsizetype to) const
    {
        return TwitterCounter::count(text.mid(from, to - from).trimmed() + reservedSuffix, config)
            .weightedLength;
    }

    bool fits(qsizetype from, qsizetype to) const
    {
        const QString part = text.mid(from, to - from).trimmed();
        return !part.isEmpty() && TwitterCounter::count(part + reservedSuffix, config).valid;
    }

    // The furthest boundary after `from` whose part fits, or -1. Length grows with the end almost everywhere
    // (a URL cut short can count more than the whole), so a binary search finds the end and a step back
    // checks it.
    qsizetype furthest(const Boundaries &candidates, qsizetype from) const
    {
        auto first = std::upper_bound(candidates.begin(), candidates.end(), from);
        qsizetype lo = first - candidates.begin(), hi = candidates.size() - 1, best = -1;
        while (lo <= hi) {
            const qsizetype mid = (lo + hi) / 2;
            if (fits(from, candidates[mid])) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best < 0 ? -1 : candidates[best];
    }
};

qsizetype skipSpaces(const QString &text, qsizetype pos)
{
    while (pos < text.size() && text.at(pos).isSpace())
        ++pos;
    return pos;
}

int digits(qsizetype n)
{
    int d = 1;
    for (; n >= 10; n /= 10)
        ++d;
    return d;
}

} // namespace

QString ThreadSplitter::suffix(int index, int total)
{
    return QStringLiteral(" %1/%2").arg(index).arg(total);
}

QStringList ThreadSplitter::split(const QString &text, const TwitterConfig &config)
{
    if (text.trimmed().isEmpty())
        return {};
    if (TwitterCounter::count(text, config).valid)
        return {text};

    const Entities urls = UrlExtractor::extract(text);
    const Boundaries sentences = boundariesOf(QTextBoundaryFinder::Sentence, text, urls);
    const Boundaries words = boundariesOf(QTextBoundaryFinder::Line, text, urls);
    const Boundaries graphemes = boundariesOf(QTextBoundaryFinder::Grapheme, text, urls);

    // Pack with room for the widest suffix of an n-digit thread; if the thread needs more digits, pack again.
    for (int width = 1;; ++width) {
        const QString nines(width, QLatin1Char('9'));
        const Packer packer{text, config, QLatin1Char(' ') + nines + QLatin1Char('/') + nines};
        QStringList parts;
        qsizetype pos = skipSpaces(text, 0);
        while (pos < text.size()) {
            qsizetype end = packer.furthest(sentences, pos);
            // A sentence end that leaves most of the post empty is worse than a break between words.
            if (end < 0 || packer.weight(pos, end) * 2 < config.maxWeightedTweetLength)
                end = qMax(end, packer.furthest(words, pos));
            if (end < 0)
                end = packer.furthest(graphemes, pos);
            if (end <
                0) { // only with a limit smaller than one grapheme: take one anyway rather than loop forever
                const auto next = std::upper_bound(graphemes.begin(), graphemes.end(), pos);
                end = next == graphemes.end() ? text.size() : *next;
            }
            parts.append(text.mid(pos, end - pos).trimmed());
            pos = skipSpaces(text, end);
        }
        if (digits(parts.size()) > width)
            continue;
        for (int i = 0; i < parts.size(); ++i)
            parts[i] += suffix(i + 1, int(parts.size()));
        return parts;
    }
}

} // namespace text
