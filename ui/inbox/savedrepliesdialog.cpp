#include "inbox/savedrepliesdialog.h"

#include "inbox/replytemplate.h"
#include "inbox/savedreplymodel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

SavedRepliesDialog::SavedRepliesDialog(SavedReplyModel &model, QString actor, QWidget *parent)
    : QDialog(parent), m_model(model), m_actor(std::move(actor)), m_list(new QListView), m_title(new QLineEdit),
      m_english(new QPlainTextEdit), m_russian(new QPlainTextEdit), m_save(new QPushButton(tr("Save"))),
      m_delete(new QPushButton(tr("Delete"))), m_problem(new QLabel)
{
    setWindowTitle(tr("Saved replies"));
    m_list->setObjectName(QStringLiteral("savedReplyList"));
    m_list->setModel(&m_model);
    m_title->setPlaceholderText(tr("For example: Thanks for the question"));
    m_english->setPlaceholderText(tr("The reply in English…"));
    m_russian->setPlaceholderText(tr("The reply in Russian…"));
    auto *hint = new QLabel(tr("Placeholders, filled in for each item: %1")
                                .arg(ReplyTemplate::placeholders().join(QStringLiteral(", "))));
    hint->setObjectName(QStringLiteral("hint"));
    hint->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *add = new QPushButton(tr("New"));
    connect(add, &QPushButton::clicked, this, &SavedRepliesDialog::addNew);
    connect(m_save, &QPushButton::clicked, this, &SavedRepliesDialog::save);
    connect(m_delete, &QPushButton::clicked, this, &SavedRepliesDialog::removeCurrent);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &SavedRepliesDialog::showCurrent);

    auto *form = new QFormLayout;
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("English:"), m_english);
    form->addRow(tr("Russian:"), m_russian);
    form->addRow(QString(), hint);
    form->addRow(QString(), m_problem);
    auto *edits = new QHBoxLayout;
    edits->addWidget(add);
    edits->addStretch();
    edits->addWidget(m_delete);
    edits->addWidget(m_save);
    auto *right = new QVBoxLayout;
    right->addLayout(form, 1);
    right->addLayout(edits);
    auto *body = new QHBoxLayout;
    body->addWidget(m_list, 1);
    body->addLayout(right, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    resize(760, 460);

    if (const QString failure = m_model.reload(); !failure.isEmpty()) {
        m_problem->setText(failure);
        m_problem->show();
    }
    if (m_model.rowCount() > 0)
        m_list->setCurrentIndex(m_model.index(0));
    else
        addNew();
}

void SavedRepliesDialog::showCurrent()
{
    const store::SavedReply *r = m_model.reply(m_list->currentIndex().row());
    m_editing = r ? r->id : 0;
    m_title->setText(r ? r->title : QString());
    m_english->setPlainText(r ? r->textEn : QString());
    m_russian->setPlainText(r ? r->textRu : QString());
    m_delete->setEnabled(r != nullptr);
    m_problem->hide();
}

void SavedRepliesDialog::addNew()
{
    m_list->clearSelection();
    m_list->setCurrentIndex({});
    m_editing = 0;
    m_title->clear();
    m_english->clear();
    m_russian->clear();
    m_delete->setEnabled(false);
    m_title->setFocus();
}

bool SavedRepliesDialog::save()
{
    store::SavedReply r;
    r.id = m_editing;
    r.title = m_title->text();
    r.textEn = m_english->toPlainText();
    r.textRu = m_russian->toPlainText();
    r.updatedBy = m_actor;
    QString failure;
    if (r.id == 0) {
        if (const auto id = m_model.repository().add(r))
            r.id = *id;
        else
            failure = id.error().message;
    } else if (const auto done = m_model.repository().update(r); !done) {
        failure = done.error().message;
    }
    if (!failure.isEmpty()) {
        m_problem->setText(failure);
        m_problem->show();
        return false;
    }
    m_model.reload();
    select(r.id);
    return true;
}

bool SavedRepliesDialog::removeCurrent()
{
    if (m_editing == 0)
        return false;
    if (isVisible() &&
        QMessageBox::question(this, windowTitle(), tr("Delete the saved reply “%1” for everyone?").arg(m_title->text())) !=
            QMessageBox::Yes)
        return false;
    if (const auto done = m_model.repository().remove(m_editing); !done) {
        m_problem->setText(done.error().message);
        m_problem->show();
        return false;
    }
    m_model.reload();
    if (m_model.rowCount() > 0)
        m_list->setCurrentIndex(m_model.index(0));
    else
        addNew();
    return true;
}

void SavedRepliesDialog::select(qint64 id)
{
    const int row = m_model.rowOf(id);
    if (row >= 0)
        m_list->setCurrentIndex(m_model.index(row));
}

} // namespace ui
