// contactTimerState: what the stopwatch shows, from the event log and `now` only.
#include "timing/contact_timer.h"

#include <QtTest>
#include <stdexcept>

using namespace its;

namespace {
constexpr std::int64_t kSecond = 1000;
constexpr std::int64_t kMinute = 60 * kSecond;
constexpr std::int64_t kHour = 60 * kMinute;
constexpr std::int64_t kDay = 24 * kHour;

Touchpoint phoneTouchpoint(std::vector<Sla> slas = {})
{
    Touchpoint t;
    t.id = "phone";
    t.channel = Channel::Phone; // ringing, ivr, queue, talking, hold, transfer, callback_wait
    t.slas = std::move(slas);
    return t;
}

void enter(Contact &c, const ManualClock &clock, const std::string &phase)
{
    c.events.push_back({static_cast<std::int64_t>(c.events.size()) + 1, phase, clock.now()});
}

std::vector<std::string> strings(std::initializer_list<const char *> list)
{
    return std::vector<std::string>(list.begin(), list.end());
}
} // namespace

class TestContactTimer : public QObject
{
    Q_OBJECT
private slots:
    void notStarted()
    {
        Contact c;
        c.touchpointId = "phone";
        const ContactTimerState s = contactTimerState(phoneTouchpoint(), c, ManualClock().now());
        QVERIFY(!s.started);
        QVERIFY(!s.closed);
        QVERIFY(s.currentPhase.empty());
        QCOMPARE(s.totalMs, 0);
        QVERIFY(s.laps.empty());
        QCOMPARE(s.suggestedPhases, defaultPhases(Channel::Phone));
    }
    void notStartedJudgesNoTarget()
    {
        // Nothing has been timed yet: "within the 30:00 target" would be a verdict on nothing.
        Contact c;
        c.touchpointId = "phone";
        const ContactTimerState s = contactTimerState(
            phoneTouchpoint({{"total", 1800}, {"ringing", 30}}), c, ManualClock().now());
        QCOMPARE(s.totalSla.state, SlaState::None);
        QCOMPARE(s.phaseSla.state, SlaState::None);
    }
    void undoWithdrawsAPhaseChange()
    {
        // ringing 10 s, then "ivr" by mistake, undone 3 s later: 18 s of ringing, no IVR lap.
        ManualClock clock;
        Contact c;
        c.touchpointId = "phone";
        enter(c, clock, "ringing");
        clock.advance(10 * kSecond);
        enter(c, clock, "ivr");
        clock.advance(3 * kSecond);
        enter(c, clock, std::string(kUndoPhase));
        clock.advance(5 * kSecond);
        const ContactTimerState s = contactTimerState(phoneTouchpoint(), c, clock.now());
        QCOMPARE(s.currentPhase, std::string("ringing"));
        QCOMPARE(s.laps.size(), std::size_t{1});
        QCOMPARE(s.laps[0].ms, 18 * kSecond);
        QCOMPARE(s.currentLapMs, 18 * kSecond);
        QCOMPARE(c.events.size(), std::size_t{3}); // the log keeps all of it
    }
    void undoneEndReopensTheContact()
    {
        ManualClock clock;
        Contact c;
        c.touchpointId = "phone";
        enter(c, clock, "ringing");
        clock.advance(10 * kSecond);
        enter(c, clock, "talking");
        clock.advance(20 * kSecond);
        enter(c, clock, std::string(kEndPhase));
        clock.advance(2 * kSecond);
        enter(c, clock, std::string(kUndoPhase));
        clock.advance(3 * kSecond);
        QVERIFY(!c.isClosed());
        const ContactTimerState s = contactTimerState(phoneTouchpoint(), c, clock.now());
        QVERIFY(!s.closed);
        QCOMPARE(s.currentPhase, std::string("talking"));
        QCOMPARE(s.laps.size(), std::size_t{2});
        QCOMPARE(s.laps[1].ms, 25 * kSecond); // the contact never ended
        QCOMPARE(s.totalMs, 35 * kSecond);
    }
    void runningContactLapsAndCurrentPhase()
    {
        // ringing 15 s, ivr 40 s, queue 3 min, talking 2 min, queue again for 1 min (now).
        ManualClock clock;
        Contact c;
        c.touchpointId = "phone";
        enter(c, clock, "ringing");
        clock.advance(15 * kSecond);
        enter(c, clock, "ivr");
        clock.advance(40 * kSecond);
        enter(c, clock, "queue");
        clock.advance(3 * kMinute);
        enter(c, clock, "talking");
        clock.advance(2 * kMinute);
        enter(c, clock, "queue");
        clock.advance(1 * kMinute);
        const ContactTimerState s = contactTimerState(phoneTouchpoint(), c, clock.now());
        QVERIFY(s.started && !s.closed);
        QCOMPARE(s.currentPhase, std::string("queue"));
        QCOMPARE(s.currentLapMs, 1 * kMinute);
        QCOMPARE(s.currentPhaseTotalMs, 4 * kMinute); // 3 min + 1 min in the queue
        QCOMPARE(s.totalMs, 15 * kSecond + 40 * kSecond + 6 * kMinute);
        QCOMPARE(s.laps.size(), std::size_t(5));
        QCOMPARE(s.laps[1].phase, std::string("ivr"));
        QCOMPARE(s.laps[1].ms, 40 * kSecond);
        // After the queue: talking, hold, transfer, callback_wait, then ringing, ivr.
        QCOMPARE(s.suggestedPhases,
                 strings({"talking", "hold", "transfer", "callback_wait", "ringing", "ivr"}));
    }
    void slaStatesAtTheBoundaries()
    {
        // target 100 s: 74.999 s ok, 75 s amber, 100 s amber (on target), 100.001 s red
        QCOMPARE(slaState(74'999, 100'000), SlaState::Ok);
        QCOMPARE(slaState(75'000, 100'000), SlaState::Amber);
        QCOMPARE(slaState(100'000, 100'000), SlaState::Amber);
        QCOMPARE(slaState(100'001, 100'000), SlaState::Red);
        QCOMPARE(slaState(5'000, 0), SlaState::None);
    }
    void phaseAndTotalSlaWhileRunning()
    {
        // queue target 240 s, total 600 s, plus a looser second queue target (tightest counts).
        // queue 200 s then talking 100 s, back in queue 10 s: queue total 210 s -> 87.5% amber;
        // total 310 s -> 51.7% ok.
        const Touchpoint t = phoneTouchpoint({{"queue", 240}, {"total", 600}, {"queue", 900}});
        ManualClock clock;
        Contact c;
        c.touchpointId = "phone";
        enter(c, clock, "queue");
        clock.advance(200 * kSecond);
        enter(c, clock, "talking");
        clock.advance(100 * kSecond);
        enter(c, clock, "queue");
        clock.advance(10 * kSecond);
        ContactTimerState s = contactTimerState(t, c, clock.now());
        QCOMPARE(s.phaseSla.state, SlaState::Amber);
        QCOMPARE(s.phaseSla.targetMs, 240 * kSecond);
        QCOMPARE(s.phaseSla.actualMs, 210 * kSecond);
        QCOMPARE(s.totalSla.state, SlaState::Ok);
        QCOMPARE(s.totalSla.actualMs, 310 * kSecond);
        clock.advance(31 * kSecond); // queue 241 s: red
        s = contactTimerState(t, c, clock.now());
        QCOMPARE(s.phaseSla.state, SlaState::Red);
        // talking has no target
        enter(c, clock, "talking");
        s = contactTimerState(t, c, clock.now());
        QCOMPARE(s.phaseSla.state, SlaState::None);
    }
    void closedContactStopsTheClock()
    {
        ManualClock clock;
        Contact c;
        c.touchpointId = "phone";
        enter(c, clock, "talking");
        clock.advance(5 * kMinute);
        enter(c, clock, std::string(kEndPhase));
        clock.advance(kDay);
        const ContactTimerState s =
            contactTimerState(phoneTouchpoint({{"total", 600}}), c, clock.now());
        QVERIFY(s.closed);
        QVERIFY(s.currentPhase.empty());
        QCOMPARE(s.totalMs, 5 * kMinute);
        QCOMPARE(s.phaseSla.state, SlaState::None);
        QCOMPARE(s.totalSla.state, SlaState::Ok); // 300 s of 600 s = 50%
    }
    void reopenedContactCountsOnlyOpenTime()
    {
        // talking 4 min, end, 3 h later reopened: hold 2 min (now). Total 6 min.
        ManualClock clock;
        Contact c;
        c.touchpointId = "phone";
        enter(c, clock, "talking");
        clock.advance(4 * kMinute);
        enter(c, clock, std::string(kEndPhase));
        clock.advance(3 * kHour);
        enter(c, clock, "hold");
        clock.advance(2 * kMinute);
        const ContactTimerState s = contactTimerState(phoneTouchpoint(), c, clock.now());
        QVERIFY(!s.closed);
        QCOMPARE(s.currentPhase, std::string("hold"));
        QCOMPARE(s.totalMs, 6 * kMinute);
        QCOMPARE(s.laps.size(), std::size_t(2));
    }
    void emailWaitAcrossRebootAndDays()
    {
        // Email sent, the laptop is shut down after 20 min and the reply is still awaited
        // 2 days 3 h later (a new boot): the open wait is 2 d 3 h 20 min.
        Touchpoint t;
        t.id = "mail";
        t.channel = Channel::Email;
        t.slas = {{"awaiting_reply", 2 * 86'400}};
        ManualClock clock;
        Contact c;
        c.touchpointId = "mail";
        enter(c, clock, "awaiting_reply");
        clock.advance(20 * kMinute);
        clock.restart(2 * kDay + 3 * kHour);
        const ContactTimerState s = contactTimerState(t, c, clock.now());
        QCOMPARE(s.currentLapMs, 2 * kDay + 3 * kHour + 20 * kMinute);
        QCOMPARE(s.phaseSla.state, SlaState::Red);
        QCOMPARE(s.suggestedPhases, strings({"reading", "follow_up_wait"}));
    }
    void unknownPhaseSuggestsAll()
    {
        ManualClock clock;
        Contact c;
        c.touchpointId = "phone";
        enter(c, clock, "smoke_signals");
        QCOMPARE(contactTimerState(phoneTouchpoint(), c, clock.now()).suggestedPhases,
                 defaultPhases(Channel::Phone));
    }
    void wrongTouchpointIsRejected()
    {
        Contact c;
        c.id = "c9";
        c.touchpointId = "store";
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 contactTimerState(phoneTouchpoint(), c, ManualClock().now()));
    }
};

QTEST_GUILESS_MAIN(TestContactTimer)
#include "tst_contact_timer.moc"
