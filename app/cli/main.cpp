// attachectl: headless commands over a workspace. QCoreApplication only: no widgets are linked.
#include "cli/dispatcher.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Request traces are for developers (QT_LOGGING_RULES="attache.*.debug=true" turns them on).
    QLoggingCategory::setFilterRules(QStringLiteral("attache.*.debug=false"));
    QCoreApplication::setOrganizationName(QStringLiteral("Attache"));
    QCoreApplication::setApplicationName(QStringLiteral("attache"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATTACHE_VERSION));

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 1;
    QTextStream out(stdout);
    QTextStream err(stderr);
    return cli::dispatch(app.arguments().mid(1), out, err, in);
}
