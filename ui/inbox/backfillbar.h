#pragma once

#include "inbox/backfill.h"

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ui {

// The foot of the inbox list: "Load older from the platforms" once the list has shown its last row, then the
// backfill's progress with a Cancel button, then its outcome in plain words (loaded, nothing older, X's
// limit, or what went wrong and that loading again resumes). The work itself runs in inbox::Backfill, off the
// GUI thread; this only shows it.
class BackfillBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackfillBar)
public:
    explicit BackfillBar(inbox::Backfill &backfill, QWidget *parent = nullptr);

    // Starts a backfill (nothing happens when one is running); the bar shows it.
    void start(const inbox::BackfillRequest &request);
    // What the Load older button of the bar reads: the accounts of the list's filter, described in words.
    void setScope(const QList<qint64> &accounts, const QString &description);
    // Running, or showing an outcome the user has not dismissed: the pane keeps the bar in sight.
    bool wantsToBeSeen() const;

    QPushButton *loadButton() const { return m_load; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *messageLabel() const { return m_message; }

signals:
    // The backfill ended having stored items the list does not show yet.
    void itemsStored(int stored);
    void optionsRequested();
    void visibilityWanted();

private:
    void showProgress(int done, int planned, int stored);
    void showOutcome(const QList<inbox::BackfillResult> &results);
    void showIdle();

    inbox::Backfill &m_backfill;
    QLabel *m_message;
    QProgressBar *m_progress;
    QPushButton *m_load;
    QPushButton *m_options;
    QPushButton *m_cancel;
    QPushButton *m_dismiss;
    QList<qint64> m_scope;
    QString m_scopeDescription;
    bool m_outcomeShown = false;
};

} // namespace ui
