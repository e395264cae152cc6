// Shared photos (vault/evidence_sharing.h) on a real encrypted vault: only photos, within the
// caps, replaced on a second share, gone with unshare or with the photo, and kept across a lock.
#include "vault/evidence_sharing.h"
#include "vault/vault.h"
#include "vault/walk_store.h"
#include "vault_fixtures.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace its;

namespace {

std::vector<unsigned char> bytes(std::size_t size, unsigned char fill)
{
    return std::vector<unsigned char>(size, fill);
}

} // namespace

class TestEvidenceSharing : public QObject
{
    Q_OBJECT
    QTemporaryDir tmp_;

    struct Fixture
    {
        CreatedVault created;
        std::string walk;
        std::string contact;
    };

    Fixture fixture(const char *name)
    {
        Fixture f{
            Vault::create(tmp_.path().toStdString() + "/" + name, "pw", KdfCost::Test), {}, {}};
        WalkStore walks(f.created.vault.db());
        f.walk = walks.createWalk(testing::sampleTemplate(), "p", testing::at(1));
        f.contact = walks.startContact(f.walk, "call", testing::at(2));
        return f;
    }

private slots:
    void initTestCase() { QVERIFY(tmp_.isValid()); }

    void sharedCopyTravelsWithCaptionAndContact()
    {
        Fixture f = fixture("share");
        Database &db = f.created.vault.db();
        EvidenceStore store(db);
        const std::string photo = store.put(f.walk, f.contact, EvidenceKind::Photo, "image/jpeg",
                                            bytes(5000, 1), 10, EvidenceNote{"Scaffale", 1000});
        const std::string other =
            store.put(f.walk, std::nullopt, EvidenceKind::Photo, "image/jpeg", bytes(10, 2), 11);
        QVERIFY(!isEvidenceShared(db, photo));
        QVERIFY(sharedPhotos(db, f.walk).empty());

        shareEvidence(db, photo, "image/jpeg", bytes(800, 3), 42);
        QVERIFY(isEvidenceShared(db, photo));
        QVERIFY(!isEvidenceShared(db, other));
        std::vector<SharedPhoto> shared = sharedPhotos(db, f.walk);
        QCOMPARE(shared.size(), std::size_t{1});
        QCOMPARE(shared[0].info.id, photo);
        QCOMPARE(shared[0].info.caption, std::string("Scaffale"));
        QCOMPARE(shared[0].info.contactId, std::optional<std::string>(f.contact));
        QCOMPARE(shared[0].confirmedAtMs, std::int64_t{42});
        QVERIFY(shared[0].bytes == bytes(800, 3));

        shareEvidence(db, photo, "image/jpeg", bytes(700, 4), 43); // replaces the copy
        shared = sharedPhotos(db, f.walk);
        QCOMPARE(shared.size(), std::size_t{1});
        QVERIFY(shared[0].bytes == bytes(700, 4));

        const std::string dir = tmp_.path().toStdString() + "/share";
        f.created.vault.lock();
        Vault again = Vault::unlock(dir, "pw");
        QCOMPARE(sharedPhotos(again.db(), f.walk).size(), std::size_t{1});
        unshareEvidence(again.db(), photo);
        QVERIFY(sharedPhotos(again.db(), f.walk).empty());
        unshareEvidence(again.db(), photo); // not shared: nothing happens
        QVERIFY(EvidenceStore(again.db()).read(photo) == bytes(5000, 1)); // the photo stays
    }

    void voiceNeverLeavesAndCapsHold()
    {
        Fixture f = fixture("caps");
        Database &db = f.created.vault.db();
        EvidenceStore store(db);
        const std::string memo =
            store.put(f.walk, f.contact, EvidenceKind::Voice, "audio/ogg", bytes(100, 1), 1);
        ITS_VERIFY_VAULT_ERROR(shareEvidence(db, memo, "audio/ogg", bytes(100, 1), 2),
                               VaultErrorCode::InvalidInput);
        const std::string big =
            store.put(f.walk, f.contact, EvidenceKind::Photo, "image/jpeg", bytes(100, 1), 1);
        ITS_VERIFY_VAULT_ERROR(
            shareEvidence(db, big, "image/jpeg", bytes(kMaxSharedPhotoBytes + 1, 1), 2),
            VaultErrorCode::InvalidInput);
        ITS_VERIFY_VAULT_ERROR(shareEvidence(db, big, "image/jpeg", {}, 2),
                               VaultErrorCode::InvalidInput);
        ITS_VERIFY_VAULT_ERROR(shareEvidence(db, "no-such-id", "image/jpeg", bytes(10, 1), 2),
                               VaultErrorCode::NotFound);
        shareEvidence(db, big, "image/jpeg", bytes(kMaxSharedPhotoBytes, 1), 2); // at the cap
        for (int i = 1; i < kMaxSharedPhotosPerWalk; ++i) {
            const std::string id =
                store.put(f.walk, std::nullopt, EvidenceKind::Photo, "image/jpeg", bytes(9, 1), 3);
            shareEvidence(db, id, "image/jpeg", bytes(9, 1), 4);
        }
        const std::string oneTooMany =
            store.put(f.walk, std::nullopt, EvidenceKind::Photo, "image/jpeg", bytes(9, 1), 5);
        ITS_VERIFY_VAULT_ERROR(shareEvidence(db, oneTooMany, "image/jpeg", bytes(9, 1), 6),
                               VaultErrorCode::InvalidInput);
        QCOMPARE(sharedPhotos(db, f.walk).size(), std::size_t(kMaxSharedPhotosPerWalk));
        shareEvidence(db, big, "image/jpeg", bytes(10, 2), 7); // replacing one is not one more
        QVERIFY(!isEvidenceShared(db, oneTooMany));
    }

    void deletingThePhotoDeletesItsCopy()
    {
        Fixture f = fixture("delete");
        Database &db = f.created.vault.db();
        EvidenceStore store(db);
        const std::string photo =
            store.put(f.walk, f.contact, EvidenceKind::Photo, "image/jpeg", bytes(50, 1), 1);
        shareEvidence(db, photo, "image/jpeg", bytes(20, 1), 2);
        store.remove(photo);
        Statement left = db.prepare("SELECT COUNT(*) FROM evidence_shared");
        QVERIFY(left.step());
        QCOMPARE(left.columnInt64(0), std::int64_t{0});
    }
};

QTEST_GUILESS_MAIN(TestEvidenceSharing)
#include "tst_evidence_sharing.moc"
