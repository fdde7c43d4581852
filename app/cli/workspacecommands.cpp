#include "cli/workspacecommands.h"

#include "store/migrations.h"
#include "workspace/demo.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace cli {

namespace {
} // namespace

int runDemoCreate(CommandContext &context)
{
    if (context.args.size() != 1)
        return fail(context, ExitUsage,
                    QCoreApplication::translate("cli", "usage: attachectl demo create PATH"));
    const QString path = context.args.first();
    if (QFileInfo::exists(path))
        return fail(
            context, ExitFailure,
            QCoreApplication::translate("cli", "%1 already exists; the demo is only created in a new file.")
                .arg(path));
    store::Database::OpenError error;
    auto workspace = workspace::Workspace::open(path, {}, &error);
    if (!workspace)
        return fail(context, ExitWorkspaceUnavailable, error.error.message);
    if (const auto created = workspace::createDemo(*workspace); !created) {
        // The file is new and half-made: remove it rather than leave a workspace that looks valid.
        workspace.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        return fail(context, ExitFailure, created.error().message);
    }
    context.out << QCoreApplication::translate("cli", "Created the demo workspace %1").arg(path) << Qt::endl;
    return ExitOk;
}

int runWorkspaceCheck(CommandContext &context)
{
    if (context.args.size() != 1)
        return fail(context, ExitUsage,
                    QCoreApplication::translate("cli", "usage: attachectl workspace check PATH"));
    store::OpenOptions options;
    options.create = false;
    options.migrate = false; // a check never changes the file
    options.readOnly = true;
    store::Database::OpenError error;
    auto workspace = workspace::Workspace::open(context.args.first(), options, &error);
    if (!workspace)
        return fail(context, ExitWorkspaceUnavailable, error.error.message);
    const auto problems = workspace->database().checkIntegrity();
    if (!problems)
        return fail(context, ExitFailure, problems.error().message);
    const int version = workspace->database().schemaVersion();
    context.out << QCoreApplication::translate("cli",
                                               "schema version: %1 (this version of Attaché writes %2)")
                       .arg(version)
                       .arg(store::latestSchemaVersion())
                << '\n';
    if (version < store::latestSchemaVersion())
        context.out << QCoreApplication::translate(
                           "cli",
                           "upgrade: the workspace will be upgraded (after a backup) when it is next opened")
                    << '\n';
    if (problems->isEmpty()) {
        context.out << QCoreApplication::translate("cli", "integrity: ok") << Qt::endl;
        return ExitOk;
    }
    for (const QString &p : *problems)
        context.out << QCoreApplication::translate("cli", "integrity: %1").arg(p) << '\n';
    context.out.flush();
    return fail(context, ExitFailure,
                QCoreApplication::translate("cli", "the workspace is damaged (%n problem(s))", nullptr,
                                            int(problems->size())));
}

} // namespace cli
