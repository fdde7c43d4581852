#include "inbox/responsetimesdialog.h"

#include "store/mentionrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

ResponseTimesDialog::ResponseTimesDialog(const store::MentionRepository &mentions, QWidget *parent)
    : QDialog(parent), m_mentions(mentions), m_period(new QComboBox), m_model(new QStandardItemModel(this)),
      m_table(new QTableView), m_problem(new QLabel)
{
    setObjectName(QStringLiteral("responseTimes"));
    setWindowTitle(tr("Response times"));
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ResponseTimesDialog::refresh);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("First replies in:")));
    top->addWidget(m_period);
    top->addStretch();
    auto *hint = new QLabel(tr("From an item's arrival to the first reply sent from the app, per person who sent it."));
    hint->setObjectName(QStringLiteral("hint"));
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(560, 360);
    refresh();
}

QString ResponseTimesDialog::durationText(qint64 ms)
{
    const qint64 minutes = (ms + 30000) / 60000;
    if (minutes < 1)
        return tr("under a minute");
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

void ResponseTimesDialog::refresh()
{
    const QDateTime to = QDateTime::currentDateTimeUtc();
    const QDateTime from = to.addDays(-m_period->currentData().toInt());
    const auto times = m_mentions.responseTimes(from, to);
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Who"), tr("Items answered first"), tr("Median"), tr("Mean")});
    if (!times) {
        m_problem->setText(times.error().message);
        m_problem->show();
        return;
    }
    m_problem->hide();
    const QLocale locale;
    for (const store::ResponseTimes &t : *times) {
        auto *who = new QStandardItem(t.person.isEmpty() ? tr("The whole team") : t.person);
        if (t.person.isEmpty()) {
            QFont bold = who->font();
            bold.setBold(true);
            who->setFont(bold);
        }
        auto *count = new QStandardItem(locale.toString(t.count));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow({who, count, new QStandardItem(t.count ? durationText(t.medianMs) : QStringLiteral("—")),
                            new QStandardItem(t.count ? durationText(t.meanMs) : QStringLiteral("—"))});
    }
}

} // namespace ui
