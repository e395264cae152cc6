// Files cut short on the target (an upload stopped halfway on a server that writes in place, or
// a download that ended early) are "not fetched whole, retried": never a rejection, never
// recorded; once whole, each is accepted exactly once. A cut-short older revision never blocks
// the newer one, and never turns into a rejection when it completes late.
#include "review/received_summaries.h"
#include "sync/outbox.h"
#include "sync_fixtures.h"
#include "sync_world.h"

#include <QTest>

namespace its::sync::testing {

namespace {

constexpr qint64 kNow = 1'800'000'000'000;

qsizetype headerEnd(const QByteArray &envelope)
{
    return 12 + static_cast<unsigned char>(envelope[10]) * 256 +
           static_cast<unsigned char>(envelope[11]);
}

} // namespace

void incompleteScenario(SyncWorld &world)
{
    QVERIFY(!world.devices.empty());
    std::unique_ptr<SyncTarget> target = world.makeTarget();
    Outbox outbox(world.devices[0].vault->db());
    std::vector<std::pair<QString, QByteArray>> cut; // path, whole bytes
    for (int i = 1; i <= 6; ++i)
        cut.emplace_back(
            outbox.enqueue(sampleSummary(QStringLiteral("cut-%1").arg(i), 1, "j1", kNow), kNow)
                .path,
            QByteArray());
    // Two walks whose first revision is cut short while the second arrives whole: "stuck" stays
    // cut (a superseded upload nobody retries), "late" completes after the second was accepted.
    const QString stuck1 = outbox.enqueue(sampleSummary("stuck", 1, "j1", kNow), kNow).path;
    const QString late1 = outbox.enqueue(sampleSummary("late", 1, "j1", kNow), kNow).path;
    QCOMPARE(outbox.push(*target, kNow).synced, 8);
    outbox.enqueue(sampleSummary("stuck", 2, "j1", kNow), kNow);
    outbox.enqueue(sampleSummary("late", 2, "j1", kNow), kNow);
    QCOMPARE(outbox.push(*target, kNow).synced, 2);

    // Cut each file at another point: in the magic, in the header, just after the header, in
    // the sealed summary, one byte short; and an empty file (created, nothing written yet).
    for (std::size_t i = 0; i < cut.size(); ++i) {
        const QByteArray bytes = target->get(cut[i].first);
        cut[i].second = bytes;
        const qsizetype at[] = {
            5, 156, headerEnd(bytes) + 10, (headerEnd(bytes) + bytes.size()) / 2, bytes.size() - 1,
            0};
        target->put(cut[i].first, bytes.left(at[i]));
    }
    target->put(stuck1, QByteArray());
    const QByteArray late1Whole = target->get(late1);
    target->put(late1, late1Whole.left(200));

    PullReport report = world.pull(*target, kNow + 1);
    for (const Rejection &rejection : report.rejected)
        qWarning("rejected %s: %s", qPrintable(rejection.path), qPrintable(rejection.message));
    QCOMPARE(report.rejected.size(), 0u);
    QCOMPARE(report.accepted, 2); // stuck and late revision 2: not held back by revision 1
    QCOMPARE(report.errors.size(), cut.size() + 2);
    for (const QString &error : report.errors)
        QVERIFY2(error.contains("incomplete"), qPrintable(error));
    Database &db = world.review.db();
    QCOMPARE(db.queryInt64("SELECT COUNT(*) FROM sync_received"), 2);

    // Still cut short: retried again, nothing to report. Revision 1 of "late" completes now,
    // after revision 2: superseded, not a replay; "stuck" never will: superseded too, silently.
    target->put(late1, late1Whole);
    report = world.pull(*target, kNow + 2);
    QCOMPARE(report.rejected.size(), 0u);
    QCOMPARE(report.errors.size(), cut.size());
    QCOMPARE(report.accepted, 0);
    report = world.pull(*target, kNow + 3);
    QCOMPARE(report.rejected.size(), 0u);
    QCOMPARE(report.errors.size(), cut.size());

    // The device's retry (or a later download) brings each file whole: accepted once.
    for (const auto &[path, bytes] : cut)
        target->put(path, bytes);
    report = world.pull(*target, kNow + 4);
    QCOMPARE(report.rejected.size(), 0u);
    QCOMPARE(report.errors.size(), 0u);
    QCOMPARE(report.accepted, static_cast<int>(cut.size()));
    report = world.pull(*target, kNow + 5);
    QCOMPARE(report.accepted, 0);
    QCOMPARE(report.errors.size(), 0u);
    QCOMPARE(report.alreadySeen, report.listed);
    QCOMPARE(listSummaries(db).size(), cut.size() + 2);
    QVERIFY(world.rejections.empty());
}

} // namespace its::sync::testing
