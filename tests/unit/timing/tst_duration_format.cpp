// formatDuration: digits from seconds to days, truncated to whole seconds.
#include "timing/duration_format.h"

#include <QtTest>

using namespace its;

class TestDurationFormat : public QObject
{
    Q_OBJECT
private slots:
    void formats_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << "00:00";
        QTest::newRow("sub-second truncated") << qint64(999) << "00:00";
        QTest::newRow("one second") << qint64(1'000) << "00:01";
        QTest::newRow("65 s") << qint64(65'000) << "01:05";
        QTest::newRow("59:59.999") << qint64(3'599'999) << "59:59";
        QTest::newRow("one hour") << qint64(3'600'000) << "1:00:00";
        QTest::newRow("1 h 2 min 3 s") << qint64(3'723'000) << "1:02:03";
        QTest::newRow("23:59:59") << qint64(86'399'000) << "23:59:59";
        QTest::newRow("one day") << qint64(86'400'000) << "1 d 00:00:00";
        // 3 d 4 h 12 min 9 s = 259200 + 14400 + 720 + 9 = 274329 s
        QTest::newRow("3 d 04:12:09") << qint64(274'329'000) << "3 d 04:12:09";
        QTest::newRow("400 days") << qint64(400LL * 86'400'000) << "400 d 00:00:00";
        QTest::newRow("negative keeps sign") << qint64(-65'000) << "-01:05";
    }
    void formats()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(formatDuration(ms)), text);
    }
    void extremesDoNotOverflow()
    {
        QVERIFY(!formatDuration(std::numeric_limits<std::int64_t>::max()).empty());
        QCOMPARE(formatDuration(std::numeric_limits<std::int64_t>::min()).front(), '-');
    }
};

QTEST_GUILESS_MAIN(TestDurationFormat)
#include "tst_duration_format.moc"
