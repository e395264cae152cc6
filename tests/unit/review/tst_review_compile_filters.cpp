// The compile's filters, trends (docs/SCORING.md worked example 7) and participation.
#include "review/compile.h"
#include "summary_builder.h"

#include <QtTest>

using namespace its;
using namespace its::review;
using namespace its::review::test;

namespace {

ReceivedWalk walkWith(const std::string &id, const std::string &device, std::int64_t ms,
                      const std::string &journey, const std::string &department,
                      Channel channel = Channel::Phone)
{
    ContactSummary c = contactAt(id + "-c", "tp-" + department, department, 50);
    c.channel = channel;
    return WalkBuilder(id, device, ms, journey).contact(c);
}

std::vector<std::string> ids(const Findings &f)
{
    std::vector<std::string> result;
    for (const JourneyFindings &j : f.journeys) {
        for (const StageFindings &s : j.stages) {
            for (const TouchpointFindings &t : s.touchpoints)
                result.push_back(j.journeyId + "/" + t.touchpointId);
        }
    }
    return result;
}

// Example 7: FCR 8 of 20 walks in Q1 and 15 of 20 in Q2, one a month apart.
std::vector<ReceivedWalk> twoQuarters()
{
    std::vector<ReceivedWalk> walks;
    for (int i = 0; i < 40; ++i) {
        const bool q2 = i >= 20;
        const int inQuarter = i % 20;
        const bool fcr = q2 ? inQuarter < 15 : inQuarter < 8;
        walks.push_back(WalkBuilder("w" + std::to_string(i), i % 2 ? "dev-a" : "dev-b",
                                    utcMs(2026, (q2 ? 4 : 1) + inQuarter % 3, 10))
                            .fcr(fcr)
                            .nps(q2 ? 9 : 7));
    }
    return walks;
}

} // namespace

class TestReviewCompileFilters : public QObject
{
    Q_OBJECT
private slots:
    void periodMonthAndQuarter()
    {
        const std::vector<ReceivedWalk> walks = {
            walkWith("feb", "d", utcMs(2026, 2, 28), "j", "care"),
            walkWith("mar", "d", utcMs(2026, 3, 1), "j", "care"),
            walkWith("apr", "d", utcMs(2026, 4, 1), "j", "care")};
        ReviewFilter filter;
        setMonth(filter, 2026, 3, QTimeZone::utc());
        QCOMPARE(compile(walks, {}, filter, options()).walks, 1);
        setQuarter(filter, 2026, 1, QTimeZone::utc());
        QCOMPARE(compile(walks, {}, filter, options()).walks, 2);
        QCOMPARE(*filter.toMs, utcMs(2026, 4, 1) - 12 * 3'600'000); // 1 April, 00:00 UTC
        ReviewFilter range;
        range.fromMs = utcMs(2026, 3, 1); // at or after: included
        range.toMs = utcMs(2026, 4, 1);   // before: excluded
        QCOMPARE(compile(walks, {}, range, options()).walks, 1);
    }
    void journeysLeadersSectors()
    {
        std::vector<ReceivedWalk> walks = {walkWith("1", "d1", utcMs(2026, 3, 1), "j1", "care"),
                                           walkWith("2", "d2", utcMs(2026, 3, 2), "j2", "care"),
                                           walkWith("3", "d2", utcMs(2026, 3, 3), "j1", "care")};
        walks[2].summary.sector = "bank";
        ReviewFilter filter;
        filter.journeys = {"j1"};
        QCOMPARE(compile(walks, {}, filter, options()).walks, 2);
        filter.leaders = {"d2"};
        QCOMPARE(compile(walks, {}, filter, options()).walks, 1);
        filter = {};
        filter.sectors = {"telco"};
        QCOMPARE(compile(walks, {}, filter, options()).walks, 2);
    }
    void departmentsAndChannelsKeepTheirContactsOnly()
    {
        ContactSummary care = contactAt("c1", "call", "care", 50);
        ContactSummary billing = contactAt("c2", "letter", "billing", 50);
        billing.channel = Channel::Letter;
        const std::vector<ReceivedWalk> walks = {
            WalkBuilder("both", "d", utcMs(2026, 3, 1)).contact(care).contact(billing),
            walkWith("care-only", "d", utcMs(2026, 3, 2), "j", "care")};
        ReviewFilter filter;
        filter.departments = {"billing"};
        Findings f = compile(walks, {}, filter, options());
        QCOMPARE(f.walks, 1);
        QCOMPARE(ids(f), std::vector<std::string>{"j/letter"});
        QCOMPARE(f.departments.size(), std::size_t(1));
        QCOMPARE(f.departments[0].department, std::string("billing"));
        filter = {};
        filter.channels = {Channel::Phone};
        f = compile(walks, {}, filter, options());
        QCOMPARE(f.walks, 2);
        QCOMPARE(ids(f), (std::vector<std::string>{"j/call", "j/tp-care"}));
    }
    void departmentMatchesAHandoffToIt()
    {
        ContactSummary c = contactAt("c1", "call", "care", 50);
        c.handoffs = {{"care", "legal"}};
        ReviewFilter filter;
        filter.departments = {"legal"};
        const Findings f =
            compile({WalkBuilder("W", "d", utcMs(2026, 3, 1)).contact(c)}, {}, filter, options());
        QCOMPARE(f.walks, 1);
        QCOMPARE(f.siloMap.at(0).to, std::string("legal"));
        QCOMPARE(f.departments.at(0).department, std::string("legal"));
        QCOMPARE(f.departments.at(0).handoffsIn, 1);
    }
    void exampleSevenQuarterOverQuarter()
    {
        CompileOptions o = options();
        o.periodKind = PeriodKind::Quarter;
        const Findings f = compile(twoQuarters(), {}, {}, o);
        QCOMPARE(f.periods.size(), std::size_t(2));
        const PeriodFindings &q1 = f.periods[0];
        const PeriodFindings &q2 = f.periods[1];
        QCOMPARE(q1.key, std::string("2026-Q1"));
        QCOMPARE(q2.key, std::string("2026-Q2"));
        QCOMPARE(q1.walks, 20);
        QCOMPARE(*q1.firstContactResolution.estimate.value, 40.0);
        QCOMPARE(q1.firstContactResolution.change, Change::NoData); // nothing before Q1
        QCOMPARE(*q2.firstContactResolution.estimate.value, 75.0);
        QCOMPARE(*q2.firstContactResolution.delta, 35.0);
        QCOMPARE(q2.firstContactResolution.change, Change::ClearlyUp); // z = 2.24
        // NPS: every Q1 answer a 7 (0), every Q2 answer a 9 (+100): a clear change up.
        QCOMPARE(*q2.nps.delta, 100.0);
        QCOMPARE(q2.nps.change, Change::ClearlyUp);
    }
    void smallChangeIsNoClearChange()
    {
        // 4 of 10 -> 6 of 10 would-stay, month over month: z = 0.89.
        std::vector<ReceivedWalk> walks;
        for (int i = 0; i < 20; ++i) {
            ReceivedWalk w =
                WalkBuilder("w" + std::to_string(i), "d", utcMs(2026, i < 10 ? 5 : 6, 1 + i % 10));
            w.summary.answers.wouldStay = i < 10 ? i < 4 : i < 16;
            walks.push_back(w);
        }
        const Findings f = compile(walks, {}, {}, options());
        QCOMPARE(f.periods.size(), std::size_t(2));
        QCOMPARE(*f.periods[1].wouldStay.delta, 20.0);
        QCOMPARE(f.periods[1].wouldStay.change, Change::NoClearChange);
    }
    void emptyMonthBetweenIsListedWithoutFigures()
    {
        const Findings f = compile({walkWith("jan", "d", utcMs(2026, 1, 5), "j", "care"),
                                    walkWith("mar", "d", utcMs(2026, 3, 5), "j", "care")},
                                   {}, {}, options());
        QCOMPARE(f.periods.size(), std::size_t(3));
        QCOMPARE(f.periods[1].key, std::string("2026-02"));
        QCOMPARE(f.periods[1].walks, 0);
        QVERIFY(!f.periods[1].passRate.estimate.value);
        QCOMPARE(f.periods[2].passRate.change, Change::NoData);
    }
    void participation()
    {
        // now = 1 Dec 2026. CFO walked in October (2 walks), COO last in June, CTO never; a
        // revoked device is nobody's concern; the library's j3 was walked by nobody.
        const std::vector<Leader> roster = {{"d-cfo", "CFO", true},
                                            {"d-coo", "COO", true},
                                            {"d-cto", "CTO", true},
                                            {"d-old", "Old phone", false}};
        const std::vector<ReceivedWalk> walks = {
            walkWith("1", "d-cfo", utcMs(2026, 10, 1), "j1", "care"),
            walkWith("2", "d-cfo", utcMs(2026, 10, 20), "j1", "care"),
            walkWith("3", "d-coo", utcMs(2026, 6, 1), "j2", "care")};
        CompileOptions o = options(utcMs(2026, 12, 1));
        o.library = {JourneyTemplate{}};
        o.library[0].id = "j3";
        ReviewFilter october;
        setMonth(october, 2026, 10, QTimeZone::utc());
        const Findings f = compile(walks, roster, october, o);
        const auto &leaders = f.participation.leaders;
        QCOMPARE(leaders.size(), std::size_t(3)); // not the revoked device
        QCOMPARE(leaders[0].label, std::string("CFO"));
        QCOMPARE(leaders[0].total, 2);
        QCOMPARE(leaders[0].walks, std::vector<int>{2});
        QVERIFY(!leaders[0].notWalkedIn90Days);
        QCOMPARE(leaders[1].label, std::string("COO"));
        QCOMPARE(leaders[1].total, 0);
        QCOMPARE(*leaders[1].lastWalkMs, utcMs(2026, 6, 1)); // outside the filter, still known
        QVERIFY(leaders[1].notWalkedIn90Days);
        QVERIFY(!leaders[2].lastWalkMs);
        QCOMPARE(f.participation.idleLeaders, (std::vector<std::string>{"d-coo", "d-cto"}));
        QCOMPARE(f.participation.journeysNotWalked, (std::vector<std::string>{"j2", "j3"}));
    }
    void walkerNotOnTheRosterStillCounts()
    {
        const Findings f =
            compile({walkWith("1", "d-gone", utcMs(2026, 10, 1), "j", "care")}, {}, {}, options());
        QCOMPARE(f.participation.leaders.size(), std::size_t(1));
        QCOMPARE(f.participation.leaders[0].deviceId, std::string("d-gone"));
        QCOMPARE(f.participation.leaders[0].label, std::string());
        QCOMPARE(f.participation.leaders[0].total, 1);
        QVERIFY(!f.participation.leaders[0].notWalkedIn90Days);
    }
};

QTEST_APPLESS_MAIN(TestReviewCompileFilters)
#include "tst_review_compile_filters.moc"
