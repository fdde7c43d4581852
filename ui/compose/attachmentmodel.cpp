#include "compose/attachmentmodel.h"

#include <QBrush>
#include <QColor>
#include <QFileInfo>
#include <QImageReader>
#include <QLocale>
#include <QPixmap>

namespace ui {

AttachmentModel::AttachmentModel(QObject *parent) : QAbstractListModel(parent) {}

void AttachmentModel::setAttachments(const QList<domain::Attachment> &attachments, const QStringList &problems)
{
    beginResetModel();
    m_attachments = attachments;
    m_problems = problems;
    endResetModel();
}

int AttachmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_attachments.size());
}

QIcon AttachmentModel::thumbnail(const domain::Attachment &a) const
{
    const QString key = a.sha256.isEmpty() ? a.filePath : a.sha256;
    if (const auto it = m_thumbnails.constFind(key); it != m_thumbnails.cend())
        return *it;
    // Decoded at thumbnail size (JPEG scales while decoding), so a large photo costs little.
    QImageReader reader(a.filePath);
    const QSize full = reader.size();
    if (full.isValid())
        reader.setScaledSize(full.scaled(kThumbnail, kThumbnail, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    const QIcon icon = image.isNull() ? QIcon() : QIcon(QPixmap::fromImage(image));
    m_thumbnails.insert(key, icon);
    return icon;
}

QVariant AttachmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const domain::Attachment &a = m_attachments.at(index.row());
    const QString problem = m_problems.value(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1\n%2").arg(QFileInfo(a.filePath).fileName(),
                                            QLocale().formattedDataSize(a.sizeBytes, 1));
    case Qt::DecorationRole:
        return thumbnail(a);
    case Qt::ToolTipRole:
        return problem.isEmpty() ? a.filePath : problem;
    case Qt::ForegroundRole:
        return problem.isEmpty() ? QVariant() : QVariant(QBrush(QColor(0xc6, 0x28, 0x28)));
    case AttachmentIdRole:
        return a.id;
    case ProblemRole:
        return problem;
    case PathRole:
        return a.filePath;
    default:
        return {};
    }
}

} // namespace ui
