#include "audience/audiencesummarymodel.h"

#include "common/icons.h"

#include <QLocale>

namespace ui {

AudienceSummaryModel::AudienceSummaryModel(QObject *parent) : QAbstractTableModel(parent) {}

void AudienceSummaryModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int AudienceSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AudienceSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AudienceSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const QLocale locale;
    if (role == Qt::DecorationRole && index.column() == AccountColumn)
        return platformIcon(r.account.platform);
    if (role == Qt::TextAlignmentRole && index.column() != AccountColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == SampleColumn && r.sample < r.followers)
        return tr("The platform lets us read only %1 of %2 followers; shares are computed from this sample.")
            .arg(locale.toString(r.sample), locale.toString(r.followers));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case AccountColumn:
        return r.account.displayName;
    case FollowersColumn:
        return locale.toString(r.followers);
    case ChangeColumn: {
        const qint64 change = r.followers - r.followersMonthAgo;
        const double percent =
            r.followersMonthAgo > 0 ? 100.0 * double(change) / double(r.followersMonthAgo) : 0;
        return QStringLiteral("%1%2 (%3%)")
            .arg(change >= 0 ? QStringLiteral("+") : QString(), locale.toString(change),
                 locale.toString(percent, 'f', 1));
    }
    case VerifiedColumn:
        return locale.toString(r.verified);
    case SampleColumn:
        return r.sample < r.followers ? tr("%1 (sample)").arg(locale.toString(r.sample)) : tr("all");
    default:
        return {};
    }
}

QVariant AudienceSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AccountColumn:
        return tr("Account");
    case FollowersColumn:
        return tr("Followers");
    case ChangeColumn:
        return tr("30 days");
    case VerifiedColumn:
        return tr("Verified");
    case SampleColumn:
        return tr("Shares from");
    default:
        return {};
    }
}

} // namespace ui
