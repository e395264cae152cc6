// The review's compile, section by section: docs/SCORING.md worked examples 5 and 6 number for
// number, and the edge cases (revisions once, edited templates by id, unknown departments, the
// empty result).
#include "review/compile.h"
#include "summary_builder.h"

#include <QtTest>

using namespace its;
using namespace its::review;
using namespace its::review::test;

namespace {

// The library's phone journey: one stage, the call, a queue target of 180 s.
JourneyTemplate phoneJourney()
{
    Touchpoint call;
    call.id = "call";
    call.name = "Call";
    call.department = "customer_care";
    call.slas = {{"queue", 180}};
    call.criteria = {{"understood", "Understood my problem", 1.0, CriterionKind::MustBe},
                     {"empathy", "Showed empathy", 1.0, CriterionKind::Delighter}};
    JourneyTemplate journey;
    journey.id = "j";
    journey.name = "Phone journey";
    journey.stages = {{"contact", "Contact", {call}}};
    return journey;
}

// Worked example 5: walk A (revision 2 replaces revision 1), B and C, one call each.
std::vector<ReceivedWalk> exampleFive()
{
    ContactSummary a1 = contactAt("a-1", "call", "customer_care", 40);
    a1.passed = false;
    a1.failedMustBe = {"understood"};
    ContactSummary a = contactAt("a-1", "call", "customer_care", 75);
    a.metDelighters = {"empathy"};
    a.phases = {seconds("queue", 120), seconds("talking", 180)};
    a.totalMs = 300'000;
    ContactSummary b = contactAt("b-1", "call", "customer_care", 25);
    b.passed = false;
    b.failedMustBe = {"understood"};
    b.phases = {seconds("queue", 240), seconds("talking", 260)};
    b.totalMs = 500'000;
    b.slaBreaches = {{"queue", 180'000, 240'000}};
    b.handoffs = {{"customer_care", "billing"}};
    b.repeatCount = 2;
    ContactSummary c = contactAt("c-1", "call", "customer_care");
    c.phases = {seconds("queue", 60), seconds("talking", 40)};
    c.totalMs = 100'000;
    return {
        WalkBuilder("A", "dev-1", utcMs(2026, 3, 2)).contact(a1, -1).nps(0),
        WalkBuilder("B", "dev-2", utcMs(2026, 3, 5)).contact(b, -1.5).nps(3),
        WalkBuilder("A", "dev-1", utcMs(2026, 3, 2)).revision(2).contact(a, 1).nps(10).fcr(true),
        WalkBuilder("C", "dev-1", utcMs(2026, 3, 9)).contact(c, 0).nps(8),
    };
}

const TouchpointFindings &onlyTouchpoint(const Findings &f)
{
    return f.journeys.at(0).stages.at(0).touchpoints.at(0);
}

const PhaseFindings *phase(const TouchpointFindings &t, const std::string &id)
{
    for (const PhaseFindings &p : t.phases) {
        if (p.phase == id)
            return &p;
    }
    return nullptr;
}

const CriterionRate *criterion(const std::vector<CriterionRate> &rates, const std::string &id)
{
    for (const CriterionRate &rate : rates) {
        if (rate.criterionId == id)
            return &rate;
    }
    return nullptr;
}

} // namespace

class TestReviewCompile : public QObject
{
    Q_OBJECT
private slots:
    void exampleFiveTouchpoint()
    {
        CompileOptions o = options();
        o.library = {phoneJourney()};
        const Findings f = compile(exampleFive(), {}, {}, o);
        QVERIFY(!f.noWalksMatch);
        QCOMPARE(f.walks, 3); // A once, at revision 2
        QCOMPARE(f.contacts, 3);
        const JourneyFindings &j = f.journeys.at(0);
        QCOMPARE(j.walks, 3);
        QCOMPARE(j.stages.at(0).stageId, std::string("contact"));
        const TouchpointFindings &t = onlyTouchpoint(f);
        QCOMPARE(t.contacts, 3);
        QCOMPARE(t.walks, 3);
        // Judged: A (75) and B (25); C has no score. Pass rate 1 / 2; mean (75 + 25) / 2 = 50.
        QCOMPARE(*t.passRate.value, 50.0);
        QCOMPARE(t.passRate.n, 2);
        QCOMPARE(*t.meanScore.value, 50.0);
        QCOMPARE(t.meanScore.n, 2);
        const CriterionRate *understood = criterion(t.mustBeFailures, "understood");
        QCOMPARE(understood->rate.count, 1); // revision 1's failure is gone
        QCOMPARE(*understood->rate.value, 50.0);
        QCOMPARE(understood->text, std::string("Understood my problem"));
        const CriterionRate *empathy = criterion(t.delighterHits, "empathy");
        QCOMPARE(empathy->rate.count, 1);
        QCOMPARE(empathy->rate.n, 2);
        // Queue 120, 240, 60 s: median 120 s, p90 rank 3 = 240 s; target 180 s; 1 of 3 breached.
        const PhaseFindings *queue = phase(t, "queue");
        QCOMPARE(queue->n, 3);
        QCOMPARE(queue->medianMs, std::int64_t(120'000));
        QCOMPARE(queue->p90Ms, std::int64_t(240'000));
        QCOMPARE(*queue->targetMs, std::int64_t(180'000));
        QCOMPARE(queue->breachRate.count, 1);
        QCOMPARE(queue->breachRate.n, 3);
        QVERIFY(std::abs(*queue->breachRate.value - 33.33) < 0.005);
        const PhaseFindings *total = phase(t, "total");
        QCOMPARE(total, &t.phases.back());
        QCOMPARE(total->medianMs, std::int64_t(300'000));
        QVERIFY(!total->targetMs);
        QVERIFY(std::abs(*t.handoffsPerContact.value - 1.0 / 3) < 1e-9);
        QVERIFY(std::abs(*t.repeatsPerContact.value - 2.0 / 3) < 1e-9);
    }
    void exampleFiveVoiceSiloAndPeakEnd()
    {
        const Findings f = compile(exampleFive(), {}, {}, options());
        // NPS of 10, 3, 8 (A's first answer, 0, no longer counts): 1 promoter, 1 detractor -> 0;
        // var = 2/3, half = 1.96 * sqrt(2/9) = 92.39.
        QCOMPARE(*f.voice.nps.value, 0.0);
        QCOMPARE(f.voice.nps.n, 3);
        QVERIFY(std::abs(f.voice.nps.ci95->low + 92.39) < 0.005);
        QVERIFY(std::abs(f.voice.nps.ci95->high - 92.39) < 0.005);
        QCOMPARE(f.voice.firstContactResolution.count, 1);
        QCOMPARE(f.voice.firstContactResolution.n, 3);
        QVERIFY(!f.voice.csat.value);
        QCOMPARE(f.siloMap.size(), std::size_t(1));
        QCOMPARE(f.siloMap[0].from, std::string("customer_care"));
        QCOMPARE(f.siloMap[0].to, std::string("billing"));
        QCOMPARE(f.siloMap[0].handoffs, 1);
        QCOMPARE(f.siloMap[0].repeatsAfter, 2);
        // Ends: A +1, B -1.5, C 0: one of three ends below 0.
        QCOMPARE(f.peakEnd.negativeEnd.count, 1);
        QCOMPARE(f.peakEnd.negativeEnd.n, 3);
        QCOMPARE(f.peakEnd.lowPoints.at(0).touchpointId, std::string("call"));
        QCOMPARE(f.peakEnd.lowPoints.at(0).count, 3);
    }
    void exampleFiveDepartments()
    {
        const Findings f = compile(exampleFive(), {}, {}, options());
        QCOMPARE(f.departments.size(), std::size_t(2));
        const DepartmentFindings &care = f.departments[0]; // the only one with pain
        QCOMPARE(care.department, std::string("customer_care"));
        QCOMPARE(care.painPoints, 1);
        QCOMPARE(care.themes.at(0).theme, std::string("understood"));
        QCOMPARE(care.memorableMoments, 1);
        QCOMPARE(care.touchpointsOwned.at(0).count, 3);
        QCOMPARE(care.handoffsOut, 1);
        QCOMPARE(care.handoffsIn, 0);
        const DepartmentFindings &billing = f.departments[1];
        QCOMPARE(billing.department, std::string("billing"));
        QCOMPARE(billing.handoffsIn, 1);
        QCOMPARE(billing.handedFrom.at(0).department, std::string("customer_care"));
        QVERIFY(billing.touchpointsOwned.empty());
    }
    void everyFigureListsTheWalksBehindIt()
    {
        std::vector<ReceivedWalk> walks = exampleFive();
        walks[2].summary.contacts[0].shareableNote = "Kind, but I waited"; // A, revision 2
        walks[0].summary.contacts[0].shareableNote = "gone with revision 1";
        const Findings f = compile(walks, {}, {}, options());
        const TouchpointFindings &t = onlyTouchpoint(f);
        using Ids = std::vector<std::string>;
        QCOMPARE(t.walkIds, (Ids{"A", "B", "C"}));
        QCOMPARE(criterion(t.mustBeFailures, "understood")->walkIds, Ids{"B"});
        QCOMPARE(criterion(t.delighterHits, "empathy")->walkIds, Ids{"A"});
        QCOMPARE(phase(t, "queue")->breachWalkIds, Ids{"B"});
        QCOMPARE(t.quotes.size(), std::size_t(1));
        QCOMPARE(t.quotes[0].walkId, std::string("A"));
        QCOMPARE(t.quotes[0].text, std::string("Kind, but I waited"));
        QCOMPARE(f.siloMap.at(0).walkIds, Ids{"B"});
        QCOMPARE(f.peakEnd.negativeEndWalkIds, Ids{"B"});
        QCOMPARE(f.peakEnd.lowPoints.at(0).walkIds, (Ids{"A", "B", "C"}));
        QCOMPARE(f.departments.at(0).themes.at(0).walkIds, Ids{"B"});
        QCOMPARE(f.departments.at(0).touchpointsOwned.at(0).walkIds, (Ids{"A", "B", "C"}));
    }
    void withoutTheLibraryTargetsComeFromTheBreaches()
    {
        // No library: the queue target is the one B's breach names; a contact breaching two
        // targets of one phase (180 s and 200 s) counts once.
        std::vector<ReceivedWalk> walks = exampleFive();
        walks[1].summary.contacts[0].slaBreaches.push_back({"queue", 200'000, 240'000});
        const Findings f = compile(walks, {}, {}, options());
        const TouchpointFindings &t = onlyTouchpoint(f);
        const PhaseFindings *queue = phase(t, "queue");
        QVERIFY(queue->targetMs);
        QCOMPARE(queue->breachRate.count, 1);
        QCOMPARE(queue->breachRate.n, 3);
        QVERIFY(!phase(t, "talking")->targetMs);
        QCOMPARE(phase(t, "talking")->breachRate.n, 0);
    }
    void exampleSixThemesByFrequencyTimesSeverity()
    {
        // billing's pain points: waiting 3, 2, 1 (3 x 2 = 6); wrong_bill 3, 3 (2 x 3 = 6);
        // silos 2 (1 x 2 = 2). Tie at 6: the more frequent first -> waiting, wrong_bill, silos.
        WalkBuilder w("W", "dev-1", utcMs(2026, 3, 2));
        w.contact(contactAt("c", "shop", "billing"));
        for (auto [theme, severity] : std::vector<std::pair<std::string, int>>{{"wrong_bill", 3},
                                                                               {"waiting", 3},
                                                                               {"silos", 2},
                                                                               {"waiting", 2},
                                                                               {"wrong_bill", 3},
                                                                               {"waiting", 1}})
            w.moment(MomentKind::PainPoint, "shop", "billing", theme, severity);
        const Findings f = compile({w}, {}, {}, options());
        const DepartmentFindings &billing = f.departments.at(0);
        QCOMPARE(billing.painPoints, 6);
        QCOMPARE(billing.themes.size(), std::size_t(3));
        QCOMPARE(billing.themes[0].theme, std::string("waiting"));
        QCOMPARE(billing.themes[0].frequency, 3);
        QCOMPARE(billing.themes[0].severitySum, 6);
        QCOMPARE(billing.themes[0].meanSeverity, 2.0);
        QCOMPARE(billing.themes[1].theme, std::string("wrong_bill"));
        QCOMPARE(billing.themes[1].severitySum, 6);
        QCOMPARE(billing.themes[2].theme, std::string("silos"));
        QCOMPARE(billing.themes[2].severitySum, 2);
    }
    void executivesPainPointGoesToTheResponsibleDepartment()
    {
        // A retention pitch on a care call is Sales' pain point, not the call owner's.
        const Findings f =
            compile({WalkBuilder("W", "dev-1", utcMs(2026, 3, 2))
                         .contact(contactAt("c", "call", "customer_care", 80))
                         .moment(MomentKind::PainPoint, "call", "sales", "retention_pitch", 3)},
                    {}, {}, options());
        QCOMPARE(f.departments.at(0).department, std::string("sales"));
        QCOMPARE(f.departments.at(0).painPoints, 1);
        QCOMPARE(f.departments.at(1).department, std::string("customer_care"));
        QCOMPARE(f.departments.at(1).painPoints, 0);
    }
    void editedTemplatesCompileByIdNeverByPosition()
    {
        // Walk 1's template had [greeting, understood]; by walk 2 'understood' was removed and
        // 'solution' added in its place. Each failure stays with its own criterion.
        ContactSummary first = contactAt("c1", "call", "care", 25);
        first.passed = false;
        first.failedMustBe = {"understood"};
        first.criterionTexts = {{"understood", "Understood me"}};
        ContactSummary second = contactAt("c2", "call", "care", 25);
        second.passed = false;
        second.failedMustBe = {"solution"};
        second.criterionTexts = {{"solution", "Solved it"}};
        ContactSummary third = contactAt("c3", "call", "care", 100);
        const Findings f = compile({WalkBuilder("W1", "d", utcMs(2026, 3, 1)).contact(first),
                                    WalkBuilder("W2", "d", utcMs(2026, 3, 2)).contact(second),
                                    WalkBuilder("W3", "d", utcMs(2026, 3, 3)).contact(third)},
                                   {}, {}, options());
        const TouchpointFindings &t = onlyTouchpoint(f);
        QCOMPARE(t.mustBeFailures.size(), std::size_t(2));
        const CriterionRate *understood = criterion(t.mustBeFailures, "understood");
        const CriterionRate *solution = criterion(t.mustBeFailures, "solution");
        QCOMPARE(understood->text, std::string("Understood me"));
        QCOMPARE(understood->rate.count, 1);
        QCOMPARE(solution->text, std::string("Solved it"));
        QCOMPARE(solution->rate.count, 1);
        QCOMPARE(solution->rate.n, 3);
        QVERIFY(!criterion(t.mustBeFailures, "greeting"));
    }
    void libraryLaysOutStagesAndKeepsUnplacedTouchpoints()
    {
        // The library no longer has 'chat': it is shown in a last stage with id "", not lost.
        CompileOptions o = options();
        o.library = {phoneJourney()};
        const Findings f = compile({WalkBuilder("W", "d", utcMs(2026, 3, 2))
                                        .contact(contactAt("c1", "chat", "digital", 50))
                                        .contact(contactAt("c2", "call", "customer_care", 100))},
                                   {}, {}, o);
        const auto &stages = f.journeys.at(0).stages;
        QCOMPARE(stages.size(), std::size_t(2));
        QCOMPARE(stages[0].touchpoints.at(0).touchpointId, std::string("call"));
        // The library's must-be that nobody failed is a row with 0 of 1, not missing.
        QCOMPARE(criterion(stages[0].touchpoints[0].mustBeFailures, "understood")->rate.count, 0);
        QCOMPARE(stages[1].stageId, std::string());
        QCOMPARE(stages[1].touchpoints.at(0).touchpointId, std::string("chat"));
    }
    void unknownDepartmentIsShownAsItIs()
    {
        ContactSummary c = contactAt("c", "desk", "dept-7f3-legacy", 50);
        c.handoffs = {{"dept-7f3-legacy", "?? unknown"}};
        const Findings f =
            compile({WalkBuilder("W", "d", utcMs(2026, 3, 2)).contact(c)}, {}, {}, options());
        QCOMPARE(f.departments.size(), std::size_t(2));
        QCOMPARE(f.departments[0].department, std::string("?? unknown"));
        QCOMPARE(f.departments[1].department, std::string("dept-7f3-legacy"));
        QCOMPARE(f.siloMap.at(0).to, std::string("?? unknown"));
        QCOMPARE(onlyTouchpoint(f).department, std::string("dept-7f3-legacy"));
    }
    void oldSummaryHandoffComesFromTheTouchpointOwner()
    {
        ContactSummary c = contactAt("c", "desk", "care", 50);
        c.handoffs = {{"", "billing"}}; // format version 1-2: the origin is unknown
        const Findings f =
            compile({WalkBuilder("W", "d", utcMs(2026, 3, 2)).contact(c)}, {}, {}, options());
        QCOMPARE(f.siloMap.at(0).from, std::string("care"));
    }
    void revisionsCountOnce()
    {
        // Three copies of one walk (revisions 1, 3, 3) and revision 2: one walk, revision 3's.
        const std::vector<ReceivedWalk> walks = {
            WalkBuilder("W", "d", utcMs(2026, 3, 2)).revision(1).nps(0),
            WalkBuilder("W", "d", utcMs(2026, 3, 2)).revision(3).nps(10),
            WalkBuilder("W", "d", utcMs(2026, 3, 2)).revision(3).nps(10),
            WalkBuilder("W", "d", utcMs(2026, 3, 2)).revision(2).nps(5)};
        const Findings f = compile(walks, {}, {}, options());
        QCOMPARE(f.walks, 1);
        QCOMPARE(f.voice.nps.n, 1);
        QCOMPARE(*f.voice.nps.value, 100.0);
    }
    void newestRevisionDecidesTheFilter()
    {
        // Revision 1 finished in March, revision 2 (edited) says April: March has no walk.
        const std::vector<ReceivedWalk> walks = {
            WalkBuilder("W", "d", utcMs(2026, 3, 30)).revision(1),
            WalkBuilder("W", "d", utcMs(2026, 4, 2)).revision(2)};
        ReviewFilter march;
        setMonth(march, 2026, 3, QTimeZone::utc());
        QVERIFY(compile(walks, {}, march, options()).noWalksMatch);
    }
    void emptyResultIsNoWalksMatchNeverZeros()
    {
        ReviewFilter filter;
        filter.journeys = {"nobody-walked-this"};
        const Findings f = compile(exampleFive(), {{"dev-1", "CFO", true}}, filter, options());
        QVERIFY(f.noWalksMatch);
        QCOMPARE(f.walks, 0);
        QVERIFY(f.journeys.empty());
        QVERIFY(f.departments.empty());
        QVERIFY(f.siloMap.empty());
        QVERIFY(f.periods.empty());
        QVERIFY(f.participation.leaders.empty());
        QVERIFY(!f.voice.nps.value);
        QVERIFY(!f.peakEnd.negativeEnd.value);
        QVERIFY(compile({}, {}, {}, options()).noWalksMatch);
    }
    void mixedCesScalesGiveNoCesFigure()
    {
        ReceivedWalk a = WalkBuilder("A", "d", utcMs(2026, 3, 2));
        a.summary.answers.effort = 3;
        ReceivedWalk b = WalkBuilder("B", "d", utcMs(2026, 3, 3));
        b.summary.answers.effort = 6;
        b.summary.answers.cesScaleVersion = "ces3-5pt";
        const Findings f = compile({a, b}, {}, {}, options());
        QVERIFY(!f.voice.cesMean.value);
        QVERIFY(!f.voice.ces5to7.value);
        QVERIFY2(f.voice.cesProblem.find("ces3-5pt") != std::string::npos,
                 f.voice.cesProblem.c_str());
    }
};

QTEST_APPLESS_MAIN(TestReviewCompile)
#include "tst_review_compile.moc"
