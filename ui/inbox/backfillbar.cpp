#include "inbox/backfillbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace ui {

BackfillBar::BackfillBar(inbox::Backfill &backfill, QWidget *parent)
    : QFrame(parent), m_backfill(backfill), m_message(new QLabel), m_progress(new QProgressBar),
      m_load(new QPushButton(tr("Load older from the platforms"))),
      m_options(new QPushButton(tr("Options…"))), m_cancel(new QPushButton(tr("Cancel"))),
      m_dismiss(new QPushButton(tr("Close")))
{
    setObjectName(QStringLiteral("backfillBar"));
    setFrameShape(QFrame::StyledPanel);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("backfillMessage"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(false);
    m_load->setObjectName(QStringLiteral("loadOlder"));
    m_load->setFocusPolicy(Qt::NoFocus);
    m_options->setFocusPolicy(Qt::NoFocus);
    m_options->setToolTip(tr("Choose the accounts and how far back to read"));
    m_cancel->setObjectName(QStringLiteral("cancelBackfill"));
    m_dismiss->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addWidget(m_load);
    layout->addWidget(m_options);
    layout->addWidget(m_dismiss);

    connect(m_load, &QPushButton::clicked, this, [this] {
        inbox::BackfillRequest request;
        request.accounts = m_scope;
        start(request);
    });
    connect(m_options, &QPushButton::clicked, this, &BackfillBar::optionsRequested);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_message->setText(tr("Cancelling…"));
        m_backfill.cancel();
    });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        m_outcomeShown = false;
        showIdle();
    });
    connect(&m_backfill, &inbox::Backfill::progress, this, &BackfillBar::showProgress);
    connect(&m_backfill, &inbox::Backfill::finished, this, &BackfillBar::showOutcome);
    showIdle();
}

void BackfillBar::setScope(const QList<qint64> &accounts, const QString &description)
{
    m_scope = accounts;
    m_scopeDescription = description;
    if (!m_backfill.isRunning() && !m_outcomeShown)
        showIdle();
}

bool BackfillBar::wantsToBeSeen() const
{
    return m_backfill.isRunning() || m_outcomeShown;
}

void BackfillBar::start(const inbox::BackfillRequest &request)
{
    if (m_backfill.isRunning())
        return;
    m_outcomeShown = false;
    m_progress->setRange(0, 0); // busy until the first progress
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_load->hide();
    m_options->hide();
    m_dismiss->hide();
    m_message->setText(tr("Loading older items…"));
    const bool started = m_backfill.start(request);
    emit visibilityWanted();
    if (!started) {
        m_outcomeShown = true;
        m_message->setText(tr("There is no account to load older items from in this view."));
        m_progress->hide();
        m_cancel->hide();
        m_load->show();
        m_options->show();
        m_dismiss->show();
    }
}

void BackfillBar::showProgress(int done, int planned, int stored)
{
    m_progress->setRange(0, std::max(1, planned));
    m_progress->setValue(done);
    if (m_cancel->isEnabled())
        m_message->setText(tr("Loading older items… %1 new so far").arg(QLocale().toString(stored)));
}

void BackfillBar::showOutcome(const QList<inbox::BackfillResult> &results)
{
    int stored = 0;
    QStringList lines;
    for (const auto &r : results) {
        stored += r.stored;
        lines << r.describe();
    }
    m_outcomeShown = true;
    m_progress->hide();
    m_cancel->hide();
    m_load->show();
    m_options->show();
    m_dismiss->show();
    m_message->setText(lines.join(QLatin1Char('\n')));
    emit visibilityWanted();
    if (stored > 0)
        emit itemsStored(stored);
}

void BackfillBar::showIdle()
{
    m_progress->hide();
    m_cancel->hide();
    m_dismiss->hide();
    m_load->show();
    m_options->show();
    m_message->setText(
        m_scopeDescription.isEmpty()
            ? tr("This is the end of the list.")
            : tr("This is the end of the list. Older items of %1 may still be on the platforms.")
                  .arg(m_scopeDescription));
}

} // namespace ui
