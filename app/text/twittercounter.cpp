#include "text/twittercounter.h"

#include "text/emojimatcher.h"
#include "text/nfc.h"
#include "text/urlextractor.h"

namespace text {

namespace {

bool isInvalidUnit(char16_t c)
{
    return c == 0xFFFE || c == 0xFEFF || c == 0xFFFF;
}

// Below U+0300 every character is NFC-stable and none combines with what precedes it, so such text is already
// normalised without looking further; above it Nfc checks with a table before normalising.
constexpr char16_t FirstCombining = 0x300;

CountResult finish(qint64 weighted, bool valid, qsizetype validDisplayIndex, const QString &text,
                   qsizetype normalizedSize, const TwitterConfig &config)
{
    CountResult r;
    r.weightedLength = int(weighted / config.scale);
    r.valid = valid && r.weightedLength > 0 && r.weightedLength <= config.maxWeightedTweetLength;
    r.permillage = int(qint64(r.weightedLength) * 1000 / config.maxWeightedTweetLength);
    // As the reference: the index found in the normalised text, shifted by how much normalisation shortened
    // it.
    r.validRangeEnd = int(validDisplayIndex + (text.size() - normalizedSize));
    r.displayRangeEnd = text.isEmpty() ? 0 : int(text.size() - 1);
    return r;
}

} // namespace

CountResult TwitterCounter::count(const QString &text, const TwitterConfig &config)
{
    const qint64 maxScaled = qint64(config.maxWeightedTweetLength) * config.scale;
    const char16_t *units = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype size = text.size();

    // Fast path: Latin text below U+0300 with no possible domain. No normalisation, no URL, no emoji (keycaps
    // need U+20E3), no invalid character; every unit weighs what the first range says.
    char16_t highest = 0;
    bool hasDot = false;
    for (qsizetype i = 0; i < size; ++i) {
        highest = qMax(highest, units[i]);
        hasDot |= units[i] == u'.';
    }
    const bool lowRangeUniform = !config.ranges.isEmpty() && config.ranges.first().start == 0 &&
                                 config.ranges.first().end >= FirstCombining - 1;
    if (highest < FirstCombining && lowRangeUniform && (!hasDot || !UrlExtractor::mayContainUrl(text))) {
        const int weight = config.ranges.first().weight;
        const qint64 fitting = weight > 0 ? maxScaled / weight : size;
        const qsizetype validDisplayIndex = size == 0 || fitting == 0 ? 0 : qMin<qint64>(size, fitting) - 1;
        return finish(qint64(size) * weight, true, validDisplayIndex, text, size, config);
    }

    const QString normalized = highest >= FirstCombining ? Nfc::normalized(text) : text;
    const Entities urls = hasDot ? UrlExtractor::extract(normalized) : Entities();
    const QStringView view(normalized);
    const char16_t *d = reinterpret_cast<const char16_t *>(normalized.utf16());
    const qsizetype n = normalized.size();

    qint64 weighted = 0;
    qsizetype validDisplayIndex = 0;
    bool valid = true;
    qsizetype nextUrl = 0;
    for (qsizetype i = 0; i < n; ++i) {
        while (nextUrl < urls.size() && urls[nextUrl].start < i)
            ++nextUrl;
        qsizetype emojiLength = 0;
        if (nextUrl < urls.size() && urls[nextUrl].start == i) {
            weighted += qint64(config.transformedUrlLength) * config.scale;
            // The reference steps over the URL's text, which for a URL without scheme can differ from its
            // range.
            i += urls[nextUrl].value.size() - 1;
            ++nextUrl;
        } else if (config.emojiParsingEnabled && EmojiMatcher::mayStartSequence(d[i]) &&
                   (emojiLength = EmojiMatcher::sequenceLength(view, i)) > 0) {
            weighted += config.defaultWeight;
            i += emojiLength - 1;
        } else {
            // A surrogate pair is weighed once, by its low half (which no range covers).
            if (QChar::isHighSurrogate(d[i]) && i + 1 < n && QChar::isLowSurrogate(d[i + 1]))
                ++i;
            weighted += config.weightOf(d[i]);
        }
        if (i >= n)
            i = n - 1;
        if (valid)
            valid = !isInvalidUnit(d[i]);
        if (valid && weighted <= maxScaled)
            validDisplayIndex = i;
    }
    return finish(weighted, valid, validDisplayIndex, text, n, config);
}

} // namespace text
