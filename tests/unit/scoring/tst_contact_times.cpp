// Customer time per phase and SLA breaches, from event logs recorded on a ManualClock.
#include "scoring/summarize.h"
#include "walk_builder.h"

#include <QtTest>

using namespace its;
using namespace its::test;

namespace {
std::int64_t msOf(const std::vector<PhaseTime> &phases, const std::string &phase)
{
    for (const PhaseTime &p : phases) {
        if (p.phase == phase)
            return p.ms;
    }
    return -1;
}
} // namespace

class TestContactTimes : public QObject
{
    Q_OBJECT
private slots:
    void phasesMergedInFirstSeenOrder()
    {
        // queue 60 s, talking 30 s, hold 45 s, talking 90 s, hold 15 s, end
        // -> queue 60 s, talking 120 s, hold 60 s
        ManualClock clock;
        Contact c = contact("c1", "tp");
        ContactRecorder(clock, c)
            .enter("queue")
            .wait(60 * kSecond)
            .enter("talking")
            .wait(30 * kSecond)
            .enter("hold")
            .wait(45 * kSecond)
            .enter("talking")
            .wait(90 * kSecond)
            .enter("hold")
            .wait(15 * kSecond)
            .end();
        clock.advance(kHour); // after "end" nothing counts
        const std::vector<PhaseTime> t = phaseTimes(c, clock.now());
        QCOMPARE(t.size(), std::size_t(3));
        QCOMPARE(t[0].phase, std::string("queue"));
        QCOMPARE(t[0].ms, 60 * kSecond);
        QCOMPARE(t[1].phase, std::string("talking"));
        QCOMPARE(t[1].ms, 120 * kSecond);
        QCOMPARE(t[2].phase, std::string("hold"));
        QCOMPARE(t[2].ms, 60 * kSecond);
    }
    void openContactRunsToNow()
    {
        ManualClock clock;
        Contact c = contact("c1", "tp");
        ContactRecorder(clock, c).enter("ivr").wait(20 * kSecond).enter("queue").wait(7 * kMinute);
        const std::vector<PhaseTime> t = phaseTimes(c, clock.now());
        QCOMPARE(msOf(t, "ivr"), 20 * kSecond);
        QCOMPARE(msOf(t, "queue"), 7 * kMinute);
    }
    void noEventsNoTime() { QVERIFY(phaseTimes(contact("c", "tp"), ManualClock().now()).empty()); }
    void reopenedContactSkipsTheClosedGap()
    {
        // talking 2 min, end; two days later the customer calls back on the same contact:
        // queue 5 min, talking 3 min, end. The two closed days are not customer time.
        ManualClock clock;
        Contact c = contact("c1", "tp");
        ContactRecorder rec(clock, c);
        rec.enter("talking").wait(2 * kMinute).end().wait(2 * kDay);
        rec.enter("queue").wait(5 * kMinute).enter("talking").wait(3 * kMinute).end();
        const std::vector<PhaseTime> t = phaseTimes(c, clock.now());
        QCOMPARE(t.size(), std::size_t(2));
        QCOMPARE(msOf(t, "talking"), 5 * kMinute);
        QCOMPARE(msOf(t, "queue"), 5 * kMinute);
    }
    void waitAcrossRebootUsesWallClock()
    {
        // callback_wait starts, 10 min later the phone reboots (monotonic clock restarts at
        // 1 s) and 4 h pass; then talking 6 min. callback_wait = 10 min + 4 h.
        ManualClock clock;
        Contact c = contact("c1", "tp");
        ContactRecorder rec(clock, c);
        rec.enter("callback_wait").wait(10 * kMinute);
        clock.restart(4 * kHour);
        rec.enter("talking").wait(6 * kMinute).end();
        const std::vector<PhaseTime> t = phaseTimes(c, clock.now());
        QCOMPARE(msOf(t, "callback_wait"), 10 * kMinute + 4 * kHour);
        QCOMPARE(msOf(t, "talking"), 6 * kMinute);
    }
    void daysLongEmailWaitStillOpen()
    {
        // An email sent, no reply after 3 days and 5 h: the open wait counts to `now`.
        ManualClock clock;
        Contact c = contact("c1", "mail");
        ContactRecorder(clock, c).enter("awaiting_reply");
        clock.restart(3 * kDay + 5 * kHour);
        QCOMPARE(msOf(phaseTimes(c, clock.now()), "awaiting_reply"), 3 * kDay + 5 * kHour);
    }
    void slaPerPhaseAndTotal()
    {
        // Targets: queue 120 s, talking 600 s, total 600 s.
        // Actual: queue 180 s (breach), talking 300 s (ok), total 480 s (ok).
        const Touchpoint t = touchpoint("tp", Channel::Phone, "care", {},
                                        {{"queue", 120}, {"talking", 600}, {"total", 600}});
        const std::vector<PhaseTime> phases{{"queue", 180 * kSecond}, {"talking", 300 * kSecond}};
        const std::vector<SlaBreach> b = slaBreaches(t, phases);
        QCOMPARE(b.size(), std::size_t(1));
        QCOMPARE(b[0].phase, std::string("queue"));
        QCOMPARE(b[0].targetMs, 120 * kSecond);
        QCOMPARE(b[0].actualMs, 180 * kSecond);
    }
    void totalBreachAndExactTargetIsNoBreach()
    {
        // queue exactly 120 s is on target, not over it; total 120 + 481 = 601 s > 600 s.
        const Touchpoint t =
            touchpoint("tp", Channel::Phone, "care", {}, {{"queue", 120}, {"total", 600}});
        const std::vector<PhaseTime> phases{{"queue", 120 * kSecond}, {"talking", 481 * kSecond}};
        const std::vector<SlaBreach> b = slaBreaches(t, phases);
        QCOMPARE(b.size(), std::size_t(1));
        QCOMPARE(b[0].phase, std::string("total"));
        QCOMPARE(b[0].actualMs, 601 * kSecond);
    }
    void absentPhaseAndZeroTargetNeverBreach()
    {
        // hold never happened (0 ms); a 0-second target means "no target".
        const Touchpoint t =
            touchpoint("tp", Channel::Phone, "care", {}, {{"hold", 60}, {"queue", 0}});
        QVERIFY(slaBreaches(t, {{"queue", 10 * kMinute}}).empty());
    }
};

QTEST_GUILESS_MAIN(TestContactTimes)
#include "tst_contact_times.moc"
