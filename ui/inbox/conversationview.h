#pragma once

#include "common/timeformat.h"
#include "domain/mention.h"

#include <QTextBrowser>

namespace store {
class MentionRepository;
}

namespace ui {

class AccountListModel;

// The conversation around the selected inbox item, beside it: the post of ours it answers (when known) and every
// earlier (and later) item of the same thread, oldest first, the selected one marked. Read from the workspace
// for one item at a time.
class ConversationView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationView)
public:
    ConversationView(const store::MentionRepository &mentions, const AccountListModel &accounts, TimeFormat time,
                     QWidget *parent = nullptr);

    // Shows the conversation of this item (nullptr: nothing). Returns how many items it holds.
    int showFor(const domain::Mention *mention);

private:
    const store::MentionRepository &m_mentions;
    const AccountListModel &m_accounts;
    TimeFormat m_time;
};

} // namespace ui
