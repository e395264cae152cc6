// Full disks on both ends of sync, for real:
// - the shared folder fills up during a push: the CLI runs in a private mount namespace over a
//   64 KiB tmpfs (unshare, util-linux), so writes fail with ENOSPC as on a full share. Entries
//   that did not fit are 'failed' with the reason, no half-written file is left, the vault is
//   intact, and once there is room the next push delivers the rest: the review gets each
//   summary exactly once;
// - the review's own disk fills up during a pull (RLIMIT_FSIZE on its vault's WAL): the pull
//   stops with DiskFull, the batch in flight is rolled back, and the next pull takes exactly
//   what is missing.
#include "review/review_pull.h"
#include "sync/folder_target.h"
#include "sync/outbox.h"
#include "sync_fixtures.h"
#include "vault/vault_error.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/resource.h>

using namespace its;
using namespace its::sync;
using namespace its::sync::testing;

namespace {

const QString kPassphrase = "vault passphrase for the disk full test";

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args, const QString &vaultDir = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("ITS_PASSPHRASE", kPassphrase);
    env.insert("ITS_NEW_PASSPHRASE", kPassphrase);
    if (!vaultDir.isEmpty())
        env.insert("ITS_VAULT_DIR", vaultDir);
    process.setProcessEnvironment(env);
    process.start(program, args);
    process.closeWriteChannel();
    if (!process.waitForFinished(300'000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

Run cli(const QString &vaultDir, const QStringList &args)
{
    return run(ITS_CLI_PATH, args, vaultDir);
}

int receivedCount(Database &db)
{
    Statement query = db.prepare("SELECT COUNT(*) FROM sync_summaries");
    query.step();
    return static_cast<int>(query.columnInt64(0));
}

QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next().mid(root.size() + 1);
    return files;
}

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
    ~FileSizeLimit()
    {
        if (ok_)
            ::setrlimit(RLIMIT_FSIZE, &saved_);
    }
    bool ok() const { return ok_; }

private:
    rlimit saved_{};
    bool ok_ = false;
};

} // namespace

class TestSyncDiskFull : public QObject
{
    Q_OBJECT
    QTemporaryDir tmp;

private slots:
    void initTestCase()
    {
        QVERIFY(tmp.isValid());
        std::signal(SIGXFSZ, SIG_IGN); // exceeding RLIMIT_FSIZE then fails write() with EFBIG
    }

    void fullShareFailsTheRestAndLosesNothing()
    {
        const QString review = tmp.filePath("review"), device = tmp.filePath("device");
        const QString share = tmp.filePath("share"), kept = tmp.filePath("share-after");
        QVERIFY(QDir().mkpath(share) && QDir().mkpath(kept));
        QCOMPARE(cli(review, {"create", "--kdf", "test"}).exitCode, 0);
        QCOMPARE(cli(device, {"create", "--kdf", "test"}).exitCode, 0);
        QCOMPARE(cli(review, {"review", "create", share}).exitCode, 0);
        const QString invitation = tmp.filePath("invitation.txt");
        QCOMPARE(cli(review, {"review", "invite", invitation}).exitCode, 0);
        const Run enrolled = cli(device, {"enroll", invitation, "--label", "CFO phone"});
        QCOMPARE(enrolled.exitCode, 0);
        QCOMPARE(cli(review, {"roster", "accept", enrolled.out.section(' ', 2, 2)}).exitCode, 0);
        constexpr int kWalks = 120;
        {
            Vault vault = Vault::unlock(device.toStdString(), kPassphrase.toStdString());
            Outbox outbox(vault.db());
            for (int i = 0; i < kWalks; ++i)
                outbox.enqueue(
                    sampleSummary(QStringLiteral("walk-%1").arg(i), 1, "j1", 1'800'000'000'000 + i),
                    1);
        }

        // The push sees the share as a 64 KiB filesystem; what landed there is copied out
        // afterwards, as a full share keeps what fitted.
        const QString script = QStringLiteral(
            "set -u; mkdir -p \"$0/stage\" && cp -a \"$1\"/. \"$0/stage\"/ &&"
            " mount -t tmpfs -o size=64k tmpfs \"$1\" && cp -a \"$0/stage\"/. \"$1\"/ || exit 90;"
            " \"$2\" push; rc=$?; cp -a \"$1\"/. \"$3\"/; exit $rc");
        // A user namespace where allowed; as root, a plain mount namespace works too.
        Run full;
        for (const QStringList &ns :
             {QStringList{"--user", "--map-root-user", "--mount"}, QStringList{"--mount"}}) {
            full = run(
                "unshare",
                ns + QStringList{"sh", "-c", script, tmp.filePath("ns"), share, ITS_CLI_PATH, kept},
                device);
            if (full.exitCode != 90 && !full.err.contains("unshare:"))
                break;
        }
        QVERIFY2(full.exitCode != 90 && full.exitCode != -1 && !full.err.contains("unshare:"),
                 qPrintable("could not set up the tmpfs share: " + full.err));
        QCOMPARE(full.exitCode, 1); // some entries failed
        QVERIFY2(full.err.contains("No space left on device"), qPrintable(full.err));
        const QString status = cli(device, {"sync", "status"}).out;
        const int synced = static_cast<int>(status.count("\tsynced\t"));
        const int failed = static_cast<int>(status.count("\tfailed\t"));
        qInfo("the 64 KiB share took %d of %d envelopes", synced, kWalks);
        QVERIFY(synced > 0);
        QCOMPARE(synced + failed, kWalks);
        QVERIFY2(status.contains("No space left on device"), qPrintable(status.left(2000)));
        for (const QString &file : filesUnder(kept))
            QVERIFY2(!file.contains(".tmp-"), qPrintable("half-written file left: " + file));
        QCOMPARE(cli(device, {"verify"}).exitCode, 0);

        // The administrator makes room: the share now holds what fitted, and has space.
        QCOMPARE(run("cp", {"-a", kept + "/.", share + "/"}).exitCode, 0);
        const Run rest = cli(device, {"push", "--now"});
        QCOMPARE(rest.exitCode, 0);
        QVERIFY2(rest.out.contains(QStringLiteral("synced %1, failed 0").arg(failed)),
                 qPrintable(rest.out + rest.err));
        const Run pulled = cli(review, {"pull"});
        QVERIFY2(pulled.out.contains(QStringLiteral("new %1,").arg(kWalks)),
                 qPrintable(pulled.out + pulled.err));
        QVERIFY(cli(review, {"pull"}).out.contains(QStringLiteral("already seen %1").arg(kWalks)));
    }

    void fullReviewDiskStopsThePullAndTheNextOneFinishes()
    {
        const QString base = tmp.filePath("review-full");
        Vault device = createVault(base + "/device");
        const std::string reviewDir = (base + "/review").toStdString();
        ReviewCircle circle;
        {
            Vault review = createVault(QString::fromStdString(reviewDir));
            circle = createReviewCircle(review.db(), base + "/share", 1);
            enrollAndAccept(device.db(), review.db(), circle, "CFO phone", 1);
        } // closed cleanly: the WAL is checkpointed away
        constexpr int kWalks = 600;
        Outbox outbox(device.db());
        for (int i = 0; i < kWalks; ++i)
            outbox.enqueue(
                sampleSummary(QStringLiteral("walk-%1").arg(i), 1, "j1", 1'800'000'000'000), 1);
        FolderTarget share(base + "/share", FolderTarget::Create::IfMissing);
        QCOMPARE(outbox.push(share, 2).synced, kWalks);

        Vault review = Vault::unlock(reviewDir, "test passphrase");
        int firstPull = 0;
        {
            FileSizeLimit limit(256 * 1024); // the WAL cannot grow past this
            QVERIFY(limit.ok());
            try {
                pullEnvelopes(review.db(), share, 3, {64, 8});
                QFAIL("the pull fitted into 256 KiB: the test no longer fills the disk");
            } catch (const VaultError &error) {
                QVERIFY2(error.code() == VaultErrorCode::DiskFull, error.what());
            }
        }
        firstPull = receivedCount(review.db());
        qInfo("the full disk stopped the pull after %d of %d summaries", firstPull, kWalks);
        QVERIFY(firstPull < kWalks);
        QCOMPARE(firstPull % 64, 0); // whole batches only: the one in flight was rolled back

        const PullReport rest = pullEnvelopes(review.db(), share, 4);
        QCOMPARE(rest.accepted, kWalks - firstPull);
        QCOMPARE(rest.alreadySeen, firstPull);
        QVERIFY(rest.rejected.empty());
        QCOMPARE(receivedCount(review.db()), kWalks);
        QVERIFY(review.verify().ok);
    }
};

QTEST_GUILESS_MAIN(TestSyncDiskFull)
#include "tst_sync_disk_full.moc"
