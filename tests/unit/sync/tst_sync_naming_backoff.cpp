// File naming on the target and the retry schedule.
#include "sync/backoff.h"
#include "sync/naming.h"
#include "sync/sync_error.h"

#include <QTest>

using namespace its::sync;

class TestSyncNamingBackoff : public QObject
{
    Q_OBJECT

private slots:
    void envelopePathIsByMonthOfFinish()
    {
        // 2026-11-30T23:59:59Z and one second later
        QCOMPARE(envelopePath("dabc", "w-1", 3, 1'796'083'199'000),
                 QString("summaries/2026-11/dabc_w-1_r3.env"));
        QCOMPARE(monthFolder(1'796'083'200'000), QString("summaries/2026-12"));
        QCOMPARE(enrollmentPath("dabc"), QString("enrollments/dabc.json"));
    }

    void unsafeIdsRefused_data()
    {
        QTest::addColumn<QString>("walkId");
        QTest::newRow("slash") << "a/b";
        QTest::newRow("dotdot") << "..";
        QTest::newRow("underscore (the separator)") << "a_b";
        QTest::newRow("empty") << "";
        QTest::newRow("too long") << QString(65, 'a');
    }
    void unsafeIdsRefused()
    {
        QFETCH(QString, walkId);
        QVERIFY_THROWS_EXCEPTION(SyncError, envelopePath("dabc", walkId, 1, 0));
    }

    void namesParseBack()
    {
        const auto name = parseEnvelopeName("d12ab_3f2a-77_r12.env");
        QVERIFY(name);
        QCOMPARE(name->deviceId, QString("d12ab"));
        QCOMPARE(name->walkId, QString("3f2a-77"));
        QCOMPARE(name->revision, 12);
        QVERIFY(!parseEnvelopeName("d12ab_w_r0.env"));
        QVERIFY(!parseEnvelopeName("d12ab_w_r1.env.tmp"));
        QVERIFY(!parseEnvelopeName(".d12ab_w_r1.env.tmp-1234"));
        QVERIFY(!parseEnvelopeName("d12ab_w.env"));
    }

    void backoffDoublesAndCaps()
    {
        const BackoffPolicy policy{1'000, 60'000};
        QCOMPARE(policy.nominalDelayMs(0), 0);
        QCOMPARE(policy.nominalDelayMs(1), 1'000);
        QCOMPARE(policy.nominalDelayMs(2), 2'000);
        QCOMPARE(policy.nominalDelayMs(3), 4'000);
        QCOMPARE(policy.nominalDelayMs(6), 32'000);
        QCOMPARE(policy.nominalDelayMs(7), 60'000);
        QCOMPARE(policy.nominalDelayMs(1000), 60'000); // no overflow after many failures
    }

    void jitterStaysWithinHalfToFull()
    {
        const BackoffPolicy policy{1'000, 60'000};
        QCOMPARE(policy.delayMs(3, 0.0), 2'000);
        QCOMPARE(policy.delayMs(3, 0.5), 3'000);
        QVERIFY(policy.delayMs(3, 0.9999999) < 4'000);
        QVERIFY(policy.delayMs(3, 5.0) < 4'000); // out-of-range draws are clamped
        bool sawDifferent = false;
        for (int i = 0; i < 50; ++i) {
            const auto delay = policy.randomDelayMs(4);
            QVERIFY(delay >= 4'000 && delay < 8'000);
            sawDifferent = sawDifferent || delay != policy.randomDelayMs(4);
        }
        QVERIFY(sawDifferent);
    }
};

QTEST_GUILESS_MAIN(TestSyncNamingBackoff)
#include "tst_sync_naming_backoff.moc"
