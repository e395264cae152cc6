// The board pack's "change vs the previous period": which period is the previous one, and that
// its figures and changes are the trends' own (the same items, the same clear-change rule).
#include "review/compare_periods.h"
#include "review/compile.h"
#include "summary_builder.h"

#include <QtTest>

using namespace its;
using namespace its::review;
using namespace its::review::test;

class TestReviewComparePeriods : public QObject
{
    Q_OBJECT

private slots:
    void aQuarterIsComparedWithTheQuarterBefore()
    {
        ReviewFilter q2;
        setQuarter(q2, 2026, 2, QTimeZone::utc());
        const auto previous = previousPeriod(q2, QTimeZone::utc());
        QVERIFY(previous);
        ReviewFilter q1;
        setQuarter(q1, 2026, 1, QTimeZone::utc());
        QCOMPARE(*previous->fromMs, *q1.fromMs); // 1 January, not 91 days before 1 April
        QCOMPARE(*previous->toMs, *q1.toMs);
    }

    void anyOtherRangeIsComparedWithTheSameLengthBefore()
    {
        ReviewFilter days;
        days.fromMs = utcMs(2026, 5, 10);
        days.toMs = utcMs(2026, 5, 20);
        const auto previous = previousPeriod(days, QTimeZone::utc());
        QVERIFY(previous);
        QCOMPARE(*previous->fromMs, utcMs(2026, 4, 30));
        QCOMPARE(*previous->toMs, utcMs(2026, 5, 10));
        days.toMs.reset();
        QVERIFY(!previousPeriod(days, QTimeZone::utc()));
        QVERIFY(!compareWithPrevious({}, days, QTimeZone::utc()));
    }

    // 40 detractors in Q1, 40 promoters in Q2 (one walk twice, at revisions 1 and 2): the change
    // is clear, and every figure equals the quarterly trend's for Q2.
    void figuresAndChangesAreTheTrendsOwn()
    {
        std::vector<ReceivedWalk> walks;
        for (int i = 0; i < 40; ++i) {
            walks.push_back(WalkBuilder("a" + std::to_string(i), "d", utcMs(2026, 2, 1 + i % 20))
                                .nps(2)
                                .fcr(i % 2 == 0));
            walks.push_back(WalkBuilder("b" + std::to_string(i), "d", utcMs(2026, 5, 1 + i % 20))
                                .nps(10)
                                .fcr(i % 3 == 0));
        }
        walks.push_back(WalkBuilder("b0", "d", utcMs(2026, 5, 1)).revision(2).nps(0));
        ReviewFilter q2;
        setQuarter(q2, 2026, 2, QTimeZone::utc());
        const auto comparison = compareWithPrevious(walks, q2, QTimeZone::utc());
        QVERIFY(comparison);
        QCOMPARE(comparison->previousWalks, 40);
        QCOMPARE(comparison->nps.change, Change::ClearlyUp);
        QCOMPARE(*comparison->nps.estimate.value, 100.0 * 38 / 40); // 39 promoters, 1 detractor
        QCOMPARE(*comparison->nps.delta, 100.0 * 38 / 40 + 100.0);

        ReviewFilter both;
        both.fromMs = *previousPeriod(q2, QTimeZone::utc())->fromMs;
        both.toMs = q2.toMs;
        CompileOptions options;
        options.periodKind = PeriodKind::Quarter;
        const Findings findings = compile(walks, {}, both, options);
        QCOMPARE(findings.periods.size(), std::size_t(2));
        const PeriodFindings &trend = findings.periods[1];
        for (const auto &[mine, theirs] :
             {std::pair{&comparison->nps, &trend.nps},
              {&comparison->csat, &trend.csat},
              {&comparison->firstContactResolution, &trend.firstContactResolution},
              {&comparison->wouldStay, &trend.wouldStay}}) {
            QCOMPARE(mine->change, theirs->change);
            QCOMPARE(mine->estimate.value, theirs->estimate.value);
            QCOMPARE(mine->estimate.n, theirs->estimate.n);
            QCOMPARE(mine->delta, theirs->delta);
        }
        QCOMPARE(comparison->firstContactResolution.change, Change::NoClearChange);
    }
};

QTEST_GUILESS_MAIN(TestReviewComparePeriods)
#include "tst_review_compare_periods.moc"
