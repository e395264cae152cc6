// 500 summaries from several devices through faults: nothing lost, nothing doubled.
#include "formats/summary_json.h"
#include "review/received_summaries.h"
#include "sync/naming.h"
#include "sync/outbox.h"
#include "sync/sync_schema.h"
#include "sync_fixtures.h"
#include "sync_world.h"

#include <QSet>
#include <QTest>

namespace its::sync::testing {

namespace {

constexpr qint64 kStart = 1'800'000'000'000; // 2027-01-15
constexpr qint64 kDay = 86'400'000;
constexpr qint64 kRound = 16 * 60 * 1'000; // > the backoff cap: every failed entry is due again

struct Expected
{
    std::size_t device = 0;
    int revision = 1;
};

QSet<QString> envelopeFilesOn(SyncTarget &target)
{
    QSet<QString> files;
    for (const QString &month : target.list("summaries"))
        for (const QString &name : target.list("summaries/" + month.chopped(1)))
            files.insert("summaries/" + month + name);
    return files;
}

int countRows(Database &db, const char *sql)
{
    return static_cast<int>(db.queryInt64(sql));
}

bool allSynced(SyncWorld &world)
{
    for (Device &device : world.devices) {
        Outbox outbox(device.vault->db());
        if (outbox.countIn(OutboxState::Queued) + outbox.countIn(OutboxState::Failed) +
                outbox.countIn(OutboxState::Uploading) >
            0)
            return false;
    }
    return true;
}

} // namespace

void deliveryScenario(SyncWorld &world, const FaultSwitch &faults, int summaries)
{
    std::map<QString, Expected> expected;
    std::vector<std::pair<std::size_t, QString>> revised;
    for (int i = 0; i < summaries; ++i) {
        const std::size_t d = static_cast<std::size_t>(i) % world.devices.size();
        const QString walk = QStringLiteral("walk-%1").arg(i, 4, 10, QLatin1Char('0'));
        // Walks spread over three months, so the month folders get exercised.
        Outbox(world.devices[d].vault->db())
            .enqueue(sampleSummary(walk, 1, QStringLiteral("j%1").arg(i % 4),
                                   kStart - (i % 3) * 31 * kDay),
                     kStart);
        expected[walk] = {d, 1};
        if (i % 10 == 0)
            revised.emplace_back(d, walk);
    }

    qint64 now = kStart;
    std::unique_ptr<SyncTarget> target = world.makeTarget();
    faults.set(true);
    for (int round = 0; round < 40 && !(round > 3 && allSynced(world)); ++round) {
        now += kRound;
        for (Device &device : world.devices)
            Outbox(device.vault->db()).push(*target, now, {32, 8, -1, false});
        if (round == 1) {
            // A changed summary: a new revision supersedes the old, sent or not.
            for (const auto &[d, walk] : revised) {
                Outbox(world.devices[d].vault->db())
                    .enqueue(sampleSummary(walk, 2, "j-revised", kStart), now);
                expected[walk] = {d, 2};
            }
        }
        if (round == 2) {
            // Repeats: a restarted device pushes again, and 25 delivered summaries are sent
            // again (as after a move to a new address): the same bytes are written over files
            // already there, through the same faults. Each repeat is verified by read-back like
            // the first upload, so a cut-short overwrite on a non-atomic server (rclone writes in
            // place) is repaired by the device's retry. Enqueueing an already queued walk again
            // changes nothing.
            world.restartDevice(world.devices.front());
            target = world.makeTarget();
            int toRepeat = 25;
            for (Device &device : world.devices) {
                Database &db = device.vault->db();
                const int take = std::min(
                    toRepeat,
                    countRows(db, "SELECT COUNT(*) FROM sync_outbox WHERE state = 'synced'"));
                db.prepare(
                      "UPDATE sync_outbox SET state = 'queued', next_attempt_ms = 0 WHERE path IN"
                      " (SELECT path FROM sync_outbox WHERE state = 'synced' LIMIT ?)")
                    .bindInt64(1, take)
                    .run();
                toRepeat -= take;
            }
            QVERIFY2(toRepeat == 0, "fewer than 25 summaries delivered by round 2");
            Outbox(world.devices.back().vault->db())
                .enqueue(sampleSummary("walk-0002", 1, "j2", kStart - 2 * 31 * kDay), now);
        }
        if (round % 2 == 1)
            world.pull(*target, now); // the review pulls while uploads are under way
    }
    qInfo("faults: %s", qPrintable(faults.describe()));
    QVERIFY2(faults.allHappened(), qPrintable(faults.describe()));

    faults.set(false);
    for (int round = 0; round < 10 && !allSynced(world); ++round) {
        now += kRound;
        for (Device &device : world.devices)
            Outbox(device.vault->db()).push(*target, now);
    }
    QVERIFY2(allSynced(world), "some summaries never left their device");
    world.pull(*target, now + 1);
    const PullReport again = world.pull(*target, now + 2);
    QCOMPARE(again.accepted, 0); // incremental: nothing new, nothing fetched twice
    QCOMPARE(again.alreadySeen, again.listed);

    // The target holds every synced envelope, and nothing that no device ever queued.
    const QSet<QString> files = envelopeFilesOn(*target);
    QSet<QString> synced;
    QSet<QString> queuedAtAll;
    for (Device &device : world.devices) {
        Statement rows = device.vault->db().prepare("SELECT path, state FROM sync_outbox");
        while (rows.step()) {
            queuedAtAll.insert(fromStd(rows.columnText(0)));
            if (rows.columnText(1) == "synced")
                synced.insert(fromStd(rows.columnText(0)));
        }
    }
    for (const QString &path : synced)
        QVERIFY2(files.contains(path), qPrintable("synced but not on the target: " + path));
    for (const QString &path : files)
        QVERIFY2(queuedAtAll.contains(path), qPrintable("on the target, never queued: " + path));

    // The review holds exactly the expected walks at their latest revision, from the right
    // executive, decrypted intact; every envelope on the target accepted exactly once.
    // A server that does not write atomically (rclone) can show a cut-short upload, and a
    // download can end early: both are retried, never reported to the CCO as rejections.
    for (const Rejection &rejection : world.rejections)
        qWarning("reported %s: %s", qPrintable(rejection.path), qPrintable(rejection.message));
    QCOMPARE(world.rejections.size(), 0u);
    const std::vector<ReceivedSummary> received = listSummaries(world.review.db(), {}, true);
    QCOMPARE(received.size(), expected.size());
    for (const ReceivedSummary &summary : received) {
        const auto it = expected.find(summary.walkId);
        QVERIFY2(it != expected.end(), qPrintable(summary.walkId));
        QCOMPARE(summary.revision, it->second.revision);
        QCOMPARE(summary.deviceLabel, world.devices[it->second.device].label);
        const WalkSummary parsed = parseSummary(summary.summaryJson.toStdString());
        QCOMPARE(parsed.totalCustomerMs, 1'234'000 + it->second.revision);
    }
    // Except an older revision whose upload was cut short and then superseded (nobody retries
    // it): recorded as superseded, and the review holds a newer revision of that walk.
    Statement superseded = world.review.db().prepare(
        "SELECT r.path, COALESCE(s.revision, 0) FROM sync_received r LEFT JOIN sync_summaries s"
        " ON s.device_id = r.device_id AND r.path LIKE '%_' || s.walk_id || '_r%'"
        " WHERE r.status != 'accepted'");
    int supersededCount = 0;
    while (superseded.step()) {
        const QString path = fromStd(superseded.columnText(0));
        const auto name = parseEnvelopeName(path.section('/', -1));
        QVERIFY2(name && superseded.columnInt(1) > name->revision, qPrintable(path));
        ++supersededCount;
    }
    QCOMPARE(countRows(world.review.db(),
                       "SELECT COUNT(*) FROM sync_received WHERE status = 'accepted'"),
             static_cast<int>(files.size()) - supersededCount);
    QCOMPARE(countRows(world.review.db(), "SELECT COUNT(*) FROM sync_received"),
             static_cast<int>(files.size()));
}

} // namespace its::sync::testing
