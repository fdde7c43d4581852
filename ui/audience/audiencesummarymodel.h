#pragma once

#include "domain/account.h"

#include <QAbstractTableModel>
#include <QList>

namespace ui {

// One row per account: followers now, change over 30 days, verified followers and the sample the shares
// come from (Weibo only lets us read a capped sample, and the dashboard says so).
class AudienceSummaryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AudienceSummaryModel)
public:
    enum Column { AccountColumn, FollowersColumn, ChangeColumn, VerifiedColumn, SampleColumn, ColumnCount };

    struct Row
    {
        domain::Account account;
        qint64 followers = 0;
        qint64 followersMonthAgo = 0;
        qint64 verified = 0;
        qint64 sample = 0;
    };

    explicit AudienceSummaryModel(QObject *parent = nullptr);
    void setRows(QList<Row> rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

} // namespace ui
