#pragma once

#include <QWidget>

class QChartView;
class QComboBox;
class QTableView;

namespace workspace {
class Workspace;
}

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
    DashboardPane(workspace::Workspace &workspace, const AccountListModel &accounts,
                  QWidget *parent = nullptr);

    void reload();

signals:
    void statusMessage(const QString &message);

private:
    void showAccount();
    bool dark() const;

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
};

} // namespace ui
