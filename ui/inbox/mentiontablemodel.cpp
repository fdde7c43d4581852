#include "inbox/mentiontablemodel.h"

#include "common/accountlistmodel.h"
#include "common/icons.h"
#include "store/mentionrepository.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QTimer>

namespace ui {

MentionTableModel::MentionTableModel(const store::MentionRepository &repository,
                                     const AccountListModel &accounts, TimeFormat timeFormat, QObject *parent)
    : QAbstractTableModel(parent), m_repository(repository), m_accounts(accounts),
      m_time(std::move(timeFormat))
{
}

void MentionTableModel::setQuery(const store::MentionQuery &query)
{
    m_query = query;
    reload();
}

void MentionTableModel::reload()
{
    // The first page is read inside the reset, so views never see an empty model followed by an insertion.
    beginResetModel();
    m_rows.clear();
    m_next = {};
    m_atEnd = true;
    m_totalIsLowerBound = false;
    // Rows first, the count after: a million items take longer to count than to show the first page, and the
    // rows are what the user came for. Until countAll() runs the header says "200+ items".
    QString failure;
    if (auto page = m_repository.page(m_query, store::MentionCursor{}, kPageSize)) {
        m_rows = std::move(page->items);
        m_next = page->next;
        m_atEnd = page->atEnd;
    } else {
        failure = page.error().message;
    }
    m_failedReplies.clear();
    readFailedReplies(m_rows);
    m_total = m_rows.size();
    m_totalIsLowerBound = !m_atEnd;
    if (!m_atEnd)
        QTimer::singleShot(0, this, &MentionTableModel::countAll);
    endResetModel();
    if (!failure.isEmpty())
        emit readFailed(failure);
}

void MentionTableModel::countAll()
{
    // The whole table counts fast; a filtered list is counted up to kCountLimit only.
    const bool filtered = !m_query.accounts.isEmpty() || !m_query.platforms.isEmpty() ||
                          !m_query.languages.isEmpty() || !m_query.stances.isEmpty() ||
                          !m_query.statuses.isEmpty() || m_query.assignee.has_value() || m_query.from.isValid() ||
                          m_query.to.isValid() || !m_query.text.isEmpty() || m_query.notableOnly;
    const auto total = filtered ? m_repository.count(m_query, kCountLimit) : m_repository.count();
    if (!total) {
        emit readFailed(total.error().message);
        return;
    }
    if (m_atEnd) // everything arrived meanwhile: the rows are the count
        return;
    m_total = qMax<qint64>(*total, m_rows.size());
    m_totalIsLowerBound = filtered && *total >= kCountLimit;
    emit totalChanged();
}

const domain::Mention *MentionTableModel::mention(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_rows.size() ? &m_rows.at(index.row()) : nullptr;
}

void MentionTableModel::applyStatus(const QList<qint64> &ids, domain::MentionStatus status,
                                    const QString &assignee)
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (!ids.contains(m_rows[row].id))
            continue;
        m_rows[row].status = status;
        m_rows[row].assignee = assignee;
        emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
    }
}

void MentionTableModel::applyNotable(const QList<qint64> &ids, bool notable)
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (!ids.contains(m_rows[row].id))
            continue;
        m_rows[row].notable = notable;
        emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
    }
}

void MentionTableModel::applyStance(const QList<qint64> &ids, domain::Stance stance)
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (!ids.contains(m_rows[row].id))
            continue;
        m_rows[row].stance = stance;
        emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
    }
}

void MentionTableModel::replaceRow(const domain::Mention &mention)
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id != mention.id)
            continue;
        m_rows[row] = mention;
        readFailedReplies({mention}); // a reply may have failed, or been sent again, since
        emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
    }
}

void MentionTableModel::readFailedReplies(const QList<domain::Mention> &items)
{
    QList<qint64> ids;
    ids.reserve(items.size());
    for (const domain::Mention &m : items) {
        ids << m.id;
        m_failedReplies.remove(m.id);
    }
    const auto failed = m_repository.failedReplies(ids);
    if (!failed) {
        qWarning("inbox: failed replies not read: %s", qPrintable(failed.error().message));
        return;
    }
    m_failedReplies.insert(*failed);
}

const store::FailedReply *MentionTableModel::failedReply(qint64 mentionId) const
{
    const auto it = m_failedReplies.constFind(mentionId);
    return it == m_failedReplies.cend() ? nullptr : &*it;
}

const domain::Mention *MentionTableModel::mentionById(qint64 id) const
{
    for (const domain::Mention &m : m_rows) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

int MentionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MentionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool MentionTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && (m_totalIsLowerBound || m_rows.size() < m_total);
}

void MentionTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const auto page = m_repository.page(m_query, m_next, kPageSize);
    if (!page) {
        m_atEnd = true; // stop asking until reload()
        m_total = m_rows.size();
        m_totalIsLowerBound = false;
        emit readFailed(page.error().message);
        return;
    }
    m_next = page->next;
    m_atEnd = page->atEnd;
    if (page->items.isEmpty()) {
        m_atEnd = true;
        m_total = m_rows.size();
        m_totalIsLowerBound = false;
        return;
    }
    readFailedReplies(page->items);
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->items.size() - 1));
    m_rows.append(page->items);
    endInsertRows();
    if (m_totalIsLowerBound && m_rows.size() >= m_total) {
        m_total = m_rows.size(); // read past the bound: the rows read are the better lower bound
        if (m_atEnd)
            m_totalIsLowerBound = false;
    } else if (m_atEnd && m_rows.size() != m_total) {
        m_total = m_rows.size();
    }
}

QString MentionTableModel::whyHere(const domain::Mention &m)
{
    // The same reasons, in the same order, as the priority the list is sorted by.
    QStringList reasons;
    if (m.status == domain::MentionStatus::Done)
        reasons << tr("done, so at the end");
    if (m.stance == domain::Stance::Criticism)
        reasons << tr("criticism comes first");
    else if (m.stance == domain::Stance::Question)
        reasons << tr("a question, right after criticism");
    if (m.authorVerified)
        reasons << tr("verified author");
    if (m.authorPublicRole)
        reasons << tr("the press or an official, by their bio");
    if (m.authorFollowers >= 1000)
        reasons << tr("%1 followers").arg(QLocale().toString(m.authorFollowers));
    reasons << tr("then the newest first");
    return tr("Why here: %1").arg(reasons.join(QStringLiteral("; ")));
}

QVariant MentionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::Mention &m = m_rows.at(index.row());
    const domain::Account *account = m_accounts.account(m.accountId);
    if (role == Qt::DecorationRole && index.column() == AccountColumn && account)
        return platformIcon(account->platform);
    if (role == Qt::ToolTipRole && index.column() == TextColumn)
        return m.text;
    // A reply the platform refused: said on the item itself, with the platform's reason.
    const store::FailedReply *failed = index.column() == StatusColumn ? failedReply(m.id) : nullptr;
    if (failed && role == Qt::ToolTipRole)
        return QString(
            tr("Our reply did not go out: %1\nPress R to open it again and try again.").arg(failed->reason) +
            QLatin1Char('\n') + whyHere(m));
    if (failed && role == Qt::ForegroundRole)
        return QBrush(QColor(0xc6, 0x28, 0x28));
    if (role == Qt::ToolTipRole)
        return whyHere(m);
    if (role == Qt::ToolTipRole && index.column() == AuthorColumn)
        return m.authorBio;
    if (role == Qt::ForegroundRole && index.column() == StanceColumn && m.stance == domain::Stance::Criticism)
        return QBrush(QColor(0xc0, 0x39, 0x2b));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ReceivedColumn:
        return m_time.shortLocal(m.createdAt);
    case AccountColumn:
        return account ? account->displayName : QString();
    case AuthorColumn:
        return m.authorVerified ? tr("%1 ✓").arg(m.authorHandle) : m.authorHandle;
    case TextColumn:
        return QString(m.text).replace(QLatin1Char('\n'), QLatin1Char(' '));
    case LanguageColumn:
        return m.language.toUpper();
    case StanceColumn:
        return domain::stanceDisplayName(m.stance);
    case StatusColumn: {
        QString status = domain::mentionStatusDisplayName(m.status);
        if (m.status == domain::MentionStatus::Assigned && !m.assignee.isEmpty())
            status = tr("%1 (%2)").arg(status, m.assignee);
        if (failedReply(m.id))
            status = tr("%1 · ⚠ reply failed").arg(status);
        return m.notable ? tr("%1 ★").arg(status) : status;
    }
    default:
        return {};
    }
}

QVariant MentionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReceivedColumn:
        return tr("Received");
    case AccountColumn:
        return tr("Account");
    case AuthorColumn:
        return tr("Author");
    case TextColumn:
        return tr("Text");
    case LanguageColumn:
        return tr("Lang.");
    case StanceColumn:
        return tr("Stance");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace ui
