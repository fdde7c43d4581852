#pragma once

#include <QDateTime>
#include <QVariant>

namespace store {

// Times are stored as UTC milliseconds since the epoch: sortable, engine-neutral, never shifted by a time zone.
inline QVariant toStored(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

inline QDateTime fromStored(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace store

namespace store {

// A null QString binds as SQL NULL; columns that mean "no text" store '' instead, so NOT NULL holds.
inline QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace store
