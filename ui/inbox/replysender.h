#pragma once

#include "domain/account.h"
#include "domain/mention.h"
#include "inbox/replyservice.h"
#include "store/result.h"

#include <QString>

namespace workspace {
class Workspace;
}

namespace ui {

// The reply editor's and the settings' way to inbox::ReplyService: binds it to the open workspace and its
// user. Everything else (the post, its steps, the item's status, the audit) is the service's, so a headless
// tool answers the same way.
class ReplySender final
{
public:
    static constexpr auto kNeedsReviewSetting = inbox::ReplyService::kNeedsReviewSetting;
    using Sent = inbox::ReplyService::Sent;

    explicit ReplySender(workspace::Workspace &workspace);

    bool repliesNeedReview() const { return m_service.repliesNeedReview(); }
    static QString refusal(const domain::Mention &mention, const domain::Account &account)
    {
        return inbox::ReplyService::refusal(mention, account);
    }
    // Stores the reply and moves it on; the publisher sends it on its next round (or once verified).
    store::Result<Sent> send(const domain::Mention &mention, const domain::Account &account,
                             const QString &text)
    {
        return m_service.send(mention, account, text);
    }

private:
    inbox::ReplyService m_service;
};

} // namespace ui
