#include "audience/importissuesdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace ui {

ImportIssuesDialog::ImportIssuesDialog(const QString &fileName, const QStringList &issues, qint64 issueCount,
                                       QWidget *parent)
    : QDialog(parent), m_fileName(fileName), m_model(new QStringListModel(issues, this))
{
    setWindowTitle(tr("Import refused"));
    auto *summary = new QLabel(tr("Nothing was imported from “%1”: %n line(s) cannot be read. Correct them and "
                                  "import the file again.",
                                  nullptr, int(std::min<qint64>(issueCount, 1000000000)))
                                   .arg(QFileInfo(fileName).fileName()));
    summary->setWordWrap(true);
    auto *list = new QListView;
    list->setModel(m_model);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    list->setUniformItemSizes(true);
    auto *more = new QLabel;
    if (issueCount > issues.size()) {
        more->setText(tr("Only the first %1 are listed.").arg(issues.size()));
        more->setObjectName(QStringLiteral("hint"));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *copy = buttons->addButton(tr("Copy all"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(copyText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(list, 1);
    layout->addWidget(more);
    layout->addWidget(buttons);
    resize(620, 420);
}

QStringList ImportIssuesDialog::issues() const
{
    return m_model->stringList();
}

QString ImportIssuesDialog::copyText() const
{
    return m_fileName + QLatin1Char('\n') + m_model->stringList().join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace ui
