#include "platforms/sandbox/sandbox.h"

#include "platforms/sandbox/errors.h"
#include "platforms/sandbox/incoming.h"
#include "platforms/sandbox/routes.h"
#include "platforms/sandbox/state.h"
#include "platforms/sandbox/wire.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSandbox, "attache.platforms.sandbox")

namespace platforms::sandbox {

// QtHttpServer 6.4 parses the requests; the sandbox writes its answers to the socket itself, because faults need
// what QHttpServerResponse cannot express: answering late, answering garbage, or not answering at all.
class HttpServer final : public QAbstractHttpServer
{
public:
    explicit HttpServer(Sandbox *sandbox) : QAbstractHttpServer(sandbox), m_sandbox(sandbox) {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_sandbox->handle(request, socket);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *socket) override
    {
        socket->write(Response::json(404, QJsonObject{}).serialize());
    }

private:
    Sandbox *m_sandbox;
};

Sandbox::Sandbox(quint32 seed, QObject *parent)
    : QObject(parent), m_state(std::make_unique<State>(seed)), m_server(new HttpServer(this)),
      m_incoming(new QTimer(this))
{
    connect(m_incoming, &QTimer::timeout, this, [this] { generateIncoming(1); });
}

Sandbox::~Sandbox() = default;

quint16 Sandbox::start(quint16 port)
{
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    if (m_port)
        qCInfo(lcSandbox) << "sandbox listening on" << baseUrl().toString();
    return m_port;
}

QUrl Sandbox::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

State &Sandbox::state()
{
    return *m_state;
}

void Sandbox::injectFault(const Fault &fault)
{
    // Token faults and retired metrics change the state once; the others wait for matching requests.
    switch (fault.kind) {
    case Fault::Kind::ExpiredToken:
    case Fault::Kind::RevokedToken:
        for (auto &t : m_state->tokens) {
            if ((fault.platform.isEmpty() || t.platform == fault.platform) && t.kind != QLatin1String("refresh")) {
                if (fault.kind == Fault::Kind::ExpiredToken)
                    t.expiresAt = m_state->now().addSecs(-1);
                else
                    t.revoked = true;
            }
        }
        return;
    case Fault::Kind::MetricRetired:
        m_state->retiredMetrics.insert(fault.metric);
        return;
    default:
        m_faults.append(fault);
    }
}

void Sandbox::clearFaults()
{
    m_faults.clear();
}

void Sandbox::generateIncoming(int count)
{
    sandbox::generateIncoming(*m_state, count);
}

void Sandbox::setIncomingRate(double perMinute)
{
    if (perMinute <= 0) {
        m_incoming->stop();
        return;
    }
    m_incoming->start(std::max(10, int(60000.0 / perMinute)));
}

QString Sandbox::addXAccount(const QString &handle, const QString &name)
{
    return m_state->addXAccount(handle, name);
}

void Sandbox::setXRateLimit(const QString &bucket, int limit)
{
    m_state->xLimitOverrides.insert(bucket, limit);
    m_state->xWindows.remove(bucket);
}

void Sandbox::handle(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    const Request request = Request::from(httpRequest);
    const QString platform = platformOf(request.path);
    m_requests[platform] += 1;

    if (request.path.startsWith(QLatin1String("/_sandbox/"))) {
        Response r = Response::json(404, QJsonObject{});
        if (request.path == QLatin1String("/_sandbox/faults") && request.method == "POST") {
            const auto fault = Fault::fromJson(QJsonDocument::fromJson(request.body).object());
            if (fault) {
                injectFault(*fault);
                r = Response::json(200, QJsonObject{{QStringLiteral("pending"), pendingFaults()}});
            } else {
                r = Response::json(400, QJsonObject{{QStringLiteral("error"), QStringLiteral("unknown fault kind")}});
            }
        } else if (request.path == QLatin1String("/_sandbox/limits") && request.method == "POST") {
            // {"bucket":"POST /2/tweets","limit":1000}: a bigger X window, for load and crash tests.
            const QJsonObject o = QJsonDocument::fromJson(request.body).object();
            const int limit = o.value(QLatin1String("limit")).toInt(-1);
            if (limit > 0 && o.value(QLatin1String("bucket")).isString()) {
                setXRateLimit(o.value(QLatin1String("bucket")).toString(), limit);
                r = Response::json(200, QJsonObject{{QStringLiteral("ok"), true}});
            } else {
                r = Response::json(400, QJsonObject{{QStringLiteral("error"), QStringLiteral("bucket and limit")}});
            }
        } else if (request.path == QLatin1String("/_sandbox/incoming") && request.method == "POST") {
            generateIncoming(std::clamp(QJsonDocument::fromJson(request.body).object().value(QLatin1String("count")).toInt(1), 1, 1000));
            r = Response::json(200, QJsonObject{{QStringLiteral("ok"), true}});
        } else if (request.path == QLatin1String("/_sandbox/state")) {
            QJsonObject answer{{QStringLiteral("posts"), int(m_state->posts.size())},
                               {QStringLiteral("comments"), int(m_state->comments.size())},
                               {QStringLiteral("faults"), pendingFaults()}};
            // ?posts=full lists every post, so a test in another process can prove what was published.
            if (request.query.queryItemValue(QStringLiteral("posts")) == QLatin1String("full")) {
                QJsonArray list;
                for (const auto &p : m_state->posts)
                    list.append(QJsonObject{{QStringLiteral("platform"), p.platform},
                                            {QStringLiteral("id"), p.id},
                                            {QStringLiteral("text"), p.text}});
                answer.insert(QStringLiteral("post_list"), list);
            }
            r = Response::json(200, answer);
        }
        socket->write(r.serialize());
        return;
    }

    // The first pending fault that matches this request, consumed once per request.
    std::optional<Fault> fault;
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if (!it->matches(platform, request.path))
            continue;
        // A duplicate can only happen to something that posts.
        if (it->kind == Fault::Kind::Duplicate && request.method != "POST")
            continue;
        fault = *it;
        if (--it->count <= 0)
            m_faults.erase(it);
        break;
    }

    RouteContext context{request, *m_state, fault && fault->kind == Fault::Kind::Duplicate};
    std::optional<Response> response;
    if (fault && fault->kind == Fault::Kind::RateLimit)
        response = errors::rateLimited(platform, request.path, m_state->now().addSecs(fault->resetSecs));
    else if (fault && fault->kind == Fault::Kind::ServerError)
        response = errors::serverError(platform, request.path);
    if (!response)
        response = routeOAuth(context);
    if (!response)
        response = routeX(context);
    if (!response)
        response = routeGraph(context);
    if (!response)
        response = routeWeibo(context);
    if (!response)
        response = Response::json(404, QJsonObject{{QStringLiteral("error"), QStringLiteral("no such endpoint")}});

    qCDebug(lcSandbox).noquote() << request.method << request.path << "->" << response->status
                                 << (fault ? QStringLiteral("(fault)") : QString());
    QByteArray bytes = response->serialize();
    if (fault && fault->kind == Fault::Kind::Malformed) {
        Response broken = *response;
        broken.body = response->body.left(response->body.size() / 2) + "<html>";
        bytes = broken.serialize();
    }
    QPointer<QTcpSocket> guard(socket);
    if (fault && fault->kind == Fault::Kind::Drop) {
        // The request was carried out; the answer never comes.
        QTimer::singleShot(0, socket, [guard] {
            if (guard)
                guard->abort();
        });
        return;
    }
    if (fault && fault->kind == Fault::Kind::Slow) {
        QTimer::singleShot(fault->delayMs, socket, [guard, bytes] {
            if (guard && guard->state() == QAbstractSocket::ConnectedState)
                guard->write(bytes);
        });
        return;
    }
    socket->write(bytes);
}

} // namespace platforms::sandbox
