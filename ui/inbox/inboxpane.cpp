#include "inbox/inboxpane.h"

#include "common/accountlistmodel.h"
#include "inbox/mentiontablemodel.h"
#include "workspace/workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ui {

InboxPane::InboxPane(workspace::Workspace &workspace, const AccountListModel &accounts, QWidget *parent)
    : QWidget(parent),
      m_model(new MentionTableModel(workspace.mentions(), accounts, TimeFormat(workspace.timeZone()), this)),
      m_count(new QLabel), m_view(new QTableView), m_details(new QTextBrowser)
{
    auto *title = new QLabel(tr("Inbox"));
    title->setObjectName(QStringLiteral("paneTitle"));
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(m_count);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(MentionTableModel::TextColumn, QHeaderView::Stretch);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &InboxPane::showSelection);
    connect(m_model, &MentionTableModel::readFailed, this, &InboxPane::statusMessage);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &InboxPane::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InboxPane::updateCount);

    m_details->setPlaceholderText(tr("Select an item to read it in full."));
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);
    reload();
}

void InboxPane::reload()
{
    m_model->reload();
    // Like a mail client: the newest item is open, so reading can start at once.
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, MentionTableModel::TextColumn));
}

void InboxPane::updateCount()
{
    m_count->setText(tr("%1 items").arg(QLocale().toString(m_model->totalCount())));
}

void InboxPane::showSelection()
{
    const domain::Mention *m = m_model->mention(m_view->currentIndex());
    if (!m) {
        m_details->clear();
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(m->authorName.toHtmlEscaped(),
                            QString(m->authorHandle + (m->authorVerified ? tr(" · verified") : QString()) +
                                    tr(" · %1 followers").arg(QLocale().toString(m->authorFollowers)))
                                .toHtmlEscaped());
    if (!m->authorBio.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(m->authorBio.toHtmlEscaped());
    html +=
        QStringLiteral("<blockquote style='font-size:large'>%1</blockquote>").arg(m->text.toHtmlEscaped());
    html += QStringLiteral("<p>%1 · %2</p>")
                .arg(domain::stanceDisplayName(m->stance).toHtmlEscaped(),
                     domain::mentionStatusDisplayName(m->status).toHtmlEscaped());
    m_details->setHtml(html);
}

} // namespace ui
