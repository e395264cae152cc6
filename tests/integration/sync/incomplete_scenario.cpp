// Files cut short on the target (an upload stopped halfway on a server that writes in place, or
// a download that ended early) are "not fetched whole, retried": never a rejection, never
// recorded; once whole, each is accepted exactly once.
#include "sync/outbox.h"
#include "sync/received_summaries.h"
#include "sync_fixtures.h"
#include "sync_world.h"

#include <QTest>

namespace its::sync::testing {

namespace {

constexpr qint64 kNow = 1'800'000'000'000;

} // namespace

void incompleteScenario(SyncWorld &world)
{
    QVERIFY(!world.devices.empty());
    std::unique_ptr<SyncTarget> target = world.makeTarget();
    Outbox outbox(world.devices[0].vault->db());
    const int walks = 6;
    for (int i = 1; i <= walks; ++i)
        outbox.enqueue(sampleSummary(QStringLiteral("cut-%1").arg(i), 1, "j1", kNow), kNow);
    QCOMPARE(outbox.push(*target, kNow).synced, walks);

    // Cut each file at another point: in the magic, in the header, just after the header, in
    // the sealed summary, one byte short; and an empty file (created, nothing written yet).
    std::vector<std::pair<QString, QByteArray>> whole;
    for (const OutboxEntry &entry : outbox.latest())
        whole.emplace_back(entry.path, target->get(entry.path));
    QCOMPARE(whole.size(), std::size_t(walks));
    const auto cutAt = [&](std::size_t i, qsizetype size) {
        const QByteArray &bytes = whole[i].second;
        const qsizetype headerEnd =
            12 + static_cast<qsizetype>(static_cast<unsigned char>(bytes[10]) * 256 +
                                        static_cast<unsigned char>(bytes[11]));
        const qsizetype cuts[] = {
            5, 156, headerEnd + 10, (headerEnd + bytes.size()) / 2, bytes.size() - 1, 0};
        target->put(whole[i].first, bytes.left(size >= 0 ? size : cuts[i]));
    };
    for (std::size_t i = 0; i < whole.size(); ++i)
        cutAt(i, -1);

    PullReport report = world.pull(*target, kNow + 1);
    for (const Rejection &rejection : report.rejected)
        qWarning("rejected %s: %s", qPrintable(rejection.path), qPrintable(rejection.message));
    QCOMPARE(report.rejected.size(), 0u);
    QCOMPARE(report.accepted, 0);
    QCOMPARE(report.errors.size(), whole.size());
    for (const QString &error : report.errors)
        QVERIFY2(error.contains("incomplete"), qPrintable(error));
    Database &db = world.review.db();
    QCOMPARE(db.queryInt64("SELECT COUNT(*) FROM sync_received"), 0);

    // Still cut short: retried again, still nothing to report.
    report = world.pull(*target, kNow + 2);
    QCOMPARE(report.rejected.size(), 0u);
    QCOMPARE(report.errors.size(), whole.size());

    // The device's retry (or a later download) brings each file whole: accepted once.
    for (const auto &[path, bytes] : whole)
        target->put(path, bytes);
    report = world.pull(*target, kNow + 3);
    QCOMPARE(report.rejected.size(), 0u);
    QCOMPARE(report.errors.size(), 0u);
    QCOMPARE(report.accepted, walks);
    report = world.pull(*target, kNow + 4);
    QCOMPARE(report.accepted, 0);
    QCOMPARE(listSummaries(db).size(), std::size_t(walks));
    QVERIFY(world.rejections.empty());
}

} // namespace its::sync::testing
