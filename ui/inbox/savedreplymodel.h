#pragma once

#include "store/savedreplyrepository.h"

#include <QAbstractListModel>

namespace ui {

// The workspace's saved replies for list views and combo boxes: the title shown, both texts on hover.
class SavedReplyModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedReplyModel)
public:
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit SavedReplyModel(store::SavedReplyRepository repository, QObject *parent = nullptr);

    // Reads them again from the workspace; returns the error message, empty on success.
    QString reload();
    const store::SavedReply *reply(int row) const;
    int rowOf(qint64 id) const;
    store::SavedReplyRepository &repository() { return m_repository; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    store::SavedReplyRepository m_repository;
    QList<store::SavedReply> m_rows;
};

} // namespace ui
