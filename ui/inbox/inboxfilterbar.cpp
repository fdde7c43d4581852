#include "inbox/inboxfilterbar.h"

#include "common/accountlistmodel.h"
#include "common/icons.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLocale>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

namespace ui {

namespace {
// Item data of the assignee combo: a name, or one of these.
const QString kAnyone = QStringLiteral("\x01any");
const QString kNobody = QStringLiteral("\x01none");

QComboBox *makeCombo(const QString &name, const QString &accessible)
{
    auto *combo = new QComboBox;
    combo->setObjectName(name);
    combo->setAccessibleName(accessible);
    // Shrinks to a few letters rather than pushing the window wider than the screen (or the sidebar off it);
    // the open list still shows every choice whole.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    return combo;
}
} // namespace

InboxFilterBar::InboxFilterBar(const AccountListModel &accounts, const QTimeZone &zone, QWidget *parent)
    : QWidget(parent), m_accounts(accounts), m_account(makeCombo(QStringLiteral("filterAccount"), tr("Account"))),
      m_platform(makeCombo(QStringLiteral("filterPlatform"), tr("Platform"))),
      m_language(makeCombo(QStringLiteral("filterLanguage"), tr("Language"))),
      m_stance(makeCombo(QStringLiteral("filterStance"), tr("Stance"))),
      m_status(makeCombo(QStringLiteral("filterStatus"), tr("Status"))),
      m_assignee(makeCombo(QStringLiteral("filterAssignee"), tr("Assignee"))),
      m_period(makeCombo(QStringLiteral("filterPeriod"), tr("Period"))), m_from(new QDateEdit), m_to(new QDateEdit), m_zone(zone), m_notable(new QToolButton),
      m_search(new QLineEdit),
      m_debounce(new QTimer(this))
{
    fillAccounts();
    connect(&m_accounts, &QAbstractItemModel::modelReset, this, &InboxFilterBar::fillAccounts);

    m_platform->addItem(tr("All platforms"), -1);
    for (const auto p : {domain::Platform::X, domain::Platform::Facebook, domain::Platform::Weibo})
        m_platform->addItem(platformIcon(p), domain::platformDisplayName(p), int(p));

    m_language->addItem(tr("All languages"), QString());
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Russian"), QStringLiteral("ru"));
    m_language->addItem(tr("Chinese"), QStringLiteral("zh"));
    m_language->addItem(tr("Other languages"), QStringLiteral("other"));

    m_stance->addItem(tr("Every stance"), -1);
    for (const auto s : {domain::Stance::Criticism, domain::Stance::Question, domain::Stance::Support,
                         domain::Stance::Neutral})
        m_stance->addItem(domain::stanceDisplayName(s), int(s));

    m_status->addItem(tr("Open (not done)"), -2);
    m_status->addItem(tr("Every status"), -1);
    for (const auto s : {domain::MentionStatus::New, domain::MentionStatus::Assigned, domain::MentionStatus::Replied,
                         domain::MentionStatus::Escalated, domain::MentionStatus::Done})
        m_status->addItem(domain::mentionStatusDisplayName(s), int(s));
    m_status->setCurrentIndex(1); // everything, in priority order (done items last), as before filters existed

    setTeam({}, QString());

    m_period->addItem(tr("Any time"), AnyTime);
    m_period->addItem(tr("Last hour"), LastHour);
    m_period->addItem(tr("Last 24 hours"), LastDay);
    m_period->addItem(tr("Last 7 days"), LastWeek);
    m_period->addItem(tr("Last 30 days"), LastMonth);
    m_period->addItem(tr("Dates…"), Dates);
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        d->setMaximumDate(today);
        d->setVisible(false);
    }
    m_from->setObjectName(QStringLiteral("filterFrom"));
    m_from->setAccessibleName(tr("From"));
    m_from->setDate(today.addDays(-7));
    m_to->setObjectName(QStringLiteral("filterTo"));
    m_to->setAccessibleName(tr("To"));
    m_to->setDate(today);

    m_search->setObjectName(QStringLiteral("inboxSearch"));
    m_search->setPlaceholderText(tr("Search the text and authors (Ctrl+F)…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_search->setMinimumWidth(220);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &InboxFilterBar::queryChanged);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        emit queryChanged();
    });

    m_notable->setObjectName(QStringLiteral("filterNotable"));
    m_notable->setText(tr("★ Notable"));
    m_notable->setCheckable(true);
    m_notable->setToolTip(tr("Only the items flagged for the report to the ministry"));
    connect(m_notable, &QToolButton::toggled, this, [this] {
        if (!m_quiet)
            emit queryChanged();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_search, 1);
    for (QComboBox *c : {m_account, m_platform, m_language, m_stance, m_status, m_assignee, m_period}) {
        layout->addWidget(c);
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_quiet)
                emit queryChanged();
        });
    }
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    layout->addWidget(m_notable);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const bool dates = m_period->currentData().toInt() == Dates;
        m_from->setVisible(dates);
        m_to->setVisible(dates);
    });
    for (QDateEdit *d : {m_from, m_to}) {
        connect(d, &QDateEdit::dateChanged, this, [this] {
            if (!m_quiet && m_period->currentData().toInt() == Dates)
                emit queryChanged();
        });
    }
}

void InboxFilterBar::fillAccounts()
{
    const QVariant current = m_account->currentData();
    const bool quiet = std::exchange(m_quiet, true);
    m_account->clear();
    m_account->addItem(tr("All accounts"), qint64(0));
    for (const domain::Account &a : m_accounts.accounts())
        m_account->addItem(platformIcon(a.platform), a.displayName, a.id);
    m_account->setCurrentIndex(std::max(0, m_account->findData(current)));
    m_quiet = quiet;
}

void InboxFilterBar::setTeam(const QStringList &members, const QString &me)
{
    const QVariant current = m_assignee->currentData();
    const bool quiet = std::exchange(m_quiet, true);
    m_assignee->clear();
    m_assignee->addItem(tr("Anyone or nobody"), kAnyone);
    m_assignee->addItem(tr("Assigned to nobody"), kNobody);
    if (!me.isEmpty())
        m_assignee->addItem(tr("Me (%1)").arg(me), me);
    for (const QString &m : members) {
        if (m != me)
            m_assignee->addItem(m, m);
    }
    m_assignee->setCurrentIndex(std::max(0, m_assignee->findData(current)));
    m_quiet = quiet;
}

QComboBox *InboxFilterBar::combo(const QString &name) const
{
    return findChild<QComboBox *>(name);
}

store::MentionQuery InboxFilterBar::query() const
{
    store::MentionQuery q;
    if (const qint64 account = m_account->currentData().toLongLong())
        q.accounts << account;
    if (const int platform = m_platform->currentData().toInt(); platform >= 0)
        q.platforms << domain::Platform(platform);
    if (const QString language = m_language->currentData().toString(); !language.isEmpty())
        q.languages << language;
    if (const int stance = m_stance->currentData().toInt(); stance >= 0)
        q.stances << domain::Stance(stance);
    if (const int status = m_status->currentData().toInt(); status >= 0) {
        q.statuses << domain::MentionStatus(status);
    } else if (status == -2) {
        q.statuses = {domain::MentionStatus::New, domain::MentionStatus::Assigned, domain::MentionStatus::Replied,
                      domain::MentionStatus::Escalated};
    }
    if (const QString assignee = m_assignee->currentData().toString(); assignee == kNobody)
        q.assignee = QString();
    else if (assignee != kAnyone)
        q.assignee = assignee;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (Period(m_period->currentData().toInt())) {
    case AnyTime:
        break;
    case LastHour:
        q.from = now.addSecs(-3600);
        break;
    case LastDay:
        q.from = now.addDays(-1);
        break;
    case LastWeek:
        q.from = now.addDays(-7);
        break;
    case LastMonth:
        q.from = now.addDays(-30);
        break;
    case Dates: {
        // Whole days in the workspace's zone, the last one included; swapped if given backwards.
        const QDate first = std::min(m_from->date(), m_to->date());
        const QDate last = std::max(m_from->date(), m_to->date());
        q.from = QDateTime(first, QTime(0, 0), m_zone).toUTC();
        q.to = QDateTime(last.addDays(1), QTime(0, 0), m_zone).toUTC();
        break;
    }
    }
    q.text = m_search->text().trimmed();
    q.notableOnly = m_notable->isChecked();
    return q;
}

void InboxFilterBar::showOnly(domain::Stance stance, Period period)
{
    const bool quiet = std::exchange(m_quiet, true);
    clear();
    m_stance->setCurrentIndex(std::max(0, m_stance->findData(int(stance))));
    m_period->setCurrentIndex(std::max(0, m_period->findData(int(period))));
    m_quiet = quiet;
    emit queryChanged();
}

void InboxFilterBar::clear()
{
    const bool quiet = std::exchange(m_quiet, true);
    for (QComboBox *c : {m_account, m_platform, m_language, m_stance, m_assignee, m_period})
        c->setCurrentIndex(0);
    m_status->setCurrentIndex(1);
    m_notable->setChecked(false);
    m_search->blockSignals(true);
    m_search->clear();
    m_search->blockSignals(false);
    m_debounce->stop();
    m_quiet = quiet;
    if (!m_quiet)
        emit queryChanged();
}

} // namespace ui
