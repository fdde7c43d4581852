#include "cli/audiencecommands.h"

#include "audience/bioclassifier.h"
#include "audience/followerimport.h"
#include "audience/gazetteer.h"
#include "audience/locationresolver.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <limits>

namespace cli {

int runAudienceResolve(CommandContext &context)
{
    if (!context.args.isEmpty())
        return fail(
            context, ExitUsage,
            QCoreApplication::translate("audience", "unexpected argument '%1'").arg(context.args.first()));
    const auto gazetteer = audience::Gazetteer::loadDefault();
    if (!gazetteer)
        return fail(context, ExitFailure,
                    QCoreApplication::translate("audience", "the gazetteer cannot be read"));
    audience::LocationResolver resolver(gazetteer);
    // Raw bytes out: the objects are ASCII apart from city names, which are already UTF-8.
    context.out.flush();
    QIODevice *out = context.out.device();
    QByteArray batch;
    while (!context.in.atEnd()) {
        QByteArray line = context.in.readLine();
        if (line.isEmpty()) // standard input may only learn at this read that it has ended
            break;
        if (line.endsWith('\n'))
            line.chop(1);
        if (line.endsWith('\r'))
            line.chop(1);
        batch += resolver.resolve(QString::fromUtf8(line)).toJson();
        batch += '\n';
        if (batch.size() > 60000 || !out) {
            if (out)
                out->write(batch);
            else
                context.out << QString::fromUtf8(batch);
            batch.clear();
        }
    }
    if (out)
        out->write(batch);
    else
        context.out << QString::fromUtf8(batch);
    return ExitOk;
}

namespace {

struct ImportOptions
{
    QString workspace;
    QString account; // an id or a handle
    QString file;
    qint64 followers = -1;
};

bool parseImport(const QStringList &args, ImportOptions &o, QString &error)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto value = [&]() -> QString { return i + 1 < args.size() ? args.at(++i) : QString(); };
        if (a == QLatin1String("--workspace")) {
            o.workspace = value();
        } else if (a == QLatin1String("--account")) {
            o.account = value();
        } else if (a == QLatin1String("--followers")) {
            bool ok = false;
            o.followers = value().toLongLong(&ok);
            if (!ok || o.followers < 0) {
                error = QCoreApplication::translate("audience",
                                                    "--followers takes the account's number of followers");
                return false;
            }
        } else if (a.startsWith(QLatin1String("--"))) {
            error = QCoreApplication::translate("audience", "unknown option '%1'").arg(a);
            return false;
        } else if (o.file.isEmpty()) {
            o.file = a;
        } else {
            error = QCoreApplication::translate("audience", "unexpected argument '%1'").arg(a);
            return false;
        }
    }
    if (o.account.isEmpty() || o.file.isEmpty()) {
        error = QCoreApplication::translate(
            "audience", "usage: audience import --account ID [--workspace PATH] [--followers N] FILE");
        return false;
    }
    if (o.workspace.isEmpty())
        o.workspace = workspace::Workspace::defaultPath();
    return true;
}
} // namespace

int runAudienceImport(CommandContext &context)
{
    ImportOptions options;
    QString usage;
    if (!parseImport(context.args, options, usage))
        return fail(context, ExitUsage, usage);
    const auto format = audience::importFormatForFile(options.file);
    if (!format)
        return fail(context, ExitUsage,
                    QCoreApplication::translate("audience",
                                                "'%1' is neither CSV (.csv, .tsv) nor JSON (.json, .jsonl)")
                        .arg(options.file));
    QFile file(options.file);
    if (!file.open(QIODevice::ReadOnly))
        return fail(context, ExitFailure,
                    QCoreApplication::translate("audience", "cannot read '%1': %2")
                        .arg(options.file, file.errorString()));
    store::OpenOptions open;
    open.create = false;
    store::Database::OpenError error;
    auto ws = workspace::Workspace::open(options.workspace, open, &error);
    if (!ws)
        return fail(context, ExitWorkspaceUnavailable, error.error.message);
    const auto accounts = ws->accounts().all();
    if (!accounts)
        return fail(context, ExitFailure, accounts.error().message);
    std::optional<domain::Account> account;
    for (const auto &a : *accounts) {
        if (QString::number(a.id) == options.account || a.handle == options.account)
            account = a;
    }
    if (!account)
        return fail(context, ExitUsage,
                    QCoreApplication::translate("audience", "no account '%1' in this workspace")
                        .arg(options.account));
    const auto gazetteer = audience::Gazetteer::loadDefault();
    if (!gazetteer)
        return fail(context, ExitFailure,
                    QCoreApplication::translate("audience", "the gazetteer cannot be read"));
    audience::LocationResolver resolver(gazetteer);
    const audience::BioClassifier classifier;
    audience::FollowerImport importer(resolver, classifier);
    audience::ImportOutcome outcome = importer.read(file, *format);
    if (!outcome.acceptable()) {
        for (const auto &issue : std::as_const(outcome.issues))
            context.err << options.file << ':' << issue.line << ": " << issue.reason << Qt::endl;
        if (outcome.issueCount > outcome.issues.size())
            context.err << QCoreApplication::translate("audience", "… and %1 more")
                               .arg(outcome.issueCount - outcome.issues.size())
                        << Qt::endl;
        const int bad = int(std::min<qint64>(outcome.issueCount, std::numeric_limits<int>::max()));
        return fail(
            context, ExitBadInput,
            QCoreApplication::translate("audience", "nothing imported: %n bad line(s)", nullptr, bad));
    }
    domain::AudienceSnapshot snapshot = std::move(outcome.snapshot);
    snapshot.accountId = account->id;
    snapshot.takenAt = QDateTime::currentDateTimeUtc();
    if (options.followers >= snapshot.sampleSize)
        snapshot.followers = options.followers;
    const auto added = ws->audience().add(snapshot);
    if (!added)
        return fail(context, ExitFailure, added.error().message);
    context.out << QCoreApplication::translate("audience", "imported %1 followers of %2 as snapshot %3")
                       .arg(outcome.rows)
                       .arg(account->displayName)
                       .arg(*added)
                << Qt::endl;
    return ExitOk;
}

} // namespace cli
