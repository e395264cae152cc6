// Survey metrics against hand-computed values. Each case writes out the arithmetic.
#include "scoring/metrics.h"
#include "scoring/pooled_metrics.h"

#include <QtTest>
#include <stdexcept>
#include <vector>

using namespace its;

namespace {
WalkSummary answered(std::optional<int> recommend, std::optional<int> effort = std::nullopt,
                     std::string cesVersion = "ces2-7pt")
{
    WalkSummary s;
    s.answers.recommend = recommend;
    s.answers.effort = effort;
    s.answers.cesScaleVersion = std::move(cesVersion);
    return s;
}

WalkSummary satisfied(std::optional<int> csat)
{
    WalkSummary s;
    s.answers.csat = csat;
    return s;
}

std::vector<int> repeated(int value, int count)
{
    return std::vector<int>(static_cast<std::size_t>(count), value);
}
} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT
private slots:
    void npsPromotersMinusDetractors()
    {
        // 10 answers: promoters 9,10,10 (3) passives 7,8 (2) detractors 0,3,5,6,6 (5)
        // NPS = 30% - 50% = -20 points
        const std::vector<int> answers{9, 10, 10, 7, 8, 0, 3, 5, 6, 6};
        const Figure nps = netPromoterScore(answers);
        QCOMPARE(nps.n, 10);
        QVERIFY(nps.smallSample);
        QVERIFY(nps.value.has_value());
        QCOMPARE(*nps.value, -20.0);
    }
    void npsBoundaries()
    {
        // 6 is a detractor, 7 and 8 passives, 9 a promoter.
        QCOMPARE(*netPromoterScore(std::vector<int>{6}).value, -100.0);
        QCOMPARE(*netPromoterScore(std::vector<int>{7, 8}).value, 0.0);
        QCOMPARE(*netPromoterScore(std::vector<int>{9}).value, 100.0);
        QCOMPARE(*netPromoterScore(std::vector<int>{0, 10}).value, 0.0);
    }
    void npsOfNothingHasNoValue()
    {
        const Figure nps = netPromoterScore({});
        QCOMPARE(nps.n, 0);
        QVERIFY(!nps.value.has_value());
        QVERIFY(nps.smallSample);
    }
    void npsRejectsOutOfRangeNamingTheValue()
    {
        for (int bad : {11, -1, 100}) {
            const std::vector<int> answers{9, bad};
            try {
                netPromoterScore(answers);
                QFAIL("out-of-range answer accepted");
            } catch (const std::invalid_argument &e) {
                QVERIFY2(std::string(e.what()).find(std::to_string(bad)) != std::string::npos,
                         e.what());
            }
        }
    }
    void averagedGroupNpsIsNotPooledNps()
    {
        // Group A: nine 10s and one 0 -> 90% - 10% = 80.   Group B: two 3s -> 0% - 100% = -100.
        // Averaging the groups: (80 + -100) / 2 = -10.
        // Pooled: 12 answers, 9 promoters, 3 detractors -> 75% - 25% = 50.
        std::vector<int> a = repeated(10, 9);
        a.push_back(0);
        const std::vector<int> b{3, 3};
        const double averaged = (*netPromoterScore(a).value + *netPromoterScore(b).value) / 2.0;
        QCOMPARE(averaged, -10.0);

        std::vector<int> pooled = a;
        pooled.insert(pooled.end(), b.begin(), b.end());
        const Figure nps = netPromoterScore(pooled);
        QCOMPARE(*nps.value, 50.0);
        QCOMPARE(nps.n, 12);
        QVERIFY(*nps.value != averaged);
    }
    void poolNpsOverSummariesPoolsAnswers()
    {
        // Same groups as above, as 12 leaders' walks plus one walk with no answer (skipped).
        std::vector<WalkSummary> summaries;
        for (int i = 0; i < 9; ++i)
            summaries.push_back(answered(10));
        summaries.push_back(answered(0));
        summaries.push_back(answered(3));
        summaries.push_back(answered(3));
        summaries.push_back(answered(std::nullopt));
        const Figure nps = poolNps(summaries);
        QCOMPARE(nps.n, 12);
        QCOMPARE(*nps.value, 50.0);
    }
    void smallSampleFlagAtThreshold()
    {
        // kMinMeaningfulSample = 30: 29 answers are flagged, 30 are not.
        QCOMPARE(kMinMeaningfulSample, 30);
        QVERIFY(netPromoterScore(repeated(9, 29)).smallSample);
        const Figure thirty = netPromoterScore(repeated(9, 30));
        QVERIFY(!thirty.smallSample);
        QCOMPARE(thirty.n, 30);
    }
    void csatIsTopTwoBox()
    {
        // [5,4,3,2,1,4]: 4s and 5s are 3 of 6 -> 50%.
        const Figure csat = customerSatisfaction(std::vector<int>{5, 4, 3, 2, 1, 4});
        QCOMPARE(csat.n, 6);
        QCOMPARE(*csat.value, 50.0);
        // 3 is not satisfied: [3,3,4] -> 1/3 = 33.33...
        QCOMPARE(*customerSatisfaction(std::vector<int>{3, 3, 4}).value, 100.0 / 3.0);
    }
    void poolCsatPoolsAnswersNeverAveragesGroups()
    {
        // docs/SCORING.md: group A answers 5, 5, 4, 2 -> 3 of 4 = 75%; group B answers 3 ->
        // 0 of 1 = 0%. Averaging the groups gives (75 + 0) / 2 = 37.5%. Pooled: 3 of 5 = 60%.
        // Two walks did not answer and are skipped: n = 5, a small sample.
        std::vector<WalkSummary> summaries{satisfied(5),
                                           satisfied(5),
                                           satisfied(4),
                                           satisfied(2),
                                           satisfied(std::nullopt),
                                           satisfied(3),
                                           satisfied(std::nullopt)};
        const Figure csat = poolCsat(summaries);
        QCOMPARE(csat.n, 5);
        QCOMPARE(*csat.value, 60.0);
        QVERIFY(csat.smallSample);
        const double groupA = *customerSatisfaction(std::vector<int>{5, 5, 4, 2}).value;
        const double groupB = *customerSatisfaction(std::vector<int>{3}).value;
        QCOMPARE(groupA, 75.0);
        QCOMPARE(groupB, 0.0);
        QVERIFY(*csat.value != (groupA + groupB) / 2);
    }
    void poolCsatWithoutAnswersHasNoValue()
    {
        std::vector<WalkSummary> none{satisfied(std::nullopt), answered(9)};
        const Figure csat = poolCsat(none);
        QCOMPARE(csat.n, 0);
        QVERIFY(!csat.value.has_value());
        QVERIFY(csat.smallSample);
        QCOMPARE(poolCsat({}).n, 0);
    }
    void poolCsatFlagsSmallSamplesAtThreshold()
    {
        // 29 answers of 4 and one unanswered walk: n = 29, flagged; one more 1 -> 29/30, not.
        std::vector<WalkSummary> summaries(29, satisfied(4));
        summaries.push_back(satisfied(std::nullopt));
        QVERIFY(poolCsat(summaries).smallSample);
        summaries.push_back(satisfied(1));
        const Figure thirty = poolCsat(summaries);
        QCOMPARE(thirty.n, 30);
        QVERIFY(!thirty.smallSample);
        QCOMPARE(*thirty.value, 100.0 * 29 / 30);
    }
    void poolCsatRejectsAnOutOfScaleAnswer()
    {
        std::vector<WalkSummary> summaries{satisfied(4), satisfied(6)};
        try {
            poolCsat(summaries);
            QFAIL("CSAT 6 pooled");
        } catch (const std::invalid_argument &error) {
            QVERIFY2(std::string(error.what()).find('6') != std::string::npos, error.what());
        }
    }
    void csatRejectsOutOfRange()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 customerSatisfaction(std::vector<int>{4, 6}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, customerSatisfaction(std::vector<int>{0}));
        QVERIFY(!customerSatisfaction({}).value.has_value());
    }
    void cesMeanAndShareFiveToSeven()
    {
        // [7,5,4,1]: mean = 17/4 = 4.25; 5-7 answers: 7,5 -> 2/4 = 50%.
        const EffortFigures ces = customerEffort(std::vector<int>{7, 5, 4, 1});
        QCOMPARE(ces.mean.n, 4);
        QCOMPARE(*ces.mean.value, 4.25);
        QCOMPARE(ces.share5to7.n, 4);
        QCOMPARE(*ces.share5to7.value, 50.0);
    }
    void cesRejectsOutOfRange()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, customerEffort(std::vector<int>{8}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, customerEffort(std::vector<int>{0}));
        const EffortFigures none = customerEffort({});
        QVERIFY(!none.mean.value && !none.share5to7.value);
    }
    void poolCesRefusesMixedScaleVersions()
    {
        const std::vector<WalkSummary> same{answered(std::nullopt, 6), answered(std::nullopt, 3)};
        const EffortFigures ces = poolCes(same); // mean (6+3)/2 = 4.5, share 1/2 = 50%
        QCOMPARE(*ces.mean.value, 4.5);
        QCOMPARE(*ces.share5to7.value, 50.0);

        const std::vector<WalkSummary> mixed{answered(std::nullopt, 6),
                                             answered(std::nullopt, 3, "ces-5pt")};
        try {
            poolCes(mixed);
            QFAIL("mixed CES scale versions pooled");
        } catch (const std::invalid_argument &e) {
            QVERIFY2(std::string(e.what()).find("ces-5pt") != std::string::npos, e.what());
        }
    }
    void fcrRate()
    {
        // 3 of 4 walks resolved at first contact -> 75%.
        const bool perWalk[] = {true, false, true, true};
        const Figure fcr = firstContactResolutionRate(perWalk);
        QCOMPARE(fcr.n, 4);
        QCOMPARE(*fcr.value, 75.0);
        QVERIFY(!firstContactResolutionRate({}).value.has_value());

        std::vector<WalkSummary> summaries(4);
        summaries[0].firstContactResolution = true;
        QCOMPARE(*poolFirstContactResolution(summaries).value, 25.0);
    }
    void wouldStayOnlyCountsAnswers()
    {
        // yes, no, (no answer), yes -> 2 of 3 answered = 66.67%.
        std::vector<WalkSummary> summaries(4);
        summaries[0].answers.wouldStay = true;
        summaries[1].answers.wouldStay = false;
        summaries[3].answers.wouldStay = true;
        const Figure stay = poolWouldStay(summaries);
        QCOMPARE(stay.n, 3);
        QCOMPARE(*stay.value, 200.0 / 3.0);
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
