#include "inbox/replysender.h"

#include "store/database.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

namespace ui {

bool ReplySender::repliesNeedReview() const
{
    return m_workspace.settings().value(QString::fromLatin1(kNeedsReviewSetting)) == QLatin1String("1");
}

QString ReplySender::refusal(const domain::Mention &mention, const domain::Account &account)
{
    if (account.platform == domain::Platform::X && !mention.mentionsUs)
        return QCoreApplication::translate(
            "ui::ReplySender",
            "X does not allow this reply: since February 2026 an app may answer a post only when its author "
            "mentioned or quoted our account, and %1 did not. You can still answer on x.com yourself.")
            .arg(mention.authorHandle);
    return {};
}

store::Result<ReplySender::Sent> ReplySender::send(const domain::Mention &mention, const domain::Account &account,
                                                   const QString &text)
{
    if (const QString why = refusal(mention, account); !why.isEmpty())
        return store::Error{why, {}};
    if (text.trimmed().isEmpty())
        return store::Error{QCoreApplication::translate("ui::ReplySender", "Write the reply first."), {}};
    const QString actor = m_workspace.actor();
    domain::Post post;
    post.title = QCoreApplication::translate("ui::ReplySender", "Reply to %1").arg(mention.authorHandle);
    post.createdBy = actor;
    domain::Variant v;
    v.accountId = account.id;
    v.language = mention.language == QLatin1String("ru") || mention.language == QLatin1String("zh")
                     ? mention.language
                     : account.language;
    v.text = text;
    v.replyToRemoteId = mention.remoteId;
    post.variants << v;

    // One unit of work: the post, its steps through the workflow and the item's new status, or none of them.
    store::Transaction transaction(m_workspace.database());
    if (!transaction.begun())
        return store::Error{QCoreApplication::translate("ui::ReplySender", "The workspace is busy; try again."), {}};
    const auto postId = m_workspace.posts().create(post, actor);
    if (!postId)
        return postId.error();
    const auto stored = m_workspace.posts().find(*postId);
    if (!stored)
        return stored.error();
    const qint64 variantId = stored->variants.value(0).id;
    Sent sent{*postId, variantId, repliesNeedReview()};
    auto step = [&](domain::VariantState to) {
        return m_workspace.posts().transition(variantId, to, actor);
    };
    if (auto s = step(domain::VariantState::InReview); !s)
        return s.error();
    if (!sent.inReview) {
        // Whoever answers is trusted to send it: verified by the sender and due at once (both steps audited).
        if (auto s = step(domain::VariantState::Approved); !s)
            return s.error();
        if (auto s = m_workspace.posts().schedule(variantId, QDateTime::currentDateTimeUtc(), actor); !s)
            return s.error();
    }
    if (auto s = m_workspace.mentions().setStatus({mention.id}, domain::MentionStatus::Replied, actor); !s)
        return s.error();
    // The response time counts from arrival to the moment the answer is written and sent off (also when a
    // colleague still has to verify it: the person answered then); later replies leave it as it was.
    if (auto s = m_workspace.mentions().recordFirstReply(mention.id, actor, QDateTime::currentDateTimeUtc()); !s)
        return s.error();
    if (!transaction.commit())
        return store::Error{QCoreApplication::translate("ui::ReplySender", "The reply could not be saved."), {}};
    return sent;
}

} // namespace ui
