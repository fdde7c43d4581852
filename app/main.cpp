// attache: the GUI entry. Parses the command line, installs the translation, opens a workspace, shows it.
#include "i18n.h"
#include "shell/mainwindow.h"
#include "shell/preferences.h"
#include "shell/style.h"
#include "shell/workbench.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLoggingCategory>
#include <QTextStream>

namespace {
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2, ExitWorkspaceUnavailable = 3 };
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Request traces are for developers (QT_LOGGING_RULES="attache.*.debug=true" turns them on).
    QLoggingCategory::setFilterRules(QStringLiteral("attache.*.debug=false"));
    QApplication::setOrganizationName(QStringLiteral("Attache"));
    QApplication::setApplicationName(QStringLiteral("attache"));
    QApplication::setApplicationDisplayName(QStringLiteral("Attaché"));
    QApplication::setApplicationVersion(QStringLiteral(ATTACHE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.attache.Attache"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"), QApplication::translate("main", "Open a freshly generated demo workspace."));
    const QCommandLineOption workspacePath(QStringLiteral("workspace"),
                                           QApplication::translate("main", "Open the workspace at PATH."),
                                           QStringLiteral("PATH"));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QApplication::translate("main", "Save a screenshot of every pane into DIR and exit."),
        QStringLiteral("DIR"));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QApplication::translate("main", "Interface language (en, ru, zh_CN)."),
                                      QStringLiteral("LANG"));
    parser.addOptions({demo, workspacePath, screenshots, language});
    parser.process(app);

    ui::Preferences preferences;
    i18n::install(app, parser.isSet(language) ? parser.value(language) : preferences.language());
    ui::applyStyle(app);

    ui::Workbench workbench(preferences);
    const bool headless = parser.isSet(screenshots);
    workbench.setInteractive(!headless);
    bool opened = false;
    if (parser.isSet(demo)) {
        opened = workbench.openDemo();
    } else {
        QString path = parser.value(workspacePath);
        if (path.isEmpty())
            path = preferences.lastWorkspace();
        if (path.isEmpty())
            path = workspace::Workspace::defaultPath();
        opened = workbench.openWorkspace(path, true);
    }
    if (!opened)
        return ExitWorkspaceUnavailable;

    if (headless) {
        const QStringList files = workbench.saveScreenshots(parser.value(screenshots));
        QTextStream out(stdout);
        for (const QString &file : files)
            out << QDir::toNativeSeparators(file) << '\n';
        return files.size() == ui::MainWindow::PaneCount ? ExitOk : ExitFailure;
    }
    workbench.show();
    return app.exec();
}
