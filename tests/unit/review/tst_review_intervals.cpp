// The interval formulas, the clear-change rule and the time percentiles of the review's compile:
// docs/SCORING.md, worked example 4, number for number (to the two decimals the page shows).
#include "review/intervals.h"

#include <QtTest>
#include <algorithm>

using namespace its;
using namespace its::review;

namespace {

constexpr double kTwoDecimals = 0.005;

bool near(double actual, double expected)
{
    return std::abs(actual - expected) < kTwoDecimals;
}

std::vector<double> items(int ones, int n)
{
    std::vector<double> v(std::size_t(n), 0.0);
    std::fill(v.begin(), v.begin() + ones, 1.0);
    return v;
}

} // namespace

class TestReviewIntervals : public QObject
{
    Q_OBJECT
private slots:
    void wilsonThreeOfTen()
    {
        // p = 0.3, z^2/n = 0.3841; centre = (0.3 + 0.1921) / 1.3841 = 0.3555;
        // half = 1.96 / 1.3841 * sqrt(0.021 + 0.0096) = 0.2477 -> 10.78% .. 60.32%.
        const Estimate e = shareEstimate(3, 10);
        QCOMPARE(*e.value, 30.0);
        QCOMPARE(e.count, 3);
        QCOMPARE(e.n, 10);
        QVERIFY(e.smallSample);
        QVERIFY2(near(e.ci95->low, 10.78), qPrintable(QString::number(e.ci95->low)));
        QVERIFY2(near(e.ci95->high, 60.32), qPrintable(QString::number(e.ci95->high)));
    }
    void wilsonStaysInsideZeroToHundred()
    {
        // 0 of 5 and 5 of 5: a Wald interval would be 0..0 and 100..100; Wilson is not.
        const Estimate none = shareEstimate(0, 5);
        QCOMPARE(none.ci95->low, 0.0);
        QVERIFY(near(none.ci95->high, 43.45));
        const Estimate all = shareEstimate(5, 5);
        QVERIFY(near(all.ci95->low, 56.55));
        QCOMPARE(all.ci95->high, 100.0);
    }
    void emptyShareHasNoValueAndNoInterval()
    {
        const Estimate e = shareEstimate(0, 0);
        QVERIFY(!e.value);
        QVERIFY(!e.ci95);
        QCOMPARE(e.n, 0);
    }
    void npsIntervalFromPromoterMinusDetractorVariance()
    {
        // 5 promoters, 2 passives, 3 detractors: NPS 50 - 30 = 20; var = 0.5 + 0.3 - 0.2^2
        // = 0.76; half = 1.96 * sqrt(0.76 / 10) = 0.5403 -> -34.03 .. 74.03.
        const std::vector<int> answers = {10, 9, 9, 10, 9, 7, 8, 6, 0, 3};
        const Estimate e = npsEstimate(answers);
        QCOMPARE(*e.value, 20.0);
        QCOMPARE(e.n, 10);
        QVERIFY2(near(e.ci95->low, -34.03), qPrintable(QString::number(e.ci95->low)));
        QVERIFY2(near(e.ci95->high, 74.03), qPrintable(QString::number(e.ci95->high)));
    }
    void npsIntervalIsClippedToTheScale()
    {
        const std::vector<int> answers = {10, 10, 9, 0};
        const Estimate e = npsEstimate(answers);
        QCOMPARE(*e.value, 50.0);
        QCOMPARE(e.ci95->high, 100.0);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, npsEstimate(std::vector<int>{11}));
    }
    void meanIntervalNeedsTwoValues()
    {
        // CES 2, 4, 6: mean 4, s = 2, half = 1.96 * 2 / sqrt(3) = 2.26 -> 1.74 .. 6.26.
        const std::vector<double> values = {2, 4, 6};
        const Estimate e = meanEstimate(values);
        QCOMPARE(*e.value, 4.0);
        QVERIFY(near(e.ci95->low, 1.74));
        QVERIFY(near(e.ci95->high, 6.26));
        QVERIFY(!meanEstimate(std::vector<double>{5}).ci95);
    }
    void clearChangeFromFortyToSeventyFivePercent()
    {
        // 8 of 20 -> 15 of 20: pooled p = 23/40 = 0.575, v = 0.2444;
        // se = sqrt(0.2444 * (1/20 + 1/20)) = 0.1563; z = 0.35 / 0.1563 = 2.24 > 1.96.
        QCOMPARE(clearChange(items(8, 20), items(15, 20)), Change::ClearlyUp);
        QCOMPARE(clearChange(items(15, 20), items(8, 20)), Change::ClearlyDown);
    }
    void noClearChangeFromFortyToSixtyPercentOfTen()
    {
        // 4 of 10 -> 6 of 10: p = 0.5, se = sqrt(0.25 * 0.2) = 0.2236; z = 0.2 / 0.2236 = 0.89.
        QCOMPARE(clearChange(items(4, 10), items(6, 10)), Change::NoClearChange);
    }
    void oneAnswerEachIsNeverAClearChange()
    {
        // 0% -> 100% with one answer each: z = 1 / sqrt(0.25 * 2) = 1.41.
        QCOMPARE(clearChange(items(0, 1), items(1, 1)), Change::NoClearChange);
        // An NPS item of +1 against -1: pooled v = 1, z = 2 / sqrt(2) = 1.41.
        QCOMPARE(clearChange(std::vector<double>{-1}, std::vector<double>{1}),
                 Change::NoClearChange);
        QCOMPARE(clearChange({}, items(1, 1)), Change::NoData);
        QCOMPARE(clearChange(items(3, 3), items(3, 3)), Change::NoClearChange);
    }
    void medianAndP90ByNearestRank()
    {
        // 60 .. 540 s in steps of 60, and 1200 s: median (300 + 360) / 2 = 330 s;
        // p90 = rank ceil(0.9 * 10) = 9 -> 540 s.
        std::vector<std::int64_t> ms;
        for (int s : {420, 60, 1200, 180, 240, 300, 360, 120, 480, 540})
            ms.push_back(std::int64_t(s) * 1000);
        QCOMPARE(medianMs(ms), std::int64_t(330'000));
        QCOMPARE(p90Ms(ms), std::int64_t(540'000));
        // Three values: median the middle one, p90 rank ceil(2.7) = 3, the largest.
        QCOMPARE(medianMs({120'000, 240'000, 60'000}), std::int64_t(120'000));
        QCOMPARE(p90Ms({120'000, 240'000, 60'000}), std::int64_t(240'000));
    }
    void medianAndP90InPlaceGiveTheSameFigures()
    {
        // The compile reorders its own times (nth_element) instead of sorting a copy.
        std::vector<std::int64_t> ms{420'000, 60'000,  1'200'000, 180'000, 240'000,
                                     300'000, 360'000, 120'000,   480'000, 540'000};
        std::vector<std::int64_t> before = ms;
        QCOMPARE(medianOfMs(ms), std::int64_t(330'000));
        QCOMPARE(p90OfMs(ms), std::int64_t(540'000));
        std::sort(ms.begin(), ms.end());
        std::sort(before.begin(), before.end());
        QCOMPARE(ms, before); // reordered, nothing lost
        // Two middle values 1 ms apart: rounded down to whole ms, as medianMs does.
        std::vector<std::int64_t> two{1'003, 1'000};
        QCOMPARE(medianOfMs(two), std::int64_t(1'001));
        std::vector<std::int64_t> none;
        QCOMPARE(medianOfMs(none), std::int64_t(0));
        QCOMPARE(p90OfMs(none), std::int64_t(0));
    }
};

QTEST_APPLESS_MAIN(TestReviewIntervals)
#include "tst_review_intervals.moc"
