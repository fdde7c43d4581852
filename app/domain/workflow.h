#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace domain {

// Where one variant of a post stands on its way to the platform.
enum class VariantState { Draft, InReview, Approved, Scheduled, Publishing, Published, Failed };

QString stateId(VariantState state);
std::optional<VariantState> stateFromId(QStringView id);
QString stateDisplayName(VariantState state);

// One allowed step of the approval workflow.
struct Transition
{
    VariantState from;
    VariantState to;
    bool needsReason; // rejections and send-backs must say why
};

// The approval workflow as an explicit state machine: every step a variant may take, and nothing else.
// draft → in review → approved → scheduled → publishing → published / failed; rejected back to draft.
class Workflow final
{
public:
    static const QList<Transition> &transitions();
    static std::optional<Transition> find(VariantState from, VariantState to);
    static bool allowed(VariantState from, VariantState to) { return find(from, to).has_value(); }
    static QList<VariantState> nextStates(VariantState from);
    // Editing the text of a variant in this state sends it back to review (or keeps it a draft).
    static std::optional<VariantState> stateAfterEdit(VariantState current);
    // Why a step is refused, in words for the user; empty when it is allowed.
    static QString refusal(VariantState from, VariantState to, const QString &reason);
};

} // namespace domain
