#pragma once

#include "audience/dashboarddata.h"

#include <QWidget>
#include <memory>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QListView;
class QPushButton;
class QTableView;
class QThread;

namespace audience {
class PostMetricsSync;
}
namespace workspace {
class Session;
class Workspace;
} // namespace workspace

namespace ui {

class AccountListModel;
class AccountSelectionModel;
class AudienceSummaryModel;
class ChartRow;
class FollowerImportController;

// The Dashboards pane: each account's reach over a chosen range, and for the accounts picked (one, or several
// compared — overlaid in one chart or side by side) where their followers live, what they care about, who the
// verified ones are, how each post did, and what came back in the inbox. Aggregates only, never individuals.
//
// A refresh reads the workspace on a worker thread with its own connection (loadDashboard) and builds the
// charts on the GUI thread; the first one, at construction, is synchronous so the pane never opens empty.
class DashboardPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPane)
public:
    DashboardPane(workspace::Session &session, const AccountListModel &accounts, QWidget *parent = nullptr);
    ~DashboardPane() override;

    // Reads again in the background (after a sync, an import, a change of range or accounts).
    void reload();
    // Reads and redraws now, on this thread (the first load; tests and the bench).
    void reloadNow();

    // What the controls say; setters change the controls and reload.
    DashboardQuery currentQuery() const;
    void setRange(const QDate &from, const QDate &to);
    void setSelectedAccounts(const QList<qint64> &ids);
    void setSideBySide(bool sideBySide);
    // Every chart on the pane now (for tests, exports and screenshots).
    QList<QChart *> allCharts() const;
    bool isLoading() const { return m_loader != nullptr; }

signals:
    void statusMessage(const QString &message);
    void loaded();

private:
    void apply(const DashboardData &data);
    bool dark() const;
    void refreshAudience();
    void applyPreset(int index);
    void layOutShares();

    workspace::Session &m_session;
    workspace::Workspace &m_workspace;
    const AccountListModel &m_accounts;
    AccountSelectionModel *m_selection;
    AudienceSummaryModel *m_summary;
    QTableView *m_summaryView;
    QListView *m_accountList;
    QComboBox *m_mode;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QChartView *m_growth;
    QChartView *m_posts;
    QChartView *m_opinion;
    ChartRow *m_countries;
    ChartRow *m_interests;
    ChartRow *m_verified;
    ChartRow *m_cities;
    QGridLayout *m_grid;
    QPushButton *m_import;
    QPushButton *m_refresh;
    QLabel *m_refreshState;
    FollowerImportController *m_importer;
    audience::PostMetricsSync *m_metricsSync;
    QThread *m_loader = nullptr;
    bool m_reloadAgain = false;
    bool m_quiet = false; // while setting controls programmatically
};

} // namespace ui
