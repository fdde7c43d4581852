#pragma once

#include "domain/account.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace ui {

// The workspace's accounts for list views: platform icon, the office's name for the account, handle on hover.
class AccountListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountListModel)
public:
    enum Role { AccountIdRole = Qt::UserRole + 1, PlatformRole, HandleRole };

    explicit AccountListModel(QObject *parent = nullptr);

    void setAccounts(QList<domain::Account> accounts);
    const QList<domain::Account> &accounts() const { return m_accounts; }
    // The account with this id, or nullptr.
    const domain::Account *account(qint64 id) const;
    // Whether the account can reach its platform, and if not, why (shown on hover, dimmed in the list).
    void setConnection(qint64 accountId, bool connected, const QString &problem);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<domain::Account> m_accounts;
    QHash<qint64, QString> m_problems; // accounts that cannot reach their platform, with the reason
};

} // namespace ui
