#include "inbox/conversationview.h"

#include "common/accountlistmodel.h"
#include "store/mentionrepository.h"

#include <algorithm>
#include <climits>

namespace ui {

ConversationView::ConversationView(const store::MentionRepository &mentions, const AccountListModel &accounts,
                                   TimeFormat time, QWidget *parent)
    : QTextBrowser(parent), m_mentions(mentions), m_accounts(accounts), m_time(std::move(time))
{
    setObjectName(QStringLiteral("conversation"));
    setOpenLinks(false);
    setPlaceholderText(tr("The conversation around the selected item shows here."));
}

int ConversationView::showFor(const domain::Mention *mention)
{
    if (!mention) {
        clear();
        return 0;
    }
    const auto conversation = m_mentions.conversation(mention->id);
    if (!conversation) {
        setPlainText(conversation.error().message);
        return 0;
    }
    QString html = QStringLiteral("<h4>%1</h4>").arg(tr("Conversation").toHtmlEscaped());
    if (conversation->variantId != 0 || !conversation->originText.isEmpty()) {
        const domain::Account *ours = m_accounts.account(conversation->originAccountId);
        html += QStringLiteral("<p style='background:#eef3fb; padding:4px'><b>%1</b> <span style='color:gray'>%2"
                               "</span><br>%3</p>")
                    .arg(tr("Our post").toHtmlEscaped(),
                         (ours ? ours->displayName + QStringLiteral(" · ") : QString()).toHtmlEscaped() +
                             m_time.shortLocal(conversation->originAt).toHtmlEscaped(),
                         conversation->originText.toHtmlEscaped());
    } else if (!mention->inReplyToRemoteId.isEmpty()) {
        html += QStringLiteral("<p style='color:gray'>%1</p>")
                    .arg(tr("It answers a post that is not in this workspace.").toHtmlEscaped());
    }
    const auto notShown = [](const QString &text) {
        return QStringLiteral("<p style='color:gray'>%1</p>").arg(text.toHtmlEscaped());
    };
    if (conversation->earlierNotShown > 0)
        html += notShown(tr("… %n earlier item(s) of this conversation not shown", nullptr,
                            int(std::min<qint64>(conversation->earlierNotShown, INT_MAX))));
    for (const domain::Mention &item : conversation->items) {
        const bool selected = item.id == mention->id;
        html += QStringLiteral("<p%1><b>%2</b> <span style='color:gray'>%3 · %4</span><br>%5</p>")
                    .arg(selected ? QStringLiteral(" style='border-left:3px solid #c0392b; padding-left:4px'")
                                  : QString(),
                         item.authorHandle.toHtmlEscaped(), m_time.shortLocal(item.createdAt).toHtmlEscaped(),
                         domain::stanceDisplayName(item.stance).toHtmlEscaped(), item.text.toHtmlEscaped());
    }
    if (conversation->laterNotShown > 0)
        html += notShown(tr("… %n later item(s) of this conversation not shown", nullptr,
                            int(std::min<qint64>(conversation->laterNotShown, INT_MAX))));
    if (conversation->items.size() <= 1)
        html += QStringLiteral("<p style='color:gray'>%1</p>")
                    .arg(tr("No other item of this conversation has arrived.").toHtmlEscaped());
    setHtml(html);
    return int(conversation->items.size());
}

} // namespace ui
