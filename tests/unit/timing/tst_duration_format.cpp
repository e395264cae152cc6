// formatDuration and formatTarget: the rules per magnitude written in duration_format.h, in
// English (the defaults) and with the Italian words the UI passes in.
#include "timing/duration_format.h"

#include <QtTest>

using namespace its;

namespace {

DurationUnits italian()
{
    DurationUnits units;
    units.day = "g";
    units.oneDay = "giorno";
    units.manyDays = "giorni";
    units.oneHour = "ora";
    units.manyHours = "ore";
    return units;
}

constexpr qint64 kS = 1'000;
constexpr qint64 kMin = 60 * kS;
constexpr qint64 kH = 60 * kMin;
constexpr qint64 kD = 24 * kH;

} // namespace

class TestDurationFormat : public QObject
{
    Q_OBJECT
private slots:
    void measured_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("italian");
        // A running stopwatch under an hour: mm:ss, truncated (never ahead of the clock).
        QTest::newRow("zero") << qint64(0) << "00:00"
                              << "00:00";
        QTest::newRow("sub-second truncated") << qint64(999) << "00:00"
                                              << "00:00";
        QTest::newRow("65 s") << 65 * kS << "01:05"
                              << "01:05";
        QTest::newRow("59:59.999") << qint64(3'599'999) << "59:59"
                                   << "59:59";
        // Under a day: h:mm:ss.
        QTest::newRow("one hour") << kH << "1:00:00"
                                  << "1:00:00";
        QTest::newRow("1 h 2 min 3 s") << kH + 2 * kMin + 3 * kS << "1:02:03"
                                       << "1:02:03";
        QTest::newRow("23:59:59") << 24 * kH - kS << "23:59:59"
                                  << "23:59:59";
        // From a day on: days, hours and minutes, rounded to the minute (the example).
        QTest::newRow("2 d 00:38:46") << 2 * kD + 38 * kMin + 46 * kS << "2 d 0 h 39 min"
                                      << "2 g 0 h 39 min";
        QTest::newRow("one day") << kD << "1 d 0 h 0 min"
                                 << "1 g 0 h 0 min";
        QTest::newRow("29 s rounds down")
            << 3 * kD + 4 * kH + 12 * kMin + 29 * kS << "3 d 4 h 12 min"
            << "3 g 4 h 12 min";
        QTest::newRow("rounding carries into the day") << 2 * kD - 20 * kS << "2 d 0 h 0 min"
                                                       << "2 g 0 h 0 min";
        QTest::newRow("400 days") << 400 * kD << "400 d 0 h 0 min"
                                  << "400 g 0 h 0 min";
        QTest::newRow("negative keeps sign") << -65 * kS << "-01:05"
                                             << "-01:05";
    }
    void measured()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, english);
        QFETCH(QString, italian);
        QCOMPARE(QString::fromStdString(formatDuration(ms)), english);
        QCOMPARE(QString::fromStdString(formatDuration(ms, ::italian())), italian);
    }

    void target_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("italian");
        // One unit: days and hours in words, minutes and seconds as symbols.
        QTest::newRow("5 days (was '5 d 00:00:00')") << 5 * kD << "5 days"
                                                     << "5 giorni";
        QTest::newRow("1 day") << kD << "1 day"
                               << "1 giorno";
        QTest::newRow("1 hour") << kH << "1 hour"
                                << "1 ora";
        QTest::newRow("4 hours") << 4 * kH << "4 hours"
                                 << "4 ore";
        QTest::newRow("30 min (was '30:00')") << 30 * kMin << "30 min"
                                              << "30 min";
        QTest::newRow("30 s (was '00:30')") << 30 * kS << "30 s"
                                            << "30 s";
        // Several units: symbols, zero units left out.
        QTest::newRow("1 d 12 h") << kD + 12 * kH << "1 d 12 h"
                                  << "1 g 12 h";
        QTest::newRow("1 h 30 min") << kH + 30 * kMin << "1 h 30 min"
                                    << "1 h 30 min";
        QTest::newRow("2 min 30 s") << 2 * kMin + 30 * kS << "2 min 30 s"
                                    << "2 min 30 s";
        QTest::newRow("2 d 5 s") << 2 * kD + 5 * kS << "2 d 5 s"
                                 << "2 g 5 s";
        QTest::newRow("zero") << qint64(0) << "0 s"
                              << "0 s";
        QTest::newRow("negative keeps sign") << -kD << "-1 day"
                                             << "-1 giorno";
    }
    void target()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, english);
        QFETCH(QString, italian);
        QCOMPARE(QString::fromStdString(formatTarget(ms)), english);
        QCOMPARE(QString::fromStdString(formatTarget(ms, ::italian())), italian);
    }

    void extremesDoNotOverflow()
    {
        QVERIFY(!formatDuration(std::numeric_limits<std::int64_t>::max()).empty());
        QCOMPARE(formatDuration(std::numeric_limits<std::int64_t>::min()).front(), '-');
        QVERIFY(!formatTarget(std::numeric_limits<std::int64_t>::max()).empty());
        QCOMPARE(formatTarget(std::numeric_limits<std::int64_t>::min()).front(), '-');
    }
};

QTEST_GUILESS_MAIN(TestDurationFormat)
#include "tst_duration_format.moc"
