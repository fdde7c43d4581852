#include "shell/workbench.h"

#include "shell/mainwindow.h"
#include "shell/preferences.h"
#include "shell/settingsdialog.h"
#include "workspace/demo.h"
#include "workspace/session.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTextStream>

namespace ui {

Workbench::Workbench(Preferences &preferences, QObject *parent) : QObject(parent), m_preferences(preferences)
{
}

Workbench::~Workbench()
{
    // The window shows the workspace: it goes first.
    m_window.reset();
    m_session.reset();
}

workspace::Workspace *Workbench::workspace() const
{
    return m_session ? &m_session->workspace() : nullptr;
}

bool Workbench::openWorkspace(const QString &path, bool create)
{
    store::OpenOptions options;
    options.create = create;
    store::Database::OpenError error;
    auto opened = workspace::Workspace::open(path, options, &error);
    if (!opened) {
        report(error.error.message);
        return false;
    }
    if (!opened->database().lastBackupPath().isEmpty() && m_interactive) {
        QMessageBox::information(
            m_window.get(), tr("Workspace upgraded"),
            tr("The workspace was upgraded to this version of Attaché. A copy of it as it was "
               "is kept in “%1”.")
                .arg(QDir::toNativeSeparators(opened->database().lastBackupPath())));
    }
    m_preferences.setLastWorkspace(path);
    m_demoDir.reset();
    adopt(std::move(opened), false);
    return true;
}

bool Workbench::openDemo()
{
    // A fresh demo every time, in a folder that disappears with it: the demo never touches real work.
    auto dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid()) {
        report(tr("A temporary folder for the demo could not be created: %1").arg(dir->errorString()));
        return false;
    }
    store::Database::OpenError error;
    auto opened = workspace::Workspace::open(dir->filePath(QStringLiteral("demo.attache")), {}, &error);
    if (!opened) {
        report(error.error.message);
        return false;
    }
    if (const auto created = workspace::createDemo(*opened); !created) {
        report(created.error().message);
        return false;
    }
    m_window.reset();
    m_demoDir = std::move(dir);
    adopt(std::move(opened), true);
    return true;
}

void Workbench::adopt(std::unique_ptr<workspace::Workspace> workspace, bool demo)
{
    const bool wasVisible = m_window && m_window->isVisible();
    m_window.reset();
    m_session.reset();
    m_session = std::make_unique<workspace::Session>(
        std::move(workspace), demo ? workspace::Session::Mode::Demo : workspace::Session::Mode::Real);
    rebuildWindow();
    if (wasVisible)
        m_window->show();
}

void Workbench::rebuildWindow()
{
    const int pane = m_window ? m_window->currentPane() : 0;
    const QByteArray geometry = m_window ? m_window->saveGeometry() : QByteArray();
    const bool visible = m_window && m_window->isVisible();
    m_window.reset(); // its publisher connections go with it
    m_window = std::make_unique<MainWindow>(*m_session);
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    m_window->showPane(pane);
    connect(m_window.get(), &MainWindow::newWorkspaceRequested, this, [this] { chooseAndOpen(true); });
    connect(m_window.get(), &MainWindow::openWorkspaceRequested, this, [this] { chooseAndOpen(false); });
    connect(m_window.get(), &MainWindow::openDemoRequested, this, [this] {
        if (openDemo())
            m_window->show();
    });
    connect(m_window.get(), &MainWindow::settingsRequested, this, &Workbench::editSettings);
    if (visible)
        m_window->show();
}

void Workbench::show()
{
    if (m_window)
        m_window->show();
}

void Workbench::chooseAndOpen(bool create)
{
    const QString filter = tr("Attaché workspaces (*.attache);;All files (*)");
    const QString start = QFileInfo(m_preferences.lastWorkspace()).absolutePath();
    const QString path =
        create ? QFileDialog::getSaveFileName(m_window.get(), tr("New Workspace"), start, filter)
               : QFileDialog::getOpenFileName(m_window.get(), tr("Open Workspace"), start, filter);
    if (path.isEmpty())
        return;
    if (create && QFileInfo::exists(path)) {
        report(tr("“%1” already exists. Choose a new name for a new workspace, or open it instead.")
                   .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (openWorkspace(path, create))
        m_window->show();
}

void Workbench::editSettings()
{
    SettingsDialog dialog(m_session->workspace(), m_preferences, m_window.get());
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Times are formatted when the panes are built: rebuild them in the new time zone.
    rebuildWindow();
}

void Workbench::report(const QString &message)
{
    if (m_interactive) {
        QMessageBox::critical(m_window.get(), tr("Attaché"), message);
    } else {
        QTextStream(stderr) << "attache: " << message << Qt::endl;
    }
}

QStringList Workbench::saveScreenshots(const QString &dir)
{
    QStringList written;
    if (!m_window || !QDir().mkpath(dir)) {
        report(tr("The folder “%1” cannot be created.").arg(dir));
        return written;
    }
    m_window->show();
    for (int pane = 0; pane < MainWindow::PaneCount; ++pane) {
        m_window->showPane(pane);
        QApplication::processEvents();
        const QString file = QDir(dir).filePath(MainWindow::paneName(pane) + QStringLiteral(".png"));
        if (m_window->grab().save(file))
            written << file;
        else
            report(tr("The screenshot “%1” could not be written.").arg(file));
    }
    return written;
}

} // namespace ui
