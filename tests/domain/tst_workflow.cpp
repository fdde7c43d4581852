#include "domain/workflow.h"

#include <QTest>

using domain::VariantState;
using domain::Workflow;

Q_DECLARE_METATYPE(domain::VariantState)

// The approval workflow: every allowed step is listed, every other step is refused.
class WorkflowTest : public QObject
{
    Q_OBJECT
private slots:
    void stateIds_roundTrip();
    void transition_data();
    void transition();
    void everyPairNotListed_isRefused();
    void rejection_needsReason();
    void edit_sendsApprovedBackToReview();
};

void WorkflowTest::stateIds_roundTrip()
{
    for (int i = 0; i <= int(VariantState::Failed); ++i) {
        const auto s = VariantState(i);
        QCOMPARE(domain::stateFromId(domain::stateId(s)), s);
    }
    QVERIFY(!domain::stateFromId(u"nonsense").has_value());
}

void WorkflowTest::transition_data()
{
    QTest::addColumn<VariantState>("from");
    QTest::addColumn<VariantState>("to");
    QTest::addColumn<bool>("allowed");
    using S = VariantState;
    QTest::newRow("submit") << S::Draft << S::InReview << true;
    QTest::newRow("approve") << S::InReview << S::Approved << true;
    QTest::newRow("reject") << S::InReview << S::Draft << true;
    QTest::newRow("schedule") << S::Approved << S::Scheduled << true;
    QTest::newRow("claim") << S::Scheduled << S::Publishing << true;
    QTest::newRow("published") << S::Publishing << S::Published << true;
    QTest::newRow("failed") << S::Publishing << S::Failed << true;
    QTest::newRow("retry") << S::Failed << S::Scheduled << true;
    QTest::newRow("draft straight to approved") << S::Draft << S::Approved << false;
    QTest::newRow("draft straight to scheduled") << S::Draft << S::Scheduled << false;
    QTest::newRow("review straight to publishing") << S::InReview << S::Publishing << false;
    QTest::newRow("published is final") << S::Published << S::Draft << false;
    QTest::newRow("published not republished") << S::Published << S::Publishing << false;
    QTest::newRow("approved cannot publish unscheduled") << S::Approved << S::Publishing << false;
    QTest::newRow("no self loop") << S::Draft << S::Draft << false;
}

void WorkflowTest::transition()
{
    QFETCH(VariantState, from);
    QFETCH(VariantState, to);
    QFETCH(bool, allowed);
    QCOMPARE(Workflow::allowed(from, to), allowed);
    QCOMPARE(Workflow::refusal(from, to, QStringLiteral("because")).isEmpty(), allowed);
}

void WorkflowTest::everyPairNotListed_isRefused()
{
    int allowedCount = 0;
    for (int a = 0; a <= int(VariantState::Failed); ++a) {
        for (int b = 0; b <= int(VariantState::Failed); ++b) {
            const bool listed = std::any_of(Workflow::transitions().cbegin(), Workflow::transitions().cend(),
                                            [&](const auto &t) { return int(t.from) == a && int(t.to) == b; });
            QCOMPARE(Workflow::allowed(VariantState(a), VariantState(b)), listed);
            allowedCount += listed;
        }
    }
    QCOMPARE(allowedCount, Workflow::transitions().size());
    QVERIFY(Workflow::nextStates(VariantState::Published).isEmpty());
}

void WorkflowTest::rejection_needsReason()
{
    QVERIFY(!Workflow::refusal(VariantState::InReview, VariantState::Draft, QStringLiteral("  ")).isEmpty());
    QVERIFY(Workflow::refusal(VariantState::InReview, VariantState::Draft, QStringLiteral("tone")).isEmpty());
    QVERIFY(Workflow::refusal(VariantState::Draft, VariantState::InReview, {}).isEmpty());
}

void WorkflowTest::edit_sendsApprovedBackToReview()
{
    QCOMPARE(Workflow::stateAfterEdit(VariantState::Approved), VariantState::InReview);
    QCOMPARE(Workflow::stateAfterEdit(VariantState::Scheduled), VariantState::InReview);
    QCOMPARE(Workflow::stateAfterEdit(VariantState::Draft), VariantState::Draft);
    QVERIFY(!Workflow::stateAfterEdit(VariantState::Published).has_value());
    QVERIFY(!Workflow::stateAfterEdit(VariantState::Publishing).has_value());
}

QTEST_GUILESS_MAIN(WorkflowTest)
#include "tst_workflow.moc"
