#include "platforms/bodies.h"

#include <QRandomGenerator>
#include <QUrl>

namespace platforms {

QByteArray formBody(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &f : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(f.first) + '=' + QUrl::toPercentEncoding(f.second);
    }
    return out;
}

Multipart multipartBody(const QList<MultipartField> &fields)
{
    const QByteArray boundary = "attache-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    Multipart m;
    for (const auto &f : fields) {
        m.body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.name.toUtf8() + '"';
        if (!f.fileName.isEmpty())
            m.body += "; filename=\"" + f.fileName.toUtf8() + '"';
        m.body += "\r\n";
        if (!f.contentType.isEmpty())
            m.body += "Content-Type: " + f.contentType + "\r\n";
        m.body += "\r\n" + f.value + "\r\n";
    }
    m.body += "--" + boundary + "--\r\n";
    m.contentType = "multipart/form-data; boundary=" + boundary;
    return m;
}

} // namespace platforms
