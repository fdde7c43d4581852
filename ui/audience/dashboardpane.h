#pragma once

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace workspace {
class Session;
class Workspace;
} // namespace workspace

namespace ui {

class AccountListModel;
class AudienceSummaryModel;

// The Dashboards pane: each account's reach today and over the year, and for one chosen account where its
// followers live, what they care about and who the verified ones are. Aggregates only, never individuals.
class DashboardPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPane)
public:
    DashboardPane(workspace::Session &session, const AccountListModel &accounts, QWidget *parent = nullptr);

    void reload();

signals:
    void statusMessage(const QString &message);

private:
    void showAccount();
    bool dark() const;
    void refreshAudience();

    workspace::Session &m_session;
    workspace::Workspace &m_workspace;
    const AccountListModel &m_accounts;
    AudienceSummaryModel *m_summary;
    QTableView *m_summaryView;
    QComboBox *m_account;
    QChartView *m_growth;
    QChartView *m_countries;
    QChartView *m_interests;
    QChartView *m_verified;
    QChartView *m_cities;
    QChartView *m_opinion;
    QPushButton *m_refresh;
    QLabel *m_refreshState;
};

} // namespace ui
