#include "compose/calendarmodel.h"

#include "common/accountlistmodel.h"
#include "compose/posttreemodel.h"
#include "compose/scheduledialog.h"
#include "workspace/workspace.h"

#include <QMimeData>

namespace ui {

using domain::VariantState;

CalendarModel::CalendarModel(workspace::Workspace &workspace, const AccountListModel &accounts, QObject *parent)
    : QAbstractListModel(parent), m_workspace(workspace), m_accounts(accounts), m_zone(workspace.timeZone()),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

void CalendarModel::setRange(const QDate &first, const QDate &last)
{
    m_first = first;
    m_last = last;
    reload();
}

void CalendarModel::reload()
{
    beginResetModel();
    m_items.clear();
    const QDateTime now = m_clock();
    if (const auto posts = m_workspace.posts().all()) {
        for (const domain::Post &post : *posts) {
            for (const domain::Variant &v : post.variants) {
                if (!v.scheduledAt.isValid())
                    continue;
                const bool scheduled = v.state == VariantState::Scheduled;
                const bool waiting = v.state == VariantState::Approved && v.scheduledAt > now;
                const bool onPlatform = v.state == VariantState::Published && v.scheduleOnPlatform &&
                                        v.scheduledAt > now;
                if (!scheduled && !waiting && !onPlatform)
                    continue;
                const QDateTime local = v.scheduledAt.toTimeZone(m_zone);
                if (local.date() < m_first || local.date() > m_last)
                    continue;
                m_items.append({v, post.title, local, scheduled || waiting});
            }
        }
    }
    std::sort(m_items.begin(), m_items.end(), [](const Item &a, const Item &b) {
        return a.local != b.local ? a.local < b.local : a.variant.id < b.variant.id;
    });
    endResetModel();
}

int CalendarModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int CalendarModel::rowOfVariant(qint64 variantId) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i].variant.id == variantId)
            return i;
    }
    return -1;
}

QVariant CalendarModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Item &item = m_items.at(index.row());
    const domain::Account *account = m_accounts.account(item.variant.accountId);
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 %2 · %3")
            .arg(item.local.time().toString(QStringLiteral("HH:mm")), item.title,
                 account ? account->displayName : QString());
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2\n%3").arg(item.title, PostTreeModel::variantStateText(item.variant, account),
                                              item.variant.text);
    case VariantIdRole:
        return item.variant.id;
    case PostIdRole:
        return item.variant.postId;
    case LocalStartRole:
        return item.local;
    case TitleRole:
        return item.title;
    case AccountRole:
        return account ? account->displayName : QString();
    case PlatformRole:
        return account ? int(account->platform) : -1;
    case MovableRole:
        return item.movable;
    case UnscheduledRole:
        return item.variant.state == VariantState::Approved;
    case StateTextRole:
        return item.variant.state == VariantState::Approved
                   ? tr("Not scheduled (approved)")
                   : PostTreeModel::variantStateText(item.variant, account);
    default:
        return {};
    }
}

Qt::ItemFlags CalendarModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    if (index.isValid() && m_items.at(index.row()).movable)
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList CalendarModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *CalendarModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty() || !indexes.first().isValid())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(mimeType(), QByteArray::number(m_items.at(indexes.first().row()).variant.id));
    return data;
}

bool CalendarModel::dropVariant(const QMimeData *data, const QDate &date, const QTime &time, QString *why)
{
    if (!data || !data->hasFormat(mimeType()))
        return false;
    return reschedule(data->data(mimeType()).toLongLong(), date, time, why);
}

bool CalendarModel::reschedule(qint64 variantId, const QDate &date, const QTime &time, QString *why)
{
    auto refuse = [&](const QString &reason) {
        if (why)
            *why = reason;
        emit refused(reason);
        return false;
    };
    const auto v = m_workspace.posts().variant(variantId);
    if (!v)
        return refuse(v.error().message);
    if (v->state != VariantState::Approved && v->state != VariantState::Scheduled)
        return refuse(tr("Only approved or scheduled variants can be moved; this one is %1.")
                          .arg(domain::stateDisplayName(v->state).toLower()));
    // The wall-clock time in the workspace's zone, as the schedule dialog reads it (gaps and overlaps of
    // daylight-saving changes included).
    const QDateTime when = ScheduleDialog::resolve(date, time, m_zone, nullptr);
    if (when < m_clock())
        return refuse(tr("That time has passed: a post cannot be moved into the past."));
    if (when == v->scheduledAt && v->state == VariantState::Scheduled)
        return true;
    const store::Status done = v->state == VariantState::Scheduled
                                   ? m_workspace.posts().reschedule(variantId, when, m_workspace.actor())
                                   : m_workspace.posts().schedule(variantId, when, m_workspace.actor());
    if (!done)
        return refuse(done.error().message);
    reload();
    emit rescheduled(variantId);
    return true;
}

} // namespace ui
