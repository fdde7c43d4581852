#include "shell/settingsdialog.h"

#include "common/timeformat.h"
#include "i18n.h"
#include "shell/preferences.h"
#include "inbox/replysender.h"
#include "store/teamrepository.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace ui {

SettingsDialog::SettingsDialog(workspace::Workspace &workspace, Preferences &preferences, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_preferences(preferences), m_timeZone(new QComboBox),
      m_language(new QComboBox), m_example(new QLabel),
      m_repliesNeedReview(new QCheckBox(tr("Replies from the inbox need verification before they go out"))),
      m_team(new QPlainTextEdit)
{
    setWindowTitle(tr("Settings"));
    auto *path = new QLabel(QDir::toNativeSeparators(workspace.path()));
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    path->setWordWrap(true);

    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        if (id.contains('/'))
            m_timeZone->addItem(QString::fromUtf8(id));
    }
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->setCurrentText(QString::fromUtf8(workspace.timeZone().id()));
    auto showExample = [this] {
        const QTimeZone zone(m_timeZone->currentText().toUtf8());
        m_example->setText(zone.isValid()
                               ? tr("Now: %1").arg(TimeFormat(zone).both(QDateTime::currentDateTimeUtc()))
                               : tr("Unknown time zone"));
    };
    connect(m_timeZone, &QComboBox::currentTextChanged, this, showExample);
    showExample();

    m_language->addItem(tr("System default"), QString());
    for (const QString &language : i18n::availableLanguages())
        m_language->addItem(i18n::nativeName(language), language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferences.language())));

    auto *form = new QFormLayout;
    form->addRow(tr("Workspace:"), path);
    form->addRow(tr("Time zone for schedules:"), m_timeZone);
    form->addRow(QString(), m_example);
    form->addRow(tr("Interface language:"), m_language);
    auto *restart = new QLabel(tr("A new interface language takes effect when Attaché starts again."));
    restart->setObjectName(QStringLiteral("hint"));
    form->addRow(QString(), restart);

    // The inbox: whether replies go through review, and whom items can be assigned to.
    m_repliesNeedReview->setObjectName(QStringLiteral("repliesNeedReview"));
    m_repliesNeedReview->setChecked(ReplySender(workspace).repliesNeedReview());
    m_team->setObjectName(QStringLiteral("teamMembers"));
    m_team->setPlaceholderText(tr("One name per line"));
    m_team->setPlainText(store::TeamRepository(workspace.database()).members().join(QLatin1Char('\n')));
    m_team->setMaximumHeight(110);
    form->addRow(tr("Inbox:"), m_repliesNeedReview);
    form->addRow(tr("Team members:"), m_team);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

bool SettingsDialog::apply()
{
    const QTimeZone zone(m_timeZone->currentText().toUtf8());
    if (!zone.isValid()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("“%1” is not a time zone this computer knows. Pick one from the list, "
                                "for example Europe/London.")
                                 .arg(m_timeZone->currentText()));
        return false;
    }
    if (zone != m_workspace.timeZone()) {
        if (const auto saved = m_workspace.setTimeZone(zone); !saved) {
            QMessageBox::warning(this, windowTitle(), saved.error().message);
            return false;
        }
    }
    const QString review = m_repliesNeedReview->isChecked() ? QStringLiteral("1") : QStringLiteral("0");
    if (const auto saved = m_workspace.settings().setValue(QString::fromLatin1(ReplySender::kNeedsReviewSetting), review);
        !saved) {
        QMessageBox::warning(this, windowTitle(), saved.error().message);
        return false;
    }
    if (const auto saved = store::TeamRepository(m_workspace.database())
                               .setMembers(m_team->toPlainText().split(QLatin1Char('\n')));
        !saved) {
        QMessageBox::warning(this, windowTitle(), saved.error().message);
        return false;
    }
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != m_preferences.language();
    m_preferences.setLanguage(language);
    return true;
}

} // namespace ui
