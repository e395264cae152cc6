// summarize(): every WalkSummary field, first-contact resolution from the customer's side,
// effort, moments, and what must never leave the device.
#include "scoring/summarize.h"
#include "walk_builder.h"

#include <QtTest>
#include <stdexcept>

using namespace its;
using namespace its::test;

namespace {
Walk twoTouchpointWalk()
{
    return walkOf({touchpoint("phone", Channel::Phone, "care", {mustBe("polite")}),
                   touchpoint("shop", Channel::Store, "retail", {delighter("smile")})});
}

Contact resolvedAt(const std::string &id, const std::string &tp, int attempt = 1)
{
    Contact c = contact(id, tp, attempt);
    c.outcome = Outcome::Resolved;
    return c;
}
} // namespace

class TestSummarize : public QObject
{
    Q_OBJECT
private slots:
    void headerFieldsCopied()
    {
        ManualClock clock(1'700'000'000'000);
        Walk w = twoTouchpointWalk();
        w.revision = 4;
        w.startedAt = clock.now();
        clock.advance(kHour);
        w.finishedAt = clock.now();
        w.status = WalkStatus::Finished;
        w.answers.recommend = 7;
        w.answers.effort = 5;
        w.answers.wouldStay = false;
        const WalkSummary s = summarize(w, clock.now());
        QCOMPARE(s.walkId, std::string("walk-1"));
        QCOMPARE(s.revision, 4);
        QCOMPARE(s.journeyId, std::string("journey-1"));
        QCOMPARE(s.journeyName, std::string("Journey"));
        QCOMPARE(s.sector, std::string("telco"));
        QCOMPARE(s.language, std::string("it"));
        QCOMPARE(s.persona, std::string("Anna, 34"));
        QCOMPARE(s.startedWallMs, std::int64_t(1'700'000'000'000));
        QCOMPARE(s.finishedWallMs, std::int64_t(1'700'000'000'000) + kHour);
        QCOMPARE(s.answers.recommend, std::optional<int>(7));
        QCOMPARE(s.answers.effort, std::optional<int>(5));
        QCOMPARE(s.answers.wouldStay, std::optional<bool>(false));
        QCOMPARE(s.contactsNeeded, 0);
        QVERIFY(!s.firstContactResolution); // no contact, nothing resolved
    }
    // One walk's CSAT: top-2-box of its single answer, n 0 or 1, always a small sample.
    void walkCsatCarriesItsN()
    {
        Walk w = twoTouchpointWalk();
        const Figure none = walkCsat(summarize(w, ManualClock().now()));
        QCOMPARE(none.n, 0);
        QVERIFY(!none.value.has_value());
        QVERIFY(none.smallSample);
        w.answers.csat = 4; // satisfied: 1 of 1 = 100%
        Figure csat = walkCsat(summarize(w, ManualClock().now()));
        QCOMPARE(csat.n, 1);
        QCOMPARE(*csat.value, 100.0);
        QVERIFY(csat.smallSample);
        w.answers.csat = 3; // 3 is not satisfied: 0 of 1 = 0%
        csat = walkCsat(summarize(w, ManualClock().now()));
        QCOMPARE(csat.n, 1);
        QCOMPARE(*csat.value, 0.0);
    }
    void unfinishedWalkHasNoFinishTime()
    {
        QCOMPARE(summarize(twoTouchpointWalk(), ManualClock().now()).finishedWallMs,
                 std::int64_t(0));
    }
    void contactFieldsAndTotals()
    {
        // phone: queue 2 min, talking 3 min, handed to billing then to legal, 2 repeats.
        // shop: still open, served for 4 min until now.
        // total time 9 min; effort = (1 + 2 + 2) + (1 + 0 + 0) = 6
        ManualClock clock;
        Walk w = twoTouchpointWalk();
        Contact phone = contact("c1", "phone");
        ContactRecorder(clock, phone)
            .enter("queue")
            .wait(2 * kMinute)
            .enter("talking")
            .wait(3 * kMinute)
            .end();
        phone.handoffs = {{"care", "billing", clock.now()}, {"billing", "legal", clock.now()}};
        phone.repeatCount = 2;
        phone.outcome = Outcome::Partial;
        phone.observation = scored({{"polite", 4}});
        Contact shop = contact("c2", "shop");
        ContactRecorder(clock, shop).enter("served").wait(4 * kMinute);
        w.contacts = {phone, shop};

        const WalkSummary s = summarize(w, clock.now());
        QCOMPARE(s.contacts.size(), std::size_t(2));
        const ContactSummary &c1 = s.contacts[0];
        QCOMPARE(c1.contactId, std::string("c1"));
        QCOMPARE(c1.touchpointName, std::string("phone name"));
        QCOMPARE(name(c1.channel), name(Channel::Phone));
        QCOMPARE(c1.department, std::string("care"));
        QCOMPARE(name(c1.outcome), name(Outcome::Partial));
        QCOMPARE(*c1.score, 75.0);
        QCOMPARE(c1.totalMs, 5 * kMinute);
        QCOMPARE(c1.handoffs.size(), std::size_t(2));
        QCOMPARE(c1.handoffs[0].fromDepartment, std::string("care"));
        QCOMPARE(c1.handoffs[0].toDepartment, std::string("billing"));
        QCOMPARE(c1.handoffs[1].fromDepartment, std::string("billing"));
        QCOMPARE(c1.handoffs[1].toDepartment, std::string("legal"));
        QCOMPARE(c1.repeatCount, 2);
        QCOMPARE(s.contacts[1].totalMs, 4 * kMinute);
        QCOMPARE(name(s.contacts[1].channel), name(Channel::Store));
        QVERIFY(!s.contacts[1].score.has_value());
        QCOMPARE(s.totalCustomerMs, 9 * kMinute);
        QCOMPARE(s.totalEffort, 6);
        QCOMPARE(s.contactsNeeded, 2);
        QCOMPARE(s.touchpointsVisited, 2);
        QCOMPARE(s.emotion.points.size(), std::size_t(2));
    }
    void fcrResolvedFirstContactClean()
    {
        Walk w = twoTouchpointWalk();
        w.contacts = {resolvedAt("c1", "phone")};
        QVERIFY(summarize(w, ManualClock().now()).firstContactResolution);
        // Another touchpoint visited once afterwards (e.g. picking up in store) is fine.
        w.contacts.push_back(contact("c2", "shop"));
        QVERIFY(firstContactResolution(w));
    }
    void fcrFailsOnHandoffRepeatOrOutcome()
    {
        Walk w = twoTouchpointWalk();
        w.contacts = {resolvedAt("c1", "phone")};
        w.contacts[0].handoffs.push_back({"care", "billing", {}});
        QVERIFY(!firstContactResolution(w));
        w.contacts[0].handoffs.clear();
        w.contacts[0].repeatCount = 1;
        QVERIFY(!firstContactResolution(w));
        w.contacts[0].repeatCount = 0;
        w.contacts[0].outcome = Outcome::Partial;
        QVERIFY(!firstContactResolution(w));
    }
    void fcrFailsOnSecondAttempt()
    {
        // The company's log says "resolved", but the customer had to come back.
        Walk w = twoTouchpointWalk();
        w.contacts = {resolvedAt("c1", "phone"), resolvedAt("c2", "shop", 2)};
        QVERIFY(!firstContactResolution(w));
        // A second contact at the same touchpoint is a second attempt even if not marked so.
        w.contacts = {resolvedAt("c1", "phone"), resolvedAt("c2", "phone")};
        QVERIFY(!firstContactResolution(w));
    }
    void momentsFromCriteriaAndUser()
    {
        // phone: must-be "polite" scored 1 -> pain point (theme polite, severity 3), plus the
        // executive's own pain point "waiting" severity 2. shop: delighter "smile" 5 ->
        // memorable (severity 2), plus own memorable "empathy" 3.
        Walk w = twoTouchpointWalk();
        Contact phone = contact("c1", "phone");
        phone.observation = scored({{"polite", 1}});
        phone.observation.moment = {MomentKind::PainPoint, "waiting", 2, {}};
        Contact shop = contact("c2", "shop");
        shop.observation = scored({{"smile", 5}});
        shop.observation.moment = {MomentKind::Memorable, "empathy", 3, {}};
        w.contacts = {phone, shop};
        const WalkSummary s = summarize(w, ManualClock().now());
        QCOMPARE(s.moments.size(), std::size_t(4));
        QCOMPARE(s.moments[0].theme, std::string("polite"));
        QCOMPARE(s.moments[0].criterionId, std::string("polite"));
        QCOMPARE(s.moments[0].severity, 3);
        QCOMPARE(name(s.moments[1].kind), name(MomentKind::PainPoint));
        QCOMPARE(s.moments[1].theme, std::string("waiting"));
        QVERIFY(s.moments[1].criterionId.empty());
        QCOMPARE(s.moments[1].department, std::string("care"));
        QCOMPARE(name(s.moments[2].kind), name(MomentKind::Memorable));
        QCOMPARE(s.moments[2].department, std::string("retail"));
        QCOMPARE(s.moments[3].theme, std::string("empathy"));
        QCOMPARE(s.moments[3].severity, 3);
        QVERIFY(!s.contacts[0].passed);
        QCOMPARE(s.contacts[0].failedMustBe, std::vector<std::string>{"polite"});
        QCOMPARE(s.contacts[1].metDelighters, std::vector<std::string>{"smile"});
    }
    // The executive may name the department responsible for a pain point: a sales retention
    // pitch on a customer-care call is Sales' pain point. Unset, it is the touchpoint's owner.
    void momentDepartmentIsTheChosenOneOrTheOwner()
    {
        Walk w = twoTouchpointWalk();
        Contact phone = contact("c1", "phone");
        phone.observation.moment = {MomentKind::PainPoint, "pressure", 3, "sales"};
        Contact shop = contact("c2", "shop");
        shop.observation.moment = {MomentKind::PainPoint, "waiting", 1, {}};
        w.contacts = {phone, shop};
        const WalkSummary s = summarize(w, ManualClock().now());
        QCOMPARE(s.moments.size(), std::size_t(2));
        QCOMPARE(s.moments[0].department, std::string("sales"));
        QCOMPARE(s.contacts[0].department, std::string("care")); // the touchpoint keeps its owner
        QCOMPARE(s.moments[1].department, std::string("retail"));
    }
    void privateNotesNeverLeave()
    {
        Walk w = twoTouchpointWalk();
        Contact shared = contact("c1", "phone");
        shared.observation.note = "Queue music loops every 20 s";
        shared.observation.noteShareable = true;
        shared.observation.privateStaffNote = "Agent Mario Rossi";
        Contact priv = contact("c2", "shop");
        priv.observation.note = "Felt judged at the counter";
        priv.observation.privateStaffNote = "Giulia at till 3";
        w.contacts = {shared, priv};
        const WalkSummary s = summarize(w, ManualClock().now());
        QCOMPARE(s.contacts[0].shareableNote, std::string("Queue music loops every 20 s"));
        QVERIFY(s.contacts[1].shareableNote.empty());
        // No field of the summary holds the private texts.
        for (const ContactSummary &c : s.contacts) {
            for (const std::string &text : {c.shareableNote, c.touchpointName, c.department}) {
                QVERIFY(text.find("Rossi") == std::string::npos);
                QVERIFY(text.find("Giulia") == std::string::npos);
                QVERIFY(text.find("judged") == std::string::npos);
            }
        }
        for (const MomentSummary &m : s.moments)
            QVERIFY(m.theme.find("Rossi") == std::string::npos);
    }
    void badInputIsRejected()
    {
        Walk w = twoTouchpointWalk();
        w.answers.recommend = 11;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, summarize(w, ManualClock().now()));
        w.answers.recommend = 10;
        w.answers.effort = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, summarize(w, ManualClock().now()));
        w.answers.effort = 7;
        QCOMPARE(summarize(w, ManualClock().now()).answers.effort, std::optional<int>(7));
        for (const int outside : {0, 6}) {
            w.answers.csat = outside;
            try {
                summarize(w, ManualClock().now());
                QFAIL("CSAT outside 1-5 accepted");
            } catch (const std::invalid_argument &e) {
                QVERIFY2(std::string(e.what()).find("CSAT") != std::string::npos, e.what());
            }
        }
        w.answers.csat = 5;
        QCOMPARE(summarize(w, ManualClock().now()).answers.csat, std::optional<int>(5));

        w.contacts = {contact("c1", "nowhere")};
        try {
            summarize(w, ManualClock().now());
            QFAIL("contact at an unknown touchpoint accepted");
        } catch (const std::invalid_argument &e) {
            QVERIFY2(std::string(e.what()).find("nowhere") != std::string::npos, e.what());
        }
        w.contacts = {contact("c1", "phone")};
        w.contacts[0].observation.moment = {MomentKind::PainPoint, "waiting", 0, {}};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, summarize(w, ManualClock().now()));
        w.contacts[0].observation.moment.severity = 1;
        w.contacts[0].repeatCount = -1;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, summarize(w, ManualClock().now()));
    }
};

QTEST_GUILESS_MAIN(TestSummarize)
#include "tst_summarize.moc"
