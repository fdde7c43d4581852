#pragma once

#include <QIdentityProxyModel>
#include <QList>
#include <QSet>

namespace ui {

// The workspace's accounts with a check box each: the accounts a dashboard compares. Checks survive the
// source model being reset (by account id); in the order accounts are listed.
class AccountSelectionModel final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSelectionModel)
public:
    explicit AccountSelectionModel(QObject *parent = nullptr);

    QList<qint64> checkedIds() const;
    void setChecked(const QList<qint64> &ids);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void checkedChanged();

private:
    qint64 idAt(const QModelIndex &index) const;
    QSet<qint64> m_checked;
};

} // namespace ui
