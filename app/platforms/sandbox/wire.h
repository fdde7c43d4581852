#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

class QHttpServerRequest;

// The sandbox's view of HTTP: a request already taken apart (query, form or multipart fields, JSON) and a
// response as bytes the server writes to the socket itself (so faults can delay, truncate or drop it).
namespace platforms::sandbox {

struct Request
{
    QByteArray method;                      // "GET", "POST", "DELETE"
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers;  // names in lower case
    QByteArray body;
    QHash<QString, QByteArray> fields;      // form-urlencoded or multipart fields
    QHash<QString, QString> fileNames;      // multipart fields that were files
    QJsonObject json;                       // a JSON object body

    // A query parameter, else a form field.
    QString param(const QString &name) const;
    bool has(const QString &name) const;
    static Request from(const QHttpServerRequest &request);
};

struct Response
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append(qMakePair(name, value)); }
    static Response json(int status, const QJsonObject &object);
    static Response json(int status, const QJsonDocument &document);
    static Response redirect(const QUrl &location);
    QByteArray serialize() const;
};

// Splits a multipart/form-data body (for fuzzing too: it never reads past the end).
void parseMultipart(const QByteArray &contentType, const QByteArray &body, QHash<QString, QByteArray> &fields,
                    QHash<QString, QString> &fileNames);

} // namespace platforms::sandbox
