#include "domain/walk.h"
#include "timing/time_point.h"

#include <QtTest>

using namespace its;

class TestTimePoint : public QObject
{
    Q_OBJECT
private slots:
    void sameAnchorUsesMonotonicClock()
    {
        const TimePoint a{1000, 50, "boot:x"};
        const TimePoint b{900, 1050, "boot:x"}; // wall clock stepped back (NTP), mono did not
        QCOMPARE(elapsedMs(a, b), 1000);
    }
    void otherAnchorUsesWallClock()
    {
        ManualClock clock;
        const TimePoint sent = clock.now();
        clock.advance(5'000);
        clock.restart(3LL * 24 * 3600 * 1000); // reboot, then three days pass
        QCOMPARE(elapsedMs(sent, clock.now()), 5'000 + 3LL * 24 * 3600 * 1000);
    }
    void neverNegative() { QCOMPARE(elapsedMs({5000, 0, "a"}, {1000, 0, "b"}), 0); }
    void systemClockIsAnchoredToBoot()
    {
        SystemClock clock;
        const TimePoint a = clock.now();
        const TimePoint b = clock.now();
        QVERIFY(!a.anchor.empty());
        QCOMPARE(a.anchor, b.anchor);
        QVERIFY(b.monoMs >= a.monoMs);
    }
    void channelNamesRoundTrip()
    {
        for (Channel channel : allChannels()) {
            QCOMPARE(channelFromString(toString(channel)), std::optional<Channel>(channel));
            QVERIFY(!defaultPhases(channel).empty());
        }
        QVERIFY(!channelFromString("pigeon").has_value());
        QCOMPARE(defaultPhases(Channel::Phone).front(), std::string("ringing"));
    }
};

QTEST_GUILESS_MAIN(TestTimePoint)
#include "tst_timepoint.moc"
