#include "audience/accountselectionmodel.h"

#include "common/accountlistmodel.h"

namespace ui {

AccountSelectionModel::AccountSelectionModel(QObject *parent) : QIdentityProxyModel(parent) {}

qint64 AccountSelectionModel::idAt(const QModelIndex &index) const
{
    return index.data(AccountListModel::AccountIdRole).toLongLong();
}

QList<qint64> AccountSelectionModel::checkedIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < rowCount(); ++row) {
        const qint64 id = idAt(index(row, 0));
        if (m_checked.contains(id))
            ids << id;
    }
    return ids;
}

void AccountSelectionModel::setChecked(const QList<qint64> &ids)
{
    m_checked = QSet<qint64>(ids.cbegin(), ids.cend());
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::CheckStateRole});
    emit checkedChanged();
}

QVariant AccountSelectionModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::CheckStateRole && index.isValid())
        return m_checked.contains(idAt(index)) ? Qt::Checked : Qt::Unchecked;
    return QIdentityProxyModel::data(index, role);
}

bool AccountSelectionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid())
        return QIdentityProxyModel::setData(index, value, role);
    const qint64 id = idAt(index);
    if (value.toInt() == Qt::Checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedChanged();
    return true;
}

Qt::ItemFlags AccountSelectionModel::flags(const QModelIndex &index) const
{
    return QIdentityProxyModel::flags(index) | Qt::ItemIsUserCheckable;
}

} // namespace ui
