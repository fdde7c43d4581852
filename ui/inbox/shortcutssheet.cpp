#include "inbox/shortcutssheet.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

ShortcutsSheet::ShortcutsSheet(const QList<TriageKey> &keys, QWidget *parent)
    : QDialog(parent), m_table(new QTableView)
{
    setObjectName(QStringLiteral("shortcutsSheet"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *model = new QStandardItemModel(0, 2, this);
    model->setHorizontalHeaderLabels({tr("Key"), tr("In the inbox")});
    for (const TriageKey &k : keys) {
        QStringList names;
        for (const QKeySequence &key : k.keys)
            names << key.toString(QKeySequence::NativeText);
        auto *key = new QStandardItem(names.join(tr(" or ")));
        QFont bold = key->font();
        bold.setBold(true);
        key->setFont(bold);
        key->setEditable(false);
        auto *what = new QStandardItem(k.what);
        what->setEditable(false);
        model->appendRow({key, what});
    }
    m_table->setModel(model);
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto *intro = new QLabel(tr("Triage from the keyboard: the list has the focus, each key works on the selected "
                                "items and moves on to the next."));
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(520, 560);
}

} // namespace ui
