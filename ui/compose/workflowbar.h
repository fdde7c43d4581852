#pragma once

#include "domain/workflow.h"

#include <QWidget>

class QPushButton;

namespace workspace {
class Workspace;
}

namespace ui {

// The workflow steps one can take on the selected variant: submit, verify, reject, schedule, unschedule,
// retry. Only the steps the state machine allows are enabled; each one is recorded in the audit log with its
// reason.
class WorkflowBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkflowBar)
public:
    explicit WorkflowBar(workspace::Workspace &workspace, QWidget *parent = nullptr);

    // The variant the buttons act on (0: none).
    void setVariant(qint64 variantId);

signals:
    // A step was taken (reload the list) or refused (message says why).
    void changed(qint64 variantId);
    void message(const QString &message);

private:
    void step(domain::VariantState to);
    void approve();
    void reject();
    void schedule(bool now);
    bool submittedByMe() const;

    workspace::Workspace &m_workspace;
    qint64 m_variant = 0;
    QPushButton *m_submit;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_schedule;
    QPushButton *m_publishNow;
    QPushButton *m_unschedule;
    QPushButton *m_retry;
};

} // namespace ui
