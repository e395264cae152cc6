// Walk archives (vault/walk_archive.h) between two real vaults: the walk, its photos and memos
// and the shared copies come back whole; the archive holds none of them in the clear; a wrong
// passphrase, a flipped byte, a cut file, a changed header, an empty file and a walk already in
// the vault are each a clear error that writes nothing.
#include "vault/evidence_policy.h"
#include "vault/evidence_sharing.h"
#include "vault/vault.h"
#include "vault/vault_error.h"
#include "vault/walk_archive.h"
#include "vault/walk_store.h"
#include "vault_fixtures.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace its;

namespace {

std::vector<unsigned char> pattern(std::size_t size, unsigned seed)
{
    std::vector<unsigned char> bytes(size);
    for (std::size_t i = 0; i < size; ++i)
        bytes[i] = static_cast<unsigned char>((i * 131 + seed * 7) % 251);
    return bytes;
}

std::size_t rowCount(Database &db, const char *table)
{
    Statement count = db.prepare(std::string("SELECT COUNT(*) FROM ") + table);
    count.step();
    return static_cast<std::size_t>(count.columnInt64(0));
}

} // namespace

class TestWalkArchive : public QObject
{
    Q_OBJECT
    QTemporaryDir tmp_;
    std::string archive_;
    std::string walk_;
    std::vector<unsigned char> photo_ = pattern(600'000, 1); // three chunks
    std::vector<unsigned char> memo_ = pattern(90'000, 2);
    std::vector<unsigned char> copy_ = pattern(20'000, 3);

    Vault freshVault(const char *name)
    {
        return std::move(
            Vault::create(tmp_.path().toStdString() + "/" + name, "pw", KdfCost::Test).vault);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(tmp_.isValid());
        Vault source = freshVault("source");
        WalkStore walks(source.db());
        walk_ = walks.createWalk(testing::sampleTemplate(), "p", testing::at(1000));
        const std::string contact = walks.startContact(walk_, "call", testing::at(2000));
        walks.closeContact(contact, Outcome::Resolved, testing::at(3000));
        walks.finishWalk(walk_, testing::at(4000));
        EvidenceStore store(source.db());
        const std::string photo = store.put(walk_, contact, EvidenceKind::Photo, "image/jpeg",
                                            photo_, 2500, EvidenceNote{"Scaffale", 500});
        store.put(walk_, contact, EvidenceKind::Voice, "audio/ogg; codecs=opus", memo_, 2600,
                  EvidenceNote{"Dopo la chiamata", 600});
        shareEvidence(source.db(), photo, "image/jpeg", copy_, 2700);
        EvidencePolicy policy(source.db());
        policy.recordConsent(contact, "call_audio", "it", "La chiamata è in vivavoce",
                             testing::at(2100));
        policy.recordConsent(contact, "call_audio", "en", "This call is on speaker",
                             testing::at(2200));
        archive_ = exportWalkArchive(source.db(), walk_, "backup words", KdfCost::Test);
        QVERIFY(looksLikeWalkArchive(archive_));
        QVERIFY(!looksLikeWalkArchive(R"({"format":"intheirshoes.walk"})"
                                      "\n{}"));
    }

    void restoresWalkEvidenceAndSharedCopies()
    {
        Vault target = freshVault("target");
        const ArchiveRestore restored = importWalkArchive(target.db(), archive_, "backup words");
        QCOMPARE(restored.walkId, walk_);
        QCOMPARE(restored.evidence, 2);
        const Walk walk = WalkStore(target.db()).loadWalk(walk_);
        QCOMPARE(walk.contacts.size(), std::size_t(1));
        EvidenceStore store(target.db());
        const std::vector<EvidenceInfo> items = store.list(walk_);
        QCOMPARE(items.size(), std::size_t(2));
        QVERIFY(store.read(items[0].id) == photo_);
        QCOMPARE(items[0].caption, std::string("Scaffale"));
        QCOMPARE(items[0].contactOffsetMs, std::optional<std::int64_t>(500));
        QCOMPARE(items[0].contactId, std::optional<std::string>(walk.contacts[0].id));
        QVERIFY(store.read(items[1].id) == memo_);
        QVERIFY(items[1].kind == EvidenceKind::Voice);
        const std::vector<SharedPhoto> shared = sharedPhotos(target.db(), walk_);
        QCOMPARE(shared.size(), std::size_t(1));
        QCOMPARE(shared[0].info.id, items[0].id);
        QVERIFY(shared[0].bytes == copy_);

        // The contact's consent log comes back as it was noted: sentence, language, time.
        const std::vector<ConsentRecord> consents =
            EvidencePolicy(target.db()).consents(walk.contacts[0].id);
        QCOMPARE(consents.size(), std::size_t(2));
        QCOMPARE(consents[0].sentence, std::string("La chiamata è in vivavoce"));
        QCOMPARE(consents[0].language, std::string("it"));
        QCOMPARE(consents[0].kind, std::string("call_audio"));
        QCOMPARE(consents[0].at.wallMs, testing::at(2100).wallMs);
        QCOMPARE(consents[0].at.monoMs, testing::at(2100).monoMs);
        QCOMPARE(consents[0].at.anchor, testing::at(2100).anchor);
        QCOMPARE(consents[1].sentence, std::string("This call is on speaker"));
        QCOMPARE(consents[1].seq, std::int64_t(2));
    }

    void archiveHoldsNothingInTheClear()
    {
        const std::string body = archive_.substr(archive_.find('\n') + 1);
        for (const auto *marker :
             {"Scaffale", "Dopo la chiamata", "Disdetta", "telco-cancel", "vivavoce"})
            QVERIFY2(archive_.find(marker) == std::string::npos, marker);
        const std::string photoStart(photo_.begin(), photo_.begin() + 64);
        QVERIFY(body.find(photoStart) == std::string::npos);
    }

    void badArchivesWriteNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<int>("code");
        const QByteArray good = QByteArray::fromStdString(archive_);
        const int wrong = int(VaultErrorCode::WrongPassphrase);
        const int corrupt = int(VaultErrorCode::Corrupt);
        QByteArray flipped = good;
        flipped[flipped.size() - 100] = char(flipped[flipped.size() - 100] ^ 0x01);
        QByteArray header = good;
        header.replace("\"opslimit\":1", "\"opslimit\":2"); // the header is authenticated
        QByteArray newer = good;
        newer.replace("\"version\":" + QByteArray::number(kWalkArchiveVersion), "\"version\":9");
        QTest::newRow("wrong passphrase") << good << "other words" << wrong;
        QTest::newRow("flipped byte") << flipped << "backup words" << wrong;
        QTest::newRow("cut short") << good.left(good.size() / 2) << "backup words" << wrong;
        QTest::newRow("changed header") << header << "backup words" << wrong;
        QTest::newRow("newer version")
            << newer << "backup words" << int(VaultErrorCode::UnsupportedVersion);
        QTest::newRow("empty") << QByteArray() << "backup words" << corrupt;
        QTest::newRow("not an archive")
            << QByteArray("{\"format\":\"x\"}\nzz") << "backup words" << corrupt;
        QTest::newRow("header only")
            << good.left(good.indexOf('\n') + 1) << "backup words" << corrupt;
    }

    void badArchivesWriteNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, passphrase);
        QFETCH(int, code);
        Vault target = freshVault(QTest::currentDataTag());
        try {
            importWalkArchive(target.db(), bytes.toStdString(), passphrase.toStdString());
            QFAIL("accepted");
        } catch (const VaultError &error) {
            QCOMPARE(int(error.code()), code);
        }
        QCOMPARE(rowCount(target.db(), "walks"), std::size_t(0));
        QCOMPARE(rowCount(target.db(), "evidence"), std::size_t(0));
        QCOMPARE(rowCount(target.db(), "evidence_chunks"), std::size_t(0));
    }

    // The walk is there already: refused, and neither the walk nor its evidence is doubled.
    void existingWalkIsNotOverwritten()
    {
        Vault target = freshVault("twice");
        importWalkArchive(target.db(), archive_, "backup words");
        try {
            importWalkArchive(target.db(), archive_, "backup words");
            QFAIL("accepted twice");
        } catch (const VaultError &error) {
            QCOMPARE(int(error.code()), int(VaultErrorCode::AlreadyExists));
        }
        QCOMPARE(rowCount(target.db(), "evidence"), std::size_t(2));
        QCOMPARE(rowCount(target.db(), "evidence_shared"), std::size_t(1));
    }

    // Transactions nest as savepoints: an inner rollback keeps the outer work, an outer
    // rollback takes the inner's committed work with it. A restore relies on this to store the
    // walk and every item (each its own transaction) all or nothing.
    void nestedRollbackLeavesTheOuterTransaction()
    {
        Vault target = freshVault("nested");
        {
            Transaction outer(target.db());
            WalkStore(target.db()).createWalk(testing::sampleTemplate(), "p", testing::at(1));
            {
                Transaction inner(target.db());
                WalkStore(target.db()).createWalk(testing::sampleTemplate(), "q", testing::at(2));
                // not committed: rolled back to the savepoint
            }
            QCOMPARE(rowCount(target.db(), "walks"), std::size_t(1));
            outer.commit();
        }
        QCOMPARE(rowCount(target.db(), "walks"), std::size_t(1));
        {
            Transaction outer(target.db());
            WalkStore(target.db()).createWalk(testing::sampleTemplate(), "r", testing::at(3));
        }
        QCOMPARE(rowCount(target.db(), "walks"), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestWalkArchive)
#include "tst_walk_archive.moc"
