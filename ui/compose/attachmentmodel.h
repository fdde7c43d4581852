#pragma once

#include "domain/post.h"

#include <QAbstractListModel>
#include <QHash>
#include <QIcon>

namespace ui {

// The pictures attached to one variant, for a list view: a thumbnail, the file's name and size, and the
// problem the platform has with it (red, and on hover) when there is one.
class AttachmentModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentModel)
public:
    enum Role { AttachmentIdRole = Qt::UserRole + 1, ProblemRole, PathRole };
    static constexpr int kThumbnail = 64;

    explicit AttachmentModel(QObject *parent = nullptr);

    // problems: one per attachment (empty when fine).
    void setAttachments(const QList<domain::Attachment> &attachments, const QStringList &problems);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QIcon thumbnail(const domain::Attachment &a) const;

    QList<domain::Attachment> m_attachments;
    QStringList m_problems;
    mutable QHash<QString, QIcon> m_thumbnails; // by hash, so a re-read keeps them
};

} // namespace ui
