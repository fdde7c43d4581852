#pragma once

#include "domain/mention.h"
#include "store/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace store {

class Database;

// A user's verdict on the stance of one text: what the inbox classifier learns from.
struct StanceCorrection
{
    qint64 id = 0;
    qint64 mentionId = 0; // 0 when the text is not (or no longer) a stored mention
    QString text;
    QString language; // "en", "ru", "zh", "other", as the classifier detected it
    domain::Stance stance = domain::Stance::Unknown;
    QString correctedBy;
    QDateTime correctedAt; // UTC
};

// Stance corrections of the workspace, kept forever and read in the order they were made, so that a later
// correction of the same text wins when the classifier learns.
class StanceCorrectionRepository final
{
public:
    explicit StanceCorrectionRepository(const Database &database) : m_database(database) {}

    // Stores one correction (correctedAt defaults to now); returns its id.
    Result<qint64> add(const StanceCorrection &correction);
    // Every correction, oldest first.
    Result<QList<StanceCorrection>> all() const;
    Result<QList<StanceCorrection>> forMention(qint64 mentionId) const;
    Result<qint64> count() const;

private:
    Result<QList<StanceCorrection>> select(const QString &where, const QVariantList &values) const;

    const Database &m_database;
};

} // namespace store
