// Restoring a review backup on another C-suite device: the roster comes along (merged, a
// revocation in either copy wins), a bad file changes nothing in the vault, and the restored
// review accepts envelopes from devices enrolled on the first one (folder target).
#include "backup_world.h"
#include "review/key_backup.h"
#include "review/review_pull.h"
#include "sync/outbox.h"
#include "sync/sync_error.h"

#include <QTemporaryDir>
#include <QTest>
#include <map>

using namespace its;
using namespace its::sync;
using namespace its::sync::testing;

namespace {

constexpr qint64 kNow = 1'800'000'000'000;

// device id -> revocation time (or -1) for every roster entry, to compare whole rosters.
std::map<QString, qint64> rosterState(Database &db)
{
    std::map<QString, qint64> state;
    for (const RosterEntry &entry : Roster(db).all())
        state[entry.deviceId] = entry.revokedMs.value_or(-1);
    return state;
}

void push(Vault &device, FolderTarget &target, const QString &walkId)
{
    Outbox outbox(device.db());
    outbox.enqueue(sampleSummary(walkId, 1, "j1", kNow), kNow);
    QCOMPARE(outbox.push(target, kNow).synced, 1);
}

} // namespace

class TestReviewRestore : public QObject
{
    Q_OBJECT

    QTemporaryDir tmp;

private slots:
    void restoredReviewAcceptsTheFirstReviewsDevices()
    {
        BackupWorld world(tmp.path() + "/pull");
        push(*world.devices[0], world.target, "walk-cfo");
        push(*world.devices[1], world.target, "walk-coo");
        push(*world.devices[2], world.target, "walk-revoked");
        const QByteArray backup =
            backupReviewCircle(world.review.db(), "board passphrase", sync::KdfCost::minimal());

        Vault laptop = createVault(tmp.path() + "/pull/laptop");
        RosterMergeReport report;
        restoreReviewCircle(laptop.db(), backup, "board passphrase", world.target.address(), kNow,
                            &report);
        QCOMPARE(report.added, 3);
        QCOMPARE(rosterState(laptop.db()), rosterState(world.review.db()));
        const PullReport pulled = pullEnvelopes(laptop.db(), world.target, kNow + 1);
        QCOMPARE(pulled.accepted, 2);
        QCOMPARE(pulled.rejected.size(), 1u);
        QCOMPARE(pulled.rejected[0].deviceId, world.deviceIds[2]);
        QCOMPARE(toString(pulled.rejected[0].reason), toString(RejectReason::RevokedDevice));
    }

    void withoutTheRosterTheSameEnvelopesAreUnknown()
    {
        // The contrast that makes the test above mean something: a key-only backup (what format
        // 1 held) restores a review that does not know the devices.
        BackupWorld world(tmp.path() + "/keyonly");
        push(*world.devices[0], world.target, "walk-cfo");
        const QByteArray keyOnly =
            exportReviewBackup({world.circle.circleId, world.circle.keys, {}}, "board passphrase",
                               sync::KdfCost::minimal());
        Vault laptop = createVault(tmp.path() + "/keyonly/laptop");
        restoreReviewCircle(laptop.db(), keyOnly, "board passphrase", world.target.address(), kNow);
        const PullReport pulled = pullEnvelopes(laptop.db(), world.target, kNow + 1);
        QCOMPARE(pulled.accepted, 0);
        QCOMPARE(pulled.rejected.size(), 1u);
        QCOMPARE(toString(pulled.rejected[0].reason), toString(RejectReason::UnknownDevice));
    }

    void aRevocationInEitherCopyWins()
    {
        BackupWorld world(tmp.path() + "/merge");
        // An early backup: devices 0 and 1 active, 2 revoked at 5000.
        const QByteArray early =
            backupReviewCircle(world.review.db(), "board passphrase", sync::KdfCost::minimal());
        Vault laptop = createVault(tmp.path() + "/merge/laptop");
        restoreReviewCircle(laptop.db(), early, "board passphrase", world.target.address(), 10);

        // The laptop revokes device 0; the first review revokes device 1 (later) and device 2
        // again (the first time stays), then a newer backup is restored on the laptop.
        Roster(laptop.db()).revoke(world.deviceIds[0], 6'000);
        Roster(world.review.db()).revoke(world.deviceIds[1], 7'000);
        const QByteArray later =
            backupReviewCircle(world.review.db(), "board passphrase", sync::KdfCost::minimal());
        RosterMergeReport report;
        const ReviewCircle circle = restoreReviewCircle(laptop.db(), later, "board passphrase",
                                                        "/ignored/for/a/known/circle", 20, &report);
        QCOMPARE(circle.targetUrl, world.target.address()); // the laptop's circle is kept
        QCOMPARE(report.added, 0);
        QCOMPARE(report.revoked, 1);
        QCOMPARE(report.unchanged, 2);
        const std::map<QString, qint64> expected = {
            {world.deviceIds[0], 6'000}, {world.deviceIds[1], 7'000}, {world.deviceIds[2], 5'000}};
        QCOMPARE(rosterState(laptop.db()), expected);
    }

    void badFilesChangeNothingInTheVault()
    {
        BackupWorld world(tmp.path() + "/atomic");
        const QByteArray early =
            backupReviewCircle(world.review.db(), "board passphrase", sync::KdfCost::minimal());
        Vault laptop = createVault(tmp.path() + "/atomic/laptop");
        Vault empty = createVault(tmp.path() + "/atomic/empty");
        restoreReviewCircle(laptop.db(), early, "board passphrase", world.target.address(), 10);
        Roster(world.review.db()).revoke(world.deviceIds[0], 8'000);
        const QByteArray later =
            backupReviewCircle(world.review.db(), "board passphrase", sync::KdfCost::minimal());
        const std::map<QString, qint64> before = rosterState(laptop.db());

        QByteArray tampered = later;
        const qsizetype at = tampered.indexOf("\"payload\": \"") + 30;
        tampered[at] = tampered[at] == 'x' ? 'y' : 'x';
        const std::pair<QByteArray, std::string> bad[] = {{later, "wrong passphrase"},
                                                          {later.left(200), "board passphrase"},
                                                          {tampered, "board passphrase"}};
        for (const auto &[file, passphrase] : bad) {
            for (Vault *vault : {&laptop, &empty}) {
                QVERIFY_THROWS_EXCEPTION(
                    SyncError,
                    restoreReviewCircle(vault->db(), file, passphrase, world.target.address(), 30));
            }
            QCOMPARE(rosterState(laptop.db()), before);
            QVERIFY(!loadReviewCircle(empty.db()));
            QCOMPARE(Roster(empty.db()).all().size(), 0u);
        }
    }

    void anotherCircleIsRefusedAndKept()
    {
        BackupWorld world(tmp.path() + "/other");
        const QByteArray backup =
            backupReviewCircle(world.review.db(), "board passphrase", sync::KdfCost::minimal());
        Vault laptop = createVault(tmp.path() + "/other/laptop");
        const ReviewCircle own = createReviewCircle(laptop.db(), tmp.path() + "/other/own", 1);
        try {
            restoreReviewCircle(laptop.db(), backup, "board passphrase", "/x", 2);
            QFAIL("restored over another circle");
        } catch (const SyncError &error) {
            QCOMPARE(static_cast<int>(error.kind()), static_cast<int>(SyncErrorKind::Config));
            QVERIFY2(QString(error.what()).contains("already holds review circle"), error.what());
        }
        QCOMPARE(loadReviewCircle(laptop.db())->circleId, own.circleId);
        QCOMPARE(Roster(laptop.db()).all().size(), 0u);
    }
};

QTEST_GUILESS_MAIN(TestReviewRestore)
#include "tst_review_restore.moc"
