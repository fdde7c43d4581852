#include "domain/mention.h"

#include <QCoreApplication>

namespace domain {

namespace {
template<typename E>
struct Named
{
    E value;
    const char *id;
};
constexpr Named<Stance> kStances[] = {{Stance::Unknown, "unknown"},     {Stance::Criticism, "criticism"},
                                      {Stance::Support, "support"},     {Stance::Question, "question"},
                                      {Stance::Neutral, "neutral"}};
constexpr Named<MentionStatus> kStatuses[] = {{MentionStatus::New, "new"},
                                              {MentionStatus::Assigned, "assigned"},
                                              {MentionStatus::Replied, "replied"},
                                              {MentionStatus::Escalated, "escalated"},
                                              {MentionStatus::Done, "done"}};

template<typename E, std::size_t N>
QString idOf(const Named<E> (&table)[N], E value)
{
    for (const auto &n : table) {
        if (n.value == value)
            return QString::fromLatin1(n.id);
    }
    Q_UNREACHABLE();
}

template<typename E, std::size_t N>
E fromId(const Named<E> (&table)[N], QStringView id)
{
    for (const auto &n : table) {
        if (id == QLatin1StringView(n.id))
            return n.value;
    }
    return table[0].value;
}
} // namespace

QString stanceId(Stance stance) { return idOf(kStances, stance); }
Stance stanceFromId(QStringView id) { return fromId(kStances, id); }
QString mentionStatusId(MentionStatus status) { return idOf(kStatuses, status); }
MentionStatus mentionStatusFromId(QStringView id) { return fromId(kStatuses, id); }

QString stanceDisplayName(Stance stance)
{
    switch (stance) {
    case Stance::Unknown:
        return QCoreApplication::translate("domain", "Unclassified");
    case Stance::Criticism:
        return QCoreApplication::translate("domain", "Criticism");
    case Stance::Support:
        return QCoreApplication::translate("domain", "Support");
    case Stance::Question:
        return QCoreApplication::translate("domain", "Question");
    case Stance::Neutral:
        return QCoreApplication::translate("domain", "Neutral");
    }
    Q_UNREACHABLE();
}

QString mentionStatusDisplayName(MentionStatus status)
{
    switch (status) {
    case MentionStatus::New:
        return QCoreApplication::translate("domain", "New");
    case MentionStatus::Assigned:
        return QCoreApplication::translate("domain", "Assigned");
    case MentionStatus::Replied:
        return QCoreApplication::translate("domain", "Replied");
    case MentionStatus::Escalated:
        return QCoreApplication::translate("domain", "Escalated");
    case MentionStatus::Done:
        return QCoreApplication::translate("domain", "Done");
    }
    Q_UNREACHABLE();
}

} // namespace domain
