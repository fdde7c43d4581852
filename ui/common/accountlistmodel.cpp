#include "common/accountlistmodel.h"

#include "common/icons.h"

#include <QPalette>

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

void AccountListModel::setConnection(qint64 accountId, bool connected, const QString &problem)
{
    if (connected) {
        if (m_problems.remove(accountId) == 0)
            return;
    } else {
        const QString reason = problem.isEmpty() ? tr("Not connected") : problem;
        if (m_problems.value(accountId) == reason)
            return;
        m_problems.insert(accountId, reason);
    }
    for (qsizetype row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts[row].id == accountId)
            emit dataChanged(index(int(row)), index(int(row)));
    }
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
    case Qt::ToolTipRole: {
        QString tip =
            tr("%1 on %2 · language: %3").arg(a.handle, domain::platformDisplayName(a.platform), a.language);
        if (m_problems.contains(a.id))
            tip += QLatin1Char('\n') + m_problems.value(a.id);
        return tip;
    }
    case Qt::ForegroundRole:
        if (m_problems.contains(a.id))
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
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
