#pragma once

#include "common/timeformat.h"
#include "domain/mention.h"
#include "store/mentionquery.h"
#include "store/mentionrepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace ui {

class AccountListModel;

// Mentions for table views in priority order (criticism first, see store::MentionOrder::Priority), filtered by a
// store::MentionQuery, read lazily a page at a time (fetchMore, keyset paging), so the inbox never holds every
// row. Empty until the first reload().
class MentionTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MentionTableModel)
public:
    enum Column {
        ReceivedColumn,
        AccountColumn,
        AuthorColumn,
        TextColumn,
        LanguageColumn,
        StanceColumn,
        StatusColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 200;
    // A filtered list counts its matches up to this many ("10,000+"): an exact count reads every match, about
    // 0.1 s per 100,000, which the GUI thread should not wait for at every keystroke of a search.
    static constexpr qint64 kCountLimit = 10000;

    MentionTableModel(const store::MentionRepository &repository, const AccountListModel &accounts,
                      TimeFormat timeFormat, QObject *parent = nullptr);

    // Forgets what was read and starts again from the first page.
    void reload();
    // What the list shows (filters, search, order); reloads.
    void setQuery(const store::MentionQuery &query);
    const store::MentionQuery &query() const { return m_query; }
    const domain::Mention *mention(const QModelIndex &index) const;
    // Shows a triage step taken in the store on the rows already read, without reading them again.
    void applyStatus(const QList<qint64> &ids, domain::MentionStatus status, const QString &assignee);
    void applyNotable(const QList<qint64> &ids, bool notable);
    void applyStance(const QList<qint64> &ids, domain::Stance stance);
    // The item as read again from the store, in place of the row with its id (if read).
    void replaceRow(const domain::Mention &mention);
    // The row already read with this id, or nullptr.
    const domain::Mention *mentionById(qint64 id) const;
    // The item's latest reply when the platform refused it for good (its text and the platform's reason), or
    // nullptr. Read with each page (one query a page) and again with replaceRow().
    const store::FailedReply *failedReply(qint64 mentionId) const;
    qint64 totalCount() const { return m_total; }
    // True when totalCount() is only the lower bound kCountLimit of a filtered list (more match).
    bool totalIsLowerBound() const { return m_totalIsLowerBound; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Why an item stands where it does in the list (shown on hover).
    static QString whyHere(const domain::Mention &mention);

signals:
    void readFailed(const QString &message);
    void totalChanged(); // the count arrived after the first rows

private slots:
    void countAll();

private:
    // Reads which of these items' latest reply failed (a failure only logs: the rows matter more than the
    // mark).
    void readFailedReplies(const QList<domain::Mention> &items);

    const store::MentionRepository &m_repository;
    const AccountListModel &m_accounts;
    TimeFormat m_time;
    store::MentionQuery m_query;
    QList<domain::Mention> m_rows;
    qint64 m_total = 0;
    bool m_totalIsLowerBound = false;
    store::MentionCursor m_next; // where the next page starts (keyset paging: as fast deep down as at the top)
    bool m_atEnd = true;
    QHash<qint64, store::FailedReply> m_failedReplies; // of the rows read, by item
};

} // namespace ui
