#pragma once

#include "domain/post.h"
#include "store/result.h"

#include <QList>
#include <QStringList>

namespace store {

class Database;

// The posts of an X thread and the attempt of each (domain::VariantPart). The publisher stores the parts once,
// before the first of them is sent, and moves each part pending → sending (committed before its request) →
// sent (with the platform's id). A part left "sending" by an interruption is reconciled before it is retried.
class VariantPartRepository final
{
public:
    explicit VariantPartRepository(const Database &database) : m_database(database) {}

    // The variant's parts in order (empty when it has none yet).
    Result<QList<domain::VariantPart>> parts(qint64 variantId) const;
    // Stores the parts unless the variant already has some (a resumed thread keeps the texts it started with);
    // answers the parts that are stored now.
    Result<QList<domain::VariantPart>> ensureParts(qint64 variantId, const QStringList &texts);
    // Moves a part from `from` to `to` (and records remoteId when given); refused when the part is no longer
    // in `from`, so two publishers can never both send it.
    Status move(qint64 variantId, int index, domain::VariantPart::Attempt from, domain::VariantPart::Attempt to,
                const QString &remoteId = {});
    // Forgets the parts of a variant none of whose parts went out (its text was edited).
    Status discardUnsent(qint64 variantId);

    static QString attemptId(domain::VariantPart::Attempt attempt);

private:
    const Database &m_database;
};

} // namespace store
