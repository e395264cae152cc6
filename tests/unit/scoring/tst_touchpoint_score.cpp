// Touchpoint scores against hand-computed values: s (1..5) -> (s-1)/4*100, weighted mean over
// scored criteria, N/A out of the weights.
#include "scoring/summarize.h"
#include "walk_builder.h"

#include <QtTest>
#include <cmath>
#include <limits>
#include <stdexcept>

using namespace its;
using namespace its::test;

class TestTouchpointScore : public QObject
{
    Q_OBJECT
private slots:
    void weightedMeanOfScoredCriteria()
    {
        // a (w1) = 5 -> 100, b (w3) = 3 -> 50: (1*100 + 3*50) / 4 = 62.5
        const Touchpoint t =
            touchpoint("tp", Channel::Phone, "care", {mustBe("a", 1), mustBe("b", 3)});
        const TouchpointScore s = scoreTouchpoint(t, scored({{"a", 5}, {"b", 3}}));
        QCOMPARE(s.scoredCriteria, 2);
        QVERIFY(s.score.has_value());
        QCOMPARE(*s.score, 62.5);
        QVERIFY(s.passed);
        QVERIFY(s.failedMustBe.empty());
    }
    void notApplicableLeavesTheWeights()
    {
        // b (w3) N/A, c not scored at all: only a (w1) = 4 -> 75 counts -> 75
        const Touchpoint t = touchpoint("tp", Channel::Phone, "care",
                                        {mustBe("a", 1), mustBe("b", 3), mustBe("c", 2)});
        const TouchpointScore s = scoreTouchpoint(t, scored({{"a", 4}, {"b", std::nullopt}}));
        QCOMPARE(s.scoredCriteria, 1);
        QCOMPARE(*s.score, 75.0);
    }
    void allNotApplicableHasNoScore()
    {
        const Touchpoint t =
            touchpoint("tp", Channel::Phone, "care", {mustBe("a"), delighter("b")});
        const TouchpointScore s =
            scoreTouchpoint(t, scored({{"a", std::nullopt}, {"b", std::nullopt}}));
        QCOMPARE(s.scoredCriteria, 0);
        QVERIFY(!s.score.has_value());
        QVERIFY(s.passed); // nothing failed
        QVERIFY(s.metDelighters.empty());
    }
    void noCriteriaHasNoScore()
    {
        const TouchpointScore s =
            scoreTouchpoint(touchpoint("tp", Channel::Web, "digital"), Observation{});
        QVERIFY(!s.score.has_value());
        QCOMPARE(s.scoredCriteria, 0);
    }
    void zeroWeightsGiveNoScoreButKindStillCounts()
    {
        // Both weights 0: no weighted mean exists. The must-be scored 1 still fails.
        const Touchpoint t =
            touchpoint("tp", Channel::Phone, "care", {mustBe("a", 0), delighter("b", 0)});
        const TouchpointScore s = scoreTouchpoint(t, scored({{"a", 1}, {"b", 5}}));
        QCOMPARE(s.scoredCriteria, 2);
        QVERIFY(!s.score.has_value());
        QVERIFY(!s.passed);
        QCOMPARE(s.failedMustBe, std::vector<std::string>{"a"});
        QCOMPARE(s.metDelighters, std::vector<std::string>{"b"});
    }
    void zeroWeightCriterionDoesNotMoveTheMean()
    {
        // a (w2) = 2 -> 25, b (w0) = 5 -> 100: (2*25 + 0*100) / 2 = 25
        const Touchpoint t =
            touchpoint("tp", Channel::Phone, "care", {delighter("a", 2), delighter("b", 0)});
        QCOMPARE(*scoreTouchpoint(t, scored({{"a", 2}, {"b", 5}})).score, 25.0);
    }
    void mustBeFailsAtTwoPassesAtThree()
    {
        const Touchpoint t = touchpoint("tp", Channel::Phone, "care", {mustBe("a")});
        QVERIFY(!scoreTouchpoint(t, scored({{"a", 2}})).passed);
        QVERIFY(!scoreTouchpoint(t, scored({{"a", 1}})).passed);
        QVERIFY(scoreTouchpoint(t, scored({{"a", 3}})).passed);
        QVERIFY(scoreTouchpoint(t, scored({{"a", std::nullopt}})).passed); // N/A cannot fail
    }
    void delighterMetAtFourNotAtThree()
    {
        const Touchpoint t = touchpoint("tp", Channel::Phone, "care", {delighter("d")});
        QCOMPARE(scoreTouchpoint(t, scored({{"d", 4}})).metDelighters,
                 std::vector<std::string>{"d"});
        QVERIFY(scoreTouchpoint(t, scored({{"d", 3}})).metDelighters.empty());
        // A delighter scored 1 is not a failure: it was never promised.
        QVERIFY(scoreTouchpoint(t, scored({{"d", 1}})).passed);
    }
    void failedAndMetListedInTemplateOrder()
    {
        const Touchpoint t =
            touchpoint("tp", Channel::Phone, "care",
                       {mustBe("m1"), delighter("d1"), mustBe("m2"), delighter("d2")});
        const TouchpointScore s =
            scoreTouchpoint(t, scored({{"m2", 1}, {"d2", 5}, {"m1", 2}, {"d1", 4}}));
        QCOMPARE(s.failedMustBe, (std::vector<std::string>{"m1", "m2"}));
        QCOMPARE(s.metDelighters, (std::vector<std::string>{"d1", "d2"}));
    }
    void criterionMomentsCarryThemeSeverityDepartment()
    {
        const Touchpoint t = touchpoint("tp", Channel::Phone, "billing",
                                        {mustBe("clear_invoice"), delighter("proactive_refund")});
        const TouchpointScore s =
            scoreTouchpoint(t, scored({{"clear_invoice", 2}, {"proactive_refund", 5}}));
        const std::vector<MomentSummary> moments = criterionMoments(t, s);
        QCOMPARE(moments.size(), std::size_t(2));
        QCOMPARE(name(moments[0].kind), name(MomentKind::PainPoint));
        QCOMPARE(moments[0].theme, std::string("clear_invoice"));
        QCOMPARE(moments[0].criterionId, std::string("clear_invoice"));
        QCOMPARE(moments[0].severity, 3);
        QCOMPARE(moments[0].department, std::string("billing"));
        QCOMPARE(moments[0].touchpointId, std::string("tp"));
        QCOMPARE(name(moments[1].kind), name(MomentKind::Memorable));
        QCOMPARE(moments[1].theme, std::string("proactive_refund"));
        QCOMPARE(moments[1].severity, 2);
    }
    void outOfRangeScoreIsRejectedNamingIt()
    {
        const Touchpoint t = touchpoint("tp", Channel::Phone, "care", {mustBe("a")});
        for (int bad : {0, 6, -3}) {
            try {
                scoreTouchpoint(t, scored({{"a", bad}}));
                QFAIL("out-of-range score accepted");
            } catch (const std::invalid_argument &e) {
                const std::string what = e.what();
                QVERIFY2(what.find(": " + std::to_string(bad)) != std::string::npos, e.what());
            }
        }
    }
    void unknownOrDuplicateCriterionIsRejected()
    {
        const Touchpoint t = touchpoint("tp", Channel::Phone, "care", {mustBe("a")});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, scoreTouchpoint(t, scored({{"zz", 3}})));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 scoreTouchpoint(t, scored({{"a", 3}, {"a", 4}})));
    }
    void invalidWeightIsRejected()
    {
        for (double w : {-1.0, std::numeric_limits<double>::quiet_NaN(),
                         std::numeric_limits<double>::infinity()}) {
            const Touchpoint t = touchpoint("tp", Channel::Phone, "care", {mustBe("a", w)});
            QVERIFY_THROWS_EXCEPTION(std::invalid_argument, scoreTouchpoint(t, scored({{"a", 3}})));
        }
    }
};

QTEST_GUILESS_MAIN(TestTouchpointScore)
#include "tst_touchpoint_score.moc"
