#pragma once

#include "platforms/platformerror.h"
#include "platforms/ratelimiter.h"
#include "platforms/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

class QLoggingCategory;
class QNetworkAccessManager;
class QNetworkReply;

namespace platforms {

class Operation;

// One HTTP request as a client describes it. The transport adds nothing secret on its own: clients put their
// tokens in headers or parameters, and the transport redacts them when it logs.
struct HttpRequest
{
    QByteArray verb = "GET";
    QString path;              // appended to the base URL's path ("/2/tweets"); ignored when url is set
    QUrl url;                  // absolute URL, for endpoints on another host (OAuth); checked like a base URL
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString bucket;            // rate-limit bucket; default "VERB path"
    // True when sending it twice does no harm (reads, status polls). Only such requests are retried after a
    // failure that may have happened after the platform received them.
    bool idempotent = false;
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case
};

// Decides whether an HTTP answer is a failure, and which. Returns nothing for success. Each platform has one.
using ErrorClassifier = std::function<std::optional<PlatformError>(const HttpResponse &)>;

struct TransportConfig
{
    QString platform;                                  // "x", "facebook", "weibo": for logs
    QUrl baseUrl;                                      // a workspace setting; https only, except loopback
    ErrorClassifier classify;
    const QLoggingCategory &(*category)() = nullptr;   // the platform's logging category
    int timeoutMs = 30000;                             // per attempt, whole exchange
    int maxAttempts = 4;
    int backoffBaseMs = 500;
    int backoffMaxMs = 30000;
    // A rate-limit wait longer than this is reported (RateLimited with the reset time) instead of waited out.
    int maxRateWaitMs = 60000;
    // The credentials of every request, asked for at each attempt so a renewed token is used at once. A header
    // the request sets itself wins (listing Facebook Pages uses the user token, not the Page's).
    std::function<QList<QPair<QByteArray, QByteArray>>()> authHeaders;
    // Renews the credentials after an Auth refusal (X: refresh-token rotation) and answers whether it worked.
    // Runs once at a time however many requests were refused; each refused request is then sent once more,
    // which is safe even for a POST because a refused request did nothing.
    std::function<void(std::function<void(bool)>)> renewAuth;
};

// The HTTP layer every client shares: base URL policy, timeouts, rate-limit tracking, retries with exponential
// backoff and jitter for what is safe to retry, and redacted logging. It uses the workspace's one
// QNetworkAccessManager, passed in by whoever builds the clients.
class Transport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Transport)
public:
    Transport(QNetworkAccessManager *network, TransportConfig config, QObject *parent = nullptr);

    // Nothing when the URL may be used as a platform base URL; else an Invalid error saying why.
    static std::optional<PlatformError> checkBaseUrl(const QUrl &url);

    TransportConfig &config() { return m_config; }
    const TransportConfig &config() const { return m_config; }
    RateLimiter &rateLimiter() { return m_limiter; }
    QNetworkAccessManager *network() const { return m_network; }

    using Done = std::function<void(const Result<HttpResponse> &)>;
    // Sends the request as part of op (cancel stops it). done runs once, unless op is cancelled first.
    void send(Operation *op, HttpRequest request, Done done);

    // Runs fn after ms on behalf of op (stopped when op is cancelled). For polling and waits.
    void later(Operation *op, qint64 ms, std::function<void()> fn);

private:
    struct Pending;
    void attempt(Operation *op, const std::shared_ptr<Pending> &pending);
    void onFinished(Operation *op, const std::shared_ptr<Pending> &pending, QNetworkReply *reply, bool timedOut);
    void retry(Operation *op, const std::shared_ptr<Pending> &pending, qint64 waitMs, const char *why);
    void renewThenRetry(Operation *op, const std::shared_ptr<Pending> &pending, const PlatformError &refusal);
    void renewDone(bool ok);
    qint64 backoffMs(int attempt) const;
    QUrl urlFor(const HttpRequest &request) const;

    QNetworkAccessManager *m_network;
    TransportConfig m_config;
    RateLimiter m_limiter;
    struct RenewWaiter
    {
        QPointer<Operation> op;
        std::shared_ptr<Pending> pending;
        PlatformError refusal;
    };
    QList<RenewWaiter> m_renewWaiters;
    bool m_renewing = false;
    int m_authGeneration = 0; // how many renewals succeeded: a refusal of older credentials needs no new one
};

} // namespace platforms
