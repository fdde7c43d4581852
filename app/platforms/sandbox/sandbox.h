#pragma once

#include "platforms/sandbox/fault.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>

class QHttpServerRequest;
class QTcpSocket;
class QTimer;

namespace platforms::sandbox {

class State;
class HttpServer;

// A local server that speaks the X, Graph and Weibo APIs on one port of 127.0.0.1, at the platforms' own paths,
// so the real clients run unchanged against it (point their base URL at baseUrl()). Stateful, seeded, with
// faults on demand and a generator of incoming mentions and comments. Used by tests, the demo and
// `attachectl sandbox serve`.
//
// Control endpoint (for tools outside the process): POST /_sandbox/faults with a Fault as JSON,
// POST /_sandbox/incoming {"count":N}, POST /_sandbox/limits {"bucket":"POST /2/tweets","limit":N},
// GET /_sandbox/state (?posts=full lists every post).
class Sandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sandbox)
public:
    explicit Sandbox(quint32 seed = 1, QObject *parent = nullptr);
    ~Sandbox() override;

    // Listens on 127.0.0.1 (port 0: any free port). Answers the port, 0 when it could not listen.
    quint16 start(quint16 port = 0);
    quint16 port() const { return m_port; }
    // http://127.0.0.1:<port>: the base URL for all three clients (and their OAuth endpoints).
    QUrl baseUrl() const;

    State &state();
    void injectFault(const Fault &fault);
    void clearFaults();
    int pendingFaults() const { return int(m_faults.size()); }
    // New mentions and comments on every platform now; or at a steady rate (0 stops).
    void generateIncoming(int count = 1);
    void setIncomingRate(double perMinute);
    // How many requests of a platform ("x", "facebook", "weibo") reached the sandbox.
    int requestCount(const QString &platform) const { return m_requests.value(platform); }
    // Another X account of ours, with its own followers and mentions (the demo has several); answers its token.
    QString addXAccount(const QString &handle, const QString &name);
    // Shrinks X's per-15-minute limit of one endpoint ("GET /2/users/me") so tests reach it quickly.
    void setXRateLimit(const QString &bucket, int limit);

private:
    friend class HttpServer;
    // The whole answer as bytes, or nothing when the connection is to be dropped.
    void handle(const QHttpServerRequest &request, QTcpSocket *socket);

    std::unique_ptr<State> m_state;
    HttpServer *m_server;
    QTimer *m_incoming;
    QList<Fault> m_faults;
    QHash<QString, int> m_requests;
    quint16 m_port = 0;
};

} // namespace platforms::sandbox
