#include "compose/composepane.h"

#include "common/accountlistmodel.h"
#include "common/timeformat.h"
#include "compose/calendarpane.h"
#include "compose/composer.h"
#include "compose/failurenotices.h"
#include "compose/posttreemodel.h"
#include "compose/workflowbar.h"
#include "store/attachmentrepository.h"
#include "store/variantpartrepository.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace ui {

namespace {
enum Filter { AllPosts, AwaitingVerification, InProgress, Scheduled, Sent };

bool matches(const domain::Post &post, int filter)
{
    using S = domain::VariantState;
    return std::any_of(post.variants.cbegin(), post.variants.cend(), [filter](const domain::Variant &v) {
        switch (filter) {
        case AwaitingVerification:
            return v.state == S::InReview;
        case InProgress:
            return v.state == S::Draft || v.state == S::InReview || v.state == S::Approved;
        case Scheduled:
            return v.state == S::Scheduled || v.state == S::Publishing;
        case Sent:
            return v.state == S::Published || v.state == S::Failed;
        default:
            return true;
        }
    });
}
} // namespace

ComposePane::ComposePane(workspace::Workspace &workspace, const AccountListModel &accounts,
                         compose::Publisher *publisher, DesktopNotifier *notifier, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_accounts(accounts),
      m_model(new PostTreeModel(accounts, TimeFormat(workspace.timeZone()), this)), m_filter(new QComboBox),
      m_summary(new QLabel), m_tree(new QTreeView), m_details(new QTextBrowser),
      m_workflow(new WorkflowBar(workspace)), m_composer(new Composer(workspace)),
      m_stack(new QStackedWidget), m_splitter(new QSplitter(Qt::Vertical)),
      m_edit(new QPushButton(tr("Edit"))), m_calendar(new CalendarPane(workspace, accounts)),
      m_top(new QStackedWidget), m_calendarButton(new QPushButton(tr("Calendar")))
{
    connect(m_workflow, &WorkflowBar::message, this, &ComposePane::statusMessage);
    if (publisher && notifier) {
        m_notices = new FailureNotices(*publisher, workspace.posts(), accounts, *notifier, this);
        connect(m_notices, &FailureNotices::showVariant, this, [this](qint64 variantId) {
            reload();
            selectVariant(variantId);
            emit showRequested();
            // Chosen from the desktop: bring the window forward too.
            if (window()->isMinimized())
                window()->showNormal();
            window()->raise();
            window()->activateWindow();
        });
    }
    connect(m_workflow, &WorkflowBar::changed, this, &ComposePane::reload);
    auto *title = new QLabel(tr("Posts"));
    title->setObjectName(QStringLiteral("paneTitle"));
    m_filter->addItem(tr("All posts"), AllPosts);
    // The review queue: what waits for someone to verify it (each variant's history says who submitted it).
    m_filter->addItem(tr("Waiting for verification"), AwaitingVerification);
    m_filter->addItem(tr("Drafts and review"), InProgress);
    m_filter->addItem(tr("Scheduled"), Scheduled);
    m_filter->addItem(tr("Published and failed"), Sent);
    m_filter->setAccessibleName(tr("Show"));
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ComposePane::reload);

    auto *newButton = new QPushButton(tr("New post"));
    newButton->setObjectName(QStringLiteral("newPost"));
    newButton->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+N")));
    newButton->setToolTip(tr("Write a new message for one or more accounts (%1)")
                              .arg(newButton->shortcut().toString(QKeySequence::NativeText)));
    connect(newButton, &QPushButton::clicked, this, &ComposePane::newPost);
    m_edit->setObjectName(QStringLiteral("editPost"));
    m_edit->setToolTip(tr("Edit the selected post's variants"));
    connect(m_edit, &QPushButton::clicked, this, [this] { editPost(selectedPostId()); });

    connect(m_composer, &Composer::statusMessage, this, &ComposePane::statusMessage);
    // A workflow step acts on the stored text: what autosave has not written yet goes first (pressed comes
    // before clicked, by mouse, keyboard or click()).
    for (auto *button : m_workflow->findChildren<QAbstractButton *>())
        connect(button, &QAbstractButton::pressed, m_composer, &Composer::flush);
    connect(m_composer, &Composer::postCreated, this, [this](qint64 postId) {
        reload();
        selectPost(postId);
    });
    connect(m_composer, &Composer::variantMoved, this, [this] { reload(); });
    connect(m_composer, &Composer::postRenamed, this, [this] { reload(); });
    connect(m_composer, &Composer::targetsEdited, this, [this] { reload(); });
    connect(m_composer, &Composer::done, this, [this] {
        showComposer(false);
        reload();
    });

    m_calendarButton->setObjectName(QStringLiteral("showCalendar"));
    m_calendarButton->setCheckable(true);
    m_calendarButton->setToolTip(tr("The scheduled variants by week or month; drag one to move it"));
    connect(m_calendarButton, &QPushButton::toggled, this, &ComposePane::showCalendar);
    connect(m_calendar, &CalendarPane::statusMessage, this, &ComposePane::statusMessage);
    connect(m_calendar, &CalendarPane::rescheduled, this, [this](qint64 variantId) {
        reload();
        selectVariant(variantId);
    });
    connect(m_calendar, &CalendarPane::variantActivated, this, [this](qint64 variantId) {
        m_calendarButton->setChecked(false);
        selectVariant(variantId);
    });

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(12);
    header->addWidget(newButton);
    header->addWidget(m_edit);
    header->addWidget(m_calendarButton);
    header->addStretch();
    header->addWidget(m_summary);
    header->addSpacing(12);
    header->addWidget(new QLabel(tr("Show:")));
    header->addWidget(m_filter);

    m_tree->setModel(m_model);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(PostTreeModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(PostTreeModel::StateColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(PostTreeModel::ScheduleColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(PostTreeModel::MoscowColumn, QHeaderView::ResizeToContents);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ComposePane::showSelection);
    connect(m_tree, &QTreeView::doubleClicked, this, [this] { editPost(selectedPostId()); });

    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Select a post or one of its variants to see its text and history."));

    auto *detailPane = new QWidget;
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_workflow);
    m_stack->addWidget(m_details);
    m_stack->addWidget(m_composer);
    detailLayout->addWidget(m_stack);
    QSplitter *splitter = m_splitter;
    splitter->setChildrenCollapsible(false);
    m_top->addWidget(m_tree);
    m_top->addWidget(m_calendar);
    splitter->addWidget(m_top);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);
    reload();
    // A post that was open in the editor when the application stopped (closed, crashed) opens again.
    if (const qint64 open = workspace.settings().value(QStringLiteral("compose.open_post")).toLongLong();
        open && workspace.posts().find(open)) {
        editPost(open);
    }
}

void ComposePane::showCalendar(bool on)
{
    if (m_calendarButton->isChecked() != on) {
        m_calendarButton->setChecked(on); // comes back here through toggled
        return;
    }
    if (on)
        m_calendar->reload();
    m_top->setCurrentWidget(on ? static_cast<QWidget *>(m_calendar) : m_tree);
}

qint64 ComposePane::selectedPostId() const
{
    const auto *post = m_model->post(m_tree->currentIndex());
    return post ? post->id : 0;
}

bool ComposePane::isComposing() const
{
    return m_stack->currentWidget() == m_composer;
}

void ComposePane::showComposer(bool on)
{
    if (on == isComposing())
        return;
    m_stack->setCurrentWidget(on ? static_cast<QWidget *>(m_composer) : m_details);
    const int total = m_splitter->height() > 200 ? m_splitter->height() : 800;
    if (on)
        m_splitter->setSizes({std::max(140, total / 4), total - std::max(140, total / 4)});
    else
        m_splitter->setSizes({total * 3 / 4, total / 4});
}

void ComposePane::newPost()
{
    m_composer->startNew();
    showComposer(true);
}

void ComposePane::editPost(qint64 postId)
{
    if (!postId)
        return;
    if (m_composer->openPost(postId)) {
        showComposer(true);
        if (selectedPostId() != postId)
            selectPost(postId);
    }
}

void ComposePane::selectPost(qint64 postId)
{
    m_reloading = true;
    for (int p = 0; p < m_model->rowCount(); ++p) {
        const QModelIndex post = m_model->index(p, 0);
        if (m_model->data(post, PostTreeModel::PostIdRole).toLongLong() == postId) {
            m_tree->setCurrentIndex(m_model->rowCount(post) > 0 ? m_model->index(0, 0, post) : post);
            break;
        }
    }
    m_reloading = false;
}

void ComposePane::reload()
{
    if (m_top->currentWidget() == m_calendar)
        m_calendar->reload();
    const auto *selected = m_model->variant(m_tree->currentIndex());
    const qint64 keep = selected ? selected->id : 0;
    m_reloading = true;
    const auto done = qScopeGuard([this] { m_reloading = false; });
    auto posts = m_workspace.posts().all();
    if (!posts) {
        emit statusMessage(posts.error().message);
        return;
    }
    int scheduled = 0, review = 0, drafts = 0, failed = 0;
    for (const auto &p : *posts) {
        for (const auto &v : p.variants) {
            scheduled += v.state == domain::VariantState::Scheduled;
            review += v.state == domain::VariantState::InReview;
            drafts += v.state == domain::VariantState::Draft;
            failed += v.state == domain::VariantState::Failed;
        }
    }
    m_summary->setText(tr("%1 scheduled · %2 in review · %3 drafts · %4 failed")
                           .arg(scheduled)
                           .arg(review)
                           .arg(drafts)
                           .arg(failed));
    const int filter = m_filter->currentData().toInt();
    QList<domain::Post> shown;
    for (auto &p : *posts) {
        if (matches(p, filter))
            shown << std::move(p);
    }
    m_model->setPosts(std::move(shown));
    if (isComposing())
        m_composer->refreshStates();
    m_tree->expandAll();
    m_details->clear();
    // Keep the variant that was open; else open the first, so text and history are in view without a click.
    const QModelIndex firstPost = m_model->index(0, 0);
    if (keep)
        selectVariant(keep);
    else if (m_model->rowCount(firstPost) > 0)
        m_tree->setCurrentIndex(m_model->index(0, 0, firstPost));
}

void ComposePane::selectVariant(qint64 variantId)
{
    for (int p = 0; p < m_model->rowCount(); ++p) {
        const QModelIndex post = m_model->index(p, 0);
        for (int v = 0; v < m_model->rowCount(post); ++v) {
            const QModelIndex index = m_model->index(v, 0, post);
            if (m_model->data(index, PostTreeModel::VariantIdRole).toLongLong() == variantId) {
                m_tree->setCurrentIndex(index);
                return;
            }
        }
    }
}

void ComposePane::showSelection()
{
    const QModelIndex current = m_tree->currentIndex();
    const auto *v = m_model->variant(current);
    m_workflow->setVariant(v ? v->id : 0);
    m_edit->setEnabled(m_model->post(current) != nullptr);
    // Another post picked while writing: what was typed is written at once, and the editor follows.
    if (isComposing() && !m_reloading) {
        const auto *post = m_model->post(current);
        if (post && post->id != m_composer->postId())
            m_composer->openPost(post->id);
    }
    if (v) {
        m_details->setHtml(variantHtml(v->id));
        return;
    }
    const auto *post = m_model->post(current);
    if (!post) {
        m_details->clear();
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3><p>").arg(post->title.toHtmlEscaped()) +
                   tr("%n variant(s). Select one to see its text.", nullptr, int(post->variants.size())) +
                   QStringLiteral("</p>");
    m_details->setHtml(html);
}

QString ComposePane::variantHtml(qint64 variantId) const
{
    const auto v = m_workspace.posts().variant(variantId);
    if (!v)
        return v.error().message.toHtmlEscaped();
    const TimeFormat time(m_workspace.timeZone());
    const domain::Account *account = m_accounts.account(v->accountId);
    QString html =
        QStringLiteral("<h3>%1</h3>").arg(account ? account->displayName.toHtmlEscaped() : QString());
    html += QStringLiteral("<p><b>%1</b>")
                .arg(PostTreeModel::variantStateText(*v, m_accounts.account(v->accountId)).toHtmlEscaped());
    if (v->scheduledAt.isValid())
        html += QStringLiteral(" · ") + time.both(v->scheduledAt).toHtmlEscaped();
    html += QStringLiteral("</p>");
    if (v->state == domain::VariantState::Failed)
        html += QStringLiteral("<p style='color:#c0392b'><b>%1</b> %2</p>")
                    .arg(tr("The platform refused it:").toHtmlEscaped(), v->failureReason.toHtmlEscaped());
    if (!v->replyToRemoteId.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("A reply to item %1 of the inbox.").arg(v->replyToRemoteId).toHtmlEscaped());
    html += QStringLiteral("<blockquote>%1</blockquote>")
                .arg(v->text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    // A thread: each part with where it stands (sent with its id, being sent, waiting).
    if (const auto parts = store::VariantPartRepository(m_workspace.database()).parts(variantId);
        parts && !parts->isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ol>").arg(tr("Thread").toHtmlEscaped());
        for (const auto &part : *parts) {
            QString where = tr("waiting");
            if (part.attempt == domain::VariantPart::Attempt::Sent)
                where = tr("published (id %1)").arg(part.remoteId);
            else if (part.attempt == domain::VariantPart::Attempt::Sending)
                where = tr("being sent");
            html += QStringLiteral("<li>%1 <i>— %2</i></li>").arg(part.text.toHtmlEscaped(), where.toHtmlEscaped());
        }
        html += QStringLiteral("</ol>");
    }
    if (const auto media = store::AttachmentRepository(m_workspace.database()).attachments(variantId);
        media && !media->isEmpty()) {
        QStringList names;
        for (const auto &a : *media)
            names << QFileInfo(a.filePath).fileName().toHtmlEscaped();
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Pictures:").toHtmlEscaped(), names.join(QStringLiteral(", ")));
    }
    const auto audit = m_workspace.posts().auditLog().forEntity(QStringLiteral("variant"), variantId);
    if (audit && !audit->isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("History").toHtmlEscaped());
        for (const auto &e : *audit) {
            const auto from = domain::stateFromId(e.fromState);
            const auto to = domain::stateFromId(e.toState);
            QString line;
            if (e.action == QLatin1String("reschedule"))
                line = tr("%1: %2 moved its time").arg(time.shortLocal(e.at), e.actor);
            else if (e.action == QLatin1String("thread-on"))
                line = tr("%1: %2 chose to publish it as a thread").arg(time.shortLocal(e.at), e.actor);
            else if (e.action == QLatin1String("thread-off"))
                line = tr("%1: %2 chose to publish it as one post").arg(time.shortLocal(e.at), e.actor);
            else if (e.action == QLatin1String("create"))
                line = tr("%1: %2 added this account to the post").arg(time.shortLocal(e.at), e.actor);
            else
                line = tr("%1: %2 moved it from “%3” to “%4”")
                           .arg(time.shortLocal(e.at), e.actor, from ? domain::stateDisplayName(*from) : e.fromState,
                                to ? domain::stateDisplayName(*to) : e.toState);
            if (!e.reason.isEmpty())
                line += QStringLiteral(" — ") + e.reason;
            html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace ui
