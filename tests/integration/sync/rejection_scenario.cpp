// Envelopes the review must refuse, each reported once with its reason.
#include "review/received_summaries.h"
#include "sync/envelope.h"
#include "sync/naming.h"
#include "sync/outbox.h"
#include "sync/sync_schema.h"
#include "sync_fixtures.h"
#include "sync_world.h"

#include <QTest>

namespace its::sync::testing {

namespace {

constexpr qint64 kNow = 1'800'000'000'000;

QString pushOne(Device &device, SyncTarget &target, const QString &walk, int revision)
{
    Outbox outbox(device.vault->db());
    const OutboxEntry entry = outbox.enqueue(sampleSummary(walk, revision, "j1", kNow), kNow);
    const PushReport report = outbox.push(target, kNow);
    if (report.synced != 1)
        qWarning("push failed: %s", report.errors.empty() ? "" : qPrintable(report.errors.front()));
    return entry.path;
}

const Rejection *findRejection(const PullReport &report, const QString &path)
{
    for (const Rejection &rejection : report.rejected)
        if (rejection.path == path)
            return &rejection;
    return nullptr;
}

} // namespace

void rejectionScenario(SyncWorld &world)
{
    QVERIFY(world.devices.size() >= 3);
    std::unique_ptr<SyncTarget> target = world.makeTarget();
    Device &honest = world.devices[0];
    Device &revoked = world.devices[1];
    Device &misled = world.devices[2];

    // An honest first revision, accepted.
    const QString r1 = pushOne(honest, *target, "walk-a", 1);
    PullReport report = world.pull(*target, kNow);
    QCOMPARE(report.accepted, 1);
    const QByteArray r1Bytes = target->get(r1);
    const QString r2 = pushOne(honest, *target, "walk-a", 2);

    // Tampered: someone with write access to the target flips one byte of a new envelope.
    const QString tamperedPath = pushOne(honest, *target, "walk-b", 1);
    QByteArray tampered = target->get(tamperedPath);
    tampered[tampered.size() / 2] = static_cast<char>(tampered[tampered.size() / 2] ^ 0x20);
    target->put(tamperedPath, tampered);

    // Replayed: the old revision 1 copied to another month folder after revision 2 arrived.
    const QString replayPath = "summaries/2020-01/" + r1.section('/', -1);
    target->put(replayPath, r1Bytes);

    // Unenrolled: a device that enrolled with the invitation but was never accepted.
    Vault strangerVault = createVault(world.root + "/stranger");
    const EnrollmentRequest stranger =
        enrollDevice(strangerVault.db(), makeInvitation(world.circle), "Stranger", kNow);
    Device strangerDevice{"Stranger", stranger.deviceId, world.root + "/stranger",
                          std::move(strangerVault)};
    const QString strangerPath = pushOne(strangerDevice, *target, "walk-c", 1);

    // Revoked before sending.
    Roster(world.review.db()).revoke(revoked.deviceId, kNow);
    const QString revokedPath = pushOne(revoked, *target, "walk-d", 1);

    // Sealed to another review key (a stale or forged invitation on an enrolled device).
    const ReviewKeys otherKey = ReviewKeys::generate();
    misled.vault->db()
        .prepare("UPDATE sync_device SET review_public = ?")
        .bindBlob(1, blob(otherKey.boxPublic))
        .run();
    const QString wrongKeyPath = pushOne(misled, *target, "walk-e", 1);

    // Renamed: a valid envelope copied under another walk's name.
    const QString renamedPath = envelopePath(honest.deviceId, "walk-z", 1, kNow);
    target->put(renamedPath, r1Bytes);

    report = world.pull(*target, kNow + 1);
    QCOMPARE(report.accepted, 1); // walk-a revision 2 only
    const struct
    {
        QString path;
        RejectReason reason;
        const char *says;
    } cases[] = {{tamperedPath, RejectReason::BadSignature, "altered"},
                 {replayPath, RejectReason::Replayed, "replayed"},
                 {strangerPath, RejectReason::UnknownDevice, "not on the roster"},
                 {revokedPath, RejectReason::RevokedDevice, "revoked"},
                 {wrongKeyPath, RejectReason::WrongReviewKey, "sealed to review key"},
                 {renamedPath, RejectReason::NameMismatch, "signed header says"}};
    for (const auto &expected : cases) {
        const Rejection *rejection = findRejection(report, expected.path);
        QVERIFY2(rejection, qPrintable("not rejected: " + expected.path));
        QCOMPARE(toString(rejection->reason), toString(expected.reason));
        QVERIFY2(rejection->message.contains(QLatin1String(expected.says)),
                 qPrintable(rejection->message));
    }
    QCOMPARE(report.rejected.size(), std::size(cases));

    // Reported once: the next pull neither fetches nor reports them again.
    report = world.pull(*target, kNow + 2);
    QCOMPARE(report.accepted, 0);
    QCOMPARE(report.rejected.size(), 0u);

    // Once the CCO accepts the stranger, its envelope is reconsidered and lands.
    Roster(world.review.db())
        .accept(stranger, world.circle.circleId, fingerprint(world.circle.keys.boxPublic), kNow);
    report = world.pull(*target, kNow + 3);
    QCOMPARE(report.accepted, 1);

    const auto summaries = listSummaries(world.review.db());
    QCOMPARE(summaries.size(), 2u);
    QCOMPARE(summaries[0].walkId, QString("walk-a"));
    QCOMPARE(summaries[0].revision, 2);
    QCOMPARE(summaries[1].walkId, QString("walk-c"));
    QCOMPARE(summaries[1].deviceLabel, QString("Stranger"));
    Q_UNUSED(r2);
}

} // namespace its::sync::testing
