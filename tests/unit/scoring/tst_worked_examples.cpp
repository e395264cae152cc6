// The worked examples of docs/SCORING.md, number for number. If a rule changes, the document
// and this test change together.
#include "scoring/summarize.h"
#include "timing/duration_format.h"
#include "walk_builder.h"

#include <QtTest>

using namespace its;
using namespace its::test;

class TestWorkedExamples : public QObject
{
    Q_OBJECT
private slots:
    void example1TouchpointScore()
    {
        // greeting (must-be, w1) 4 -> 75; understood (must-be, w2) 2 -> 25, fails;
        // solution (must-be, w3) N/A; empathy (delighter, w1) 5 -> 100, met.
        // score = (1*75 + 2*25 + 1*100) / (1+2+1) = 225/4 = 56.25
        // emotion = (56.25-50)/25 - 1 + 1 = 0.25
        const Touchpoint t = touchpoint("phone_support", Channel::Phone, "customer_care",
                                        {mustBe("greeting", 1), mustBe("understood", 2),
                                         mustBe("solution", 3), delighter("empathy", 1)});
        const Observation o = scored(
            {{"greeting", 4}, {"understood", 2}, {"solution", std::nullopt}, {"empathy", 5}});
        const TouchpointScore s = scoreTouchpoint(t, o);
        QCOMPARE(*s.score, 56.25);
        QCOMPARE(s.scoredCriteria, 3);
        QVERIFY(!s.passed);
        QCOMPARE(s.failedMustBe, std::vector<std::string>{"understood"});
        QCOMPARE(s.metDelighters, std::vector<std::string>{"empathy"});
        QCOMPARE(emotionValue(s, o.moment), 0.25);
        const std::vector<MomentSummary> moments = criterionMoments(t, s);
        QCOMPARE(moments.size(), std::size_t(2));
        QCOMPARE(name(moments[0].kind), name(MomentKind::PainPoint));
        QCOMPARE(moments[0].theme, std::string("understood"));
        QCOMPARE(moments[0].severity, 3);
        QCOMPARE(name(moments[1].kind), name(MomentKind::Memorable));
    }
    void example2EmailAcrossReboot()
    {
        // Email sent; 1 h later the phone reboots and 2 d 23 h pass before the reply arrives:
        // awaiting_reply = 3 d. Reading the reply: 10 min. Total 3 d 0 h 10 min.
        // SLAs: awaiting_reply 1 d, total 2 d: both breached.
        const Touchpoint t = touchpoint("email_support", Channel::Email, "customer_care", {},
                                        {{"awaiting_reply", 86'400}, {"total", 172'800}});
        ManualClock clock;
        Contact c = contact("c1", "email_support");
        ContactRecorder rec(clock, c);
        rec.enter("awaiting_reply").wait(kHour);
        clock.restart(2 * kDay + 23 * kHour);
        rec.enter("reading").wait(10 * kMinute).end();

        const std::vector<PhaseTime> phases = phaseTimes(c, clock.now());
        QCOMPARE(phases.size(), std::size_t(2));
        QCOMPARE(phases[0].ms, std::int64_t(259'200'000));
        QCOMPARE(phases[1].ms, std::int64_t(600'000));
        QCOMPARE(formatDuration(phases[0].ms + phases[1].ms), std::string("3 d 0 h 10 min"));
        const std::vector<SlaBreach> b = slaBreaches(t, phases);
        QCOMPARE(b.size(), std::size_t(2));
        QCOMPARE(b[0].phase, std::string("awaiting_reply"));
        QCOMPARE(b[0].targetMs, std::int64_t(86'400'000));
        QCOMPARE(b[0].actualMs, std::int64_t(259'200'000));
        QCOMPARE(b[1].phase, std::string("total"));
        QCOMPARE(b[1].actualMs, std::int64_t(259'800'000));
    }
    void example3WalkTotals()
    {
        // Call 1: ringing 20 s, IVR 90 s, queue 300 s, talking 240 s = 650 s; handed from
        // customer_care to billing, asked to repeat twice, outcome partial.
        // Call 2 (attempt 2): queue 60 s, talking 120 s = 180 s, resolved.
        // SLAs queue 180 s, total 600 s: call 1 breaches both, call 2 neither.
        // Customer time 830 s = "13:50"; effort (1+1+2) + (1+0+0) = 5; 2 contacts; not FCR.
        Walk w = walkOf({touchpoint("phone_support", Channel::Phone, "customer_care", {},
                                    {{"queue", 180}, {"total", 600}})});
        ManualClock clock;
        Contact first = contact("call-1", "phone_support");
        ContactRecorder(clock, first)
            .enter("ringing")
            .wait(20 * kSecond)
            .enter("ivr")
            .wait(90 * kSecond)
            .enter("queue")
            .wait(300 * kSecond)
            .enter("talking")
            .wait(240 * kSecond)
            .end();
        first.handoffs = {{"customer_care", "billing", clock.now()}};
        first.repeatCount = 2;
        first.outcome = Outcome::Partial;
        clock.advance(kDay);
        Contact second = contact("call-2", "phone_support", 2);
        ContactRecorder(clock, second)
            .enter("queue")
            .wait(60 * kSecond)
            .enter("talking")
            .wait(120 * kSecond)
            .end();
        second.outcome = Outcome::Resolved;
        w.contacts = {first, second};

        const WalkSummary s = summarize(w, clock.now());
        QCOMPARE(s.contacts[0].totalMs, std::int64_t(650'000));
        QCOMPARE(s.contacts[0].slaBreaches.size(), std::size_t(2));
        QCOMPARE(s.contacts[1].totalMs, std::int64_t(180'000));
        QVERIFY(s.contacts[1].slaBreaches.empty());
        QCOMPARE(s.totalCustomerMs, std::int64_t(830'000));
        QCOMPARE(formatDuration(s.totalCustomerMs), std::string("13:50"));
        QCOMPARE(s.totalEffort, 5);
        QCOMPARE(s.contactsNeeded, 2);
        QCOMPARE(s.touchpointsVisited, 1);
        QVERIFY(!s.firstContactResolution);
    }
};

QTEST_GUILESS_MAIN(TestWorkedExamples)
#include "tst_worked_examples.moc"
