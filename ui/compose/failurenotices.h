#pragma once

#include <QObject>
#include <QString>

namespace compose {
class Publisher;
}
namespace store {
class PostRepository;
}

namespace ui {

class AccountListModel;
class DesktopNotifier;

// Says on the desktop when the publisher gives up on a variant for good, naming the post and the account and
// giving the platform's reason (the same reason stays on the variant itself). Choosing the notification asks
// for that variant to be shown (key "variant:<id>").
class FailureNotices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailureNotices)
public:
    FailureNotices(compose::Publisher &publisher, const store::PostRepository &posts,
                   const AccountListModel &accounts, DesktopNotifier &notifier, QObject *parent = nullptr);

    // The words of the notice for one failed variant.
    struct Notice
    {
        QString title;
        QString body;
        QString actionKey;
    };
    Notice noticeFor(qint64 variantId, const QString &reason) const;

signals:
    // A notice was given (also where no desktop service runs and it went to the status bar).
    void noticed(const QString &title, const QString &body);
    // The user chose the notification of this variant.
    void showVariant(qint64 variantId);

private:
    const store::PostRepository &m_posts;
    const AccountListModel &m_accounts;
    DesktopNotifier &m_notifier;
};

} // namespace ui
