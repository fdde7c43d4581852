#pragma once

#include <QSyntaxHighlighter>

#include "text/entity.h"

namespace ui {

class SpellChecker;

// Paints one variant's text as the composer shows it: @mentions, #hashtags and links in colour (twitter-text's
// ranges), whatever passes the platform's limit on a red background (from the counter's validRangeEnd), and
// misspelt words with a red wavy underline.
class EntityHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityHighlighter)
public:
    explicit EntityHighlighter(QTextDocument *document);

    // Text from this UTF-16 index on is over the limit (-1: nothing is).
    void setOverflowFrom(int index);
    int overflowFrom() const { return m_overflowFrom; }
    // nullptr: no spell checking.
    void setSpellChecker(SpellChecker *checker);
    SpellChecker *spellChecker() const { return m_spell; }

    // Whether the word at this document position is underlined as misspelt; its range in `start`/`length`.
    bool misspeltAt(int position, int *start, int *length) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    const text::Entities &entities();
    static bool insideEntity(const text::Entities &entities, int start, int end);

    int m_overflowFrom = -1;
    SpellChecker *m_spell = nullptr;
    QString m_cachedText;
    text::Entities m_entities;
};

} // namespace ui
