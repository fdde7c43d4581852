#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace ui {

class SavedReplyModel;

// Manages the workspace's saved replies: each one a title and the same answer in English and in Russian, with
// placeholders. Changes are stored as soon as "Save" (or "Delete") is pressed, for the whole team.
class SavedRepliesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedRepliesDialog)
public:
    SavedRepliesDialog(SavedReplyModel &model, QString actor, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *englishEdit() const { return m_english; }
    QPlainTextEdit *russianEdit() const { return m_russian; }
    // The steps behind the buttons (also for tests): a new empty reply, store the edited one, delete it.
    void addNew();
    bool save();
    bool removeCurrent();

private:
    void showCurrent();
    void select(qint64 id);

    SavedReplyModel &m_model;
    QString m_actor;
    QListView *m_list;
    QLineEdit *m_title;
    QPlainTextEdit *m_english;
    QPlainTextEdit *m_russian;
    QPushButton *m_save;
    QPushButton *m_delete;
    QLabel *m_problem;
    qint64 m_editing = 0; // 0: a new one, not stored yet
};

} // namespace ui
