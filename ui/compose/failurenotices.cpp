#include "compose/failurenotices.h"

#include "common/accountlistmodel.h"
#include "common/desktopnotifier.h"
#include "compose/publisher.h"
#include "store/postrepository.h"

namespace ui {

namespace {
const QString kPrefix = QStringLiteral("variant:");
}

FailureNotices::FailureNotices(compose::Publisher &publisher, const store::PostRepository &posts,
                               const AccountListModel &accounts, DesktopNotifier &notifier, QObject *parent)
    : QObject(parent), m_posts(posts), m_accounts(accounts), m_notifier(notifier)
{
    connect(&publisher, &compose::Publisher::failed, this, [this](qint64 variantId, const QString &reason) {
        const Notice n = noticeFor(variantId, reason);
        m_notifier.notify(n.title, n.body, n.actionKey);
        emit noticed(n.title, n.body);
    });
    connect(&m_notifier, &DesktopNotifier::activated, this, [this](const QString &key) {
        if (key.startsWith(kPrefix))
            emit showVariant(key.mid(kPrefix.size()).toLongLong());
    });
}

FailureNotices::Notice FailureNotices::noticeFor(qint64 variantId, const QString &reason) const
{
    const auto variant = m_posts.variant(variantId);
    QString post = tr("a post");
    QString account = tr("an account");
    if (variant) {
        if (const auto found = m_posts.find(variant->postId))
            post = tr("“%1”").arg(found->title);
        if (const domain::Account *a = m_accounts.account(variant->accountId))
            account = a->displayName;
    }
    Notice n;
    n.title = tr("Not published: %1").arg(post);
    n.body = reason.isEmpty() ? tr("%1 on %2 was refused.").arg(post, account)
                              : tr("%1 on %2 was refused: %3").arg(post, account, reason);
    n.actionKey = kPrefix + QString::number(variantId);
    return n;
}

} // namespace ui
