#include "inbox/inboxpane.h"

#include "common/accountlistmodel.h"
#include "inbox/classifier.h"
#include "inbox/mentiontablemodel.h"
#include "inbox/stormcheck.h"
#include "inbox/sync.h"
#include "workspace/connections.h"
#include "workspace/session.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace ui {

namespace {
constexpr int kAutoSyncMs = 2 * 60 * 1000;
}

InboxPane::InboxPane(workspace::Session &session, const AccountListModel &accounts, QWidget *parent)
    : QWidget(parent), m_session(session),
      m_model(new MentionTableModel(session.workspace().mentions(), accounts,
                                    TimeFormat(session.workspace().timeZone()), this)),
      m_fetch(new QPushButton(tr("Fetch new"))), m_syncState(new QLabel), m_autoSync(new QTimer(this)),
      m_count(new QLabel), m_view(new QTableView), m_details(new QTextBrowser), m_storm(new QLabel)
{
    // A storm of criticism is announced above the list, in the colour of criticism, until it passes.
    m_storm->setObjectName(QStringLiteral("stormBanner"));
    m_storm->setWordWrap(true);
    m_storm->setStyleSheet(QStringLiteral("#stormBanner { background: #c0392b; color: white; padding: 8px; "
                                          "border-radius: 4px; font-weight: 600; }"));
    m_storm->hide();
    m_fetch->setToolTip(tr("Fetch new mentions and comments from every account now (F5 reloads the list)."));
    m_syncState->setObjectName(QStringLiteral("hint"));
    connect(m_fetch, &QPushButton::clicked, this, &InboxPane::fetchNow);
    inbox::Sync &sync = session.inboxSync();
    connect(&sync, &inbox::Sync::finished, this, &InboxPane::syncFinished);
    connect(&sync, &inbox::Sync::progress, this,
            [this](qint64, int stored) { m_syncState->setText(tr("Fetching… %1 new").arg(stored)); });
    connect(&sync, &inbox::Sync::accountFailed, this,
            [this](qint64, const QString &message) { emit statusMessage(message); });
    connect(m_autoSync, &QTimer::timeout, this, &InboxPane::fetchNow);
    m_autoSync->start(kAutoSyncMs);
    auto *title = new QLabel(tr("Inbox"));
    title->setObjectName(QStringLiteral("paneTitle"));
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(m_syncState);
    header->addWidget(m_fetch);
    header->addSpacing(12);
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
    layout->addWidget(m_storm);
    auto *triage = new QHBoxLayout;
    buildTriageActions(triage);
    triage->addStretch();
    layout->addLayout(triage);
    layout->addWidget(splitter, 1);
    reload();
}

void InboxPane::buildTriageActions(QLayout *into)
{
    // Triage from the keyboard: each step works on every selected item; the letters are listed on the
    // buttons.
    const struct
    {
        QString label;
        QKeySequence key;
        std::function<void()> run;
    } steps[] = {
        {tr("Done"), QKeySequence(Qt::Key_D), [this] { setStatus(domain::MentionStatus::Done); }},
        {tr("Assign to me"), QKeySequence(Qt::Key_A), [this] { setStatus(domain::MentionStatus::Assigned); }},
        {tr("Escalate"), QKeySequence(Qt::Key_E), [this] { setStatus(domain::MentionStatus::Escalated); }},
        {tr("Notable for the report"), QKeySequence(Qt::Key_N), [this] { toggleNotable(); }},
        {tr("Back to new"), QKeySequence(Qt::Key_U), [this] { setStatus(domain::MentionStatus::New); }},
    };
    for (const auto &step : steps) {
        auto *button = new QPushButton(
            QStringLiteral("%1 (%2)").arg(step.label, step.key.toString(QKeySequence::NativeText)));
        button->setFocusPolicy(Qt::NoFocus);
        connect(button, &QPushButton::clicked, this, step.run);
        auto *shortcut = new QShortcut(step.key, m_view, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, step.run);
        into->addWidget(button);
    }
}

QList<qint64> InboxPane::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows()) {
        if (const auto *m = m_model->mention(row))
            ids << m->id;
    }
    if (ids.isEmpty()) {
        if (const auto *m = m_model->mention(m_view->currentIndex()))
            ids << m->id;
    }
    return ids;
}

void InboxPane::setStatus(domain::MentionStatus status)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const QString me = m_session.workspace().actor();
    const QString assignee = status == domain::MentionStatus::Assigned ? me : QString();
    if (const auto done = m_session.workspace().mentions().setStatus(ids, status, me, assignee); !done) {
        emit statusMessage(done.error().message);
        return;
    }
    m_model->applyStatus(ids, status, assignee);
    // Move on to the next item, as a triage list should.
    const int next = m_view->currentIndex().row() + 1;
    if (ids.size() == 1 && next < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(next, MentionTableModel::TextColumn));
    emit statusMessage(
        tr("%n item(s): %1", nullptr, int(ids.size())).arg(domain::mentionStatusDisplayName(status)));
}

void InboxPane::toggleNotable()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const auto *current = m_model->mention(m_view->currentIndex());
    const bool notable = !(current && current->notable);
    if (const auto done =
            m_session.workspace().mentions().setNotable(ids, notable, m_session.workspace().actor());
        !done) {
        emit statusMessage(done.error().message);
        return;
    }
    m_model->applyNotable(ids, notable);
    emit statusMessage(notable ? tr("Flagged for the report to the ministry.") : tr("No longer flagged."));
}

void InboxPane::checkStorm()
{
    const inbox::StormCheck storm = inbox::StormCheck::read(m_session.workspace().database());
    m_storm->setVisible(storm.storm);
    if (!storm.storm) {
        m_stormShown = false;
        return;
    }
    m_storm->setText(storm.message() + QLatin1Char(' ') + tr("Criticism is at the top of the list."));
    if (!m_stormShown) {
        m_stormShown = true;
        emit statusMessage(storm.message());
        QApplication::alert(window());
    }
}

void InboxPane::reload()
{
    m_model->reload();
    checkStorm();
    // Like a mail client: the newest item is open, so reading can start at once.
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, MentionTableModel::TextColumn));
}

void InboxPane::fetchNow()
{
    if (m_session.inboxSync().isRunning())
        return;
    m_fetch->setEnabled(false);
    m_syncState->setText(tr("Fetching…"));
    m_session.inboxSync().syncAll();
}

void InboxPane::syncFinished(int newItems)
{
    m_fetch->setEnabled(true);
    m_syncState->setText(tr("Fetched at %1: %n new", nullptr, newItems)
                             .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    if (newItems > 0)
        reload();
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
    html += QStringLiteral("<p><b>%1</b> · %2</p>")
                .arg(domain::stanceDisplayName(m->stance).toHtmlEscaped(),
                     domain::mentionStatusDisplayName(m->status).toHtmlEscaped());
    // Why the classifier decided so, in its own cues: the reader can judge (and correct) it.
    const inbox::Classification why = m_session.classifier().classify(m->text);
    if (!why.cues.isEmpty())
        html +=
            QStringLiteral("<p>%1 %2</p>")
                .arg(tr("Decided by:").toHtmlEscaped(), why.cues.join(QStringLiteral(", ")).toHtmlEscaped());
    m_details->setHtml(html);
}

} // namespace ui
