// A full disk, simulated with RLIMIT_FSIZE (SIGXFSZ ignored, so write() fails with EFBIG):
// writes throw DiskFull cleanly, and after the limit is lifted the vault reopens intact.
#include "vault/evidence_store.h"
#include "vault/vault.h"
#include "vault/walk_store.h"
#include "vault_fixtures.h"

#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <sys/resource.h>

using namespace its;

namespace {

// Lowers the soft file-size limit for this process until destroyed.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &saved_);
        rlimit lowered = saved_;
        lowered.rlim_cur = bytes;
        ok_ = ::setrlimit(RLIMIT_FSIZE, &lowered) == 0;
    }
    ~FileSizeLimit() { restore(); }
    void restore()
    {
        if (ok_)
            ::setrlimit(RLIMIT_FSIZE, &saved_);
        ok_ = false;
    }
    bool ok() const { return ok_; }

private:
    rlimit saved_{};
    bool ok_ = false;
};

std::uintmax_t largestFile(const std::filesystem::path &dir)
{
    std::uintmax_t largest = 0;
    for (const auto &entry : std::filesystem::directory_iterator(dir))
        largest = std::max(largest, entry.file_size());
    return largest;
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT
    QTemporaryDir tmp_;

private slots:
    void initTestCase()
    {
        QVERIFY(tmp_.isValid());
        std::signal(SIGXFSZ, SIG_IGN); // otherwise exceeding the limit kills the process
    }

    void writesFailWithDiskFullAndLoseNothing()
    {
        const auto dir = std::filesystem::path(tmp_.path().toStdString()) / "full";
        CreatedVault created = Vault::create(dir, "pw", KdfCost::Test);
        Vault &vault = created.vault;
        WalkStore walks(vault.db());
        const std::string walk = walks.createWalk(testing::sampleTemplate(), "p", testing::at(1));
        const std::string contact = walks.startContact(walk, "call", testing::at(2));
        for (int i = 0; i < 50; ++i)
            walks.appendPhaseEvent(contact, i % 2 ? "hold" : "talking", testing::at(3 + i));

        const std::vector<unsigned char> recording(2 * 1024 * 1024, 0x5a);
        {
            FileSizeLimit limit(largestFile(dir) + 64 * 1024);
            QVERIFY(limit.ok());
            try {
                EvidenceStore(vault.db())
                    .put(walk, contact, EvidenceKind::Voice, "audio/ogg", recording, 9);
                QFAIL("a 2 MiB write succeeded past the file size limit");
            } catch (const VaultError &e) {
                QVERIFY2(e.code() == VaultErrorCode::DiskFull, e.what());
                QVERIFY2(QString(e.what()).contains("disk is full"), e.what());
            }
        }
        vault.lock();
        Vault reopened = Vault::unlock(dir, "pw");
        const VerifyReport report = reopened.verify();
        QVERIFY2(report.ok, report.integrityCheck.c_str());
        WalkStore again(reopened.db());
        QCOMPARE(again.loadWalk(walk).contacts.at(0).events.size(), std::size_t{51});
        QVERIFY(EvidenceStore(reopened.db()).list(walk).empty()); // all or nothing
        // And the vault takes writes again once there is room.
        EvidenceStore(reopened.db())
            .put(walk, contact, EvidenceKind::Voice, "audio/ogg", recording, 10);
        QCOMPARE(EvidenceStore(reopened.db()).list(walk).size(), std::size_t{1});
    }

    void smallEventWriteFailsCleanly()
    {
        const auto dir = std::filesystem::path(tmp_.path().toStdString()) / "event";
        CreatedVault created = Vault::create(dir, "pw", KdfCost::Test);
        WalkStore walks(created.vault.db());
        const std::string walk = walks.createWalk(testing::sampleTemplate(), "p", testing::at(1));
        const std::string contact = walks.startContact(walk, "call", testing::at(2));
        created.vault.lock(); // checkpointed: the -wal file is gone
        Vault vault = Vault::unlock(dir, "pw");
        WalkStore reopened(vault.db());
        {
            // The WAL starts empty after a clean close; 512 bytes cannot hold one frame.
            FileSizeLimit limit(512);
            QVERIFY(limit.ok());
            ITS_VERIFY_VAULT_ERROR(reopened.appendPhaseEvent(contact, "ivr", testing::at(3)),
                                   VaultErrorCode::DiskFull);
        }
        QCOMPARE(reopened.appendPhaseEvent(contact, "ivr", testing::at(4)), 2);
        vault.lock();
        Vault last = Vault::unlock(dir, "pw");
        QVERIFY(last.verify().ok);
        QCOMPARE(WalkStore(last.db()).loadWalk(walk).contacts.at(0).events.size(), std::size_t{2});
    }

    // Opening needs room for the -wal and -shm files; when there is none the open fails as
    // DiskFull and leaves the folder as it found it: no empty vault.db-wal or vault.db-shm.
    void failedOpenLeavesNoWalOrShm_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("nothing can be written") << 0;
        QTest::newRow("room for part of the -shm") << 16 * 1024;
    }
    void failedOpenLeavesNoWalOrShm()
    {
        QFETCH(int, limit);
        const auto dir =
            std::filesystem::path(tmp_.path().toStdString()) / ("open-" + std::to_string(limit));
        Vault::create(dir, "pw", KdfCost::Test).vault.lock();
        const QString folder = QString::fromStdString(dir.string());
        const auto before = testing::hashFolder(folder);
        QCOMPARE(before.keys(), QStringList({"vault.db", "vault.keys.json"}));
        {
            FileSizeLimit lowered(static_cast<rlim_t>(limit));
            QVERIFY(lowered.ok());
            try {
                Vault::unlock(dir, "pw");
                QFAIL("opened a vault with no room for its -wal and -shm");
            } catch (const VaultError &e) {
                QVERIFY2(e.code() == VaultErrorCode::DiskFull, e.what());
            }
        }
        QCOMPARE(testing::hashFolder(folder), before);
        QVERIFY(Vault::unlock(dir, "pw").verify().ok);
    }

    void keyFileRewriteFailsWithoutLosingTheOldOne()
    {
        const auto dir = std::filesystem::path(tmp_.path().toStdString()) / "keys";
        CreatedVault created = Vault::create(dir, "old", KdfCost::Test);
        created.vault.lock();
        const QByteArray before =
            testing::readFile(QString::fromStdString((dir / "vault.keys.json").string()));
        {
            FileSizeLimit limit(100); // far smaller than a key file
            QVERIFY(limit.ok());
            ITS_VERIFY_VAULT_ERROR(created.vault.changePassphrase("old", "new"),
                                   VaultErrorCode::DiskFull);
        }
        QCOMPARE(testing::readFile(QString::fromStdString((dir / "vault.keys.json").string())),
                 before);
        QCOMPARE(QDir(QString::fromStdString(dir.string())).entryList({"*.tmp-*"}, QDir::Files),
                 QStringList());
        QVERIFY(Vault::unlock(dir, "old").isOpen());
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_disk_full.moc"
