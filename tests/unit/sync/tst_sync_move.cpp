// Moving a review circle to a new sync address, and an executive joining again: with the same
// circle at a new address every summary reaches the new one exactly once (including those only
// the old address had); another circle gets every walk sealed afresh; an invitation naming the
// circle with another key is refused and changes nothing. Real vaults and real folder targets.
#include "review/review_pull.h"
#include "sync/finished_walks.h"
#include "sync/folder_target.h"
#include "sync/outbox.h"
#include "sync/sync_error.h"
#include "sync_fixtures.h"
#include "vault/walk_store.h"
#include "vault_fixtures.h"

#include <QTemporaryDir>
#include <QTest>

using namespace its;
using namespace its::sync;
using namespace its::sync::testing;

namespace {

int receivedCount(Database &reviewDb)
{
    Statement query = reviewDb.prepare("SELECT COUNT(*) FROM sync_summaries");
    query.step();
    return static_cast<int>(query.columnInt64(0));
}

int countInState(Outbox &outbox, const std::vector<QString> &walks, OutboxState state)
{
    int n = 0;
    for (const QString &walk : walks)
        if (const auto entry = outbox.entry(walk, 1); entry && entry->state == state)
            ++n;
    return n;
}

} // namespace

class TestSyncMove : public QObject
{
    Q_OBJECT

    QTemporaryDir tmp;
    QString base;
    std::optional<Vault> device;
    std::optional<Vault> review;
    std::optional<ReviewCircle> circle;
    std::vector<QString> walks;

    // Finishes a real walk in the executive's vault and returns its id.
    QString finishWalk(std::int64_t atMs)
    {
        WalkStore store(device->db());
        const std::string id = store.createWalk(its::testing::sampleTemplate(), "new customer",
                                                its::testing::at(atMs));
        store.finishWalk(id, its::testing::at(atMs + 60'000));
        return QString::fromStdString(id);
    }

private slots:
    void init()
    {
        QVERIFY(tmp.isValid());
        base = tmp.path() + "/" + QTest::currentTestFunction();
        device.emplace(createVault(base + "/device"));
        review.emplace(createVault(base + "/review"));
        circle.emplace(createReviewCircle(review->db(), base + "/old", 1));
        enrollAndAccept(device->db(), review->db(), *circle, "CFO phone", 1);
        walks.clear();
        for (int i = 0; i < 3; ++i)
            walks.push_back(finishWalk(1'700'000'000'000 + i * 86'400'000LL));
    }

    void finishedWalksAreQueuedOnce()
    {
        QCOMPARE(queueFinishedWalks(device->db(), its::testing::at(1'800'000'000'000)), 3);
        QCOMPARE(queueFinishedWalks(device->db(), its::testing::at(1'800'000'000'001)), 0);
        Outbox outbox(device->db());
        QCOMPARE(countInState(outbox, walks, OutboxState::Queued), 3);
    }

    void sameCircleAtANewAddressGetsEverythingExactlyOnce()
    {
        FolderTarget old(base + "/old", FolderTarget::Create::IfMissing);
        queueFinishedWalks(device->db(), its::testing::at(1'800'000'000'000));
        QCOMPARE(Outbox(device->db()).push(old, 2).synced, 3);
        // The review read only the first two walks before the old share went away...
        QDir(base + "/old").removeRecursively();
        FolderTarget partial(base + "/old", FolderTarget::Create::IfMissing);
        Outbox(device->db()).push(partial, 3); // nothing due: all synced
        QCOMPARE(pullEnvelopes(review->db(), partial, 4).accepted, 0);

        // ...so the CCO moves the circle, and the executive joins again with the new invitation.
        const ReviewCircle moved = moveReviewCircle(review->db(), "  " + base + "/new  ");
        QCOMPARE(moved.targetUrl, base + "/new");
        QCOMPARE(moved.circleId, circle->circleId);
        QCOMPARE(requireReviewCircle(review->db()).targetUrl, base + "/new");
        EnrollChange change = EnrollChange::Joined;
        enrollDevice(device->db(), makeInvitation(moved), "CFO phone", 5, &change);
        QCOMPARE(change, EnrollChange::Moved);
        QCOMPARE(loadDeviceIdentity(device->db())->targetUrl, base + "/new");
        Outbox outbox(device->db());
        QCOMPARE(countInState(outbox, walks, OutboxState::Queued), 3);

        FolderTarget fresh(base + "/new", FolderTarget::Create::IfMissing);
        QCOMPARE(outbox.push(fresh, 6).synced, 3);
        QCOMPARE(pullEnvelopes(review->db(), fresh, 7).accepted, 3);
        QCOMPARE(receivedCount(review->db()), 3);
        const PullReport again = pullEnvelopes(review->db(), fresh, 8);
        QCOMPARE(again.accepted, 0);
        QCOMPARE(again.alreadySeen, 3);
        QVERIFY(again.rejected.empty());
    }

    void summariesTheReviewAlreadyHasAreSkippedAtTheNewAddress()
    {
        FolderTarget old(base + "/old", FolderTarget::Create::IfMissing);
        queueFinishedWalks(device->db(), its::testing::at(1'800'000'000'000));
        Outbox(device->db()).push(old, 2);
        QCOMPARE(pullEnvelopes(review->db(), old, 3).accepted, 3);

        const ReviewCircle moved = moveReviewCircle(review->db(), base + "/new");
        enrollDevice(device->db(), makeInvitation(moved), "CFO phone", 4);
        FolderTarget fresh(base + "/new", FolderTarget::Create::IfMissing);
        QCOMPARE(Outbox(device->db()).push(fresh, 5).synced, 3);
        const PullReport report = pullEnvelopes(review->db(), fresh, 6);
        QCOMPARE(report.accepted, 0);
        QCOMPARE(report.alreadySeen, 3);
        QVERIFY(report.rejected.empty()); // not "replayed": the same files, seen before
        QCOMPARE(receivedCount(review->db()), 3);
    }

    void theSameInvitationAgainChangesNoState()
    {
        FolderTarget old(base + "/old", FolderTarget::Create::IfMissing);
        queueFinishedWalks(device->db(), its::testing::at(1'800'000'000'000));
        Outbox(device->db()).push(old, 2);
        EnrollChange change = EnrollChange::Joined;
        enrollDevice(device->db(), makeInvitation(*circle), "CFO laptop", 3, &change);
        QCOMPARE(change, EnrollChange::Rejoined);
        Outbox outbox(device->db());
        QCOMPARE(countInState(outbox, walks, OutboxState::Synced), 3);
        QCOMPARE(loadDeviceIdentity(device->db())->label, QString("CFO laptop"));
    }

    void anotherCircleGetsEveryWalkSealedToItsKey()
    {
        FolderTarget old(base + "/old", FolderTarget::Create::IfMissing);
        queueFinishedWalks(device->db(), its::testing::at(1'800'000'000'000));
        Outbox(device->db()).push(old, 2);

        Vault otherReview = createVault(base + "/other-review");
        const ReviewCircle other = createReviewCircle(otherReview.db(), base + "/other", 3);
        EnrollChange change = EnrollChange::Joined;
        const EnrollmentRequest request =
            enrollDevice(device->db(), makeInvitation(other), "CFO phone", 4, &change);
        QCOMPARE(change, EnrollChange::SwitchedCircle);
        Outbox outbox(device->db());
        QCOMPARE(countInState(outbox, walks, OutboxState::Synced), 0);
        QCOMPARE(countInState(outbox, walks, OutboxState::Queued), 0);

        Roster(otherReview.db())
            .accept(request, other.circleId, fingerprint(other.keys.boxPublic), 5);
        QCOMPARE(queueFinishedWalks(device->db(), its::testing::at(1'800'000'000'100)), 3);
        FolderTarget target(base + "/other", FolderTarget::Create::IfMissing);
        QCOMPARE(outbox.push(target, 6).synced, 3);
        const PullReport report = pullEnvelopes(otherReview.db(), target, 7);
        QCOMPARE(report.accepted, 3);
        QVERIFY(report.rejected.empty()); // none sealed to the old circle's key
    }

    void anInvitationNamingTheCircleWithAnotherKeyIsRefused()
    {
        FolderTarget old(base + "/old", FolderTarget::Create::IfMissing);
        queueFinishedWalks(device->db(), its::testing::at(1'800'000'000'000));
        Outbox(device->db()).push(old, 2);
        Invitation forged = makeInvitation(*circle);
        forged.reviewPublic = ReviewKeys::generate().boxPublic;
        forged.targetUrl = base + "/attacker";
        try {
            enrollDevice(device->db(), forged, "CFO phone", 3);
            QFAIL("an invitation with another key for the same circle was accepted");
        } catch (const SyncError &error) {
            QCOMPARE(error.kind(), SyncErrorKind::Crypto);
            QVERIFY2(QString(error.what()).contains("another review key"), error.what());
        }
        const DeviceIdentity identity = *loadDeviceIdentity(device->db());
        QCOMPARE(identity.targetUrl, base + "/old");
        QCOMPARE(identity.reviewPublic, circle->keys.boxPublic);
        Outbox outbox(device->db());
        QCOMPARE(countInState(outbox, walks, OutboxState::Synced), 3);
    }

    void movingNeedsACircleAndAnAddress()
    {
        Vault empty = createVault(base + "/empty");
        QVERIFY_THROWS_EXCEPTION(SyncError, moveReviewCircle(empty.db(), base + "/x"));
        QVERIFY_THROWS_EXCEPTION(SyncError, moveReviewCircle(review->db(), "   "));
        QCOMPARE(requireReviewCircle(review->db()).targetUrl, base + "/old");
    }
};

QTEST_GUILESS_MAIN(TestSyncMove)
#include "tst_sync_move.moc"
