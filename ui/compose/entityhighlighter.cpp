#include "compose/entityhighlighter.h"

#include "compose/spellchecker.h"
#include "text/entityextractor.h"

#include <QTextBoundaryFinder>
#include <QTextDocument>

namespace ui {

namespace {
struct Word
{
    int start;
    int length;
};

// Words worth checking: letters only (no digits, no sigils), at least two of them.
QList<Word> words(const QString &text)
{
    QList<Word> result;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    int start = -1;
    while (finder.position() < text.size()) {
        const auto reasons = finder.boundaryReasons();
        if (reasons & QTextBoundaryFinder::StartOfItem)
            start = int(finder.position());
        if (finder.toNextBoundary() < 0)
            break;
        const int end = int(finder.position());
        if (start >= 0 && (finder.boundaryReasons() & QTextBoundaryFinder::EndOfItem)) {
            const QStringView w = QStringView(text).mid(start, end - start);
            const bool letters = w.size() > 1 && std::all_of(w.begin(), w.end(), [](QChar c) {
                                     return c.isLetter() || c.isMark() || c == QLatin1Char('\'') ||
                                            c == QChar(0x2019) || c == QLatin1Char('-');
                                 });
            // CJK has no spaces between words: Hunspell has nothing to say about it.
            const bool cjk = std::any_of(w.begin(), w.end(), [](QChar c) { return c.unicode() >= 0x2E80; });
            if (letters && !cjk)
                result.append({start, end - start});
            start = -1;
        }
    }
    return result;
}
} // namespace

EntityHighlighter::EntityHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) {}

void EntityHighlighter::setOverflowFrom(int index)
{
    if (index == m_overflowFrom)
        return;
    m_overflowFrom = index;
    rehighlight();
}

void EntityHighlighter::setSpellChecker(SpellChecker *checker)
{
    if (checker == m_spell)
        return;
    m_spell = checker;
    rehighlight();
}

const text::Entities &EntityHighlighter::entities()
{
    const QString text = document()->toPlainText();
    if (text != m_cachedText) {
        m_cachedText = text;
        m_entities = text::EntityExtractor::all(text);
    }
    return m_entities;
}

bool EntityHighlighter::insideEntity(const text::Entities &entities, int start, int end)
{
    for (const auto &e : entities) {
        if (start < e.end && end > e.start)
            return true;
    }
    return false;
}

void EntityHighlighter::highlightBlock(const QString &text)
{
    const int offset = currentBlock().position();
    const int blockEnd = offset + int(text.size());

    const text::Entities &all = entities();
    for (const auto &e : all) {
        if (e.end <= offset || e.start >= blockEnd)
            continue;
        QTextCharFormat f;
        f.setForeground(QColor(0x1d, 0x6f, 0xd1));
        if (e.type == text::Entity::Type::Url)
            f.setFontUnderline(true);
        const int from = std::max<int>(int(e.start), offset) - offset;
        const int to = std::min<int>(int(e.end), blockEnd) - offset;
        setFormat(from, to - from, f);
    }

    if (m_spell && m_spell->isValid()) {
        for (const Word &w : words(text)) {
            if (insideEntity(all, offset + w.start, offset + w.start + w.length))
                continue;
            if (m_spell->isCorrect(text.mid(w.start, w.length)))
                continue;
            QTextCharFormat f = format(w.start);
            f.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
            f.setUnderlineColor(QColor(0xd0, 0x21, 0x21));
            setFormat(w.start, w.length, f);
        }
    }

    if (m_overflowFrom >= 0 && m_overflowFrom < blockEnd) {
        const int from = std::max(m_overflowFrom, offset) - offset;
        for (int i = from; i < text.size(); ++i) {
            QTextCharFormat f = format(i);
            f.setBackground(QColor(0xf8, 0xd0, 0xd0));
            f.setForeground(QColor(0x8a, 0x10, 0x10));
            setFormat(i, 1, f);
        }
    }
}

bool EntityHighlighter::misspeltAt(int position, int *start, int *length) const
{
    if (!m_spell || !m_spell->isValid())
        return false;
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid())
        return false;
    const QString text = block.text();
    const int inBlock = position - block.position();
    for (const Word &w : words(text)) {
        if (inBlock >= w.start && inBlock <= w.start + w.length) {
            if (m_spell->isCorrect(text.mid(w.start, w.length)))
                return false;
            *start = block.position() + w.start;
            *length = w.length;
            return true;
        }
    }
    return false;
}

} // namespace ui
