#include "compose/workflowbar.h"

#include "compose/platformschedule.h"
#include "compose/scheduledialog.h"
#include "workspace/workspace.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace ui {

using domain::VariantState;

WorkflowBar::WorkflowBar(workspace::Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_submit(new QPushButton(tr("Submit for review"))),
      m_approve(new QPushButton(tr("Verify"))), m_reject(new QPushButton(tr("Reject…"))),
      m_schedule(new QPushButton(tr("Schedule…"))), m_publishNow(new QPushButton(tr("Publish now"))),
      m_unschedule(new QPushButton(tr("Unschedule"))), m_retry(new QPushButton(tr("Try again")))
{
    // Object names let tests and accessibility tools find each step.
    m_submit->setObjectName(QStringLiteral("submit"));
    m_approve->setObjectName(QStringLiteral("verify"));
    m_reject->setObjectName(QStringLiteral("reject"));
    m_schedule->setObjectName(QStringLiteral("schedule"));
    m_publishNow->setObjectName(QStringLiteral("publishNow"));
    m_unschedule->setObjectName(QStringLiteral("unschedule"));
    m_retry->setObjectName(QStringLiteral("retry"));
    m_approve->setToolTip(tr("Verify the text: nothing is published before it is verified."));
    m_publishNow->setToolTip(tr("Schedule it for now: the publisher sends it within moments."));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *b : {m_submit, m_approve, m_reject, m_schedule, m_publishNow, m_unschedule, m_retry})
        layout->addWidget(b);
    layout->addStretch();
    connect(m_submit, &QPushButton::clicked, this, [this] { step(VariantState::InReview); });
    connect(m_approve, &QPushButton::clicked, this, &WorkflowBar::approve);
    connect(m_reject, &QPushButton::clicked, this, &WorkflowBar::reject);
    connect(m_schedule, &QPushButton::clicked, this, [this] { schedule(false); });
    connect(m_publishNow, &QPushButton::clicked, this, [this] { schedule(true); });
    connect(m_unschedule, &QPushButton::clicked, this, [this] { step(VariantState::Approved); });
    connect(m_retry, &QPushButton::clicked, this, [this] { schedule(true); });
    setVariant(0);
}

void WorkflowBar::setVariant(qint64 variantId)
{
    m_variant = variantId;
    const auto v =
        variantId ? m_workspace.posts().variant(variantId) : store::Result<domain::Variant>(store::Error{});
    const VariantState state = v ? v->state : VariantState::Published;
    const bool any = v.ok();
    using domain::Workflow;
    m_submit->setVisible(any && Workflow::allowed(state, VariantState::InReview) &&
                         state == VariantState::Draft);
    m_approve->setVisible(any && state == VariantState::InReview);
    m_reject->setVisible(any && state == VariantState::InReview);
    m_schedule->setVisible(any && state == VariantState::Approved);
    m_publishNow->setVisible(any && state == VariantState::Approved);
    m_unschedule->setVisible(any && state == VariantState::Scheduled);
    m_retry->setVisible(any && state == VariantState::Failed);
}

void WorkflowBar::step(VariantState to)
{
    const auto done = m_workspace.posts().transition(m_variant, to, m_workspace.actor());
    if (!done) {
        emit message(done.error().message);
        return;
    }
    emit changed(m_variant);
}

bool WorkflowBar::submittedByMe() const
{
    const auto audit = m_workspace.posts().auditLog().forEntity(QStringLiteral("variant"), m_variant);
    if (!audit)
        return false;
    for (auto it = audit->crbegin(); it != audit->crend(); ++it) {
        if (it->toState == domain::stateId(VariantState::InReview))
            return it->actor == m_workspace.actor();
    }
    return false;
}

void WorkflowBar::approve()
{
    QString reason;
    // Verifying one's own text takes a deliberate second step, and the audit log says so.
    if (submittedByMe()) {
        const auto answer =
            QMessageBox::question(this, tr("Verify your own text?"),
                                  tr("You submitted this text yourself. Verification is meant to be a second "
                                     "pair of eyes: verify it "
                                     "yourself only if nobody else can, for example out of hours."),
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        reason = tr("Verified by the author (explicitly confirmed)");
    }
    bool ok = false;
    const QString reference = QInputDialog::getText(
        this, tr("Verify"), tr("Ministry reference (optional), e.g. the approval's number:"),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (!reference.trimmed().isEmpty())
        reason = (reason.isEmpty() ? QString() : reason + QStringLiteral("; ")) +
                 tr("verified by the ministry: %1").arg(reference.trimmed());
    const auto done =
        m_workspace.posts().transition(m_variant, VariantState::Approved, m_workspace.actor(), reason);
    if (!done) {
        emit message(done.error().message);
        return;
    }
    emit changed(m_variant);
}

void WorkflowBar::reject()
{
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("Reject"), tr("What should change? The author reads this."), {}, &ok);
    if (!ok)
        return;
    const auto done =
        m_workspace.posts().transition(m_variant, VariantState::Draft, m_workspace.actor(), reason);
    if (!done) {
        emit message(done.error().message);
        return;
    }
    emit changed(m_variant);
}

void WorkflowBar::schedule(bool now)
{
    const auto v = m_workspace.posts().variant(m_variant);
    if (!v) {
        emit message(v.error().message);
        return;
    }
    QDateTime when = QDateTime::currentDateTimeUtc();
    bool onPlatform = false;
    if (!now) {
        const QDateTime suggestion = v->scheduledAt.isValid() ? v->scheduledAt : when.addSecs(3600);
        ScheduleDialog dialog(m_workspace.timeZone(), suggestion, this);
        const auto account = m_workspace.accounts().find(v->accountId);
        if (const auto window = account ? compose::platformScheduleWindow(account->platform) : std::nullopt)
            dialog.offerPlatformScheduling(domain::platformDisplayName(account->platform), window->minLeadSecs,
                                           window->maxLeadSecs);
        if (dialog.exec() != QDialog::Accepted)
            return;
        when = dialog.chosenUtc();
        onPlatform = dialog.onPlatform();
    }
    const auto done = m_workspace.posts().schedule(m_variant, when, m_workspace.actor(), onPlatform);
    if (!done) {
        emit message(done.error().message);
        return;
    }
    emit changed(m_variant);
}

} // namespace ui
