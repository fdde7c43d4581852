#pragma once

#include "domain/account.h"
#include "domain/mention.h"
#include "store/result.h"

#include <QString>

namespace store {
class Database;
}

namespace inbox {

// Answers one inbox item the way every post goes out: a post with one variant for the account the item came
// to, answering the item's platform id (replyToRemoteId), through the workflow to the publisher. Straight to
// "approved, due now" — or, when the workspace requires verification of replies, to "in review" for a
// colleague. The item is marked Replied and the answer is audited. No widgets: the GUI's reply editor and a
// headless tool answer through the same code.
//
// The item's first reply (response times) is NOT recorded here: it is recorded when the publisher records the
// variant as published (store::PostRepository::recordPublished), since a reply awaiting verification or
// refused by the platform has answered nobody yet.
class ReplyService final
{
public:
    // The workspace setting ("1" = replies wait for verification).
    static constexpr auto kNeedsReviewSetting = "inbox.replies_need_review";

    // actor: who answers (stored as the post's author, which the first reply is later credited to).
    ReplyService(const store::Database &database, QString actor);

    bool repliesNeedReview() const;
    // Why this item may not be answered from the app (X's rule on authors who did not mention or quote us; on
    // Weibo, a post that mentions us rather than a comment), in plain words; empty when a reply is allowed.
    static QString refusal(const domain::Mention &mention, const domain::Account &account);

    struct Sent
    {
        qint64 postId = 0;
        qint64 variantId = 0;
        bool inReview = false;
    };
    // Stores the reply and moves it on in one transaction (all of it or nothing); the publisher sends it on
    // its next round, or once verified. Refused, storing nothing, when refusal() says so or the text is
    // blank.
    store::Result<Sent> send(const domain::Mention &mention, const domain::Account &account,
                             const QString &text);
    // The same for an item known by its id (reads the item and its account first).
    store::Result<Sent> send(qint64 mentionId, const QString &text);

private:
    const store::Database &m_database;
    QString m_actor;
};

} // namespace inbox
