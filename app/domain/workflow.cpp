#include "domain/workflow.h"

#include <QCoreApplication>

namespace domain {

namespace {
struct StateName
{
    VariantState state;
    const char *id;
};
constexpr StateName kStateNames[] = {
    {VariantState::Draft, "draft"},           {VariantState::InReview, "in_review"},
    {VariantState::Approved, "approved"},     {VariantState::Scheduled, "scheduled"},
    {VariantState::Publishing, "publishing"}, {VariantState::Published, "published"},
    {VariantState::Failed, "failed"},
};
} // namespace

QString stateId(VariantState state)
{
    for (const auto &n : kStateNames) {
        if (n.state == state)
            return QString::fromLatin1(n.id);
    }
    Q_UNREACHABLE();
}

std::optional<VariantState> stateFromId(QStringView id)
{
    for (const auto &n : kStateNames) {
        if (id == QLatin1StringView(n.id))
            return n.state;
    }
    return std::nullopt;
}

QString stateDisplayName(VariantState state)
{
    switch (state) {
    case VariantState::Draft:
        return QCoreApplication::translate("domain", "Draft");
    case VariantState::InReview:
        return QCoreApplication::translate("domain", "In review");
    case VariantState::Approved:
        return QCoreApplication::translate("domain", "Approved");
    case VariantState::Scheduled:
        return QCoreApplication::translate("domain", "Scheduled");
    case VariantState::Publishing:
        return QCoreApplication::translate("domain", "Publishing");
    case VariantState::Published:
        return QCoreApplication::translate("domain", "Published");
    case VariantState::Failed:
        return QCoreApplication::translate("domain", "Failed");
    }
    Q_UNREACHABLE();
}

const QList<Transition> &Workflow::transitions()
{
    using S = VariantState;
    static const QList<Transition> all = {
        {S::Draft, S::InReview, false},      // submit for review
        {S::InReview, S::Approved, false},   // verify
        {S::InReview, S::Draft, true},       // reject with a comment
        {S::Approved, S::Scheduled, false},  // schedule
        {S::Approved, S::InReview, true},    // edited after approval: verify again
        {S::Scheduled, S::Approved, false},  // unschedule
        {S::Scheduled, S::InReview, true},   // edited after scheduling: verify again
        {S::Scheduled, S::Publishing, false}, // the publisher claims it
        {S::Publishing, S::Published, false},
        {S::Publishing, S::Failed, true},     // the platform refused: its reason
        {S::Publishing, S::Scheduled, true},  // reconciled as not sent: try again at its time
        {S::Failed, S::Scheduled, false},     // retry
        {S::Failed, S::Draft, true},          // rework
    };
    return all;
}

std::optional<Transition> Workflow::find(VariantState from, VariantState to)
{
    for (const auto &t : transitions()) {
        if (t.from == from && t.to == to)
            return t;
    }
    return std::nullopt;
}

QList<VariantState> Workflow::nextStates(VariantState from)
{
    QList<VariantState> next;
    for (const auto &t : transitions()) {
        if (t.from == from)
            next.append(t.to);
    }
    return next;
}

std::optional<VariantState> Workflow::stateAfterEdit(VariantState current)
{
    switch (current) {
    case VariantState::Draft:
        return VariantState::Draft;
    case VariantState::InReview:
        return VariantState::InReview;
    case VariantState::Approved:
    case VariantState::Scheduled:
        return VariantState::InReview;
    case VariantState::Failed:
        return VariantState::Draft;
    case VariantState::Publishing:
    case VariantState::Published:
        return std::nullopt; // on its way or out: no longer editable
    }
    Q_UNREACHABLE();
}

QString Workflow::refusal(VariantState from, VariantState to, const QString &reason)
{
    const auto t = find(from, to);
    if (!t) {
        return QCoreApplication::translate("domain", "A post cannot go from “%1” to “%2”.")
            .arg(stateDisplayName(from), stateDisplayName(to));
    }
    if (t->needsReason && reason.trimmed().isEmpty()) {
        return QCoreApplication::translate("domain", "Going from “%1” to “%2” needs a reason.")
            .arg(stateDisplayName(from), stateDisplayName(to));
    }
    return {};
}

} // namespace domain
