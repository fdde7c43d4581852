#pragma once

#include "inbox/backfill.h"

#include <QDialog>
#include <QTimeZone>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QSpinBox;

namespace ui {

class AccountListModel;

// "Load older items…": which accounts (those of the list's filter, or one), how many pages per listing and,
// if wanted, back to which day; says plainly what the platforms allow (X: only the 800 latest mentions).
class BackfillDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackfillDialog)
public:
    static constexpr int kDefaultPages = 5;

    // filtered: the accounts of the list's current filter (the first choice).
    BackfillDialog(const AccountListModel &accounts, const QList<qint64> &filtered, const QTimeZone &zone,
                   QWidget *parent = nullptr);

    inbox::BackfillRequest request() const;

    QComboBox *scope() const { return m_scope; }
    QSpinBox *pages() const { return m_pages; }
    QCheckBox *untilDate() const { return m_useDate; }
    QDateEdit *date() const { return m_date; }

private:
    QList<qint64> m_filtered;
    QTimeZone m_zone;
    QComboBox *m_scope;
    QSpinBox *m_pages;
    QCheckBox *m_useDate;
    QDateEdit *m_date;
};

} // namespace ui
