#include "platforms/transport.h"

#include "platforms/operation.h"
#include "platforms/redact.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QIODevice>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

Q_LOGGING_CATEGORY(lcTransport, "attache.platforms.transport")

namespace platforms {

struct Transport::Pending
{
    HttpRequest request;
    Done done;
    int attempts = 0;
    bool renewed = false;    // credentials were renewed once for this request already
    int authGeneration = 0;  // the credentials generation the last attempt was sent with
};

namespace {

// Errors raised before any byte of the request can have left: sending again cannot duplicate anything.
bool neverSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::NetworkSessionFailedError:
        return true;
    default:
        return false;
    }
}

// A request body that can be read once only. Qt's HTTP layer silently sends a request again when a kept-alive
// connection closes before any answer arrived — even a POST that the platform may already have carried out. A
// body that cannot be rewound makes Qt fail with ContentReSendError instead, which the transport reports as
// uncertain so the publisher reconciles rather than posting twice.
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(const QByteArray &data) : m_data(data) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min(max, qint64(m_data.size()) - m_pos);
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace

Transport::Transport(QNetworkAccessManager *network, TransportConfig config, QObject *parent)
    : QObject(parent), m_network(network), m_config(std::move(config))
{
    Q_ASSERT(m_network);
    if (!m_config.category)
        m_config.category = &lcTransport;
}

std::optional<PlatformError> Transport::checkBaseUrl(const QUrl &url)
{
    auto invalid = [](const QString &why) {
        return PlatformError::make(PlatformError::Kind::Invalid, why);
    };
    if (!url.isValid() || url.host().isEmpty())
        return invalid(QCoreApplication::translate("platforms", "The platform address \"%1\" is not a valid URL.")
                           .arg(url.toString()));
    const QString host = url.host();
    const bool loopback = host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
    if (url.scheme() == QLatin1String("https"))
        return std::nullopt;
    if (url.scheme() == QLatin1String("http") && loopback)
        return std::nullopt;
    return invalid(QCoreApplication::translate("platforms",
                                               "The platform address \"%1\" must start with https:// (plain http is "
                                               "only allowed for this computer, 127.0.0.1).")
                       .arg(url.toString()));
}

QUrl Transport::urlFor(const HttpRequest &request) const
{
    QUrl url = request.url;
    if (url.isEmpty()) {
        url = m_config.baseUrl;
        QString path = url.path();
        if (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        url.setPath(path + request.path);
    }
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

void Transport::send(Operation *op, HttpRequest request, Done done)
{
    auto pending = std::make_shared<Pending>();
    if (request.bucket.isEmpty())
        request.bucket = QString::fromLatin1(request.verb) + QLatin1Char(' ') + request.path;
    pending->request = std::move(request);
    pending->done = std::move(done);
    const QUrl url = urlFor(pending->request);
    if (auto bad = checkBaseUrl(url)) {
        // Asynchronous even when refused at once, so callers see one behaviour.
        PlatformError error = *bad;
        later(op, 0, [pending, error] { pending->done(error); });
        return;
    }
    attempt(op, pending);
}

void Transport::later(Operation *op, qint64 ms, std::function<void()> fn)
{
    auto *timer = new QTimer(op);
    timer->setSingleShot(true);
    op->addTimer(timer);
    connect(timer, &QTimer::timeout, op, [timer, fn = std::move(fn)] {
        timer->deleteLater();
        fn();
    });
    timer->start(int(std::clamp<qint64>(ms, 0, 24LL * 3600 * 1000)));
}

qint64 Transport::backoffMs(int attempt) const
{
    const qint64 exp = qint64(m_config.backoffBaseMs) << std::min(attempt - 1, 16);
    const qint64 capped = std::min<qint64>(exp, m_config.backoffMaxMs);
    // Full jitter between half and one and a half times, so many clients do not retry in step.
    return capped / 2 + qint64(QRandomGenerator::global()->bounded(quint32(std::max<qint64>(capped, 1))));
}

void Transport::retry(Operation *op, const std::shared_ptr<Pending> &pending, qint64 waitMs, const char *why)
{
    qCInfo(m_config.category()) << "retrying" << pending->request.bucket << "in" << waitMs << "ms:" << why
                                << "(attempt" << pending->attempts + 1 << "of" << m_config.maxAttempts << ")";
    later(op, waitMs, [this, op, pending] { attempt(op, pending); });
}

void Transport::attempt(Operation *op, const std::shared_ptr<Pending> &pending)
{
    if (op->isCancelled())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime until = m_limiter.blockedUntil(pending->request.bucket, now);
    if (until.isValid()) {
        const qint64 wait = now.msecsTo(until);
        if (wait > m_config.maxRateWaitMs) {
            PlatformError e = PlatformError::make(PlatformError::Kind::RateLimited, QString());
            e.resetAt = until;
            pending->done(e);
            return;
        }
        qCInfo(m_config.category()) << "waiting" << wait << "ms for the rate limit of" << pending->request.bucket;
        later(op, wait + 50, [this, op, pending] { attempt(op, pending); });
        return;
    }

    ++pending->attempts;
    const HttpRequest &r = pending->request;
    const QUrl url = urlFor(r);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (!r.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, r.contentType);
    if (m_config.authHeaders) {
        const auto auth = m_config.authHeaders();
        for (const auto &h : auth)
            request.setRawHeader(h.first, h.second);
    }
    pending->authGeneration = m_authGeneration;
    for (const auto &h : r.headers)
        request.setRawHeader(h.first, h.second);
    request.setRawHeader("Accept", "application/json");

    qCDebug(m_config.category()).noquote() << r.verb << redactUrl(url);
    QNetworkReply *reply = nullptr;
    if (r.body.isEmpty() && r.verb == "GET") {
        reply = m_network->get(request);
    } else if (r.idempotent) {
        reply = m_network->sendCustomRequest(request, r.verb, r.body);
    } else {
        auto *body = new OneShotBody(r.body);
        request.setHeader(QNetworkRequest::ContentLengthHeader, r.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        reply = m_network->sendCustomRequest(request, r.verb, body);
        body->setParent(reply);
    }
    op->setCurrentReply(reply);

    auto timedOut = std::make_shared<bool>(false);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(m_config.timeoutMs);
    QPointer<Operation> guard(op);
    connect(reply, &QNetworkReply::finished, this, [this, guard, pending, reply, timedOut] {
        reply->deleteLater();
        if (!guard || guard->isCancelled())
            return;
        guard->setCurrentReply(nullptr);
        onFinished(guard, pending, reply, *timedOut);
    });
}

void Transport::renewThenRetry(Operation *op, const std::shared_ptr<Pending> &pending, const PlatformError &refusal)
{
    if (pending->authGeneration < m_authGeneration) {
        // Refused with credentials that have been renewed since: just send again with the new ones.
        attempt(op, pending);
        return;
    }
    m_renewWaiters.append(RenewWaiter{op, pending, refusal});
    if (m_renewing)
        return;
    m_renewing = true;
    qCInfo(m_config.category()) << "credentials refused; renewing them once";
    // The renewal may answer after this transport is gone (its client was closed): then nothing is left to do.
    m_config.renewAuth([self = QPointer<Transport>(this)](bool ok) {
        if (!self)
            return;
        Transport *const t = self;
        t->renewDone(ok);
    });
}

void Transport::renewDone(bool ok)
{
    m_renewing = false;
    if (ok)
        ++m_authGeneration;
    const QList<RenewWaiter> waiters = std::exchange(m_renewWaiters, {});
    for (const auto &w : waiters) {
        if (!w.op || w.op->isCancelled())
            continue;
        if (ok)
            attempt(w.op, w.pending);
        else
            w.pending->done(w.refusal);
    }
}

void Transport::onFinished(Operation *op, const std::shared_ptr<Pending> &pending, QNetworkReply *reply,
                           bool timedOut)
{
    const HttpRequest &r = pending->request;
    const bool canRetry = pending->attempts < m_config.maxAttempts;
    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        response.body = reply->readAll();
    for (const auto &h : reply->rawHeaderPairs())
        response.headers.insert(h.first.toLower(), h.second);
    qCDebug(m_config.category()).noquote() << r.verb << redactUrl(reply->url()) << "->" << response.status
                                          << (response.status ? QString() : reply->errorString());

    if (response.status == 0) {
        const bool notSent = !timedOut && neverSent(reply->error());
        if ((notSent || r.idempotent) && canRetry) {
            retry(op, pending, backoffMs(pending->attempts), timedOut ? "timeout" : "network error");
            return;
        }
        PlatformError e = PlatformError::make(
            PlatformError::Kind::Transient,
            timedOut ? QCoreApplication::translate("platforms", "No answer within %1 seconds.")
                           .arg(m_config.timeoutMs / 1000.0)
            : reply->error() == QNetworkReply::ContentReSendError ||
                    reply->error() == QNetworkReply::RemoteHostClosedError
                ? QCoreApplication::translate("platforms", "The connection closed before the platform answered.")
                : reply->errorString());
        e.uncertain = !notSent && !r.idempotent;
        pending->done(e);
        return;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_limiter.record(r.bucket, response.headers, now);
    std::optional<PlatformError> error = m_config.classify ? m_config.classify(response) : std::nullopt;
    if (!error) {
        pending->done(response);
        return;
    }
    error->httpStatus = response.status;
    if (error->kind == PlatformError::Kind::Auth && m_config.renewAuth && !pending->renewed) {
        pending->renewed = true;
        renewThenRetry(op, pending, *error);
        return;
    }
    if (error->kind == PlatformError::Kind::RateLimited) {
        if (!error->resetAt.isValid()) {
            const QDateTime announced = m_limiter.announcedReset(r.bucket);
            if (announced.isValid() && announced > now)
                error->resetAt = announced;
        }
        if (error->resetAt.isValid())
            m_limiter.blockUntil(r.bucket, error->resetAt);
        // A rate refusal means the platform did nothing: waiting and sending again is safe for any request.
        const qint64 wait = error->resetAt.isValid() ? now.msecsTo(error->resetAt) : backoffMs(pending->attempts);
        if (canRetry && wait <= m_config.maxRateWaitMs) {
            retry(op, pending, std::max<qint64>(wait, 0), "rate limited");
            return;
        }
    } else if (error->kind == PlatformError::Kind::Transient) {
        if (r.idempotent && canRetry) {
            retry(op, pending, backoffMs(pending->attempts), "transient platform error");
            return;
        }
        // A 5xx or an unreadable success to a request that changes something: it may have been carried out.
        error->uncertain = !r.idempotent;
    }
    qCInfo(m_config.category()).noquote() << r.bucket << "failed:" << kindId(error->kind)
                                         << error->platformCode << redact(error->platformMessage);
    pending->done(*error);
}

} // namespace platforms
