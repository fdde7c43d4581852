#include "common/accountlistmodel.h"

#include "common/icons.h"

namespace ui {

AccountListModel::AccountListModel(QObject *parent) : QAbstractListModel(parent) {}

void AccountListModel::setAccounts(QList<domain::Account> accounts)
{
    beginResetModel();
    m_accounts = std::move(accounts);
    endResetModel();
}

const domain::Account *AccountListModel::account(qint64 id) const
{
    for (const auto &a : m_accounts) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::Account &a = m_accounts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return a.displayName;
    case Qt::ToolTipRole:
        return tr("%1 on %2 · language: %3").arg(a.handle, domain::platformDisplayName(a.platform), a.language);
    case Qt::DecorationRole:
        return platformIcon(a.platform);
    case AccountIdRole:
        return a.id;
    case PlatformRole:
        return domain::platformId(a.platform);
    case HandleRole:
        return a.handle;
    default:
        return {};
    }
}

} // namespace ui
