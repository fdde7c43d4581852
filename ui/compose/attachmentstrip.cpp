#include "compose/attachmentstrip.h"

#include "compose/attachmentmodel.h"
#include "compose/mediarules.h"
#include "compose/postdraft.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace ui {

AttachmentStrip::AttachmentStrip(compose::PostDraft &draft, int index, QWidget *parent)
    : QWidget(parent), m_draft(draft), m_index(index), m_model(new AttachmentModel(this)), m_view(new QListView),
      m_attach(new QPushButton(tr("Attach image…"))), m_remove(new QPushButton(tr("Remove"))),
      m_problem(new QLabel)
{
    setObjectName(QStringLiteral("attachments"));
    setAcceptDrops(true);
    m_view->setObjectName(QStringLiteral("attachmentList"));
    m_view->setModel(m_model);
    m_view->setViewMode(QListView::IconMode);
    m_view->setFlow(QListView::LeftToRight);
    m_view->setWrapping(false);
    m_view->setMovement(QListView::Static);
    m_view->setIconSize(QSize(AttachmentModel::kThumbnail, AttachmentModel::kThumbnail));
    m_view->setGridSize(QSize(AttachmentModel::kThumbnail + 60, AttachmentModel::kThumbnail + 46));
    m_view->setFixedHeight(AttachmentModel::kThumbnail + 54);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAccessibleName(tr("Attached images"));
    m_view->installEventFilter(this);
    m_attach->setObjectName(QStringLiteral("attachImage"));
    m_attach->setToolTip(tr("Attach pictures to this variant (or drop image files on the text)"));
    m_remove->setObjectName(QStringLiteral("removeAttachment"));
    m_problem->setObjectName(QStringLiteral("attachmentProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    connect(m_attach, &QPushButton::clicked, this, &AttachmentStrip::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentStrip::removeSelected);
    connect(&m_draft, &compose::PostDraft::attachmentsChanged, this, [this](int i) {
        if (i == m_index)
            refresh();
    });
    connect(&m_draft, &compose::PostDraft::created, this, &AttachmentStrip::refresh);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_attach);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_view, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    refresh();
}

void AttachmentStrip::refresh()
{
    const auto list = m_draft.attachments(m_index);
    QStringList problems;
    QString overall;
    m_draft.mediaProblems(m_index, &problems, &overall);
    m_model->setAttachments(list, problems);
    const bool any = !list.isEmpty();
    m_view->setVisible(any);
    m_remove->setVisible(any);
    // Each picture's own problem is on it (red, on hover); listed here too so nothing needs hovering.
    QStringList lines;
    if (!overall.isEmpty())
        lines << overall;
    for (int i = 0; i < problems.size(); ++i) {
        if (!problems[i].isEmpty())
            lines << tr("Picture %1: %2").arg(i + 1).arg(problems[i]);
    }
    m_problem->setText(lines.join(QLatin1Char('\n')));
    m_problem->setVisible(!lines.isEmpty());
    m_attach->setEnabled(m_draft.isEditable(m_index));
    m_remove->setEnabled(m_draft.isEditable(m_index));
}

int AttachmentStrip::attachFiles(const QStringList &paths)
{
    int taken = 0;
    QStringList refused;
    for (const QString &path : paths) {
        const auto id = m_draft.attach(m_index, path);
        if (id)
            ++taken;
        else
            refused << id.error().message;
    }
    if (!refused.isEmpty())
        emit message(refused.join(QLatin1Char(' ')));
    refresh();
    return taken;
}

void AttachmentStrip::removeSelected()
{
    const auto selected = m_view->selectionModel()->selectedIndexes();
    QList<qint64> ids;
    for (const QModelIndex &i : selected)
        ids << i.data(AttachmentModel::AttachmentIdRole).toLongLong();
    for (qint64 id : std::as_const(ids)) {
        if (const store::Status s = m_draft.detach(m_index, id); !s)
            emit message(s.error().message);
    }
    refresh();
}

void AttachmentStrip::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Attach images"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Images (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff)"));
    if (!files.isEmpty())
        attachFiles(files);
}

QStringList AttachmentStrip::filesIn(const QMimeData *data)
{
    QStringList files;
    if (!data || !data->hasUrls())
        return files;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    return files;
}

void AttachmentStrip::dragEnterEvent(QDragEnterEvent *event)
{
    if (!filesIn(event->mimeData()).isEmpty() && m_draft.isEditable(m_index))
        event->acceptProposedAction();
}

void AttachmentStrip::dropEvent(QDropEvent *event)
{
    const QStringList files = filesIn(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    attachFiles(files);
}

bool AttachmentStrip::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            removeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ui
