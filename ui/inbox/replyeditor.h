#pragma once

#include "domain/account.h"
#include "domain/mention.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace workspace {
class Workspace;
}

namespace ui {

class SavedReplyModel;

// The reply to one inbox item: which of our accounts answers, the author and the item quoted, the text with the
// composer's live counter for that platform, and saved replies (English or Russian, placeholders filled in).
// "Send" stores it as a post answering the item and moves it on (to the publisher, or to review when the
// workspace requires it). Where X forbids the reply, the editor says so and offers the browser instead.
class ReplyEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplyEditor)
public:
    ReplyEditor(workspace::Workspace &workspace, SavedReplyModel &savedReplies, domain::Mention mention,
                domain::Account account, QWidget *parent = nullptr);

    QPlainTextEdit *textEdit() const { return m_text; }
    QComboBox *savedReplies() const { return m_saved; }
    QPushButton *sendButton() const { return m_send; }
    // Why the platform forbids this reply (empty when it is allowed).
    QString refusal() const { return m_refusal; }
    // Puts a saved reply's text (row of the model), in the item's language (Russian for Russian, else English),
    // with its placeholders filled, into the editor.
    void applySavedReply(int row);
    // Offers again a reply the platform refused: its text in the editor, and the platform's reason above it.
    void showFailedReply(const QString &text, const QString &reason);
    // Stores the reply and closes; false (and says why) when it could not be stored.
    bool send();
    qint64 sentVariantId() const { return m_sentVariant; }

signals:
    void sent(qint64 mentionId, qint64 variantId, bool inReview);

private:
    void updateCount();
    void openInBrowser();

    workspace::Workspace &m_workspace;
    SavedReplyModel &m_savedModel;
    domain::Mention m_mention;
    domain::Account m_account;
    QString m_refusal;
    QComboBox *m_saved;
    QComboBox *m_language;
    QPlainTextEdit *m_text;
    QLabel *m_counter;
    QLabel *m_problem;
    QLabel *m_failed;
    QPushButton *m_send;
    qint64 m_sentVariant = 0;
};

} // namespace ui
