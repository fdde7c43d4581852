#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace workspace {
class Workspace;
}

namespace ui {

class Preferences;

// Settings: the workspace's time zone, review of inbox replies and team members (stored in the workspace), and
// the interface language (this computer).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    SettingsDialog(workspace::Workspace &workspace, Preferences &preferences, QWidget *parent = nullptr);

    // Saves what changed; returns false (and says why) when the workspace refused it.
    bool apply();
    bool languageChanged() const { return m_languageChanged; }

private:
    workspace::Workspace &m_workspace;
    Preferences &m_preferences;
    QComboBox *m_timeZone;
    QComboBox *m_language;
    QLabel *m_example;
    QCheckBox *m_repliesNeedReview;
    QPlainTextEdit *m_team;
    bool m_languageChanged = false;
};

} // namespace ui
