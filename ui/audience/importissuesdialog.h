#pragma once

#include <QDialog>

class QStringListModel;

namespace ui {

// Why an import was refused: every bad line with its number, in a list the user can copy (to fix the file in a
// spreadsheet or send it back to whoever exported it). Nothing was stored.
class ImportIssuesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportIssuesDialog)
public:
    ImportIssuesDialog(const QString &fileName, const QStringList &issues, qint64 issueCount, QWidget *parent = nullptr);

    QStringList issues() const;
    // The text "Copy all" puts on the clipboard: the file name, then one issue per line.
    QString copyText() const;

private:
    QString m_fileName;
    QStringListModel *m_model;
};

} // namespace ui
