#pragma once

#include "domain/account.h"
#include "domain/mention.h"
#include "store/result.h"

#include <QString>

namespace workspace {
class Workspace;
}

namespace ui {

// Sends a reply to one inbox item the way every post goes out: a post with one variant for the account the item
// came to, answering the item's platform id, through the workflow and the publisher. Straight to "approved,
// due now" — or, when the workspace requires review of replies, to "in review" for a colleague to verify.
// The item is then marked Replied.
class ReplySender final
{
public:
    static constexpr auto kNeedsReviewSetting = "inbox.replies_need_review";

    explicit ReplySender(workspace::Workspace &workspace) : m_workspace(workspace) {}

    bool repliesNeedReview() const;
    // Why this item may not be answered from the app (X's rule on authors who did not mention or quote us), in
    // plain words; empty when a reply is allowed.
    static QString refusal(const domain::Mention &mention, const domain::Account &account);

    struct Sent
    {
        qint64 postId = 0;
        qint64 variantId = 0;
        bool inReview = false;
    };
    // Stores the reply and moves it on; the publisher sends it on its next round (or once verified).
    store::Result<Sent> send(const domain::Mention &mention, const domain::Account &account, const QString &text);

private:
    workspace::Workspace &m_workspace;
};

} // namespace ui
