#include "compose/posttreemodel.h"

#include "common/accountlistmodel.h"
#include "common/icons.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace ui {

namespace {
// Internal ids: 0 marks a post row; a variant row stores its post's row + 1.
constexpr quintptr kPostRow = 0;

// The earliest moment any variant of the post goes out, for the post's own row.
QDateTime firstSchedule(const domain::Post &post)
{
    QDateTime first;
    for (const auto &v : post.variants) {
        if (v.scheduledAt.isValid() && (!first.isValid() || v.scheduledAt < first))
            first = v.scheduledAt;
    }
    return first;
}

// The state furthest behind, which is what the post as a whole waits on.
domain::VariantState overallState(const domain::Post &post)
{
    auto state = domain::VariantState::Published;
    bool failed = false;
    for (const auto &v : post.variants) {
        failed |= v.state == domain::VariantState::Failed;
        if (v.state != domain::VariantState::Failed && int(v.state) < int(state))
            state = v.state;
    }
    return failed ? domain::VariantState::Failed : state;
}
} // namespace

PostTreeModel::PostTreeModel(const AccountListModel &accounts, TimeFormat timeFormat, QObject *parent)
    : QAbstractItemModel(parent), m_accounts(accounts), m_time(std::move(timeFormat))
{
}

void PostTreeModel::setPosts(QList<domain::Post> posts)
{
    beginResetModel();
    m_posts = std::move(posts);
    endResetModel();
}

const domain::Variant *PostTreeModel::variant(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kPostRow)
        return nullptr;
    return &m_posts.at(qsizetype(index.internalId() - 1)).variants.at(index.row());
}

const domain::Post *PostTreeModel::post(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const qsizetype row = index.internalId() == kPostRow ? index.row() : qsizetype(index.internalId() - 1);
    return &m_posts.at(row);
}

QModelIndex PostTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kPostRow);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex PostTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kPostRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kPostRow);
}

int PostTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_posts.size());
    if (parent.internalId() == kPostRow && parent.column() == 0)
        return int(m_posts.at(parent.row()).variants.size());
    return 0;
}

int PostTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PostTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const auto *v = variant(index))
        return variantData(*v, index.column(), role);
    return postData(m_posts.at(index.row()), index.column(), role);
}

QVariant PostTreeModel::postData(const domain::Post &post, int column, int role) const
{
    if (role == PostIdRole)
        return post.id;
    if (role == Qt::FontRole && column == TitleColumn) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    const auto state = overallState(post);
    if (role == Qt::DecorationRole && column == StateColumn)
        return stateIcon(state);
    if (role == Qt::ToolTipRole && column == TitleColumn)
        return tr("Written by %1").arg(post.createdBy);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case TitleColumn:
        return post.title;
    case StateColumn:
        return domain::stateDisplayName(state);
    case ScheduleColumn:
        return m_time.local(firstSchedule(post));
    case MoscowColumn:
        return m_time.moscow(firstSchedule(post));
    default:
        return {};
    }
}

QString PostTreeModel::variantStateText(const domain::Variant &v, const domain::Account *account)
{
    // Handed to the platform's own scheduling: "published" to us, but not yet visible to anyone.
    if (v.scheduleOnPlatform && account && v.scheduledAt > QDateTime::currentDateTimeUtc()) {
        if (v.state == domain::VariantState::Published)
            return tr("Scheduled on %1").arg(domain::platformDisplayName(account->platform));
        if (v.state == domain::VariantState::Scheduled)
            return tr("Scheduled (to hand to %1)").arg(domain::platformDisplayName(account->platform));
    }
    return domain::stateDisplayName(v.state);
}

QVariant PostTreeModel::variantData(const domain::Variant &v, int column, int role) const
{
    const domain::Account *account = m_accounts.account(v.accountId);
    switch (role) {
    case VariantIdRole:
        return v.id;
    case PostIdRole:
        return v.postId;
    case Qt::DecorationRole:
        if (column == TitleColumn && account)
            return platformIcon(account->platform);
        if (column == StateColumn)
            return stateIcon(v.state);
        return {};
    case Qt::ToolTipRole:
        if (column == StateColumn && v.state == domain::VariantState::Failed)
            return v.failureReason;
        return v.text;
    case Qt::ForegroundRole:
        if (column == StateColumn && v.state == domain::VariantState::Failed)
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn:
            return account ? QStringLiteral("%1 · %2").arg(account->displayName, v.language.toUpper())
                           : v.language.toUpper();
        case StateColumn:
            return variantStateText(v, account);
        case ScheduleColumn:
            return m_time.local(v.scheduledAt);
        case MoscowColumn:
            return m_time.moscow(v.scheduledAt);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant PostTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Post / account");
    case StateColumn:
        return tr("State");
    case ScheduleColumn:
        return tr("Goes out (%1)").arg(QString::fromUtf8(m_time.zone().id()));
    case MoscowColumn:
        return tr("Moscow");
    default:
        return {};
    }
}

} // namespace ui
