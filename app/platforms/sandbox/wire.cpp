#include "platforms/sandbox/wire.h"

#include <QHttpServerRequest>
#include <QUrl>

namespace platforms::sandbox {

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 302: return "Found";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

QByteArray methodName(const QHttpServerRequest &request)
{
    switch (request.method()) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Head: return "HEAD";
    default: return "OTHER";
    }
}

} // namespace

QString Request::param(const QString &name) const
{
    if (query.hasQueryItem(name))
        return query.queryItemValue(name, QUrl::FullyDecoded);
    return QString::fromUtf8(fields.value(name));
}

bool Request::has(const QString &name) const
{
    return query.hasQueryItem(name) || fields.contains(name);
}

Request Request::from(const QHttpServerRequest &request)
{
    Request r;
    r.method = methodName(request);
    r.path = request.url().path();
    r.query = request.query();
    for (const auto &h : request.headers())
        r.headers.insert(h.first.toLower(), h.second);
    r.body = request.body();
    const QByteArray type = r.headers.value("content-type");
    if (type.startsWith("application/x-www-form-urlencoded")) {
        const QList<QByteArray> pairs = r.body.split('&');
        for (const QByteArray &pair : pairs) {
            const qsizetype eq = pair.indexOf('=');
            if (eq <= 0)
                continue;
            QByteArray value = pair.mid(eq + 1);
            value.replace('+', ' ');
            r.fields.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(eq))),
                            QByteArray::fromPercentEncoding(value));
        }
    } else if (type.startsWith("multipart/form-data")) {
        parseMultipart(type, r.body, r.fields, r.fileNames);
    } else if (type.startsWith("application/json")) {
        r.json = QJsonDocument::fromJson(r.body).object();
    }
    return r;
}

void parseMultipart(const QByteArray &contentType, const QByteArray &body, QHash<QString, QByteArray> &fields,
                    QHash<QString, QString> &fileNames)
{
    const qsizetype at = contentType.indexOf("boundary=");
    if (at < 0)
        return;
    QByteArray boundary = contentType.mid(at + 9);
    if (boundary.startsWith('"') && boundary.endsWith('"') && boundary.size() >= 2)
        boundary = boundary.mid(1, boundary.size() - 2);
    if (boundary.isEmpty())
        return;
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            break;
        const qsizetype headerEnd = body.indexOf("\r\n\r\n", pos);
        if (headerEnd < 0)
            break;
        const QByteArray partHeaders = body.mid(pos, headerEnd - pos);
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), headerEnd + 4);
        if (next < 0)
            break;
        const QByteArray value = body.mid(headerEnd + 4, next - headerEnd - 4);
        const qsizetype nameAt = partHeaders.indexOf("name=\"");
        if (nameAt >= 0) {
            const qsizetype nameEnd = partHeaders.indexOf('"', nameAt + 6);
            if (nameEnd > nameAt) {
                const QString name = QString::fromUtf8(partHeaders.mid(nameAt + 6, nameEnd - nameAt - 6));
                fields.insert(name, value);
                const qsizetype fileAt = partHeaders.indexOf("filename=\"");
                if (fileAt >= 0) {
                    const qsizetype fileEnd = partHeaders.indexOf('"', fileAt + 10);
                    if (fileEnd > fileAt)
                        fileNames.insert(name, QString::fromUtf8(partHeaders.mid(fileAt + 10, fileEnd - fileAt - 10)));
                }
            }
        }
        pos = next + 2;
    }
}

Response Response::json(int status, const QJsonObject &object)
{
    return json(status, QJsonDocument(object));
}

Response Response::json(int status, const QJsonDocument &document)
{
    Response r;
    r.status = status;
    r.body = document.toJson(QJsonDocument::Compact);
    return r;
}

Response Response::redirect(const QUrl &location)
{
    Response r;
    r.status = 302;
    r.contentType = "text/plain";
    r.addHeader("Location", location.toEncoded());
    return r;
}

QByteArray Response::serialize() const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    if (!body.isEmpty() || status != 204)
        out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "\r\n" + body;
    return out;
}

} // namespace platforms::sandbox
