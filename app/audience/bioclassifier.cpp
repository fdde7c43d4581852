#include "audience/bioclassifier.h"

#include "audience/normalizer.h"

namespace audience {

namespace {

constexpr qsizetype MaxBio = 400; // X allows 160 characters; a longer text is not a bio

QString foldedString(QStringView s)
{
    const std::u16string f = Normalizer::folded(s);
    return QString(reinterpret_cast<const QChar *>(f.data()), qsizetype(f.size()));
}

} // namespace

QString kindId(BioKind kind)
{
    switch (kind) {
    case BioKind::Other:
        return QStringLiteral("other");
    case BioKind::Business:
        return QStringLiteral("business");
    case BioKind::LocalAuthority:
        return QStringLiteral("local_authority");
    case BioKind::Journalist:
        return QStringLiteral("journalist");
    case BioKind::ForeignCorrespondent:
        return QStringLiteral("foreign_correspondent");
    case BioKind::Diplomat:
        return QStringLiteral("diplomat");
    case BioKind::Mp:
        return QStringLiteral("mp");
    case BioKind::Mep:
        return QStringLiteral("mep");
    }
    Q_UNREACHABLE();
}

QString interestId(Interest interest)
{
    switch (interest) {
    case Interest::Business:
        return QStringLiteral("business");
    case Interest::News:
        return QStringLiteral("news");
    case Interest::Politics:
        return QStringLiteral("politics");
    case Interest::Culture:
        return QStringLiteral("culture");
    case Interest::Sport:
        return QStringLiteral("sport");
    case Interest::Science:
        return QStringLiteral("science");
    case Interest::Travel:
        return QStringLiteral("travel");
    case Interest::Education:
        return QStringLiteral("education");
    }
    Q_UNREACHABLE();
}

QStringList interestIds(quint8 interests)
{
    QStringList ids;
    for (int i = 0; i < InterestCount; ++i) {
        if (interests & (1u << i))
            ids.append(interestId(Interest(i)));
    }
    return ids;
}

BioClassifier::BioClassifier()
{
    for (const BioRule &r : bioRules()) {
        CompiledRule c{{}, r.kind, r.weakKind, r.interests};
        for (const QStringView w : r.pattern.split(u' ', Qt::SkipEmptyParts)) {
            if (w.startsWith(u'=') || w == u"*")
                c.words.push_back(w.toString());
            else if (w.endsWith(u'*'))
                c.words.push_back(foldedString(w.chopped(1)) + QLatin1Char('*'));
            else
                c.words.push_back(foldedString(w));
        }
        // A folded phrase may hold more words than written ("chargé d'affaires" stays two, "co-founder" two).
        std::vector<QString> split;
        for (const QString &w : c.words) {
            for (const QString &part : w.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                split.push_back(part);
        }
        c.words = std::move(split);
        const auto index = quint32(m_rules.size());
        const QString &first = c.words.front();
        if (first.startsWith(QLatin1Char('='))) {
            m_byOriginal[first.mid(1)].push_back(index);
        } else if (first.endsWith(QLatin1Char('*'))) {
            m_byPrefix[first.chopped(1)].push_back(index);
            m_longestStem = std::max(m_longestStem, first.size() - 1);
        } else {
            m_byWord[first].push_back(index);
        }
        m_rules.push_back(std::move(c));
    }
}

bool BioClassifier::wordMatches(const QString &pattern, const Word &word)
{
    if (pattern == QLatin1String("*"))
        return true;
    if (pattern.startsWith(QLatin1Char('=')))
        return QStringView(pattern).mid(1) == word.original;
    if (pattern.endsWith(QLatin1Char('*')))
        return word.folded.startsWith(QStringView(pattern).chopped(1));
    return pattern == word.folded;
}

void BioClassifier::tryRules(const std::vector<quint32> &rules, const std::vector<Word> &words,
                             std::size_t at, BioCategories &strong, BioKind &weak) const
{
    for (const quint32 index : rules) {
        const CompiledRule &rule = m_rules[index];
        if (at + rule.words.size() > words.size())
            continue;
        bool match = true;
        for (std::size_t k = 1; k < rule.words.size() && match; ++k)
            match = wordMatches(rule.words[k], words[at + k]);
        if (!match)
            continue;
        strong.interests |= rule.interests;
        BioKind &target = rule.weakKind ? weak : strong.kind;
        target = std::max(target, rule.kind);
    }
}

BioCategories BioClassifier::classify(QStringView bio) const
{
    bio = bio.left(MaxBio);
    // Words: runs of letters and digits as written, each with its folded form.
    std::vector<Word> words;
    qsizetype begin = -1;
    auto flush = [&](qsizetype end) {
        if (begin >= 0 && end > begin) {
            const QStringView original = bio.sliced(begin, end - begin);
            words.push_back({foldedString(original), original});
        }
        begin = -1;
    };
    for (qsizetype i = 0; i < bio.size(); ++i) {
        const QChar c = bio[i];
        // Marks and apostrophes stay inside a word ("d'affaires" folds to "daffaires", as the patterns do).
        const bool apostrophe = c == u'\'' || c == QChar(0x2019);
        const bool inWord = c.isLetterOrNumber() || ((c.isMark() || apostrophe) && begin >= 0);
        if (inWord && begin < 0)
            begin = i;
        else if (!inWord)
            flush(i);
    }
    flush(bio.size());

    BioCategories result;
    BioKind weak = BioKind::Other;
    for (std::size_t at = 0; at < words.size(); ++at) {
        const Word &w = words[at];
        if (const auto it = m_byWord.constFind(w.folded); it != m_byWord.constEnd())
            tryRules(*it, words, at, result, weak);
        if (!m_byOriginal.isEmpty() && w.original.front().isUpper()) {
            if (const auto it = m_byOriginal.constFind(w.original.toString()); it != m_byOriginal.constEnd())
                tryRules(*it, words, at, result, weak);
        }
        for (qsizetype len = std::min(w.folded.size(), m_longestStem); len >= 2; --len) {
            const auto it = m_byPrefix.constFind(w.folded.left(len));
            if (it != m_byPrefix.constEnd())
                tryRules(*it, words, at, result, weak);
        }
    }
    if (result.kind == BioKind::Other)
        result.kind = weak;
    return result;
}

} // namespace audience
