#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QTableView;

namespace ui {

// One key of the inbox and what it does, as the shortcuts sheet lists it.
struct TriageKey
{
    QList<QKeySequence> keys;
    QString what;
};

// The keyboard shortcuts sheet (Help ▸ Keyboard shortcuts, or ? in the inbox): every key triage is done with,
// read from the same list the inbox binds its shortcuts from, so the sheet never disagrees with the keys.
class ShortcutsSheet final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsSheet)
public:
    ShortcutsSheet(const QList<TriageKey> &keys, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }

private:
    QTableView *m_table;
};

} // namespace ui
