#include "inbox/savedreplymodel.h"

namespace ui {

SavedReplyModel::SavedReplyModel(store::SavedReplyRepository repository, QObject *parent)
    : QAbstractListModel(parent), m_repository(repository)
{
}

QString SavedReplyModel::reload()
{
    auto all = m_repository.all();
    beginResetModel();
    m_rows = all ? *all : QList<store::SavedReply>();
    endResetModel();
    return all ? QString() : all.error().message;
}

const store::SavedReply *SavedReplyModel::reply(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int SavedReplyModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int SavedReplyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SavedReplyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::SavedReply &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return r.title;
    case Qt::ToolTipRole:
        return tr("EN: %1\nRU: %2").arg(r.textEn, r.textRu);
    case IdRole:
        return r.id;
    default:
        return {};
    }
}

} // namespace ui
