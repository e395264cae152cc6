// Outbox state machine (on a real folder target and a real vault), roster accept/revoke.
#include "sync/folder_target.h"
#include "sync/outbox.h"
#include "sync/sync_error.h"
#include "sync_fixtures.h"

#include <QTemporaryDir>
#include <QTest>

using namespace its;
using namespace its::sync;
using namespace its::sync::testing;

namespace {

// A real folder whose next `failPuts` writes fail, or whose reads come back altered: the two
// ways an upload can go wrong that the outbox must notice.
class UnreliableFolder final : public SyncTarget
{
public:
    explicit UnreliableFolder(const QString &root)
        : folder(root, FolderTarget::Create::IfMissing)
    {
    }
    QString address() const override { return folder.address(); }
    void put(const QString &path, const QByteArray &bytes) override
    {
        if (failPuts > 0) {
            --failPuts;
            throw SyncError(SyncErrorKind::Network, "connection reset by peer");
        }
        folder.put(path, bytes);
    }
    QByteArray get(const QString &path) override
    {
        QByteArray bytes = folder.get(path);
        if (corruptReads)
            bytes[0] = 'X';
        return bytes;
    }
    QStringList list(const QString &f) override { return folder.list(f); }
    FolderTarget folder;
    int failPuts = 0;
    bool corruptReads = false;
};

} // namespace

class TestSyncOutboxRoster : public QObject
{
    Q_OBJECT

    QTemporaryDir tmp;
    std::optional<Vault> device;
    std::optional<Vault> review;
    std::optional<ReviewCircle> circle;
    QString deviceId;

private slots:
    void init()
    {
        QVERIFY(tmp.isValid());
        const QString base = tmp.path() + "/" + QTest::currentTestFunction();
        device.emplace(createVault(base + "/device"));
        review.emplace(createVault(base + "/review"));
        circle.emplace(createReviewCircle(review->db(), base + "/target", 1));
        deviceId = enrollAndAccept(device->db(), review->db(), *circle, "CFO phone", 1);
    }

    void enqueueRequiresEnrollment()
    {
        Vault fresh = createVault(tmp.path() + "/fresh");
        Outbox outbox(fresh.db());
        QVERIFY_THROWS_EXCEPTION(SyncError, outbox.enqueue(sampleSummary("w1", 1, "j", 0), 1));
        QCOMPARE(outbox.latest().size(), 0u);
    }

    void syncedOnlyAfterReadBackMatches()
    {
        UnreliableFolder target(tmp.path() + "/readback");
        Outbox outbox(device->db(), BackoffPolicy{1'000, 8'000});
        outbox.enqueue(sampleSummary("w1", 1, "j", 1'700'000'000'000), 10);
        QCOMPARE(toString(outbox.entry("w1", 1)->state), toString(OutboxState::Queued));

        target.corruptReads = true;
        PushReport report = outbox.push(target, 100);
        QCOMPARE(report.failed, 1);
        auto entry = *outbox.entry("w1", 1);
        QCOMPARE(toString(entry.state), toString(OutboxState::Failed));
        QVERIFY(entry.lastError.contains("read-back"));
        QVERIFY(entry.nextAttemptMs >= 100 + 500 && entry.nextAttemptMs < 100 + 1'000);

        target.corruptReads = false;
        QCOMPARE(outbox.push(target, 200).attempted, 0); // not due yet: backoff
        report = outbox.push(target, entry.nextAttemptMs);
        QCOMPARE(report.synced, 1);
        QCOMPARE(toString(outbox.entry("w1", 1)->state), toString(OutboxState::Synced));
        QCOMPARE(outbox.entry("w1", 1)->attempts, 2);
        QCOMPARE(outbox.push(target, 1'000'000).attempted, 0); // synced stays synced
    }

    void failuresBackOffExponentially()
    {
        UnreliableFolder target(tmp.path() + "/backoff");
        Outbox outbox(device->db(), BackoffPolicy{1'000, 8'000});
        outbox.enqueue(sampleSummary("w1", 1, "j", 0), 0);
        target.failPuts = 5;
        qint64 now = 0;
        const qint64 nominal[] = {1'000, 2'000, 4'000, 8'000, 8'000};
        for (qint64 expected : nominal) {
            QCOMPARE(outbox.push(target, now).failed, 1);
            const auto entry = *outbox.entry("w1", 1);
            QCOMPARE(toString(entry.state), toString(OutboxState::Failed));
            QVERIFY(entry.lastError.contains("connection reset"));
            QVERIFY(entry.nextAttemptMs - now >= expected / 2 &&
                    entry.nextAttemptMs - now < expected);
            now = entry.nextAttemptMs;
        }
        QCOMPARE(outbox.push(target, now).synced, 1);
    }

    void interruptedUploadIsDueAgainAfterRestart()
    {
        const QString dir = device->dir().c_str();
        {
            Outbox outbox(device->db());
            outbox.enqueue(sampleSummary("w1", 1, "j", 0), 0);
            // What a kill between "mark uploading" and the answer leaves behind:
            device->db().exec("UPDATE sync_outbox SET state = 'uploading', attempts = 1,"
                              " next_attempt_ms = 999999999");
        }
        device.reset();
        device.emplace(Vault::unlock(dir.toStdString(), "test passphrase"));
        Outbox outbox(device->db());
        QCOMPARE(toString(outbox.entry("w1", 1)->state), toString(OutboxState::Uploading));
        FolderTarget target(tmp.path() + "/restart", FolderTarget::Create::IfMissing);
        QCOMPARE(outbox.push(target, 5).synced, 1);
        QCOMPARE(toString(outbox.entry("w1", 1)->state), toString(OutboxState::Synced));
    }

    void newRevisionSupersedesUnsentOne()
    {
        Outbox outbox(device->db());
        const auto first = outbox.enqueue(sampleSummary("w1", 1, "j", 0), 0);
        outbox.enqueue(sampleSummary("w1", 2, "j", 0), 1);
        QCOMPARE(toString(outbox.entry("w1", 1)->state), toString(OutboxState::Superseded));
        QCOMPARE(outbox.latest().size(), 1u);
        QCOMPARE(outbox.latest().front().revision, 2);
        // Enqueueing the same walk and revision again is a no-op, not a second envelope.
        const auto again = outbox.enqueue(sampleSummary("w1", 1, "j", 0), 5);
        QCOMPARE(again.sha256, first.sha256);
        // An older revision after a newer one would only be rejected by the review: refused here.
        outbox.enqueue(sampleSummary("w2", 3, "j", 0), 6);
        QVERIFY_THROWS_EXCEPTION(SyncError, outbox.enqueue(sampleSummary("w2", 2, "j", 0), 7));
        QVERIFY(!outbox.entry("w2", 2));
        FolderTarget target(tmp.path() + "/supersede", FolderTarget::Create::IfMissing);
        QCOMPARE(outbox.push(target, 10).synced, 2);
        QCOMPARE(target.list("summaries/1970-01"),
                 (QStringList{deviceId + "_w1_r2.env", deviceId + "_w2_r3.env"}));
    }

    void rosterRevokeIsFinal()
    {
        Roster roster(review->db());
        QCOMPARE(roster.all().size(), 1u);
        QVERIFY(roster.find(deviceId)->active());
        roster.revoke(deviceId, 50);
        roster.revoke(deviceId, 60);
        QCOMPARE(*roster.find(deviceId)->revokedMs, 50);
        const EnrollmentRequest again = enrollDevice(device->db(), makeInvitation(*circle), "", 70);
        try {
            roster.accept(again, circle->circleId, fingerprint(circle->keys.boxPublic), 70);
            QFAIL("a revoked device was re-accepted");
        } catch (const SyncError &error) {
            QVERIFY(QString(error.what()).contains("revoked"));
        }
        QVERIFY_THROWS_EXCEPTION(SyncError, roster.revoke("dnobody", 1));
    }

    // A rejected request never comes back as pending, cannot be accepted, and a device on the
    // roster cannot be rejected (it is revoked instead).
    void rosterRejectIsFinal()
    {
        FolderTarget target(tmp.path() + "/rejected", FolderTarget::Create::IfMissing);
        Vault other = createVault(tmp.path() + "/unknown-device");
        enrollDevice(other.db(), makeInvitation(*circle), "Who?", 1);
        publishEnrollment(other.db(), target, 2);
        Roster roster(review->db());
        const auto pending = roster.pending(target, circle->circleId);
        QCOMPARE(pending.size(), 1u);
        const EnrollmentRequest request = pending.front();
        QVERIFY(!roster.isRejected(request.deviceId));
        roster.reject(request, 10);
        roster.reject(request, 20);
        QVERIFY(roster.isRejected(request.deviceId));
        QCOMPARE(roster.rejected().size(), 1u);
        QCOMPARE(roster.rejected().front().rejectedMs, 10);
        QCOMPARE(roster.rejected().front().label, QString("Who?"));
        publishEnrollment(other.db(), target, 30); // the device asks again
        QCOMPARE(roster.pending(target, circle->circleId).size(), 0u);
        try {
            roster.accept(request, circle->circleId, fingerprint(circle->keys.boxPublic), 40);
            QFAIL("a rejected request was accepted");
        } catch (const SyncError &error) {
            QVERIFY(QString(error.what()).contains("rejected"));
        }
        QVERIFY(!roster.find(request.deviceId));
        EnrollmentRequest enrolled;
        enrolled.deviceId = deviceId;
        QVERIFY_THROWS_EXCEPTION(SyncError, roster.reject(enrolled, 50));
        QVERIFY(!roster.isRejected(deviceId));
    }

    void rosterRefusesRequestForAnotherKey()
    {
        Roster roster(review->db());
        Vault other = createVault(tmp.path() + "/other-device");
        Invitation forged = makeInvitation(*circle);
        forged.reviewPublic = ReviewKeys::generate().boxPublic;
        const EnrollmentRequest request = enrollDevice(other.db(), forged, "intruder", 1);
        QVERIFY_THROWS_EXCEPTION(SyncError, roster.accept(request, circle->circleId,
                                                          fingerprint(circle->keys.boxPublic), 1));
        QVERIFY(!roster.find(request.deviceId));
    }

    void pendingRequestsComeFromTheTarget()
    {
        FolderTarget target(tmp.path() + "/pending", FolderTarget::Create::IfMissing);
        Vault other = createVault(tmp.path() + "/second-device");
        enrollDevice(other.db(), makeInvitation(*circle), "COO laptop", 1);
        publishEnrollment(other.db(), target, 2);
        target.put("enrollments/dgarbage.json", "not json");
        Roster roster(review->db());
        std::vector<QString> problems;
        const auto pending = roster.pending(target, circle->circleId, &problems);
        QCOMPARE(pending.size(), 1u);
        QCOMPARE(pending.front().label, QString("COO laptop"));
        QCOMPARE(problems.size(), 1u);
        roster.accept(pending.front(), circle->circleId, fingerprint(circle->keys.boxPublic), 3);
        QCOMPARE(roster.pending(target, circle->circleId).size(), 0u);
    }
};

QTEST_GUILESS_MAIN(TestSyncOutboxRoster)
#include "tst_sync_outbox_roster.moc"
