// Vault create / unlock / lock / change passphrase / recover, on real SQLCipher files.
#include "vault/recovery_code.h"
#include "vault/vault.h"
#include "vault/vault_schema.h"
#include "vault/walk_store.h"
#include "vault_fixtures.h"

#include <QTemporaryDir>
#include <QtTest>
#include <sys/stat.h>

using namespace its;
using its::testing::hashFolder;

class TestVaultLifecycle : public QObject
{
    Q_OBJECT

    QTemporaryDir tmp_;
    std::filesystem::path dir(const char *name) const
    {
        return std::filesystem::path(tmp_.path().toStdString()) / name;
    }
    QString qdir(const char *name) const { return tmp_.path() + "/" + name; }

    static std::string recordWalk(Vault &vault, const std::string &persona)
    {
        WalkStore walks(vault.db());
        return walks.createWalk(testing::sampleTemplate(), persona, testing::at(1'000));
    }
    static std::string onlyPersona(Vault &&vault) { return onlyPersona(vault); }
    static std::string onlyPersona(Vault &vault)
    {
        const auto list = WalkStore(vault.db()).listWalks();
        return list.size() == 1 ? list.front().persona
                                : std::string("<") + std::to_string(list.size()) + ">";
    }

private slots:
    void initTestCase() { QVERIFY(tmp_.isValid()); }

    void createThenUnlockReadsBackData()
    {
        CreatedVault created = Vault::create(dir("a"), "s3cret passphrase", KdfCost::Test);
        QVERIFY(created.vault.isOpen());
        QVERIFY(!created.recoveryCode.empty());
        recordWalk(created.vault, "Marta");
        const std::string id = created.vault.vaultId();
        created.vault.lock();
        QVERIFY(!created.vault.isOpen());
        ITS_VERIFY_VAULT_ERROR(created.vault.db(), VaultErrorCode::Locked);

        Vault again = Vault::unlock(dir("a"), "s3cret passphrase");
        QVERIFY(again.isOpen());
        QCOMPARE(again.vaultId(), id);
        QCOMPARE(onlyPersona(again), std::string("Marta"));
        const VerifyReport report = again.verify();
        QVERIFY2(report.ok, report.integrityCheck.c_str());
        QCOMPARE(report.cipherVersion.substr(0, 2), std::string("3."));
        QCOMPARE(report.schemaVersion, latestVaultSchemaVersion()); // every migration applied
        // v2 csat, v3 moment_department, v4 templates, v5 evidence caption and timeline offset,
        // v6 shared photos
        QCOMPARE(report.schemaVersion, 6);
        QCOMPARE(report.rowCounts.at(1).first, std::string("walks"));
        QCOMPARE(report.rowCounts.at(1).second, 1);
    }

    void createRefusesAnExistingVault()
    {
        Vault::create(dir("b"), "one", KdfCost::Test).vault.lock();
        const auto before = hashFolder(qdir("b"));
        ITS_VERIFY_VAULT_ERROR(Vault::create(dir("b"), "two", KdfCost::Test),
                               VaultErrorCode::AlreadyExists);
        QCOMPARE(hashFolder(qdir("b")), before);
        ITS_VERIFY_VAULT_ERROR(Vault::create(dir("b2"), "", KdfCost::Test),
                               VaultErrorCode::InvalidInput);
    }

    void wrongPassphraseTouchesNothing()
    {
        {
            CreatedVault created = Vault::create(dir("c"), "right", KdfCost::Test);
            recordWalk(created.vault, "Luca");
        }
        const auto before = hashFolder(qdir("c"));
        QVERIFY(before.contains("vault.db"));
        QVERIFY(before.contains("vault.keys.json"));
        try {
            Vault::unlock(dir("c"), "wrong");
            QFAIL("a wrong passphrase unlocked the vault");
        } catch (const VaultError &e) {
            QCOMPARE(testing::nameOf(e.code()), testing::nameOf(VaultErrorCode::WrongPassphrase));
            QVERIFY2(QString(e.what()).contains("wrong passphrase"), e.what());
        }
        QCOMPARE(hashFolder(qdir("c")), before); // same files, same bytes, no -wal/-shm
        QCOMPARE(onlyPersona(Vault::unlock(dir("c"), "right")), std::string("Luca"));
    }

    void unlockingAMissingVaultSaysSo()
    {
        ITS_VERIFY_VAULT_ERROR(Vault::unlock(dir("nothing-here"), "pw"), VaultErrorCode::NotFound);
        QVERIFY(!QFileInfo::exists(qdir("nothing-here") + "/vault.db"));
    }

    void changePassphraseRewrapsOnly()
    {
        CreatedVault created = Vault::create(dir("d"), "old", KdfCost::Test);
        recordWalk(created.vault, "Anna");
        created.vault.lock(); // checkpoint and close so vault.db holds everything
        const QByteArray dbBefore = testing::readFile(qdir("d") + "/vault.db");
        const QByteArray keysBefore = testing::readFile(qdir("d") + "/vault.keys.json");

        ITS_VERIFY_VAULT_ERROR(created.vault.changePassphrase("not-old", "new"),
                               VaultErrorCode::WrongPassphrase);
        QCOMPARE(testing::readFile(qdir("d") + "/vault.keys.json"), keysBefore);

        created.vault.changePassphrase("old", "new");
        QCOMPARE(testing::readFile(qdir("d") + "/vault.db"), dbBefore); // not rewritten
        QVERIFY(testing::readFile(qdir("d") + "/vault.keys.json") != keysBefore);
        ITS_VERIFY_VAULT_ERROR(Vault::unlock(dir("d"), "old"), VaultErrorCode::WrongPassphrase);
        QCOMPARE(onlyPersona(Vault::unlock(dir("d"), "new")), std::string("Anna"));
        QVERIFY(!QFileInfo::exists(qdir("d") + "/vault.keys.json.tmp")); // no temp left behind
        QCOMPARE(QDir(qdir("d")).entryList({"*.tmp-*"}, QDir::Files).size(), 0);
    }

    void recoveryCodeSetsANewPassphrase()
    {
        CreatedVault created = Vault::create(dir("e"), "forgotten", KdfCost::Test);
        recordWalk(created.vault, "Paolo");
        const std::string code = created.recoveryCode;
        created.vault.lock();

        const auto before = hashFolder(qdir("e"));
        ITS_VERIFY_VAULT_ERROR(Vault::recover(dir("e"), generateWrongCode(code), "fresh"),
                               VaultErrorCode::WrongRecoveryCode);
        ITS_VERIFY_VAULT_ERROR(Vault::recover(dir("e"), "not a code", "fresh"),
                               VaultErrorCode::WrongRecoveryCode);
        QCOMPARE(hashFolder(qdir("e")), before);

        Vault recovered = Vault::recover(dir("e"), code, "fresh");
        QCOMPARE(onlyPersona(recovered), std::string("Paolo"));
        recovered.lock();
        ITS_VERIFY_VAULT_ERROR(Vault::unlock(dir("e"), "forgotten"),
                               VaultErrorCode::WrongPassphrase);
        QVERIFY(Vault::unlock(dir("e"), "fresh").isOpen());
        // The recovery code keeps working after a recovery.
        QVERIFY(Vault::recover(dir("e"), code, "fresher").isOpen());
    }

    void daysLongWaitIsTimedAcrossRestarts()
    {
        // An email sent, the app closed, the phone rebooted, the reply three days later.
        ManualClock clock;
        std::string walk, contact;
        {
            CreatedVault created = Vault::create(dir("days"), "pw", KdfCost::Test);
            WalkStore walks(created.vault.db());
            walk = walks.createWalk(testing::sampleTemplate(), "p", clock.now());
            contact = walks.startContact(walk, "mail", clock.now()); // awaiting_reply
            clock.advance(60'000);
        } // process ends: vault closed
        const std::int64_t threeDays = 3LL * 24 * 3600 * 1000;
        clock.restart(threeDays); // new boot: the monotonic clock starts over
        Vault vault = Vault::unlock(dir("days"), "pw");
        WalkStore walks(vault.db());
        const auto waits = walks.pendingWaits();
        QCOMPARE(waits.size(), std::size_t{1});
        QCOMPARE(waits[0].contactId, contact);
        QCOMPARE(waits[0].phase, std::string("awaiting_reply"));
        QCOMPARE(elapsedMs(waits[0].since, clock.now()), 60'000 + threeDays);
        walks.appendPhaseEvent(contact, "reading", clock.now());
        QVERIFY(walks.pendingWaits().empty());
        const Contact loaded = walks.loadWalk(walk).contacts.at(0);
        QCOMPARE(elapsedMs(loaded.events[0].at, loaded.events[1].at), 60'000 + threeDays);
        QVERIFY(loaded.events[0].at.anchor != loaded.events[1].at.anchor);
    }

    void storesSurviveMovingTheVault()
    {
        CreatedVault created = Vault::create(dir("move"), "pw", KdfCost::Test);
        WalkStore walks(created.vault.db());
        Vault moved = std::move(created.vault);
        QVERIFY(!created.vault.isOpen()); // NOLINT(bugprone-use-after-move)
        walks.createWalk(testing::sampleTemplate(), "after move", testing::at(5));
        QCOMPARE(onlyPersona(moved), std::string("after move"));
        moved.lock();
        ITS_VERIFY_VAULT_ERROR(walks.listWalks(), VaultErrorCode::Locked);
    }

    void vaultFolderIsPrivate()
    {
        Vault::create(dir("f"), "pw", KdfCost::Test);
        const QFileInfo folder(qdir("f"));
        QCOMPARE(folder.permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
    }

    // Every file of the vault is the owner's alone, whatever the umask: vault.db and the
    // -wal and -shm SQLite makes next to it, as well as the key file (and the folder 0700).
    void everyVaultFileIsOwnerOnly()
    {
        const mode_t savedUmask = ::umask(022); // the usual umask, which made vault.db 0644
        auto restoreUmask = qScopeGuard([savedUmask] { ::umask(savedUmask); });
        CreatedVault created = Vault::create(dir("modes"), "pw", KdfCost::Test);
        recordWalk(created.vault, "open"); // the WAL holds a frame: -wal and -shm exist now
        const auto expectOwnerOnly = [this](const char *name, mode_t expected) {
            struct stat info
            {
            };
            const std::string path = (dir("modes") / name).string();
            QVERIFY2(::stat(path.c_str(), &info) == 0, path.c_str());
            QVERIFY2(
                (info.st_mode & 07777) == expected,
                qPrintable(QString("%1 has mode %2").arg(name).arg(info.st_mode & 07777, 0, 8)));
        };
        expectOwnerOnly("", 0700);
        for (const char *name : {"vault.db", "vault.db-wal", "vault.db-shm", "vault.keys.json"})
            expectOwnerOnly(name, 0600);
        created.vault.lock();

        // A vault.db made 0644 by an older version is tightened when it is opened, so the
        // -wal and -shm it gets are private too.
        QVERIFY(::chmod((dir("modes") / "vault.db").c_str(), 0644) == 0);
        Vault again = Vault::unlock(dir("modes"), "pw");
        recordWalk(again, "again");
        for (const char *name : {"vault.db", "vault.db-wal", "vault.db-shm"})
            expectOwnerOnly(name, 0600);
    }

private:
    // A well-formed recovery code that is not this vault's.
    static std::string generateWrongCode(const std::string &code)
    {
        std::string other;
        do {
            other = generateRecoveryCode();
        } while (other == code);
        return other;
    }
};

QTEST_GUILESS_MAIN(TestVaultLifecycle)
#include "tst_vault_lifecycle.moc"
