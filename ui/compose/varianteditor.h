#pragma once

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTextDocument;
class QToolButton;

namespace compose {
class PostDraft;
}

namespace ui {

class AttachmentStrip;
class EntityHighlighter;
class SpellDictionaries;
class VariantPreview;

// The editor of one variant in the composer: labelled with its account and language, the text (its own
// QTextDocument, kept by the composer so undo survives), a live counter with the platform's exact rule, copy
// from another variant, the "adapted" mark, the spelling dictionary, a preview card and, on X, the thread split:
// an over-long X variant can be published as a thread, and then shows its numbered parts ("1/3 …").
class VariantEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VariantEditor)
public:
    VariantEditor(compose::PostDraft &draft, int index, QTextDocument *document, SpellDictionaries &dictionaries,
                  QWidget *parent = nullptr);

    int index() const { return m_index; }
    qint64 accountId() const;
    QPlainTextEdit *textEdit() const { return m_edit; }
    QLabel *counter() const { return m_counter; }
    QCheckBox *asThreadBox() const { return m_asThread; }
    QLabel *threadSummary() const { return m_parts; }
    AttachmentStrip *attachments() const { return m_attachments; }
    bool isAdapted() const;
    void setAdapted(bool adapted);
    // The editor's context menu at a point of the text: suggestions first when the word there is misspelt.
    std::unique_ptr<QMenu> contextMenuAt(const QPoint &pos);
    // Refreshes the header (state, copy menu) after the draft changed around it.
    void refresh();

signals:
    void adaptedChanged(bool adapted);
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCount();
    void updateState();
    void takeText();
    void showContextMenu(const QPoint &pos);
    void chooseDictionary();
    void showThread();
    void fillCopyMenu();

    compose::PostDraft &m_draft;
    int m_index;
    QTextDocument *m_document;
    SpellDictionaries &m_dictionaries;
    EntityHighlighter *m_highlighter;
    bool m_updating = false;
    QLabel *m_state;
    QToolButton *m_copy;
    QCheckBox *m_adapted;
    QComboBox *m_dictionary;
    QLabel *m_spellStatus;
    QToolButton *m_preview;
    QStackedWidget *m_stack;
    QPlainTextEdit *m_edit;
    VariantPreview *m_card;
    QLabel *m_counter;
    QPushButton *m_split;
    QCheckBox *m_asThread;
    QLabel *m_parts;
    AttachmentStrip *m_attachments;
};

} // namespace ui
