#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace store {
class MentionRepository;
}

namespace ui {

// First-reply times per person (and for the whole team) over a period, for the report to the ministry: how
// many items each one answered first, and how long that took (median and mean), from the workspace.
class ResponseTimesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseTimesDialog)
public:
    ResponseTimesDialog(const store::MentionRepository &mentions, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    // "12 min", "3 h 05 min", "2 days 4 h": a duration as people say it.
    static QString durationText(qint64 ms);
    void refresh();

private:
    const store::MentionRepository &m_mentions;
    QComboBox *m_period;
    QStandardItemModel *m_model;
    QTableView *m_table;
    QLabel *m_problem;
};

} // namespace ui
