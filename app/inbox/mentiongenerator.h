#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QRandomGenerator>
#include <QString>

namespace inbox {

// Realistic mentions for the demo and the benches, shaped exactly as X API v2 answers
// GET /2/users/{id}/mentions (data, includes.users with description, verified and public_metrics, meta), so
// they take the real ingest path: parse, classify, store, index. English, Russian and Chinese texts of every
// stance (criticism, questions, support, neutral) about the embassy's usual topics; authors with bios (some
// journalists and officials), a few verified, audiences from a handful to millions of followers; some replies in
// a conversation under one of "our" posts; a few that do not name our account. Deterministic for a seed.
class MentionGenerator final
{
public:
    // The items' times run from `from` to `to` in about `expected` steps, in order (as a sync receives them),
    // with a little jitter.
    MentionGenerator(quint32 seed, QString ourHandle, qint64 expected = 10000,
                     QDateTime to = QDateTime::currentDateTimeUtc(), int spreadDays = 30);

    // The next page of `count` posts (X allows 5 to 100 per page), ids increasing across pages.
    QByteArray nextXPage(int count);
    qint64 generated() const { return m_generated; }

private:
    QString text(int stance, int language);

    QRandomGenerator m_rng;
    QString m_handle;
    qint64 m_atMs;
    qint64 m_stepMs;
    qint64 m_nextId;
    qint64 m_generated = 0;
};

} // namespace inbox
