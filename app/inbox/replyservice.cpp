#include "inbox/replyservice.h"

#include "store/accountrepository.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/mentionrepository.h"
#include "store/postrepository.h"
#include "store/settingsrepository.h"

#include <QCoreApplication>

namespace inbox {

ReplyService::ReplyService(const store::Database &database, QString actor)
    : m_database(database), m_actor(std::move(actor))
{
}

bool ReplyService::repliesNeedReview() const
{
    return store::SettingsRepository(m_database).value(QString::fromLatin1(kNeedsReviewSetting)) ==
           QLatin1String("1");
}

QString ReplyService::refusal(const domain::Mention &mention, const domain::Account &account)
{
    if (account.platform == domain::Platform::X && !mention.mentionsUs)
        return QCoreApplication::translate(
                   "inbox::ReplyService",
                   "X does not allow this reply: since February 2026 an app may answer a post only when its "
                   "author "
                   "mentioned or quoted our account, and %1 did not. You can still answer on x.com yourself.")
            .arg(mention.authorHandle);
    // On Weibo the publisher answers with comments/reply, which names a comment and the post it is on (the
    // item's conversation). A post that mentions us is not a comment (no conversation of its own, or itself):
    // said now, instead of a reply that can only fail at the platform.
    if (account.platform == domain::Platform::Weibo &&
        (mention.conversationId.isEmpty() || mention.conversationId == mention.remoteId))
        return QCoreApplication::translate(
                   "inbox::ReplyService",
                   "Attaché answers on Weibo only comments on our own posts, and this is a post by %1 that "
                   "mentions us. You can answer it on weibo.com yourself.")
            .arg(mention.authorHandle);
    return {};
}

store::Result<ReplyService::Sent> ReplyService::send(qint64 mentionId, const QString &text)
{
    const auto mention = store::MentionRepository(m_database).find(mentionId);
    if (!mention)
        return mention.error();
    const auto account = store::AccountRepository(m_database).find(mention->accountId);
    if (!account)
        return account.error();
    return send(*mention, *account, text);
}

store::Result<ReplyService::Sent> ReplyService::send(const domain::Mention &mention,
                                                     const domain::Account &account, const QString &text)
{
    if (const QString why = refusal(mention, account); !why.isEmpty())
        return store::Error{why, {}};
    if (text.trimmed().isEmpty())
        return store::Error{QCoreApplication::translate("inbox::ReplyService", "Write the reply first."), {}};
    domain::Post post;
    post.title = QCoreApplication::translate("inbox::ReplyService", "Reply to %1").arg(mention.authorHandle);
    // The author of the post is who answered: the item's first reply is credited to them once it is
    // published.
    post.createdBy = m_actor;
    domain::Variant v;
    v.accountId = account.id;
    v.language = mention.language == QLatin1String("ru") || mention.language == QLatin1String("zh")
                     ? mention.language
                     : account.language;
    v.text = text;
    v.replyToRemoteId = mention.remoteId;
    post.variants << v;

    store::PostRepository posts(m_database);
    store::MentionRepository mentions(m_database);
    // One unit of work: the post, its steps through the workflow, the item's new status and the audit line,
    // or none of them.
    store::Transaction transaction(m_database);
    if (!transaction.begun())
        return store::Error{
            QCoreApplication::translate("inbox::ReplyService", "The workspace is busy; try again."), {}};
    const auto postId = posts.create(post, m_actor);
    if (!postId)
        return postId.error();
    const auto stored = posts.find(*postId);
    if (!stored)
        return stored.error();
    const qint64 variantId = stored->variants.value(0).id;
    Sent sent{*postId, variantId, repliesNeedReview()};
    auto step = [&](domain::VariantState to) { return posts.transition(variantId, to, m_actor); };
    if (auto s = step(domain::VariantState::InReview); !s)
        return s.error();
    if (!sent.inReview) {
        // Whoever answers is trusted to send it: verified by the sender and due at once (both steps audited).
        if (auto s = step(domain::VariantState::Approved); !s)
            return s.error();
        if (auto s = posts.schedule(variantId, QDateTime::currentDateTimeUtc(), m_actor); !s)
            return s.error();
    }
    if (auto s = mentions.setStatus({mention.id}, domain::MentionStatus::Replied, m_actor); !s)
        return s.error();
    // Which variant answers the item, in the item's history (the variant's own steps are in its history).
    const auto answered = store::AuditLog(m_database)
                              .append({0,
                                       {},
                                       m_actor,
                                       QStringLiteral("mention"),
                                       mention.id,
                                       QStringLiteral("reply"),
                                       {},
                                       domain::stateId(sent.inReview ? domain::VariantState::InReview
                                                                     : domain::VariantState::Scheduled),
                                       QString::number(variantId)});
    if (!answered)
        return answered.error();
    if (!transaction.commit())
        return store::Error{
            QCoreApplication::translate("inbox::ReplyService", "The reply could not be saved."), {}};
    return sent;
}

} // namespace inbox
