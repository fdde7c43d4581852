#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QMimeData;

namespace compose {
class PostDraft;
}

namespace ui {

class AttachmentModel;

// The pictures of one variant under its text: thumbnails with each one's problem for the platform, "Attach
// image…" (a file dialog), files dropped on it or on the text, and removal (button or Delete).
class AttachmentStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentStrip)
public:
    AttachmentStrip(compose::PostDraft &draft, int index, QWidget *parent = nullptr);

    // Attaches these files; answers how many were taken (the others' reasons go to the status line).
    int attachFiles(const QStringList &paths);
    void removeSelected();
    void refresh();
    // Local image files in a drop (or nothing).
    static QStringList filesIn(const QMimeData *data);
    AttachmentModel *model() const { return m_model; }
    QLabel *problemLabel() const { return m_problem; }
    QListView *view() const { return m_view; }

signals:
    void message(const QString &text);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseFiles();

    compose::PostDraft &m_draft;
    int m_index;
    AttachmentModel *m_model;
    QListView *m_view;
    QPushButton *m_attach;
    QPushButton *m_remove;
    QLabel *m_problem;
};

} // namespace ui
