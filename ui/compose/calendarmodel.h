#pragma once

#include "domain/post.h"

#include <QAbstractListModel>
#include <QDate>
#include <QTimeZone>

#include <functional>

namespace workspace {
class Workspace;
}

namespace ui {

class AccountListModel;

// The variants that have a time to go out, between two dates of the workspace's time zone, for the calendar:
// scheduled ones (movable), approved ones that keep a time from before they were unscheduled (movable: dropping
// one schedules it), and those already handed to a platform's own scheduling (shown, not movable).
//
// Moving a variant follows the schedule dialog's rules: only approved or scheduled variants, never into the
// past, the wall-clock time read in the workspace's zone across daylight-saving changes; every move is in the
// audit log. Views drop through reschedule() or, with drag and drop, dropVariant().
class CalendarModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarModel)
public:
    enum Role {
        VariantIdRole = Qt::UserRole + 1,
        PostIdRole,
        LocalStartRole, // QDateTime in the workspace's zone
        TitleRole,      // the post's title
        AccountRole,    // the account's name
        PlatformRole,   // int(domain::Platform)
        MovableRole,
        StateTextRole,
        UnscheduledRole, // approved, with a time but not scheduled
    };
    static QString mimeType() { return QStringLiteral("application/x-attache-variant"); }

    CalendarModel(workspace::Workspace &workspace, const AccountListModel &accounts, QObject *parent = nullptr);

    // The local dates shown, both included.
    void setRange(const QDate &first, const QDate &last);
    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    QTimeZone zone() const { return m_zone; }
    void reload();

    // Moves the variant to a wall-clock date and time of the workspace's zone. False, with the reason, when the
    // rules refuse it.
    bool reschedule(qint64 variantId, const QDate &date, const QTime &time, QString *why = nullptr);
    // The drop of a dragged variant (mimeData()) onto a date and time.
    bool dropVariant(const QMimeData *data, const QDate &date, const QTime &time, QString *why = nullptr);
    int rowOfVariant(qint64 variantId) const;
    // For tests: what "now" is.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }

signals:
    void rescheduled(qint64 variantId);
    void refused(const QString &why);

private:
    struct Item
    {
        domain::Variant variant;
        QString title;
        QDateTime local;
        bool movable = false;
    };

    workspace::Workspace &m_workspace;
    const AccountListModel &m_accounts;
    QTimeZone m_zone;
    QDate m_first;
    QDate m_last;
    QList<Item> m_items;
    std::function<QDateTime()> m_clock;
};

} // namespace ui
