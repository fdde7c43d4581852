#include "audience/dashboardpane.h"

#include "audience/audiencecharts.h"
#include "audience/audiencesummarymodel.h"
#include "audience/audiencesync.h"
#include "audience/chartexport.h"
#include "common/accountlistmodel.h"
#include "workspace/session.h"
#include "workspace/workspace.h"

#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

namespace {
QChartView *newChartView()
{
    auto *view = new QChartView;
    view->setRenderHint(QPainter::Antialiasing);
    chartexport::addExportMenu(view);
    view->setMinimumHeight(340);
    return view;
}

void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}
} // namespace

DashboardPane::DashboardPane(workspace::Session &session, const AccountListModel &accounts, QWidget *parent)
    : QWidget(parent), m_session(session), m_workspace(session.workspace()), m_accounts(accounts),
      m_summary(new AudienceSummaryModel(this)), m_summaryView(new QTableView), m_account(new QComboBox),
      m_growth(newChartView()), m_countries(newChartView()), m_interests(newChartView()),
      m_verified(newChartView()), m_cities(newChartView()), m_opinion(newChartView()),
      m_refresh(new QPushButton(tr("Refresh audience"))), m_refreshState(new QLabel)
{
    auto *title = new QLabel(tr("Audience"));
    title->setObjectName(QStringLiteral("paneTitle"));
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    m_refreshState->setObjectName(QStringLiteral("hint"));
    m_refresh->setToolTip(tr("Read each account's followers from its platform now and add a snapshot of the "
                             "aggregates."));
    connect(m_refresh, &QPushButton::clicked, this, &DashboardPane::refreshAudience);
    header->addWidget(m_refreshState);
    header->addWidget(m_refresh);
    header->addSpacing(12);
    header->addWidget(new QLabel(tr("Breakdown for:")));
    header->addWidget(m_account);
    m_account->setModel(const_cast<AccountListModel *>(&accounts));
    connect(m_account, &QComboBox::currentIndexChanged, this, &DashboardPane::showAccount);

    m_summaryView->setModel(m_summary);
    m_summaryView->verticalHeader()->hide();
    m_summaryView->setSelectionMode(QAbstractItemView::NoSelection);
    m_summaryView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_summaryView->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_summaryView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // Two columns so category names have room; the page scrolls rather than squeezing the charts.
    auto *page = new QWidget;
    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_summaryView, 0, 0, 1, 2);
    grid->addWidget(m_growth, 1, 0, 1, 2);
    grid->addWidget(m_countries, 2, 0);
    grid->addWidget(m_interests, 2, 1);
    grid->addWidget(m_verified, 3, 0);
    grid->addWidget(m_cities, 3, 1);
    grid->addWidget(m_opinion, 4, 0, 1, 2);
    m_growth->setMinimumHeight(300);
    auto *scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *note = new QLabel(tr("Only aggregate figures are shown: platform rules forbid profiling individual "
                               "followers."));
    note->setObjectName(QStringLiteral("hint"));
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(scroll, 1);
    layout->addWidget(note);
    reload();
}

void DashboardPane::refreshAudience()
{
    audience::AudienceSync &sync = m_session.audienceSync();
    if (sync.isRunning())
        return;
    // Connected once per pane; the sync lives as long as the session.
    if (!m_refresh->property("wired").toBool()) {
        m_refresh->setProperty("wired", true);
        connect(&sync, &audience::AudienceSync::progress, this,
                [this](qint64, int read) { m_refreshState->setText(tr("Reading followers… %1").arg(read)); });
        connect(&sync, &audience::AudienceSync::accountFailed, this,
                [this](qint64, const QString &message) { emit statusMessage(message); });
        connect(&sync, &audience::AudienceSync::finished, this, [this](int snapshots) {
            m_refresh->setEnabled(true);
            m_refreshState->setText(tr("%n account(s) refreshed", nullptr, snapshots));
            reload();
        });
    }
    m_refresh->setEnabled(false);
    m_refreshState->setText(tr("Reading followers…"));
    sync.syncAll();
}

bool DashboardPane::dark() const
{
    return palette().color(QPalette::Window).lightness() < 128;
}

void DashboardPane::reload()
{
    QList<charts::AccountHistory> histories;
    QList<AudienceSummaryModel::Row> rows;
    for (const auto &account : m_accounts.accounts()) {
        auto history = m_workspace.audience().followerHistory(account.id);
        if (!history) {
            emit statusMessage(history.error().message);
            continue;
        }
        if (history->isEmpty())
            continue;
        AudienceSummaryModel::Row row{account, history->last().followers, history->first().followers,
                                      history->last().verifiedFollowers, 0};
        const QDateTime monthAgo = history->last().at.addDays(-30);
        for (const auto &p : *history) {
            if (p.at <= monthAgo)
                row.followersMonthAgo = p.followers;
        }
        if (const auto latest = m_workspace.audience().latest(account.id))
            row.sample = latest->sampleSize;
        rows << row;
        histories.append({account, std::move(history).value()});
    }
    m_summary->setRows(rows);
    // The summary is short: show every row rather than a scroll bar inside the page's scroll area.
    m_summaryView->setFixedHeight(m_summaryView->horizontalHeader()->sizeHint().height() +
                                  m_summaryView->verticalHeader()->length() +
                                  2 * m_summaryView->frameWidth());
    replaceChart(m_growth, charts::followerGrowth(histories, dark()));
    // The last two weeks of what came back, by stance: what the weekly report to the ministry is about.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate from = today.addDays(-13);
    const auto days = m_workspace.mentions().stanceByDay(QDateTime(from, QTime(0, 0), Qt::UTC));
    if (days)
        replaceChart(m_opinion, charts::stanceMix(*days, from, today, dark()));
    else
        emit statusMessage(days.error().message);
    showAccount();
}

void DashboardPane::showAccount()
{
    const qint64 id = m_account->currentData(AccountListModel::AccountIdRole).toLongLong();
    const auto snapshot = m_workspace.audience().latest(id);
    if (!snapshot) {
        emit statusMessage(snapshot.error().message);
        return;
    }
    using D = domain::AudienceDimension;
    replaceChart(m_countries,
                 charts::shareBars(*snapshot, D::Country, tr("Where followers live"), 7, dark()));
    replaceChart(m_interests,
                 charts::shareBars(*snapshot, D::Interest, tr("What they care about"), 8, dark()));
    replaceChart(m_verified,
                 charts::shareBars(*snapshot, D::VerifiedKind, tr("Verified followers by kind"), 8, dark()));
    replaceChart(m_cities, charts::shareBars(*snapshot, D::City, tr("Cities"), 8, dark()));
}

} // namespace ui
