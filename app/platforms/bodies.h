#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace platforms {

// application/x-www-form-urlencoded, with '+' and every reserved character escaped (QUrlQuery leaves '+' alone,
// which form decoders read as a space).
QByteArray formBody(const QList<QPair<QString, QString>> &fields);

// One part of a multipart/form-data body: a plain field, or a file when fileName is set.
struct MultipartField
{
    QString name;
    QByteArray value;
    QString fileName;
    QByteArray contentType;
};

struct Multipart
{
    QByteArray body;
    QByteArray contentType; // includes the boundary
};

Multipart multipartBody(const QList<MultipartField> &fields);

} // namespace platforms
