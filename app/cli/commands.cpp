#include "cli/audiencecommands.h"
#include "cli/classifycommand.h"
#include "cli/command.h"
#include "cli/countcommand.h"
#include "cli/mentionscommand.h"
#include "cli/publishcommand.h"
#include "cli/sandboxcommand.h"
#include "cli/versioncommand.h"
#include "cli/workspacecommands.h"

#include <QCoreApplication>

namespace cli {

const QList<Command> &commands()
{
    // Each command lives in its own file; this table only lists them.
    static const QList<Command> all = {
        {{QStringLiteral("version")},
         QString(),
         QCoreApplication::translate("cli", "Print the version and exit."),
         &runVersion},
        {{QStringLiteral("demo"), QStringLiteral("create")},
         QStringLiteral("PATH"),
         QCoreApplication::translate("cli", "Create the demo workspace in a new file."),
         &runDemoCreate},
        {{QStringLiteral("demo"), QStringLiteral("mentions")},
         QStringLiteral("--count N [--workspace PATH] [--seed S]"),
         QCoreApplication::translate("cli",
                                     "Add N generated mentions (English, Russian, Chinese; every stance) to a "
                                     "workspace through the real ingest path, with progress on stderr."),
         &runDemoMentions},
        {{QStringLiteral("workspace"), QStringLiteral("check")},
         QStringLiteral("PATH"),
         QCoreApplication::translate("cli",
                                     "Check a workspace's integrity and schema version without changing it."),
         &runWorkspaceCheck},
        {{QStringLiteral("publish")},
         QStringLiteral("[--workspace PATH] [--watch] [--interval SECONDS] [--lease-seconds N]"),
         QCoreApplication::translate(
             "cli", "Publish every approved variant that is due, exactly once (--watch: keep "
                    "publishing until stopped; one publisher per workspace at a time)."),
         &runPublish},
        {{QStringLiteral("count")},
         QStringLiteral("--platform x|weibo|facebook [--json]"),
         QCoreApplication::translate(
             "cli", "Count each line of standard input (with --json: each line a JSON string) "
                    "by the platform's rules; prints one JSON object per line, null for "
                    "a rejected line."),
         &runCount},
        {{QStringLiteral("classify")},
         QStringLiteral("[--json]"),
         QCoreApplication::translate(
             "cli", "Classify each line of standard input (with --json: each line a JSON "
                    "string): prints one JSON object per line with lang (en, ru, zh, other), "
                    "stance, score (-1 to 1) and the cues that decided it."),
         &runClassify},
        {{QStringLiteral("audience"), QStringLiteral("resolve")},
         QString(),
         QCoreApplication::translate("cli",
                                     "Resolve each line of standard input, a free-text profile location, "
                                     "offline: prints one JSON object per line with country (ISO 3166-1 "
                                     "alpha-2 or null), city (or null) and confidence (0 to 1)."),
         &runAudienceResolve},
        {{QStringLiteral("audience"), QStringLiteral("import")},
         QStringLiteral("--account ID|HANDLE [--workspace PATH] [--followers N] FILE"),
         QCoreApplication::translate("cli",
                                     "Import a follower export (CSV with a header naming location, bio and "
                                     "verified columns, or JSON objects) as one aggregate snapshot of the "
                                     "account; bad lines are listed with their numbers and then nothing is "
                                     "stored (exit code 4)."),
         &runAudienceImport},
        {{QStringLiteral("sandbox"), QStringLiteral("serve")},
         QStringLiteral("--port N [--seed S] [--rate PER_MINUTE]"),
         QCoreApplication::translate("cli",
                                     "Run the local sandbox of X, Facebook and Weibo on 127.0.0.1 until "
                                     "stopped (port 0 picks a free one; the first line names it)."),
         &runSandboxServe},
    };
    return all;
}

int fail(CommandContext &context, int code, const QString &message)
{
    context.err << "attachectl: " << message << Qt::endl;
    return code;
}

} // namespace cli
