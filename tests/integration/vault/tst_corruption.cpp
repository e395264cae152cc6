// Damaged files give clear errors and are never overwritten: a tampered or truncated vault.db,
// a malformed or missing vault.keys.json.
#include "vault/evidence_store.h"
#include "vault/key_file.h"
#include "vault/vault.h"
#include "vault/walk_store.h"
#include "vault_fixtures.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace its;
using testing::hashFolder;

class TestCorruption : public QObject
{
    Q_OBJECT
    QTemporaryDir tmp_;
    int counter_ = 0;

    // A closed vault with enough pages that its middle is live data.
    std::filesystem::path makeVault()
    {
        const auto dir =
            std::filesystem::path(tmp_.path().toStdString()) / ("v" + std::to_string(++counter_));
        CreatedVault created = Vault::create(dir, "pw", KdfCost::Test);
        WalkStore walks(created.vault.db());
        const std::string walk = walks.createWalk(testing::sampleTemplate(), "p", testing::at(1));
        for (int c = 0; c < 3; ++c) {
            const std::string contact = walks.startContact(walk, "call", testing::at(10 + c));
            for (int i = 0; i < 10; ++i)
                walks.appendPhaseEvent(contact, i % 2 ? "hold" : "talking", testing::at(100 + i));
        }
        // Bulk in one transaction: a 300 KB photo spreads live pages across the file.
        EvidenceStore(created.vault.db())
            .put(walk, std::nullopt, EvidenceKind::Photo, "image/jpeg",
                 std::vector<unsigned char>(300 * 1024, 0x42), 5);
        return dir;
    }
    static QString dbFile(const std::filesystem::path &dir)
    {
        return QString::fromStdString((dir / "vault.db").string());
    }
    static QString keyFile(const std::filesystem::path &dir)
    {
        return QString::fromStdString((dir / "vault.keys.json").string());
    }
    static void expectCorrupt(const std::filesystem::path &dir, const char *mustMention)
    {
        try {
            Vault::unlock(dir, "pw");
            QFAIL("a damaged vault was opened");
        } catch (const VaultError &e) {
            qInfo("%s", e.what());
            QVERIFY2(e.code() == VaultErrorCode::Corrupt, e.what());
            QVERIFY2(QString(e.what()).contains(mustMention), e.what());
        }
    }

private slots:
    void initTestCase() { QVERIFY(tmp_.isValid()); }

    void tamperedDatabaseIsCorruptAndUntouched()
    {
        const auto dir = makeVault();
        QByteArray bytes = testing::readFile(dbFile(dir));
        QVERIFY(bytes.size() > 16 * 1024);
        const qsizetype middle = bytes.size() / 2;
        for (qsizetype i = middle; i < middle + 16; ++i)
            bytes[i] = static_cast<char>(bytes[i] ^ 0x5a);
        QVERIFY(testing::writeFile(dbFile(dir), bytes));
        const auto before = hashFolder(QString::fromStdString(dir.string()));
        expectCorrupt(dir, "vault.db");
        QCOMPARE(testing::readFile(dbFile(dir)), bytes);
        QCOMPARE(hashFolder(QString::fromStdString(dir.string())), before);
    }

    void truncatedDatabaseIsCorruptAndUntouched_data()
    {
        QTest::addColumn<double>("keep");
        QTest::newRow("half") << 0.5;
        QTest::newRow("mid-page") << 0.37;
        QTest::newRow("header only") << 0.0;
    }
    void truncatedDatabaseIsCorruptAndUntouched()
    {
        QFETCH(double, keep);
        const auto dir = makeVault();
        QByteArray bytes = testing::readFile(dbFile(dir));
        bytes.truncate(keep == 0.0
                           ? 100
                           : static_cast<qsizetype>(static_cast<double>(bytes.size()) * keep) + 7);
        QVERIFY(testing::writeFile(dbFile(dir), bytes));
        expectCorrupt(dir, "vault.db");
        QCOMPARE(testing::readFile(dbFile(dir)), bytes);
    }

    void wrongKeyOnDatabaseIsCorruptAndUntouched()
    {
        const auto dir = makeVault();
        const QByteArray before = testing::readFile(dbFile(dir));
        const SecureKey wrong = SecureKey::random();
        ITS_VERIFY_VAULT_ERROR(Database::open(dir / "vault.db", &wrong, false),
                               VaultErrorCode::Corrupt);
        QCOMPARE(testing::readFile(dbFile(dir)), before);
    }

    void malformedKeyFileGivesAClearError_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("\x00\x01garbage", 9);
        QTest::newRow("truncated json") << QByteArray("{\"format\": \"intheirshoes.vault-keys\",");
        QTest::newRow("wrong shape") << QByteArray("{\"format\": \"intheirshoes.vault-keys\","
                                                   " \"version\": 1}");
    }
    void malformedKeyFileGivesAClearError()
    {
        QFETCH(QByteArray, content);
        const auto dir = makeVault();
        QVERIFY(testing::writeFile(keyFile(dir), content));
        const auto before = hashFolder(QString::fromStdString(dir.string()));
        expectCorrupt(dir, "vault.keys.json");
        QCOMPARE(hashFolder(QString::fromStdString(dir.string())), before);
    }

    void flippedBitInWrappedKeyIsRejected()
    {
        const auto dir = makeVault();
        QByteArray json = testing::readFile(keyFile(dir));
        const qsizetype sealed = json.indexOf("\"sealed\": \"") + 11;
        json[sealed] = json[sealed] == 'A' ? 'B' : 'A';
        QVERIFY(testing::writeFile(keyFile(dir), json));
        // The AEAD tag catches it; to the user this is indistinguishable from a wrong passphrase.
        ITS_VERIFY_VAULT_ERROR(Vault::unlock(dir, "pw"), VaultErrorCode::WrongPassphrase);
    }

    void missingFilesAreNamed()
    {
        const auto dir = makeVault();
        QVERIFY(QFile::remove(keyFile(dir)));
        try {
            Vault::unlock(dir, "pw");
            QFAIL("opened a vault without its key file");
        } catch (const VaultError &e) {
            QVERIFY(e.code() == VaultErrorCode::NotFound);
            QVERIFY2(QString(e.what()).contains("vault.keys.json is missing"), e.what());
        }
        // A missing vault.db next to the key file: see emptyOrMissingDatabaseIsDamaged...
    }

    // A key file next to a missing or empty vault.db is a damaged vault, never a new one: the
    // empty file is not rewritten (same bytes, same mtime), nothing is added next to it, and
    // the message points to the backup.
    void emptyOrMissingDatabaseIsDamagedAndNotRecreated_data()
    {
        QTest::addColumn<bool>("missing");
        QTest::newRow("empty vault.db") << false;
        QTest::newRow("missing vault.db") << true;
    }
    void emptyOrMissingDatabaseIsDamagedAndNotRecreated()
    {
        QFETCH(bool, missing);
        const auto dir = makeVault();
        if (missing)
            QVERIFY(QFile::remove(dbFile(dir)));
        else
            QVERIFY(testing::writeFile(dbFile(dir), {}));
        std::filesystem::file_time_type mtime;
        if (!missing) {
            mtime = std::filesystem::file_time_type::clock::now() - std::chrono::hours(30);
            std::filesystem::last_write_time(dir / "vault.db", mtime);
        }
        const auto before = hashFolder(QString::fromStdString(dir.string()));
        QVERIFY(Vault::damaged(dir));
        expectCorrupt(dir, "vault damaged");
        expectCorrupt(dir, "backup");
        try {
            Vault::recover(dir, "0000-0000-0000-0000-0000-0000-0000", "new pw");
            QFAIL("recovered a vault without its data");
        } catch (const VaultError &e) {
            QVERIFY2(e.code() == VaultErrorCode::Corrupt, e.what());
        }
        ITS_VERIFY_VAULT_ERROR(Vault::create(dir, "pw", KdfCost::Test),
                               VaultErrorCode::AlreadyExists);
        QCOMPARE(hashFolder(QString::fromStdString(dir.string())), before);
        QCOMPARE(QFile::exists(dbFile(dir)), !missing); // never silently re-created
        if (!missing) {
            QCOMPARE(QFileInfo(dbFile(dir)).size(), 0);
            QVERIFY(std::filesystem::last_write_time(dir / "vault.db") == mtime);
        }
    }

    void intactVaultIsNotDamaged()
    {
        const auto dir = makeVault();
        QVERIFY(!Vault::damaged(dir));
        QVERIFY(!Vault::damaged(dir / "no-vault-here"));
    }

    // The integrity check's findings (dozens of raw lines) are the detail, not the message.
    void integrityFindingsAreDetailNotMessage()
    {
        const auto dir = makeVault();
        QByteArray bytes = testing::readFile(dbFile(dir));
        for (qsizetype i = 3 * 4096 + 100; i < 3 * 4096 + 116; ++i)
            bytes[i] = static_cast<char>(bytes[i] ^ 0x5a);
        QVERIFY(testing::writeFile(dbFile(dir), bytes));
        try {
            Vault::unlock(dir, "pw");
            QFAIL("a damaged vault was opened");
        } catch (const VaultError &e) {
            QVERIFY2(e.code() == VaultErrorCode::Corrupt, e.what());
            QVERIFY2(!QString(e.what()).contains('\n'), e.what());
            QVERIFY2(!QString(e.what()).contains("Page "), e.what());
            QVERIFY2(QString(e.what()).contains("backup"), e.what());
            QVERIFY2(QString::fromStdString(e.detail()).contains("Page "), e.detail().c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestCorruption)
#include "tst_corruption.moc"
