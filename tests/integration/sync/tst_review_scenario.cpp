// Issue 10's scenario: 3 leaders walk over 2 quarters, push through a real shared folder, the
// review pulls, then compiles. The quarters' figures and the deltas between them, with the
// clear-change verdicts of docs/SCORING.md (example 7's rule).
#include "formats/summary_json.h"
#include "review/compile.h"
#include "review/received_summaries.h"
#include "review/roster.h"
#include "sync/folder_target.h"
#include "sync/outbox.h"
#include "sync_fixtures.h"
#include "sync_world.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace its;
using namespace its::review;
using namespace its::sync;
using namespace its::sync::testing;

namespace {

qint64 utcMs(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

// Walk `k` (0..14) of a quarter: a call that passes or fails 'understood', resolved at first
// contact or not, and a would-stay answer. Q1: 3 of 15 pass and are resolved at once, 7 would
// stay. Q2: 12 of 15 pass and are resolved, 8 would stay.
WalkSummary walk(int leader, bool q2, int k)
{
    const QString id = QStringLiteral("L%1-%2-%3").arg(leader).arg(q2 ? "q2" : "q1").arg(k);
    WalkSummary s = sampleSummary(id, 1, "j", utcMs(2026, q2 ? 5 : 2, 1 + k));
    const bool good = q2 ? k < 12 : k < 3;
    ContactSummary c;
    c.contactId = "c";
    c.touchpointId = "call";
    c.touchpointName = "Call";
    c.department = "customer_care";
    c.score = good ? 100 : 0;
    c.passed = good;
    if (!good) {
        c.failedMustBe = {"understood"};
        c.handoffs = {{"customer_care", "billing"}};
        c.repeatCount = 1;
    }
    c.totalMs = 60'000;
    s.contacts = {c};
    if (!good)
        s.moments = {
            {MomentKind::PainPoint, "call", "customer_care", "understood", 3, "understood"}};
    s.emotion = {{{"c", good ? 1.0 : -1.0}}, 0, 0, 0};
    s.firstContactResolution = good;
    s.answers.recommend = good ? 10 : 3;
    s.answers.wouldStay = q2 ? k < 8 : k < 7;
    return s;
}

} // namespace

class TestReviewScenario : public QObject
{
    Q_OBJECT
private slots:
    void threeLeadersTwoQuarters()
    {
        QTemporaryDir tmp;
        const QString share = tmp.filePath("share");
        SyncWorld world(tmp.filePath("world"), 3, [share]() {
            return std::make_unique<FolderTarget>(share, FolderTarget::Create::IfMissing);
        });
        // The quarter's 15 walks are dealt to the leaders in turn: 5 each.
        const qint64 now = utcMs(2026, 6, 30);
        for (bool q2 : {false, true}) {
            for (int k = 0; k < 15; ++k) {
                Device &device = world.devices[std::size_t(k % 3)];
                Outbox(device.vault->db()).enqueue(walk(k % 3, q2, k), now);
            }
        }
        for (Device &device : world.devices) {
            auto target = world.makeTarget();
            QCOMPARE(Outbox(device.vault->db()).push(*target, now).synced, 10);
        }
        auto target = world.makeTarget();
        QCOMPARE(world.pull(*target, now).accepted, 30);
        QVERIFY(world.rejections.empty());

        std::vector<ReceivedWalk> received;
        for (const ReceivedSummary &r : listSummaries(world.review.db(), {}, true))
            received.push_back(
                {parseSummary(r.summaryJson.toStdString()), r.deviceId.toStdString()});
        std::vector<Leader> roster;
        for (const RosterEntry &entry : Roster(world.review.db()).all())
            roster.push_back({entry.deviceId.toStdString(), entry.label.toStdString(), true});
        CompileOptions options;
        options.nowMs = now;
        options.periodKind = PeriodKind::Quarter;
        const Findings f = compile(received, roster, {}, options);

        QCOMPARE(f.walks, 30);
        QCOMPARE(f.periods.size(), std::size_t(2));
        const PeriodFindings &q1 = f.periods[0];
        const PeriodFindings &q2 = f.periods[1];
        QCOMPARE(q1.walks, 15);
        QCOMPARE(q2.walks, 15);
        // FCR 3/15 = 20% -> 12/15 = 80%: pooled p 0.5, se = sqrt(0.25 * 2/15) = 0.183,
        // z = 0.6 / 0.183 = 3.29: clearly up. The pass rate moves the same way.
        QCOMPARE(*q1.firstContactResolution.estimate.value, 20.0);
        QCOMPARE(*q2.firstContactResolution.estimate.value, 80.0);
        QCOMPARE(*q2.firstContactResolution.delta, 60.0);
        QCOMPARE(q2.firstContactResolution.change, Change::ClearlyUp);
        QCOMPARE(*q2.passRate.delta, 60.0);
        QCOMPARE(q2.passRate.change, Change::ClearlyUp);
        // NPS: 3 promoters and 12 detractors (-60) -> 12 and 3 (+60): +120, clearly up.
        QCOMPARE(*q1.nps.estimate.value, -60.0);
        QCOMPARE(*q2.nps.estimate.value, 60.0);
        QCOMPARE(q2.nps.change, Change::ClearlyUp);
        // Negative ends 80% -> 20%: clearly down.
        QCOMPARE(*q2.negativeEnd.delta, -60.0);
        QCOMPARE(q2.negativeEnd.change, Change::ClearlyDown);
        // Would stay 7/15 -> 8/15: +6.67 points, z = 0.37: no clear change.
        QVERIFY(std::abs(*q2.wouldStay.delta - 100.0 / 15) < 1e-9);
        QCOMPARE(q2.wouldStay.change, Change::NoClearChange);

        // Both quarters pooled: 15 of 30 passed; 'understood' failed 15 times; the silo map
        // has 15 handoffs care -> billing with 15 repeats after them.
        const TouchpointFindings &call = f.journeys.at(0).stages.at(0).touchpoints.at(0);
        QCOMPARE(call.passRate.count, 15);
        QCOMPARE(call.mustBeFailures.at(0).rate.count, 15);
        QCOMPARE(f.siloMap.at(0).handoffs, 15);
        QCOMPARE(f.siloMap.at(0).repeatsAfter, 15);
        QCOMPARE(f.departments.at(0).painPoints, 15);

        // Participation: 5 walks a quarter each, named by the roster.
        QCOMPARE(f.participation.leaders.size(), std::size_t(3));
        for (int i = 0; i < 3; ++i) {
            const LeaderActivity &leader = f.participation.leaders[std::size_t(i)];
            QCOMPARE(leader.label, QStringLiteral("Executive %1").arg(i + 1).toStdString());
            QCOMPARE(leader.walks, (std::vector<int>{5, 5}));
        }
        QVERIFY(f.participation.idleLeaders.empty());

        // The second quarter alone, compiled again: the filter, not a second pull.
        ReviewFilter secondQuarter;
        setQuarter(secondQuarter, 2026, 2, QTimeZone::utc());
        const Findings onlyQ2 = compile(received, roster, secondQuarter, options);
        QCOMPARE(onlyQ2.walks, 15);
        QCOMPARE(*onlyQ2.voice.firstContactResolution.value, 80.0);
    }
};

QTEST_GUILESS_MAIN(TestReviewScenario)
#include "tst_review_scenario.moc"
