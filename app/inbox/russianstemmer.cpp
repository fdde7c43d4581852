#include "inbox/russianstemmer.h"

#include <string_view>

namespace inbox {

namespace {

// The endings of the algorithm, each list searched for its longest match as Snowball's `among` does. Endings
// of "group 1" count only after а or я, which stay.
using Endings = std::initializer_list<std::u16string_view>;

const Endings kGerund1 = {u"в", u"вши", u"вшись"};
const Endings kGerund2 = {u"ив", u"ивши", u"ившись", u"ыв", u"ывши", u"ывшись"};
const Endings kAdjective = {u"ее", u"ие", u"ые", u"ое", u"ими", u"ыми", u"ей",  u"ий",  u"ый",
                            u"ой", u"ем", u"им", u"ым", u"ом",  u"его", u"ого", u"ему", u"ому",
                            u"их", u"ых", u"ую", u"юю", u"ая",  u"яя",  u"ою",  u"ею"};
const Endings kParticiple1 = {u"ем", u"нн", u"вш", u"ющ", u"щ"};
const Endings kParticiple2 = {u"ивш", u"ывш", u"ующ"};
const Endings kReflexive = {u"ся", u"сь"};
const Endings kVerb1 = {u"ла", u"на", u"ете", u"йте", u"ли", u"й",  u"л",   u"ем", u"н",
                        u"ло", u"но", u"ет",  u"ют",  u"ны", u"ть", u"ешь", u"нно"};
const Endings kVerb2 = {u"ила", u"ыла", u"ена", u"ейте", u"уйте", u"ите", u"или", u"ыли", u"ей", u"уй",
                        u"ил",  u"ыл",  u"им",  u"ым",   u"ен",   u"ило", u"ыло", u"ено", u"ят", u"ует",
                        u"уют", u"ит",  u"ыт",  u"ены",  u"ить",  u"ыть", u"ишь", u"ую",  u"ю"};
const Endings kNoun = {u"а",  u"ев",  u"ов", u"ие",  u"ье", u"е",  u"иями", u"ями", u"ами",
                       u"еи", u"ии",  u"и",  u"ией", u"ей", u"ой", u"ий",   u"й",   u"иям",
                       u"ям", u"ием", u"ем", u"ам",  u"ом", u"о",  u"у",    u"ах",  u"иях",
                       u"ях", u"ы",   u"ь",  u"ию",  u"ью", u"ю",  u"ия",   u"ья",  u"я"};
const Endings kSuperlative = {u"ейш", u"ейше"};
const Endings kDerivational = {u"ост", u"ость"};

bool isVowel(QChar c)
{
    switch (c.unicode()) {
    case u'а':
    case u'е':
    case u'и':
    case u'о':
    case u'у':
    case u'ы':
    case u'э':
    case u'ю':
    case u'я':
        return true;
    default:
        return false;
    }
}

// The stem being cut: the word, its current end, and the start of the region the endings must lie in.
struct Cut
{
    QStringView word;
    qsizetype end;
    qsizetype limit;

    // Compared from the last letter, which rejects most endings at once: this runs for every Russian word.
    bool endsWith(std::u16string_view suffix) const
    {
        const qsizetype n = qsizetype(suffix.size());
        if (n > end - limit)
            return false;
        for (qsizetype i = 1; i <= n; ++i) {
            if (word[end - i].unicode() != suffix[std::size_t(n - i)])
                return false;
        }
        return true;
    }

    // Length of the longest ending of the list at the end (within the region), 0 for none.
    qsizetype longest(const Endings &endings) const
    {
        qsizetype best = 0;
        for (const std::u16string_view e : endings) {
            const qsizetype n = qsizetype(e.size());
            if (n > best && endsWith(e))
                best = n;
        }
        return best;
    }

    bool precededByAOrYa(qsizetype n) const
    {
        const qsizetype at = end - n - 1;
        return at >= limit && (word[at] == u'а' || word[at] == u'я');
    }

    // Removes the longest ending of group 1 (after а/я) or group 2; Snowball fails when the longest is a
    // group 1 ending that lacks its а/я, rather than trying a shorter one.
    bool removeGrouped(const Endings &group1, const Endings &group2)
    {
        const qsizetype n1 = longest(group1);
        const qsizetype n2 = longest(group2);
        if (n2 >= n1 && n2 > 0) {
            end -= n2;
            return true;
        }
        if (n1 > 0 && precededByAOrYa(n1)) {
            end -= n1;
            return true;
        }
        return false;
    }

    bool remove(const Endings &endings)
    {
        const qsizetype n = longest(endings);
        end -= n;
        return n > 0;
    }
};

// Start of the region after the first non-vowel that follows a vowel, searching from `from` (R1, and R2 from
// R1).
qsizetype regionAfter(QStringView word, qsizetype from)
{
    qsizetype i = from;
    while (i < word.size() && !isVowel(word[i]))
        ++i;
    while (i < word.size() && isVowel(word[i]))
        ++i;
    return i < word.size() ? i + 1 : word.size();
}

} // namespace

qsizetype russianStemLength(QStringView word)
{
    qsizetype rv = 0;
    while (rv < word.size() && !isVowel(word[rv]))
        ++rv;
    if (rv >= word.size())
        return word.size(); // no vowel: nothing to strip
    ++rv;
    const qsizetype r2 = regionAfter(word, regionAfter(word, 0));

    Cut cut{word, word.size(), rv};
    // Step 1.
    if (!cut.removeGrouped(kGerund1, kGerund2)) {
        cut.remove(kReflexive);
        if (cut.remove(kAdjective)) {
            cut.removeGrouped(kParticiple1, kParticiple2);
        } else if (!cut.removeGrouped(kVerb1, kVerb2)) {
            cut.remove(kNoun);
        }
    }
    // Step 2.
    if (cut.endsWith(u"и"))
        --cut.end;
    // Step 3: a derivational ending only counts inside R2.
    {
        Cut inR2{word, cut.end, qMax(r2, rv)};
        if (inR2.remove(kDerivational))
            cut.end = inR2.end;
    }
    // Step 4.
    const qsizetype superlative = cut.longest(kSuperlative);
    if (superlative > 0) {
        cut.end -= superlative;
        if (cut.endsWith(u"нн"))
            --cut.end;
    } else if (cut.endsWith(u"нн")) {
        --cut.end;
    } else if (cut.endsWith(u"ь")) {
        --cut.end;
    }
    return cut.end;
}

} // namespace inbox
