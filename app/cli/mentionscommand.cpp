#include "cli/mentionscommand.h"

#include "inbox/classifier.h"
#include "inbox/demomentions.h"
#include "inbox/stancelearning.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>

namespace cli {

namespace {

struct Options
{
    QString workspace;
    qint64 count = 0;
    quint32 seed = 1;
};

bool parse(const QStringList &args, Options &o, QString &error)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto value = [&]() -> QString { return i + 1 < args.size() ? args.at(++i) : QString(); };
        if (a == QLatin1String("--workspace")) {
            o.workspace = value();
        } else if (a == QLatin1String("--count") || a == QLatin1String("--seed")) {
            bool ok = false;
            const qint64 n = value().toLongLong(&ok);
            if (!ok || n <= 0 || (a == QLatin1String("--seed") && n > 0xffffff)) {
                error = QCoreApplication::translate("cli", "%1 takes a positive number").arg(a);
                return false;
            }
            if (a == QLatin1String("--count"))
                o.count = n;
            else
                o.seed = quint32(n);
        } else {
            error = QCoreApplication::translate("cli", "unknown option '%1'").arg(a);
            return false;
        }
    }
    if (o.count <= 0) {
        error = QCoreApplication::translate(
            "cli", "usage: attachectl demo mentions --count N [--workspace PATH] [--seed S]");
        return false;
    }
    if (o.workspace.isEmpty())
        o.workspace = workspace::Workspace::defaultPath();
    return true;
}

} // namespace

int runDemoMentions(CommandContext &context)
{
    Options options;
    QString error;
    if (!parse(context.args, options, error))
        return fail(context, ExitUsage, error);
    store::Database::OpenError openError;
    auto ws = workspace::Workspace::open(options.workspace, {}, &openError);
    if (!ws)
        return fail(context, ExitWorkspaceUnavailable, openError.error.message);

    // The workspace's own classifier, with what its users taught it, as the sync would classify.
    inbox::Classifier classifier;
    if (const auto learned = inbox::StanceLearning(ws->database()).load(classifier); !learned)
        return fail(context, ExitFailure, learned.error().message);

    QElapsedTimer timer;
    timer.start();
    qint64 lastReport = -1;
    const qint64 step = std::max<qint64>(1000, options.count / 20);
    const QLocale locale;
    auto progress = [&](qint64 done) {
        if (done != options.count && done / step == lastReport)
            return;
        lastReport = done / step;
        context.err << QCoreApplication::translate("cli", "%1 of %2 mentions")
                           .arg(locale.toString(done), locale.toString(options.count))
                    << Qt::endl;
    };
    const auto result =
        inbox::addDemoMentions(ws->database(), classifier, options.count, options.seed, progress);
    if (!result)
        return fail(context, ExitFailure, result.error().message + QLatin1Char(' ') + result.error().detail);
    const double seconds = std::max(1e-3, double(timer.nsecsElapsed()) / 1e9);
    context.out << QCoreApplication::translate("cli", "Stored %1 new mentions in %2 (%3 s, %4 a second)")
                       .arg(locale.toString(result->stored), ws->path(), locale.toString(seconds, 'f', 1),
                            locale.toString(qint64(double(result->stored) / seconds)))
                << Qt::endl;
    return ExitOk;
}

} // namespace cli
