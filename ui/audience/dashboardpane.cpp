#include "audience/dashboardpane.h"

#include "audience/accountselectionmodel.h"
#include "audience/audiencesummarymodel.h"
#include "audience/audiencesync.h"
#include "audience/chartexport.h"
#include "audience/comparisoncharts.h"
#include "audience/followerimportcontroller.h"
#include "audience/postmetricssync.h"
#include "common/accountlistmodel.h"
#include "workspace/connections.h"
#include "workspace/session.h"
#include "workspace/workspace.h"

#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

namespace ui {

namespace {
QChartView *newChartView(int minimumHeight = 340)
{
    auto *view = new QChartView;
    view->setRenderHint(QPainter::Antialiasing);
    chartexport::addExportMenu(view);
    view->setMinimumHeight(minimumHeight);
    return view;
}

void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

enum Preset { Last30Days, Last90Days, LastYear, AllTime, Custom };
} // namespace

// One dimension's charts: one overlaid chart, or one per account side by side. Views are reused.
class ChartRow final : public QWidget
{
public:
    ChartRow() : m_layout(new QHBoxLayout(this)) { m_layout->setContentsMargins(0, 0, 0, 0); }

    void setCharts(const QList<QChart *> &charts)
    {
        while (m_views.size() < charts.size()) {
            m_views << newChartView();
            m_layout->addWidget(m_views.last());
        }
        for (qsizetype i = 0; i < m_views.size(); ++i) {
            if (i < charts.size()) {
                replaceChart(m_views[i], charts[i]);
                m_views[i]->show();
            } else {
                replaceChart(m_views[i], new QChart);
                m_views[i]->hide();
            }
        }
    }
    QList<QChart *> charts() const
    {
        QList<QChart *> out;
        for (auto *v : m_views) {
            if (v->isVisibleTo(this) && v->chart())
                out << v->chart();
        }
        return out;
    }

private:
    QHBoxLayout *m_layout;
    QList<QChartView *> m_views;
};

DashboardPane::DashboardPane(workspace::Session &session, const AccountListModel &accounts, QWidget *parent)
    : QWidget(parent), m_session(session), m_workspace(session.workspace()), m_accounts(accounts),
      m_selection(new AccountSelectionModel(this)), m_summary(new AudienceSummaryModel(this)),
      m_summaryView(new QTableView), m_accountList(new QListView), m_mode(new QComboBox), m_preset(new QComboBox),
      m_from(new QDateEdit), m_to(new QDateEdit), m_growth(newChartView(320)), m_posts(newChartView(320)),
      m_opinion(newChartView()), m_countries(new ChartRow), m_interests(new ChartRow), m_verified(new ChartRow),
      m_cities(new ChartRow), m_grid(nullptr), m_import(new QPushButton(tr("Import followers…"))),
      m_refresh(new QPushButton(tr("Refresh audience"))), m_refreshState(new QLabel),
      m_importer(new FollowerImportController(session.workspace().database(), this)),
      m_metricsSync(new audience::PostMetricsSync(session.workspace().database(), session.connections(), this))
{
    auto *title = new QLabel(tr("Audience"));
    title->setObjectName(QStringLiteral("paneTitle"));
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(24);
    auto *rangeSlot = new QHBoxLayout;
    header->addLayout(rangeSlot);
    header->addStretch();
    m_refreshState->setObjectName(QStringLiteral("hint"));
    m_refresh->setToolTip(tr("Read each account's followers, page insights and post metrics from its platform "
                             "now and add a snapshot of the aggregates."));
    m_import->setToolTip(tr("Add a snapshot from a follower export (CSV or JSON with location, bio and "
                            "verified columns). A file with a bad line is refused whole."));
    connect(m_refresh, &QPushButton::clicked, this, &DashboardPane::refreshAudience);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = m_selection->checkedIds();
        QStringList names;
        int current = 0;
        for (const auto &a : m_accounts.accounts()) {
            if (!ids.isEmpty() && a.id == ids.first())
                current = int(names.size());
            names << a.displayName;
        }
        if (names.isEmpty())
            return;
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Import followers"),
                                                     tr("The account the export belongs to:"), names, current,
                                                     false, &ok);
        if (!ok)
            return;
        m_importer->importInto(m_accounts.accounts().at(names.indexOf(chosen)));
    });
    connect(m_importer, &FollowerImportController::statusMessage, this, &DashboardPane::statusMessage);
    connect(m_importer, &FollowerImportController::imported, this, [this] { reload(); });
    header->addWidget(m_refreshState);
    header->addWidget(m_import);
    header->addWidget(m_refresh);

    // Which accounts, how, over which days.
    m_selection->setSourceModel(const_cast<AccountListModel *>(&accounts));
    m_accountList->setModel(m_selection);
    // One row of ticks across the pane.
    m_accountList->setFlow(QListView::LeftToRight);
    m_accountList->setWrapping(false);
    m_accountList->setSpacing(4);
    m_accountList->setIconSize(QSize(16, 16));
    m_accountList->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_accountList->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_accountList->setFixedHeight(m_accountList->fontMetrics().height() + 22);
    m_accountList->setFrameShape(QFrame::NoFrame);
    m_accountList->setToolTip(tr("Tick the accounts to show; several are compared."));
    m_mode->addItem(tr("Overlaid"));
    m_mode->addItem(tr("Side by side"));
    m_mode->setToolTip(tr("Compare the ticked accounts in one chart each, or with a chart per account."));
    m_preset->addItems({tr("Last 30 days"), tr("Last 90 days"), tr("Last 12 months"), tr("All time"), tr("Custom")});
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Accounts:")));
    controls->addWidget(m_accountList, 1);
    controls->addWidget(m_mode);
    auto *range = new QHBoxLayout;
    range->addWidget(new QLabel(tr("Range:")));
    range->addWidget(m_preset);
    range->addWidget(m_from);
    range->addWidget(new QLabel(QStringLiteral("–")));
    range->addWidget(m_to);
    rangeSlot->addLayout(range);

    m_summaryView->setModel(m_summary);
    m_summaryView->verticalHeader()->hide();
    m_summaryView->setSelectionMode(QAbstractItemView::NoSelection);
    m_summaryView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_summaryView->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_summaryView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *page = new QWidget;
    m_grid = new QGridLayout(page);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->addWidget(m_summaryView, 0, 0, 1, 2);
    m_grid->addWidget(m_growth, 1, 0, 1, 2);
    m_grid->addWidget(m_posts, 2, 0, 1, 2);
    m_grid->addWidget(m_opinion, 7, 0, 1, 2);
    layOutShares();
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
    layout->addLayout(controls);
    layout->addWidget(scroll, 1);
    layout->addWidget(note);

    // The first account is shown at first; a year, as the growth story needs.
    m_quiet = true;
    if (!m_accounts.accounts().isEmpty())
        m_selection->setChecked({m_accounts.accounts().first().id});
    m_preset->setCurrentIndex(LastYear);
    applyPreset(LastYear);
    m_quiet = false;
    connect(m_selection, &AccountSelectionModel::checkedChanged, this, [this] {
        if (!m_quiet)
            reload();
    });
    connect(m_selection, &QAbstractItemModel::modelReset, this, [this] {
        // New accounts (a workspace opened): keep the ticks that still exist, else tick the first.
        if (m_selection->checkedIds().isEmpty() && !m_accounts.accounts().isEmpty())
            m_selection->setChecked({m_accounts.accounts().first().id});
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        layOutShares();
        if (!m_quiet)
            reload();
    });
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_quiet)
            applyPreset(index);
    });
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_quiet)
                return;
            m_quiet = true;
            m_preset->setCurrentIndex(Custom);
            m_quiet = false;
            reload();
        });
    }
    reloadNow();
}

DashboardPane::~DashboardPane()
{
    // The loader reads through a reference to the workspace: it must be done before the pane goes.
    if (m_loader) {
        m_loader->wait();
        delete m_loader;
    }
}

void DashboardPane::layOutShares()
{
    // Overlaid: two dimensions a row. Side by side: a row per dimension, a chart per account across it.
    const bool sideBySide = m_mode->currentIndex() == 1;
    ChartRow *rows[] = {m_countries, m_interests, m_verified, m_cities};
    for (int i = 0; i < 4; ++i) {
        m_grid->removeWidget(rows[i]);
        if (sideBySide)
            m_grid->addWidget(rows[i], 3 + i, 0, 1, 2);
        else
            m_grid->addWidget(rows[i], 3 + i / 2, i % 2);
    }
}

void DashboardPane::applyPreset(int index)
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QDate from = today;
    switch (index) {
    case Last30Days:
        from = today.addDays(-29);
        break;
    case Last90Days:
        from = today.addDays(-89);
        break;
    case LastYear:
        from = today.addYears(-1);
        break;
    case AllTime:
        from = QDate(2006, 1, 1); // older than any account's first snapshot
        break;
    default:
        return; // Custom: the dates as they are
    }
    const bool quiet = m_quiet;
    m_quiet = true;
    m_from->setDate(from);
    m_to->setDate(today);
    m_quiet = quiet;
    if (!m_quiet)
        reload();
}

DashboardQuery DashboardPane::currentQuery() const
{
    DashboardQuery q;
    q.all = m_accounts.accounts();
    q.selected = m_selection->checkedIds();
    q.from = m_from->date();
    q.to = m_to->date();
    if (q.to < q.from)
        std::swap(q.from, q.to);
    return q;
}

void DashboardPane::setRange(const QDate &from, const QDate &to)
{
    m_quiet = true;
    m_preset->setCurrentIndex(Custom);
    m_from->setDate(from);
    m_to->setDate(to);
    m_quiet = false;
    reload();
}

void DashboardPane::setSelectedAccounts(const QList<qint64> &ids)
{
    m_quiet = true;
    m_selection->setChecked(ids);
    m_quiet = false;
    reload();
}

void DashboardPane::setSideBySide(bool sideBySide)
{
    m_mode->setCurrentIndex(sideBySide ? 1 : 0);
}

QList<QChart *> DashboardPane::allCharts() const
{
    QList<QChart *> out{m_growth->chart(), m_posts->chart()};
    for (ChartRow *row : {m_countries, m_interests, m_verified, m_cities})
        out += row->charts();
    out << m_opinion->chart();
    return out;
}

void DashboardPane::reloadNow()
{
    apply(loadDashboard(m_workspace.database(), currentQuery()));
}

void DashboardPane::reload()
{
    // One load at a time; a change while it runs asks for one more afterwards with the newest settings.
    if (m_loader) {
        m_reloadAgain = true;
        return;
    }
    const DashboardQuery query = currentQuery();
    auto result = std::make_shared<std::optional<DashboardData>>();
    const store::Database &database = m_workspace.database();
    // Its own connection: SQLite and PostgreSQL connections belong to the thread that opened them.
    m_loader = QThread::create([result, query, &database] {
        store::Database::OpenError error;
        if (auto connection = database.openAnother(&error))
            *result = loadDashboard(*connection, query);
    });
    connect(m_loader, &QThread::finished, this, [this, result, query] {
        m_loader->deleteLater();
        m_loader = nullptr;
        // A connection that cannot be opened (a locked file): read on this thread instead.
        apply(result->has_value() ? std::move(**result) : loadDashboard(m_workspace.database(), query));
        if (std::exchange(m_reloadAgain, false))
            reload();
    });
    m_loader->start();
}

void DashboardPane::refreshAudience()
{
    audience::AudienceSync &sync = m_session.audienceSync();
    if (sync.isRunning() || m_metricsSync->isRunning())
        return;
    // Connected once per pane; the sync lives as long as the session.
    if (!m_refresh->property("wired").toBool()) {
        m_refresh->setProperty("wired", true);
        connect(&sync, &audience::AudienceSync::progress, this,
                [this](qint64, int read) { m_refreshState->setText(tr("Reading followers… %1").arg(read)); });
        connect(&sync, &audience::AudienceSync::accountFailed, this,
                [this](qint64, const QString &message) { emit statusMessage(message); });
        connect(&sync, &audience::AudienceSync::finished, this, [this](int snapshots) {
            m_refreshState->setText(tr("%n account(s) refreshed; reading post metrics…", nullptr, snapshots));
            m_metricsSync->syncAll();
        });
        connect(m_metricsSync, &audience::PostMetricsSync::accountFailed, this,
                [this](qint64, const QString &message) { emit statusMessage(message); });
        connect(m_metricsSync, &audience::PostMetricsSync::finished, this, [this](int posts) {
            m_refresh->setEnabled(true);
            m_refreshState->setText(tr("Audience refreshed; %n post(s) measured", nullptr, posts));
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

void DashboardPane::apply(const DashboardData &data)
{
    for (const QString &error : data.errors)
        emit statusMessage(error);
    m_summary->setRows(data.summary);
    // The summary is short: show every row rather than a scroll bar inside the page's scroll area.
    m_summaryView->setFixedHeight(m_summaryView->horizontalHeader()->sizeHint().height() +
                                  m_summaryView->verticalHeader()->length() + 2 * m_summaryView->frameWidth());
    const bool isDark = dark();
    const QDate from = data.query.from, to = data.query.to;
    replaceChart(m_growth, charts::growthWithPosts(data.accounts, from, to, isDark));
    replaceChart(m_posts, charts::postPerformance(data.accounts, 24, isDark));
    replaceChart(m_opinion, charts::stanceOverRange(data.stance, from, to, isDark));
    using D = domain::AudienceDimension;
    const bool sideBySide = m_mode->currentIndex() == 1 && data.accounts.size() > 1;
    const struct
    {
        ChartRow *row;
        D dimension;
        QString title;
        int limit;
    } sections[] = {{m_countries, D::Country, tr("Where followers live"), 7},
                    {m_interests, D::Interest, tr("What they care about"), 8},
                    {m_verified, D::VerifiedKind, tr("Verified followers by kind"), 8},
                    {m_cities, D::City, tr("Cities"), 8}};
    for (const auto &s : sections) {
        QList<QChart *> built;
        if (sideBySide) {
            for (const auto &account : data.accounts)
                built << charts::shareComparison({account}, s.dimension,
                                                  QStringLiteral("%1: %2").arg(account.account.displayName, s.title),
                                                  s.limit, isDark);
        } else {
            built << charts::shareComparison(data.accounts, s.dimension, s.title, s.limit, isDark);
        }
        s.row->setCharts(built);
    }
    emit loaded();
}

} // namespace ui
