#pragma once

#include <QObject>
#include <QString>
#include <memory>

class QTemporaryDir;

namespace workspace {
class Session;
class Workspace;
} // namespace workspace

namespace ui {

class MainWindow;
class Preferences;

// Holds the open workspace and the window that shows it; opens another workspace on request, and keeps the
// current one when the new one cannot be opened (the user is told why).
class Workbench final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workbench)
public:
    explicit Workbench(Preferences &preferences, QObject *parent = nullptr);
    ~Workbench() override;

    // Each returns false, after telling the user why, when nothing was opened.
    bool openWorkspace(const QString &path, bool create);
    bool openDemo();
    void show();

    MainWindow *window() const { return m_window.get(); }
    workspace::Workspace *workspace() const;
    workspace::Session *session() const { return m_session.get(); }
    // Renders each pane into dir as <pane>.png; returns the files written.
    QStringList saveScreenshots(const QString &dir);

    // When false (tests, screenshots) failures are written to stderr instead of shown in a dialog.
    void setInteractive(bool interactive) { m_interactive = interactive; }

private:
    void adopt(std::unique_ptr<workspace::Workspace> workspace, bool demo);
    void rebuildWindow();
    void report(const QString &message);
    void chooseAndOpen(bool create);
    void editSettings();

    Preferences &m_preferences;
    std::unique_ptr<workspace::Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_demoDir;
    bool m_interactive = true;
};

} // namespace ui
