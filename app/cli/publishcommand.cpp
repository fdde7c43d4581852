#include "cli/publishcommand.h"

#include "compose/publisher.h"
#include "workspace/connections.h"
#include "workspace/session.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSocketNotifier>
#include <QTimer>
#include <csignal>
#include <unistd.h>

namespace cli {

namespace {

// SIGTERM and SIGINT end `--watch` cleanly (the lease is released) through a self-pipe into the event loop.
int g_signalPipe[2] = {-1, -1};
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}

struct Options
{
    QString workspace;
    bool watch = false;
    int intervalSeconds = 15;
    int leaseSeconds = 60;
};

bool parse(const QStringList &args, Options &o, QString &error)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto value = [&]() -> QString { return i + 1 < args.size() ? args.at(++i) : QString(); };
        if (a == QLatin1String("--watch")) {
            o.watch = true;
        } else if (a == QLatin1String("--workspace")) {
            o.workspace = value();
        } else if (a == QLatin1String("--interval") || a == QLatin1String("--lease-seconds")) {
            bool ok = false;
            const int n = value().toInt(&ok);
            if (!ok || n <= 0) {
                error = QCoreApplication::translate("cli", "%1 takes a positive number of seconds").arg(a);
                return false;
            }
            (a == QLatin1String("--interval") ? o.intervalSeconds : o.leaseSeconds) = n;
        } else {
            error = QCoreApplication::translate("cli", "unknown option '%1'").arg(a);
            return false;
        }
    }
    if (o.workspace.isEmpty())
        o.workspace = workspace::Workspace::defaultPath();
    return true;
}
} // namespace

int runPublish(CommandContext &context)
{
    Options options;
    QString usage;
    if (!parse(context.args, options, usage))
        return fail(context, ExitUsage, usage);
    store::OpenOptions open;
    open.create = false;
    store::Database::OpenError error;
    auto ws = workspace::Workspace::open(options.workspace, open, &error);
    if (!ws)
        return fail(context, ExitWorkspaceUnavailable, error.error.message);
    workspace::Session session(std::move(ws), workspace::Session::Mode::Real);
    if (!session.connections().isReady()) {
        QEventLoop loop;
        QObject::connect(&session.connections(), &workspace::Connections::ready, &loop, &QEventLoop::quit);
        loop.exec();
    }
    compose::Publisher &publisher = session.publisher();
    publisher.setLeaseSeconds(options.leaseSeconds);
    int failures = 0;
    QObject::connect(&publisher, &compose::Publisher::published, [&](qint64 id, const QString &remoteId) {
        context.out << "published " << id << ' ' << remoteId << Qt::endl;
    });
    QObject::connect(&publisher, &compose::Publisher::failed, [&](qint64 id, const QString &reason) {
        ++failures;
        context.out << "failed " << id << ": " << reason << Qt::endl;
    });
    QObject::connect(&publisher, &compose::Publisher::deferred, [&](qint64 id, const QString &reason) {
        context.out << "waiting " << id << ": " << reason << Qt::endl;
    });
    QObject::connect(&publisher, &compose::Publisher::blocked, [&](qint64 id, const QString &reason) {
        context.out << "blocked " << id << ": " << reason << Qt::endl;
    });

    if (!options.watch) {
        // One round: everything due now, and what an interruption left half-done.
        if (!publisher.tick())
            return fail(
                context, ExitFailure,
                QCoreApplication::translate("cli", "another publisher (%1) is running for this workspace")
                    .arg(publisher.leaseHolder()));
        if (!publisher.isIdle()) {
            QEventLoop loop;
            QObject::connect(&publisher, &compose::Publisher::idle, &loop, &QEventLoop::quit);
            loop.exec();
        }
        publisher.stop();
        return failures ? ExitFailure : ExitOk;
    }

    if (::pipe(g_signalPipe) != 0)
        return fail(context, ExitFailure,
                    QCoreApplication::translate("cli", "cannot set up signal handling"));
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    QSocketNotifier stopRequested(g_signalPipe[0], QSocketNotifier::Read);
    QEventLoop loop;
    QObject::connect(&stopRequested, &QSocketNotifier::activated, &loop, &QEventLoop::quit);
    // While another publisher holds the lease, wait for it to end (or expire) and take over.
    QTimer retry;
    QObject::connect(&retry, &QTimer::timeout, [&] {
        if (publisher.start(options.intervalSeconds * 1000)) {
            retry.stop();
            context.err << "attachectl: " << QCoreApplication::translate("cli", "publishing") << Qt::endl;
        }
    });
    if (!publisher.start(options.intervalSeconds * 1000)) {
        context.err << "attachectl: "
                    << QCoreApplication::translate(
                           "cli", "another publisher (%1) is running; waiting for its lease to end")
                           .arg(publisher.leaseHolder())
                    << Qt::endl;
        retry.start(1000);
    }
    loop.exec();
    publisher.stop();
    return ExitOk;
}

} // namespace cli
