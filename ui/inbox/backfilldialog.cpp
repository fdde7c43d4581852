#include "inbox/backfilldialog.h"

#include "common/accountlistmodel.h"
#include "domain/platform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ui {

BackfillDialog::BackfillDialog(const AccountListModel &accounts, const QList<qint64> &filtered,
                               const QTimeZone &zone, QWidget *parent)
    : QDialog(parent), m_filtered(filtered), m_zone(zone), m_scope(new QComboBox), m_pages(new QSpinBox),
      m_useDate(new QCheckBox(tr("Stop at items older than"))), m_date(new QDateEdit)
{
    setWindowTitle(tr("Load older items"));
    m_scope->addItem(tr("Accounts of the current filter (%n)", nullptr, int(filtered.size())), qint64(0));
    for (const domain::Account &a : accounts.accounts())
        m_scope->addItem(QStringLiteral("%1 · %2").arg(a.displayName.isEmpty() ? a.handle : a.displayName,
                                                       domain::platformDisplayName(a.platform)),
                         a.id);
    m_pages->setRange(1, 100);
    m_pages->setValue(kDefaultPages);
    m_pages->setToolTip(tr("Each page is one request to the platform, of up to 100 items"));
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    m_date->setCalendarPopup(true);
    m_date->setDate(today.addDays(-30));
    m_date->setMaximumDate(today);
    m_date->setEnabled(false);
    connect(m_useDate, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_useDate);
    dateRow->addWidget(m_date);
    dateRow->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("Accounts:"), m_scope);
    form->addRow(tr("Pages per listing:"), m_pages);
    form->addRow(QString(), dateRow);

    auto *note =
        new QLabel(tr("Reads what came before the oldest item the inbox has, and goes on from where the "
                      "last load stopped. X gives only the 800 most recent mentions; Facebook comments "
                      "are read on the page's older posts; Weibo goes back as far as it keeps."));
    note->setWordWrap(true);
    note->setObjectName(QStringLiteral("hint"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Load older"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

inbox::BackfillRequest BackfillDialog::request() const
{
    inbox::BackfillRequest r;
    const qint64 chosen = m_scope->currentData().toLongLong();
    r.accounts = chosen == 0 ? m_filtered : QList<qint64>{chosen};
    r.pagesPerListing = m_pages->value();
    // Whole days in the workspace's time zone, like the inbox's own date filter.
    if (m_useDate->isChecked())
        r.notBefore = QDateTime(m_date->date(), QTime(0, 0), m_zone).toUTC();
    return r;
}

} // namespace ui
