#pragma once

#include "common/timeformat.h"
#include "domain/account.h"
#include "domain/post.h"

#include <QAbstractItemModel>
#include <QList>

namespace ui {

class AccountListModel;

// Posts as a two-level tree: each post, then one row per variant (account, language, state, schedule).
class PostTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostTreeModel)
public:
    enum Column { TitleColumn, StateColumn, ScheduleColumn, MoscowColumn, ColumnCount };
    enum Role { VariantIdRole = Qt::UserRole + 1, PostIdRole };

    PostTreeModel(const AccountListModel &accounts, TimeFormat timeFormat, QObject *parent = nullptr);

    void setPosts(QList<domain::Post> posts);
    // The variant a row shows, or nullptr for a post row.
    const domain::Variant *variant(const QModelIndex &index) const;
    const domain::Post *post(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The state as the user reads it ("Scheduled on Facebook" for a post handed to the platform's scheduling).
    static QString variantStateText(const domain::Variant &variant, const domain::Account *account);

private:
    QVariant postData(const domain::Post &post, int column, int role) const;
    QVariant variantData(const domain::Variant &variant, int column, int role) const;

    const AccountListModel &m_accounts;
    TimeFormat m_time;
    QList<domain::Post> m_posts;
};

} // namespace ui
