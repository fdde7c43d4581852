#include "cli/sandboxcommand.h"

#include "platforms/sandbox/sandbox.h"

#include <QCoreApplication>

namespace cli {

int runSandboxServe(CommandContext &context)
{
    int port = -1;
    quint32 seed = 1;
    double rate = 0;
    const QStringList &args = context.args;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        bool ok = true;
        if (a == QLatin1String("--port") && hasValue)
            port = args.at(++i).toInt(&ok);
        else if (a == QLatin1String("--seed") && hasValue)
            seed = args.at(++i).toUInt(&ok);
        else if (a == QLatin1String("--rate") && hasValue)
            rate = args.at(++i).toDouble(&ok);
        else
            return fail(context, ExitUsage,
                        QCoreApplication::translate(
                            "cli", "unknown argument '%1' (see attachectl sandbox serve --help)")
                            .arg(a));
        if (!ok)
            return fail(context, ExitUsage, QCoreApplication::translate("cli", "'%1' needs a number").arg(a));
    }
    if (port < 0 || port > 65535)
        return fail(context, ExitUsage,
                    QCoreApplication::translate("cli", "--port N is required (0 picks a free port)"));

    platforms::sandbox::Sandbox sandbox(seed);
    if (!sandbox.start(quint16(port)))
        return fail(context, ExitFailure,
                    QCoreApplication::translate("cli", "cannot listen on 127.0.0.1:%1 (is the port in use?)")
                        .arg(port));
    sandbox.setIncomingRate(rate);
    // The first line is for scripts and tests: the base URL every client should use.
    context.out
        << QCoreApplication::translate("cli", "sandbox listening on %1").arg(sandbox.baseUrl().toString())
        << Qt::endl;
    context.out << QCoreApplication::translate(
                       "cli", "X at /2/..., Graph at /v25.0/..., Weibo at /2/....json; faults: "
                              "POST /_sandbox/faults; stop with Ctrl+C")
                << Qt::endl;
    return QCoreApplication::exec() == 0 ? ExitOk : ExitFailure;
}

} // namespace cli
