// TemplateStore and EvidenceStore on a real encrypted vault.
#include "vault/evidence_store.h"
#include "vault/template_store.h"
#include "vault/vault.h"
#include "vault/walk_store.h"
#include "vault_fixtures.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace its;

class TestTemplateEvidence : public QObject
{
    Q_OBJECT
    QTemporaryDir tmp_;
    std::unique_ptr<Vault> vault_;

    static std::vector<unsigned char> pseudoRandom(std::size_t size)
    {
        std::vector<unsigned char> bytes(size);
        std::uint32_t x = 2463534242u;
        for (auto &b : bytes) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            b = static_cast<unsigned char>(x);
        }
        return bytes;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(tmp_.isValid());
        vault_ = std::make_unique<Vault>(
            Vault::create(tmp_.path().toStdString() + "/v", "pw", KdfCost::Test).vault);
    }
    void cleanupTestCase() { vault_.reset(); }

    void templatesSaveListLoadRemove()
    {
        TemplateStore templates(vault_->db());
        JourneyTemplate telco = testing::sampleTemplate("telco");
        JourneyTemplate bank = testing::sampleTemplate("bank");
        bank.name = "Apertura conto";
        bank.sector = "bank";
        templates.save(telco, 100);
        templates.save(bank, 200);
        auto list = templates.list();
        QCOMPARE(list.size(), std::size_t{2});
        QCOMPARE(list[0].id, std::string("bank")); // by name: "Apertura" < "Disdetta"
        QCOMPARE(list[1].channels, (std::vector<Channel>{Channel::Phone, Channel::Email}));
        QCOMPARE(list[1].importedAtMs, 100);

        telco.revision = 2;
        telco.name = "Disdetta (v2)";
        templates.save(telco, 300); // replaces
        QCOMPARE(templates.list().size(), std::size_t{2});
        const JourneyTemplate loaded = templates.load("telco");
        QCOMPARE(loaded.revision, 2);
        QCOMPARE(loaded.name, telco.name);
        QCOMPARE(loaded.touchpoints().size(), std::size_t{2});
        QCOMPARE(testing::nameOf(loaded.findTouchpoint("call")->criteria.at(1).kind),
                 testing::nameOf(CriterionKind::Delighter));

        templates.remove("bank");
        QVERIFY(!templates.contains("bank"));
        ITS_VERIFY_VAULT_ERROR(templates.load("bank"), VaultErrorCode::NotFound);
        ITS_VERIFY_VAULT_ERROR(templates.remove("bank"), VaultErrorCode::NotFound);
        ITS_VERIFY_VAULT_ERROR(templates.save(JourneyTemplate{}, 1), VaultErrorCode::InvalidInput);
    }

    // The starter journeys ship in Italian and English under one id: both are kept, load picks
    // the language asked for (else the first by code), and removing the journey removes both.
    void oneJourneyInTwoLanguages()
    {
        TemplateStore templates(vault_->db());
        JourneyTemplate english = testing::sampleTemplate("two-languages");
        english.language = "en";
        english.name = "Leaving";
        JourneyTemplate italian = english;
        italian.language = "it";
        italian.name = "Andarsene";
        templates.save(italian, 1);
        templates.save(english, 2);
        std::size_t rows = 0;
        for (const TemplateHeader &header : templates.list())
            rows += header.id == "two-languages";
        QCOMPARE(rows, std::size_t{2});
        QCOMPARE(templates.load("two-languages", "it").name, italian.name);
        QCOMPARE(templates.load("two-languages", "en").name, english.name);
        QCOMPARE(templates.load("two-languages", "de").name, english.name); // "en" < "it"
        QCOMPARE(templates.load("two-languages").name, english.name);

        italian.name = "Andarsene (v2)";
        templates.save(italian, 3); // replaces the Italian one only
        QCOMPARE(templates.load("two-languages", "it").name, italian.name);
        QCOMPARE(templates.load("two-languages", "en").name, english.name);

        templates.remove("two-languages");
        QVERIFY(!templates.contains("two-languages"));
        ITS_VERIFY_VAULT_ERROR(templates.load("two-languages", "it"), VaultErrorCode::NotFound);
    }

    void damagedTemplateJsonIsReportedAsCorrupt()
    {
        TemplateStore templates(vault_->db());
        templates.save(testing::sampleTemplate("broken"), 1);
        vault_->db().exec("UPDATE templates SET json = '{\"format\": 1' WHERE id = 'broken'");
        ITS_VERIFY_VAULT_ERROR(templates.load("broken"), VaultErrorCode::Corrupt);
    }

    void threeMegabytesRoundTripInChunks()
    {
        WalkStore walks(vault_->db());
        const std::string walk = walks.createWalk(testing::sampleTemplate(), "p", testing::at(1));
        const std::string contact = walks.startContact(walk, "call", testing::at(2));
        const auto blob = pseudoRandom(3 * 1024 * 1024 + 123);
        EvidenceStore evidence(vault_->db());
        const std::string id =
            evidence.put(walk, contact, EvidenceKind::Voice, "audio/ogg", blob, 1234);

        const EvidenceInfo info = evidence.info(id);
        QCOMPARE(info.size, static_cast<std::int64_t>(blob.size()));
        QCOMPARE(info.contactId, std::optional<std::string>(contact));
        QCOMPARE(testing::nameOf(info.kind), testing::nameOf(EvidenceKind::Voice));
        const QByteArray expectedHash =
            QCryptographicHash::hash(
                QByteArrayView(blob.data(), static_cast<qsizetype>(blob.size())),
                QCryptographicHash::Sha256)
                .toHex();
        QCOMPARE(QByteArray::fromStdString(info.sha256Hex), expectedHash);
        QCOMPARE(vault_->db().queryInt64(
                     "SELECT count(*) FROM evidence_chunks WHERE evidence_id = '" + id + "'"),
                 13); // 12 full 256 KiB chunks + the remainder
        QCOMPARE(vault_->db().queryInt64("SELECT max(length(data)) FROM evidence_chunks"),
                 static_cast<std::int64_t>(EvidenceStore::kChunkSize));
        QVERIFY(evidence.read(id) == blob);
        QCOMPARE(evidence.list(walk).size(), std::size_t{1});
    }

    void readerWithShortReadsIsChunkedToo()
    {
        WalkStore walks(vault_->db());
        const std::string walk = walks.createWalk(testing::sampleTemplate(), "p", testing::at(1));
        const auto blob = pseudoRandom(700'000);
        std::size_t offset = 0;
        const EvidenceStore::Reader reader = [&](std::span<unsigned char> buffer) {
            const std::size_t n = std::min({buffer.size(), blob.size() - offset, std::size_t{999}});
            std::copy_n(blob.begin() + static_cast<std::ptrdiff_t>(offset), n, buffer.begin());
            offset += n;
            return n;
        };
        EvidenceStore evidence(vault_->db());
        const std::string id =
            evidence.put(walk, std::nullopt, EvidenceKind::Photo, "image/jpeg", reader, 5);
        QVERIFY(evidence.read(id) == blob);
        QVERIFY(!evidence.info(id).contactId.has_value());
    }

    // Caption and time on the contact's timeline round-trip; a time needs a contact and must
    // not be negative, and a refused item leaves nothing behind.
    void captionAndTimelineOffset()
    {
        WalkStore walks(vault_->db());
        const std::string walk = walks.createWalk(testing::sampleTemplate(), "p", testing::at(1));
        const std::string contact = walks.startContact(walk, "call", testing::at(2));
        EvidenceStore evidence(vault_->db());
        const auto blob = pseudoRandom(1000);
        const std::string id = evidence.put(walk, contact, EvidenceKind::Photo, "image/jpeg", blob,
                                            7, EvidenceNote{"Scaffale promo", 90'500});
        QCOMPARE(evidence.info(id).caption, std::string("Scaffale promo"));
        QCOMPARE(evidence.list(walk).at(0).contactOffsetMs, std::optional<std::int64_t>(90'500));
        const std::string plain =
            evidence.put(walk, std::nullopt, EvidenceKind::Photo, "image/jpeg", blob, 8);
        QVERIFY(evidence.info(plain).caption.empty());
        QVERIFY(!evidence.info(plain).contactOffsetMs.has_value());
        ITS_VERIFY_VAULT_ERROR(evidence.put(walk, std::nullopt, EvidenceKind::Photo, "image/jpeg",
                                            blob, 9, EvidenceNote{"x", 5}),
                               VaultErrorCode::InvalidInput);
        ITS_VERIFY_VAULT_ERROR(evidence.put(walk, contact, EvidenceKind::Photo, "image/jpeg", blob,
                                            9, EvidenceNote{"x", -1}),
                               VaultErrorCode::InvalidInput);
        QCOMPARE(evidence.list(walk).size(), std::size_t{2});
    }

    // Deleting an item removes every one of its chunks and leaves the other items whole.
    void removeDeletesThatItemsChunksOnly()
    {
        WalkStore walks(vault_->db());
        const std::string walk = walks.createWalk(testing::sampleTemplate(), "p", testing::at(1));
        EvidenceStore evidence(vault_->db());
        const auto big = pseudoRandom(EvidenceStore::kChunkSize * 2 + 10);
        const auto kept = pseudoRandom(EvidenceStore::kChunkSize + 1);
        const std::string gone =
            evidence.put(walk, std::nullopt, EvidenceKind::Voice, "audio/ogg", big, 1);
        const std::string stays =
            evidence.put(walk, std::nullopt, EvidenceKind::Voice, "audio/ogg", kept, 2);
        const auto chunksOf = [&](const std::string &id) {
            return vault_->db().queryInt64(
                "SELECT count(*) FROM evidence_chunks WHERE evidence_id = '" + id + "'");
        };
        QCOMPARE(chunksOf(gone), 3);
        const std::int64_t allBefore =
            vault_->db().queryInt64("SELECT count(*) FROM evidence_chunks");
        evidence.remove(gone);
        QCOMPARE(chunksOf(gone), 0);
        QCOMPARE(vault_->db().queryInt64("SELECT count(*) FROM evidence_chunks"), allBefore - 3);
        ITS_VERIFY_VAULT_ERROR(evidence.read(gone), VaultErrorCode::NotFound);
        QVERIFY(evidence.read(stays) == kept);
        QCOMPARE(evidence.list(walk).size(), std::size_t{1});
    }

    void tamperedChunkIsDetected()
    {
        WalkStore walks(vault_->db());
        const std::string walk = walks.createWalk(testing::sampleTemplate(), "p", testing::at(1));
        EvidenceStore evidence(vault_->db());
        const std::string id = evidence.put(walk, std::nullopt, EvidenceKind::Photo, "image/png",
                                            pseudoRandom(600'000), 9);
        vault_->db().exec("UPDATE evidence_chunks SET data = zeroblob(length(data))"
                          " WHERE evidence_id = '" +
                          id + "' AND idx = 1");
        ITS_VERIFY_VAULT_ERROR(evidence.read(id), VaultErrorCode::Corrupt);
        vault_->db().exec("DELETE FROM evidence_chunks WHERE evidence_id = '" + id +
                          "' AND idx = 1");
        ITS_VERIFY_VAULT_ERROR(evidence.read(id), VaultErrorCode::Corrupt);
        evidence.remove(id);
        ITS_VERIFY_VAULT_ERROR(evidence.info(id), VaultErrorCode::NotFound);
        QCOMPARE(vault_->db().queryInt64(
                     "SELECT count(*) FROM evidence_chunks WHERE evidence_id = '" + id + "'"),
                 0);
    }

    void evidenceNeedsAnExistingWalk()
    {
        EvidenceStore evidence(vault_->db());
        const std::vector<unsigned char> bytes(10, 1);
        const auto before = vault_->db().queryInt64("SELECT count(*) FROM evidence");
        ITS_VERIFY_VAULT_ERROR(
            evidence.put("no-walk", std::nullopt, EvidenceKind::Photo, "image/png", bytes, 1),
            VaultErrorCode::NotFound);
        WalkStore walks(vault_->db());
        const std::string a = walks.createWalk(testing::sampleTemplate(), "a", testing::at(1));
        const std::string b = walks.createWalk(testing::sampleTemplate(), "b", testing::at(2));
        const std::string contactOfB = walks.startContact(b, "call", testing::at(3));
        ITS_VERIFY_VAULT_ERROR(
            evidence.put(a, contactOfB, EvidenceKind::Photo, "image/png", bytes, 1),
            VaultErrorCode::InvalidInput);
        ITS_VERIFY_VAULT_ERROR(
            evidence.put(a, std::string("no-contact"), EvidenceKind::Photo, "image/png", bytes, 1),
            VaultErrorCode::NotFound);
        QCOMPARE(vault_->db().queryInt64("SELECT count(*) FROM evidence"), before);
    }
};

QTEST_GUILESS_MAIN(TestTemplateEvidence)
#include "tst_template_evidence.moc"
