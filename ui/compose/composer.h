#pragma once

#include "domain/account.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSplitter;
class QTextDocument;

namespace compose {
class PostDraft;
}
namespace workspace {
class Workspace;
}

namespace ui {

class SpellDictionaries;
class VariantEditor;

// The message editor: pick the target accounts of a new post, then write one variant per account with the
// English, Russian and Chinese variants side by side. Binds to compose::PostDraft, which stores the post on the
// first keystroke and autosaves it; this widget only shows it. Each variant keeps its own QTextDocument for as
// long as the composer lives, so undo survives switching between variants and posts.
class Composer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Composer)
public:
    Composer(workspace::Workspace &workspace, QWidget *parent = nullptr);
    ~Composer() override;

    // A new post: the accounts list is shown, nothing is stored until the first keystroke.
    void startNew();
    // An existing post (its variants' texts, editable where the workflow allows). False if it cannot be read.
    bool openPost(qint64 postId);
    // The variants' workflow states changed elsewhere (the workflow bar): show them.
    void refreshStates();
    // Writes what autosave has not written yet.
    void flush();
    qint64 postId() const;
    compose::PostDraft &draft() { return *m_draft; }
    QList<VariantEditor *> editors() const { return m_editors; }

signals:
    void postCreated(qint64 postId);
    void postRenamed(qint64 postId);
    void targetsEdited(qint64 postId); // an account added to or taken off a stored post
    void variantMoved(qint64 variantId); // the store moved it (edited after approval: back to review)
    void statusMessage(const QString &message);
    void done();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void rebuildEditors();
    void targetsChanged();
    void showStoredTargets();
    void changeStoredTargets();
    void updateIdentical();
    void updateSaved();
    QTextDocument *documentFor(int index);
    QString adaptedKey(qint64 variantId) const;

    workspace::Workspace &m_workspace;
    compose::PostDraft *m_draft;
    SpellDictionaries *m_dictionaries;
    QList<domain::Account> m_accounts;
    QHash<qint64, QTextDocument *> m_documents;   // by variant id, kept alive for undo
    QHash<qint64, QTextDocument *> m_newDocuments; // by account id, before the post is stored
    QList<VariantEditor *> m_editors;
    QLabel *m_heading;
    QLineEdit *m_title;
    QLabel *m_saved;
    QWidget *m_targetsBox;
    QListWidget *m_targets;
    QLabel *m_targetsNote;
    QSplitter *m_columns;
    QLabel *m_empty;
    QLabel *m_identical;
};

} // namespace ui
