#pragma once

#include <QStringView>
#include <QtGlobal>
#include <span>

namespace audience {

// Kinds of follower read from a public bio, in rising precedence: when a bio matches several, the highest
// wins
// ("MP, former journalist" is an MP; "Moscow correspondent" beats "journalist").
enum class BioKind : quint8 {
    Other,
    Business,
    LocalAuthority,
    Journalist,
    ForeignCorrespondent,
    Diplomat,
    Mp,
    Mep
};

// Topics a bio shows interest in; a bio may show several.
enum class Interest : quint8 { Business, News, Politics, Culture, Sport, Science, Travel, Education };
constexpr int InterestCount = 8;

// One keyword rule. pattern: words separated by spaces, compared with the folded words of the bio (lower
// case, no diacritics, ё = е); "word*" matches any word that starts with "word" (Russian endings:
// "журналист*"); "=MP" matches the word exactly as written (acronyms that are ordinary words in lower case).
struct BioRule
{
    QStringView pattern;
    BioKind kind = BioKind::Other; // Other: the rule says nothing about the kind
    bool weakKind = false; // counts only when no other rule gives a kind ("депутат" alone, "editor")
    quint8 interests = 0;  // bit (1 << Interest)
};

// The English and Russian rules (biorules.cpp).
std::span<const BioRule> bioRules();

constexpr quint8 bit(Interest i)
{
    return quint8(1u << quint8(i));
}

} // namespace audience
