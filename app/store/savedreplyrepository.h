#pragma once

#include "store/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace store {

class Database;

// A saved reply of the press office: one answer, written in English and in Russian, with placeholders
// ({author}, {account}, {link}…) filled in when it is used. Kept in the workspace, so the whole team shares them.
struct SavedReply
{
    qint64 id = 0;
    QString title; // the office's own name for it, shown in the list
    QString textEn;
    QString textRu;
    QString updatedBy;
    QDateTime updatedAt; // UTC
};

// The workspace's saved replies, in their own table (not a settings value): several people edit them at once on
// a team server, and one row per reply means one person's edit never overwrites another's.
class SavedReplyRepository final
{
public:
    explicit SavedReplyRepository(const Database &database) : m_database(database) {}

    // Every saved reply, by title.
    Result<QList<SavedReply>> all() const;
    // Stores a new one; returns its id. A title is required.
    Result<qint64> add(const SavedReply &reply);
    Status update(const SavedReply &reply);
    Status remove(qint64 id);

private:
    const Database &m_database;
};

} // namespace store
