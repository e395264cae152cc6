// The emotion curve: value = (score-50)/25, -1 failed must-be, -1 user pain point,
// +1 met delighter or user memorable moment, kept within -2..+2. Ties: first occurrence.
#include "scoring/summarize.h"
#include "walk_builder.h"

#include <QtTest>
#include <stdexcept>

using namespace its;
using namespace its::test;

namespace {
TouchpointScore scoreOf(std::optional<double> score, bool passed = true,
                        std::vector<std::string> delighters = {})
{
    TouchpointScore s;
    s.score = score;
    s.passed = passed;
    s.metDelighters = std::move(delighters);
    return s;
}

Moment moment(MomentKind kind)
{
    return Moment{kind, "theme", kind == MomentKind::None ? 0 : 2, {}};
}

// One touchpoint "tp" with criterion "q" (must-be, w1) and delighter "d" (w0, so it never
// moves the score); contacts scored q = 1..5 give 0, 25, 50, 75, 100.
Walk walkWithScores(const std::vector<int> &qScores)
{
    Walk w = walkOf({touchpoint("tp", Channel::Phone, "care", {mustBe("q"), delighter("d", 0)})});
    int i = 0;
    for (int q : qScores) {
        Contact c = contact("c" + std::to_string(++i), "tp");
        c.observation = scored({{"q", q}});
        w.contacts.push_back(c);
    }
    return w;
}
} // namespace

class TestEmotionCurve : public QObject
{
    Q_OBJECT
private slots:
    void valueFromScoreAlone()
    {
        QCOMPARE(emotionValue(scoreOf(0.0), moment(MomentKind::None)), -2.0);
        QCOMPARE(emotionValue(scoreOf(50.0), moment(MomentKind::None)), 0.0);
        QCOMPARE(emotionValue(scoreOf(62.5), moment(MomentKind::None)), 0.5);
        QCOMPARE(emotionValue(scoreOf(100.0), moment(MomentKind::None)), 2.0);
        QCOMPARE(emotionValue(scoreOf(std::nullopt), moment(MomentKind::None)), 0.0);
    }
    void failuresAndMomentsShiftIt()
    {
        // 75 -> 1.0; failed must-be -> 0.0; plus user pain point -> -1.0
        QCOMPARE(emotionValue(scoreOf(75.0, false), moment(MomentKind::None)), 0.0);
        QCOMPARE(emotionValue(scoreOf(75.0, false), moment(MomentKind::PainPoint)), -1.0);
        // 50 -> 0; met delighter AND user memorable moment count once: +1
        QCOMPARE(emotionValue(scoreOf(50.0, true, {"d"}), moment(MomentKind::Memorable)), 1.0);
        // no score, user memorable moment: 0 + 1 = 1
        QCOMPARE(emotionValue(scoreOf(std::nullopt), moment(MomentKind::Memorable)), 1.0);
    }
    void valueStaysWithinRange()
    {
        // 0 -> -2, failed -1, pain -1 = -4 -> kept at -2; 100 -> 2 + 1 = 3 -> kept at 2.
        QCOMPARE(emotionValue(scoreOf(0.0, false), moment(MomentKind::PainPoint)), -2.0);
        QCOMPARE(emotionValue(scoreOf(100.0, true, {"d"}), moment(MomentKind::None)), 2.0);
    }
    void peakLowAndEnd()
    {
        // q: 3, 5, 1, 4 -> scores 50, 100, 0, 75; q=1 fails the must-be:
        // values 0, 2, -2 (-2 -1 kept at -2), 1 -> peak 1, low 2, end 3
        const EmotionCurve curve = emotionCurve(walkWithScores({3, 5, 1, 4}));
        QCOMPARE(curve.points.size(), std::size_t(4));
        QCOMPARE(curve.points[0].value, 0.0);
        QCOMPARE(curve.points[1].value, 2.0);
        QCOMPARE(curve.points[2].value, -2.0);
        QCOMPARE(curve.points[3].value, 1.0);
        QCOMPARE(curve.points[2].contactId, std::string("c3"));
        QCOMPARE(curve.peakIndex, 1);
        QCOMPARE(curve.lowIndex, 2);
        QCOMPARE(curve.endIndex, 3);
    }
    void tiesGoToFirstOccurrence()
    {
        // q: 4, 3, 4, 3 -> 1, 0, 1, 0: peak is the first 1 (index 0), low the first 0 (index 1)
        const EmotionCurve curve = emotionCurve(walkWithScores({4, 3, 4, 3}));
        QCOMPARE(curve.peakIndex, 0);
        QCOMPARE(curve.lowIndex, 1);
        QCOMPARE(curve.endIndex, 3);
    }
    void singleContactIsPeakLowAndEnd()
    {
        const EmotionCurve curve = emotionCurve(walkWithScores({3}));
        QCOMPARE(curve.peakIndex, 0);
        QCOMPARE(curve.lowIndex, 0);
        QCOMPARE(curve.endIndex, 0);
    }
    void emptyWalkHasNoIndices()
    {
        const EmotionCurve curve = emotionCurve(walkWithScores({}));
        QVERIFY(curve.points.empty());
        QCOMPARE(curve.peakIndex, -1);
        QCOMPARE(curve.lowIndex, -1);
        QCOMPARE(curve.endIndex, -1);
    }
    void delighterLiftsTheCurve()
    {
        // q = 3 (50 -> 0) with the zero-weight delighter d = 5 met: 0 + 1 = 1
        Walk w = walkWithScores({3});
        w.contacts[0].observation.scores.push_back({"d", 5});
        QCOMPARE(emotionCurve(w).points[0].value, 1.0);
    }
    void unknownTouchpointIsRejected()
    {
        Walk w = walkWithScores({3});
        w.contacts[0].touchpointId = "gone";
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, emotionCurve(w));
    }
};

QTEST_GUILESS_MAIN(TestEmotionCurve)
#include "tst_emotion_curve.moc"
