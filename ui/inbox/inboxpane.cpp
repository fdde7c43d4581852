#include "inbox/inboxpane.h"

#include "common/accountlistmodel.h"
#include "common/desktopnotifier.h"
#include "inbox/backfill.h"
#include "inbox/backfillbar.h"
#include "inbox/backfilldialog.h"
#include "compose/publisher.h"
#include "inbox/classifier.h"
#include "inbox/conversationview.h"
#include "inbox/responsetimesdialog.h"
#include "inbox/inboxfilterbar.h"
#include "inbox/mentiontablemodel.h"
#include "inbox/replyeditor.h"
#include "inbox/savedreplymodel.h"
#include "inbox/stancelearning.h"
#include "inbox/stormcheck.h"
#include "inbox/sync.h"
#include "store/savedreplyrepository.h"
#include "store/teamrepository.h"
#include "workspace/connections.h"
#include "workspace/searchindexer.h"
#include "workspace/session.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
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
// What the storm's desktop notification opens.
constexpr auto kStormAction = "inbox:storm";
}

InboxPane::InboxPane(workspace::Session &session, const AccountListModel &accounts, DesktopNotifier *notifier,
                     QWidget *parent)
    : QWidget(parent), m_session(session), m_accounts(accounts), m_notifier(notifier),
      m_model(new MentionTableModel(session.workspace().mentions(), accounts,
                                    TimeFormat(session.workspace().timeZone()), this)),
      m_savedReplies(new SavedReplyModel(store::SavedReplyRepository(session.workspace().database()), this)),
      m_filters(new InboxFilterBar(accounts, session.workspace().timeZone())),
      m_fetch(new QPushButton(tr("Fetch new"))), m_syncState(new QLabel), m_autoSync(new QTimer(this)),
      m_count(new QLabel), m_view(new QTableView), m_details(new QTextBrowser),
      m_conversation(new ConversationView(session.workspace().mentions(), accounts,
                                          TimeFormat(session.workspace().timeZone()))),
      m_storm(new QLabel), m_backfillBar(new BackfillBar(session.inboxSync().backfill()))
{
    // A storm of criticism is announced above the list, in the colour of criticism, until it passes.
    m_storm->setObjectName(QStringLiteral("stormBanner"));
    m_storm->setWordWrap(true);
    m_storm->setStyleSheet(QStringLiteral("#stormBanner { background: #c0392b; color: white; padding: 8px; "
                                          "border-radius: 4px; font-weight: 600; }"));
    m_storm->hide();
    m_storm->setTextFormat(Qt::RichText);
    connect(m_storm, &QLabel::linkActivated, this, &InboxPane::showStormItems);
    if (m_notifier) {
        connect(m_notifier, &DesktopNotifier::activated, this, [this](const QString &key) {
            if (key == QLatin1String(kStormAction)) {
                emit showRequested();
                showStormItems();
            }
        });
    }
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
    // An item's first reply is recorded when the publisher gets the reply out (store::PostRepository::
    // recordPublished), not when it was written: the answered row, if read, is read again then.
    // A reply refused for good takes its item back from Replied (in the store, with the failure): read again
    // the same way, so the row shows the refusal at once.
    const auto answeredRowReadAgain = [this](qint64 variantId) {
        const auto reply = m_session.workspace().posts().variant(variantId);
        if (!reply || reply->replyToRemoteId.isEmpty())
            return;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const domain::Mention *m = m_model->mention(m_model->index(row, 0));
            if (m->accountId != reply->accountId || m->remoteId != reply->replyToRemoteId)
                continue;
            if (const auto fresh = m_session.workspace().mentions().find(m->id)) {
                m_model->replaceRow(*fresh);
                if (m_view->currentIndex().row() == row)
                    showSelection();
            }
            break;
        }
    };
    connect(&session.publisher(), &compose::Publisher::published, this, answeredRowReadAgain);
    connect(&session.publisher(), &compose::Publisher::failed, this, answeredRowReadAgain);
    auto *title = new QLabel(tr("Inbox"));
    title->setObjectName(QStringLiteral("paneTitle"));
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    // Items stored before search existed are indexed in the background; until then search can miss them.
    auto *indexing = new QLabel(tr("Search is still indexing older items…"));
    indexing->setObjectName(QStringLiteral("hint"));
    const workspace::SearchIndexer &indexer = session.searchIndexer();
    connect(&indexer, &workspace::SearchIndexer::progress, indexing,
            [indexing](qint64 left) { indexing->setVisible(left > 0); });
    header->addWidget(indexing);
    indexing->setVisible(indexer.remaining() > 0); // once in the layout: a widget without a parent is a window
    header->addWidget(m_syncState);
    header->addWidget(m_fetch);
    auto *older = new QPushButton(tr("Load older items…"));
    older->setObjectName(QStringLiteral("loadOlderItems"));
    older->setFocusPolicy(Qt::NoFocus);
    older->setToolTip(tr("Read items older than the oldest in the inbox from the platforms"));
    connect(older, &QPushButton::clicked, this, &InboxPane::loadOlder);
    header->addWidget(older);
    auto *times = new QPushButton(tr("Response times…"));
    times->setFocusPolicy(Qt::NoFocus);
    times->setToolTip(tr("How quickly each person gave the first reply"));
    connect(times, &QPushButton::clicked, this, &InboxPane::showResponseTimes);
    header->addWidget(times);
    header->addSpacing(12);
    header->addWidget(m_count);

    m_view->setModel(m_model);
    m_filters->setTeam(store::TeamRepository(session.workspace().database()).members(), session.workspace().actor());
    connect(m_filters, &InboxFilterBar::queryChanged, this, [this] {
        m_model->setQuery(m_filters->query());
        selectFirst();
    });
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_filters->searchField()->setFocus();
        m_filters->searchField()->selectAll();
    });
    // From the search field, Down goes to the list (and Escape clears the search).
    auto *toList = new QShortcut(QKeySequence(Qt::Key_Down), m_filters->searchField(), nullptr, nullptr,
                                 Qt::WidgetShortcut);
    connect(toList, &QShortcut::activated, m_view, [this] { m_view->setFocus(); });
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(MentionTableModel::TextColumn, QHeaderView::Stretch);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &InboxPane::showSelection);
    connect(m_view, &QTableView::doubleClicked, this, &InboxPane::openReply);
    connect(m_model, &MentionTableModel::readFailed, this, &InboxPane::statusMessage);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &InboxPane::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InboxPane::updateCount);
    connect(m_model, &MentionTableModel::totalChanged, this, &InboxPane::updateCount);

    m_details->setObjectName(QStringLiteral("itemDetails"));
    m_details->setPlaceholderText(tr("Select an item to read it in full."));
    auto *splitter = new QSplitter(Qt::Horizontal);
    // The foot of the list offers older items from the platforms once the last row is in sight.
    auto *listAndFoot = new QWidget;
    auto *listLayout = new QVBoxLayout(listAndFoot);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    listLayout->addWidget(m_view, 1);
    listLayout->addWidget(m_backfillBar);
    m_backfillBar->hide();
    connect(m_backfillBar, &BackfillBar::optionsRequested, this, &InboxPane::loadOlder);
    connect(m_backfillBar, &BackfillBar::visibilityWanted, this, &InboxPane::updateBackfillBar);
    connect(m_backfillBar, &BackfillBar::itemsStored, this, &InboxPane::reloadKeepingPlace);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &InboxPane::updateBackfillBar);
    // Queued: the model knows whether it is at its end, and the view its range, only once they are done.
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this, &InboxPane::updateBackfillBar,
            Qt::QueuedConnection);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &InboxPane::updateBackfillBar, Qt::QueuedConnection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InboxPane::updateBackfillBar, Qt::QueuedConnection);
    splitter->addWidget(listAndFoot);
    auto *side = new QSplitter(Qt::Vertical);
    side->addWidget(m_details);
    side->addWidget(m_conversation);
    side->setStretchFactor(0, 3);
    side->setStretchFactor(1, 2);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_storm);
    layout->addWidget(m_filters);
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
    // buttons, and every key (with those that have no button) in the shortcuts sheet, from this one list.
    using S = domain::Stance;
    const struct
    {
        QString label;
        QList<QKeySequence> keys;
        std::function<void()> run;
        bool button;
    } steps[] = {
        {tr("Reply"), {QKeySequence(Qt::Key_R), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
         [this] { openReply(); }, true},
        {tr("Done"), {QKeySequence(Qt::Key_D)}, [this] { setStatus(domain::MentionStatus::Done); }, true},
        {tr("Assign to me"), {QKeySequence(Qt::Key_A)}, [this] { setStatus(domain::MentionStatus::Assigned); },
         true},
        {tr("Assign to…"), {QKeySequence(Qt::SHIFT | Qt::Key_A)}, [this] {
             const QRect row = m_view->visualRect(m_view->currentIndex());
             assignMenu()->popup(m_view->viewport()->mapToGlobal(row.bottomLeft()));
         }, true},
        {tr("Escalate"), {QKeySequence(Qt::Key_E)}, [this] { setStatus(domain::MentionStatus::Escalated); }, true},
        {tr("Notable for the report"), {QKeySequence(Qt::Key_N)}, [this] { toggleNotable(); }, true},
        {tr("Back to new"), {QKeySequence(Qt::Key_U)}, [this] { setStatus(domain::MentionStatus::New); }, true},
        {tr("Next item"), {QKeySequence(Qt::Key_J)}, [this] { moveCurrent(1); }, false},
        {tr("Previous item"), {QKeySequence(Qt::Key_K)}, [this] { moveCurrent(-1); }, false},
        {tr("Stance: criticism"), {QKeySequence(Qt::Key_1)}, [this] { setStance(S::Criticism); }, false},
        {tr("Stance: question"), {QKeySequence(Qt::Key_2)}, [this] { setStance(S::Question); }, false},
        {tr("Stance: support"), {QKeySequence(Qt::Key_3)}, [this] { setStance(S::Support); }, false},
        {tr("Stance: neutral"), {QKeySequence(Qt::Key_4)}, [this] { setStance(S::Neutral); }, false},
        {tr("Keyboard shortcuts"), {QKeySequence(Qt::Key_Question)}, [this] { showShortcuts(); }, false},
    };
    for (const auto &step : steps) {
        m_keys << TriageKey{step.keys, step.label};
        for (const QKeySequence &key : step.keys) {
            auto *shortcut = new QShortcut(key, m_view, nullptr, nullptr, Qt::WidgetShortcut);
            connect(shortcut, &QShortcut::activated, this, step.run);
        }
        if (!step.button)
            continue;
        auto *button = new QPushButton(
            QStringLiteral("%1 (%2)").arg(step.label, step.keys.first().toString(QKeySequence::NativeText)));
        button->setFocusPolicy(Qt::NoFocus);
        connect(button, &QPushButton::clicked, this, step.run);
        into->addWidget(button);
    }
    // The arrows move through the list as in any list view; the sheet lists them beside J and K.
    m_keys[7].keys << QKeySequence(Qt::Key_Down);
    m_keys[8].keys << QKeySequence(Qt::Key_Up);
    m_keys << TriageKey{{QKeySequence(Qt::SHIFT | Qt::Key_Down)}, tr("Select several items (then a key acts on all)")};
    m_keys << TriageKey{{QKeySequence(QKeySequence::Find)}, tr("Search (Down returns to the list)")};
    m_keys << TriageKey{{QKeySequence(Qt::CTRL | Qt::Key_Return)}, tr("Send the reply, in the reply editor")};
    m_keys << TriageKey{{QKeySequence(Qt::Key_Escape)}, tr("Close the reply editor without sending")};
    auto *sheet = new QPushButton(tr("Keys (?)"));
    sheet->setFocusPolicy(Qt::NoFocus);
    sheet->setToolTip(tr("Every key of the inbox"));
    connect(sheet, &QPushButton::clicked, this, &InboxPane::showShortcuts);
    into->addWidget(sheet);
}

void InboxPane::moveCurrent(int by)
{
    const int row = std::clamp(m_view->currentIndex().row() + by, 0, std::max(0, m_model->rowCount() - 1));
    if (by > 0 && row == m_model->rowCount() - 1 && m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (row < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(row, MentionTableModel::TextColumn));
}

void InboxPane::showShortcuts()
{
    ShortcutsSheet sheet(m_keys, this);
    sheet.exec();
}

ReplyEditor *InboxPane::openReply()
{
    const domain::Mention *m = m_model->mention(m_view->currentIndex());
    if (!m)
        return nullptr;
    const domain::Account *account = m_accounts.account(m->accountId);
    if (!account) {
        emit statusMessage(tr("The account this item came to is no longer in the workspace."));
        return nullptr;
    }
    if (const QString failure = m_savedReplies->reload(); !failure.isEmpty())
        emit statusMessage(failure);
    // Window-modal and not blocking: the list stays where it was, and the editor closes itself when done.
    auto *editor = new ReplyEditor(m_session.workspace(), *m_savedReplies, *m, *account, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (const store::FailedReply *failed = m_model->failedReply(m->id))
        editor->showFailedReply(failed->text, failed->reason); // try again with what was written
    connect(editor, &ReplyEditor::sent, this, &InboxPane::replySent);
    connect(editor, &QDialog::finished, m_view, [this] { m_view->setFocus(); });
    editor->open();
    return editor;
}

void InboxPane::replySent(qint64 mentionId, qint64 variantId, bool inReview)
{
    Q_UNUSED(variantId)
    if (const auto fresh = m_session.workspace().mentions().find(mentionId))
        m_model->replaceRow(*fresh); // Replied (its first reply counts once the reply is out)
    else
        m_model->applyStatus({mentionId}, domain::MentionStatus::Replied, QString());
    if (inReview) {
        emit statusMessage(tr("Reply waiting for verification in Compose ▸ Waiting for verification."));
    } else {
        // Due now: let the publisher take it at once instead of at its next round.
        m_session.publisher().tick();
        emit statusMessage(tr("Reply on its way."));
    }
    showSelection();
}

void InboxPane::setStance(domain::Stance stance)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const QString me = m_session.workspace().actor();
    if (const auto done = m_session.workspace().mentions().setStance(ids, stance, me); !done) {
        emit statusMessage(done.error().message);
        return;
    }
    // The classifier learns from each text, so the next similar item arrives with the right stance.
    const inbox::StanceLearning learning(m_session.workspace().database());
    for (const qint64 id : ids) {
        if (const domain::Mention *m = m_model->mentionById(id)) {
            if (const auto learnt = learning.record(m_session.classifier(), id, m->text, stance, me); !learnt)
                emit statusMessage(learnt.error().message);
        }
    }
    // The sync classifies on its own thread with its own copy: it gets what was just learnt.
    m_session.inboxSync().setClassifier(m_session.classifier());
    m_model->applyStance(ids, stance);
    showSelection();
    emit statusMessage(
        tr("%n item(s): %1", nullptr, int(ids.size())).arg(domain::stanceDisplayName(stance)));
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

QMenu *InboxPane::assignMenu()
{
    if (!m_assignMenu)
        m_assignMenu = new QMenu(this);
    m_assignMenu->clear();
    const QString me = m_session.workspace().actor();
    QStringList people = store::TeamRepository(m_session.workspace().database()).members();
    people.removeAll(me);
    people.prepend(me);
    for (const QString &person : std::as_const(people)) {
        QAction *a = m_assignMenu->addAction(person == me ? tr("Me (%1)").arg(me) : person);
        connect(a, &QAction::triggered, this, [this, person] { assignTo(person); });
    }
    m_assignMenu->addSeparator();
    m_assignMenu->addAction(tr("Team members are edited in Settings"))->setEnabled(false);
    return m_assignMenu;
}

void InboxPane::assignTo(const QString &member)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || member.trimmed().isEmpty())
        return;
    const auto status = domain::MentionStatus::Assigned;
    if (const auto done =
            m_session.workspace().mentions().setStatus(ids, status, m_session.workspace().actor(), member);
        !done) {
        emit statusMessage(done.error().message);
        return;
    }
    m_model->applyStatus(ids, status, member);
    showSelection();
    emit statusMessage(tr("%n item(s) assigned to %1", nullptr, int(ids.size())).arg(member));
}

void InboxPane::showResponseTimes()
{
    ResponseTimesDialog dialog(m_session.workspace().mentions(), this);
    dialog.exec();
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
    m_storm->setText(QStringLiteral("%1 %2 <a href='storm' style='color:white'>%3</a>")
                         .arg(storm.message().toHtmlEscaped(), tr("Criticism is at the top of the list.").toHtmlEscaped(),
                              tr("Show the criticism of the last hour").toHtmlEscaped()));
    if (!m_stormShown) {
        m_stormShown = true;
        emit statusMessage(storm.message());
        QApplication::alert(window());
        // Said once per storm on the desktop too: the office may be looking at another window.
        if (m_notifier)
            m_notifier->notify(tr("Storm of criticism"), storm.message(), QString::fromLatin1(kStormAction));
    }
}

void InboxPane::showStormItems()
{
    m_filters->showOnly(domain::Stance::Criticism, InboxFilterBar::LastHour);
    m_view->setFocus();
}

void InboxPane::reload()
{
    // The team may have changed in Settings meanwhile.
    m_filters->setTeam(store::TeamRepository(m_session.workspace().database()).members(),
                       m_session.workspace().actor());
    m_model->setQuery(m_filters->query());
    checkStorm();
    selectFirst();
}

void InboxPane::selectFirst()
{
    // Like a mail client: the first item is open, so reading can start at once.
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, MentionTableModel::TextColumn));
    else
        showSelection();
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
    m_count->setObjectName(QStringLiteral("inboxCount"));
    m_count->setText(m_model->totalIsLowerBound()
                         ? tr("%1+ items").arg(QLocale().toString(m_model->totalCount()))
                         : tr("%1 items").arg(QLocale().toString(m_model->totalCount())));
}

void InboxPane::showSelection()
{
    const domain::Mention *m = m_model->mention(m_view->currentIndex());
    m_conversation->showFor(m);
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
    if (m->status == domain::MentionStatus::Assigned && !m->assignee.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("Assigned to %1").arg(m->assignee).toHtmlEscaped());
    if (const store::FailedReply *failed = m_model->failedReply(m->id))
        html +=
            QStringLiteral("<p id='replyFailed' style='background:#fdecea; color:#8a1c1c'>⚠ %1<br>%2</p>")
                .arg(
                    tr("Our reply did not go out. The platform said: %1").arg(failed->reason).toHtmlEscaped(),
                    tr("Press R to open it again with its text and try again.").toHtmlEscaped());
    if (m->firstReplyAt.isValid())
        html += QStringLiteral("<p id='firstReply'>%1</p>")
                    .arg(tr("First reply after %1, by %2")
                             .arg(ResponseTimesDialog::durationText(m->createdAt.msecsTo(m->firstReplyAt)),
                                  m->firstReplyBy)
                             .toHtmlEscaped());
    // Why the classifier decided so, in its own cues: the reader can judge (and correct) it.
    const inbox::Classification why = m_session.classifier().classify(m->text);
    if (!why.cues.isEmpty())
        html +=
            QStringLiteral("<p>%1 %2</p>")
                .arg(tr("Decided by:").toHtmlEscaped(), why.cues.join(QStringLiteral(", ")).toHtmlEscaped());
    m_details->setHtml(html);
}

QList<qint64> InboxPane::filteredAccounts() const
{
    const store::MentionQuery query = m_filters->query();
    QList<qint64> ids;
    for (const domain::Account &a : m_accounts.accounts()) {
        if ((query.accounts.isEmpty() || query.accounts.contains(a.id)) &&
            (query.platforms.isEmpty() || query.platforms.contains(a.platform)))
            ids << a.id;
    }
    return ids;
}

void InboxPane::updateBackfillBar()
{
    const QList<qint64> accounts = filteredAccounts();
    QString scope;
    if (accounts.size() == 1) {
        if (const domain::Account *a = m_accounts.account(accounts.first()))
            scope = a->displayName.isEmpty() ? a->handle : a->displayName;
    } else if (!accounts.isEmpty()) {
        scope = tr("%n account(s)", nullptr, int(accounts.size()));
    }
    // An empty list would mean every account to the backfill: no account in view reads none.
    m_backfillBar->setScope(accounts.isEmpty() ? QList<qint64>{-1} : accounts, scope);
    // At the end of the list: the last row read, nothing more in the store, and the bottom in sight.
    const QScrollBar *bar = m_view->verticalScrollBar();
    const bool atEnd =
        !m_model->canFetchMore({}) && (m_model->rowCount() == 0 || bar->value() >= bar->maximum());
    m_backfillBar->setVisible(atEnd || m_backfillBar->wantsToBeSeen());
}

void InboxPane::loadOlder()
{
    auto *dialog = new BackfillDialog(m_accounts, filteredAccounts(), m_session.workspace().timeZone(), this);
    dialog->setObjectName(QStringLiteral("backfillDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        inbox::BackfillRequest request = dialog->request();
        if (request.accounts.isEmpty())
            request.accounts = {-1};
        m_backfillBar->start(request);
    });
    dialog->open();
}

void InboxPane::reloadKeepingPlace()
{
    // Older items may rank anywhere in the list: read it again, as far down as it was, on the same item.
    const domain::Mention *current = m_model->mention(m_view->currentIndex());
    const qint64 currentId = current ? current->id : 0;
    // Bounded: a few pages at most (each 1-30 ms), so a list read far down does not hold the GUI thread.
    const int rowsRead = std::min(m_model->rowCount(), 5 * MentionTableModel::kPageSize);
    m_model->reload();
    while (m_model->rowCount() < rowsRead && m_model->canFetchMore({}))
        m_model->fetchMore({});
    for (int row = 0; currentId && row < m_model->rowCount(); ++row) {
        if (m_model->mention(m_model->index(row, 0))->id == currentId) {
            m_view->setCurrentIndex(m_model->index(row, MentionTableModel::TextColumn));
            m_view->scrollTo(m_view->currentIndex());
            return;
        }
    }
    selectFirst();
}

} // namespace ui
