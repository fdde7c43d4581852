// XClient's media upload: one request for small images, initialize / append / finalize / STATUS for the rest.
#include "platforms/x/xclient.h"

#include "platforms/bodies.h"
#include "platforms/transport.h"
#include "platforms/x/xparser.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace platforms::x {

namespace {

QString categoryFor(const QString &mimeType)
{
    if (mimeType == QLatin1String("image/gif"))
        return QStringLiteral("tweet_gif");
    if (mimeType.startsWith(QLatin1String("video/")))
        return QStringLiteral("tweet_video");
    return QStringLiteral("tweet_image");
}

constexpr int MaxStatusPolls = 60;

} // namespace

CallHandle XClient::uploadMedia(const MediaUpload &media, QObject *context, Callback<QString> done)
{
    if (media.data.isEmpty())
        return refuse<QString>(context, done,
                               PlatformError::make(PlatformError::Kind::Invalid,
                                                   QCoreApplication::translate("platforms", "The file is empty.")));
    auto *op = new Operation(this, context);
    if (media.data.size() > media.chunkThreshold || media.mimeType.startsWith(QLatin1String("video/"))) {
        uploadChunked(op, media, done);
        return CallHandle(op);
    }
    const Multipart body = multipartBody({
        {QStringLiteral("media"), media.data, media.fileName.isEmpty() ? QStringLiteral("media") : media.fileName,
         media.mimeType.toUtf8()},
        {QStringLiteral("media_category"), categoryFor(media.mimeType).toUtf8(), {}, {}},
        {QStringLiteral("media_type"), media.mimeType.toUtf8(), {}, {}},
    });
    HttpRequest r = request("POST", QStringLiteral("/2/media/upload"));
    r.body = body.body;
    r.contentType = body.contentType;
    // An upload creates nothing public until a post uses its id: sending it again is harmless.
    r.idempotent = true;
    m_transport->send(op, r, [this, op, done](const Result<HttpResponse> &res) {
        if (!res.ok())
            return deliver<QString>(op, done, res.error());
        const auto state = parseMedia(res.value().body);
        if (!state.ok())
            return deliver<QString>(op, done, state.error());
        if (state.value().state.isEmpty() || state.value().state == QLatin1String("succeeded"))
            return deliver<QString>(op, done, state.value().id);
        pollMedia(op, state.value().id, state.value().checkAfterSecs, done, 0);
    });
    return CallHandle(op);
}

void XClient::uploadChunked(Operation *op, const MediaUpload &media, Callback<QString> done)
{
    HttpRequest init = request("POST", QStringLiteral("/2/media/upload/initialize"));
    init.contentType = "application/json";
    init.idempotent = true;
    init.body = QJsonDocument(QJsonObject{{QStringLiteral("media_type"), media.mimeType},
                                          {QStringLiteral("total_bytes"), qint64(media.data.size())},
                                          {QStringLiteral("media_category"), categoryFor(media.mimeType)}})
                    .toJson(QJsonDocument::Compact);
    m_transport->send(op, init, [this, op, media, done](const Result<HttpResponse> &res) {
        if (!res.ok())
            return deliver<QString>(op, done, res.error());
        const auto started = parseMedia(res.value().body);
        if (!started.ok())
            return deliver<QString>(op, done, started.error());
        const QString id = started.value().id;
        const qint64 chunk = std::max<qint64>(media.chunkSize, 1);
        const int segments = int((media.data.size() + chunk - 1) / chunk);
        if (segments > 1000)
            return deliver<QString>(op, done,
                                    PlatformError::make(PlatformError::Kind::Invalid,
                                                        QCoreApplication::translate("platforms",
                                                                                    "The file is too large.")));
        auto append = std::make_shared<std::function<void(int)>>();
        std::weak_ptr<std::function<void(int)>> weak = append;
        *append = [this, op, media, done, id, chunk, segments, weak](int index) {
            if (index == segments) {
                HttpRequest fin = request("POST", QStringLiteral("/2/media/upload/%1/finalize").arg(id));
                fin.bucket = QStringLiteral("POST /2/media/upload/:id/finalize");
                fin.idempotent = true;
                m_transport->send(op, fin, [this, op, done, id](const Result<HttpResponse> &f) {
                    if (!f.ok())
                        return deliver<QString>(op, done, f.error());
                    const auto state = parseMedia(f.value().body);
                    if (!state.ok())
                        return deliver<QString>(op, done, state.error());
                    if (state.value().state.isEmpty() || state.value().state == QLatin1String("succeeded"))
                        return deliver<QString>(op, done, id);
                    pollMedia(op, id, state.value().checkAfterSecs, done, 0);
                });
                return;
            }
            const Multipart part = multipartBody({
                {QStringLiteral("media"), media.data.mid(index * chunk, chunk), QStringLiteral("chunk"),
                 "application/octet-stream"},
                {QStringLiteral("segment_index"), QByteArray::number(index), {}, {}},
            });
            HttpRequest r = request("POST", QStringLiteral("/2/media/upload/%1/append").arg(id));
            r.bucket = QStringLiteral("POST /2/media/upload/:id/append");
            r.body = part.body;
            r.contentType = part.contentType;
            r.idempotent = true; // a segment sent twice replaces itself
            auto next = weak.lock();
            m_transport->send(op, r, [op, done, next, index](const Result<HttpResponse> &a) {
                if (!a.ok())
                    return deliver<QString>(op, done, a.error());
                (*next)(index + 1);
            });
        };
        (*append)(0);
    });
}

void XClient::pollMedia(Operation *op, const QString &id, int waitSecs, Callback<QString> done, int polls)
{
    if (polls >= MaxStatusPolls)
        return deliver<QString>(op, done,
                                PlatformError::make(PlatformError::Kind::Transient,
                                                    QCoreApplication::translate(
                                                        "platforms", "X is still processing the media; try later.")));
    m_transport->later(op, qint64(std::max(waitSecs, 0)) * 1000, [this, op, id, done, polls] {
        HttpRequest r = request("GET", QStringLiteral("/2/media/upload"));
        r.query.addQueryItem(QStringLiteral("media_id"), id);
        r.query.addQueryItem(QStringLiteral("command"), QStringLiteral("STATUS"));
        m_transport->send(op, r, [this, op, id, done, polls](const Result<HttpResponse> &res) {
            if (!res.ok())
                return deliver<QString>(op, done, res.error());
            const auto state = parseMedia(res.value().body);
            if (!state.ok())
                return deliver<QString>(op, done, state.error());
            const QString s = state.value().state;
            if (s == QLatin1String("succeeded") || s.isEmpty())
                return deliver<QString>(op, done, id);
            if (s == QLatin1String("failed"))
                return deliver<QString>(op, done,
                                        PlatformError::make(PlatformError::Kind::Invalid,
                                                            QCoreApplication::translate(
                                                                "platforms", "X could not process the media file.")));
            pollMedia(op, id, std::max(state.value().checkAfterSecs, 1), done, polls + 1);
        });
    });
}

} // namespace platforms::x
