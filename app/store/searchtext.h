#pragma once

#include <QString>
#include <QStringView>

namespace store {

// The form in which mentions are indexed for full-text search and in which queries are matched, the same on
// SQLite (FTS5) and PostgreSQL (tsvector 'simple'): case folded; accents and other marks removed (é = e,
// ё = е; й stays й, a letter of its own in Russian); compatibility forms unfolded (ｆｕｌｌ = full);
// punctuation turned into spaces; each Chinese/Japanese/Korean character a word of its own, because those
// scripts put no spaces between words — a query then matches them as a phrase of consecutive characters.
QString searchText(QStringView text);

// The user's query as an FTS5 MATCH expression: every word as a word prefix ("sanction" finds "sanctions"),
// every run of CJK characters as a phrase, all required. Empty when the query has nothing to search for.
QString fts5Query(QStringView query);
// The same as a PostgreSQL to_tsquery('simple', …) text.
QString tsQuery(QStringView query);

} // namespace store
