// The sync commands of intheirshoes-cli end to end on a real shared folder: a review and an
// executive device, each its own vault, secrets only through the environment.
#include "sync/outbox.h"
#include "sync_fixtures.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace its;
using namespace its::sync;
using namespace its::sync::testing;

namespace {

const QString kPassphrase = "vault passphrase for the cli test";

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QString &vaultDir, const QStringList &args, const QString &newPassphrase = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("ITS_VAULT_DIR", vaultDir);
    env.insert("ITS_PASSPHRASE", kPassphrase);
    env.remove("ITS_NEW_PASSPHRASE");
    env.remove("ITS_BACKUP_PASSPHRASE");
    if (!newPassphrase.isEmpty()) {
        env.insert("ITS_NEW_PASSPHRASE", newPassphrase);
        env.insert("ITS_BACKUP_PASSPHRASE", newPassphrase); // review backup / restore
    }
    process.setProcessEnvironment(env);
    process.start(ITS_CLI_PATH, args);
    process.closeWriteChannel();
    if (!process.waitForFinished(120'000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestSyncCli : public QObject
{
    Q_OBJECT

    QTemporaryDir tmp;
    QString review, device, share, deviceId;

    void enqueue(const QString &walk, const QString &journey)
    {
        Vault vault = Vault::unlock(device.toStdString(), kPassphrase.toStdString());
        Outbox(vault.db()).enqueue(sampleSummary(walk, 1, journey, 1'800'000'000'000), 1);
    }

private slots:
    void initTestCase()
    {
        review = tmp.filePath("review");
        device = tmp.filePath("device");
        share = tmp.filePath("share");
        QVERIFY(QDir().mkpath(share));
        QCOMPARE(cli(review, {"create", "--kdf", "test"}, kPassphrase).exitCode, 0);
        QCOMPARE(cli(device, {"create", "--kdf", "test"}, kPassphrase).exitCode, 0);
    }

    void refusesPlainHttpToARemoteHost()
    {
        const Run run = cli(review, {"review", "create", "http://dav.example.com/its/"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("refusing plain http"), qPrintable(run.err));
    }

    void enrollAcceptPushPull()
    {
        Run run = cli(review, {"review", "create", share});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("intheirshoes:invite?"), qPrintable(run.out));
        const QString invitation = tmp.filePath("invitation.txt");
        QCOMPARE(cli(review, {"review", "invite", invitation}).exitCode, 0);

        run = cli(device, {"enroll", invitation, "--label", "CFO phone"});
        QCOMPARE(run.exitCode, 0);
        deviceId = run.out.section(' ', 2, 2);
        QVERIFY2(deviceId.startsWith('d'), qPrintable(run.out));

        run = cli(review, {"roster"});
        QVERIFY2(run.out.contains(deviceId + "\tCFO phone\tpending"), qPrintable(run.out));
        QCOMPARE(cli(review, {"roster", "accept", deviceId}).exitCode, 0);
        QVERIFY(cli(review, {"roster"}).out.contains("CFO phone\tenrolled"));

        enqueue("walk-1", "j1");
        enqueue("walk-2", "j1");
        enqueue("walk-3", "j2");
        run = cli(device, {"push"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("synced 3, failed 0"), qPrintable(run.out + run.err));
        QCOMPARE(cli(device, {"sync", "status"}).out.count("\tsynced\t"), 3);

        run = cli(review, {"pull"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("new 3"), qPrintable(run.out));
        QVERIFY(cli(review, {"pull"}).out.contains("new 0, already seen 3"));
        QCOMPARE(cli(review, {"summaries", "--executive", "CFO phone"}).out.count('\n'), 3);
        QCOMPARE(cli(review, {"summaries", "--journey", "j2"}).out.count('\n'), 1);
        QCOMPARE(cli(review, {"summaries", "--from", "2030-01-01T00:00:00Z"}).out.count('\n'), 0);
    }

    void movedShareKeepsEveryDelivery()
    {
        // The company retires the share: the CCO moves the circle, the executive joins again.
        const QString newShare = tmp.filePath("new-share");
        QVERIFY(QDir().mkpath(newShare));
        Run run = cli(review, {"review", "move", newShare});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("now syncs through " + newShare), qPrintable(run.out));
        // The later tests enroll with invitation.txt and watch the share: both follow the move.
        const QString invitation = tmp.filePath("invitation.txt");
        QCOMPARE(cli(review, {"review", "invite", invitation}).exitCode, 0);
        QDir(share).removeRecursively();
        share = newShare;

        run = cli(device, {"enroll", invitation});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("moved to " + newShare), qPrintable(run.out));
        run = cli(device, {"push"});
        QVERIFY2(run.out.contains("synced 3, failed 0"), qPrintable(run.out + run.err));
        run = cli(review, {"pull"});
        QVERIFY2(run.out.contains("new 0, already seen 3"), qPrintable(run.out + run.err));
        QCOMPARE(cli(review, {"summaries"}).out.count('\n'), 3);
    }

    void revokedDeviceIsRejected()
    {
        QCOMPARE(cli(review, {"revoke", deviceId}).exitCode, 0);
        enqueue("walk-4", "j1");
        QCOMPARE(cli(device, {"push"}).exitCode, 0);
        const Run run = cli(review, {"pull"});
        QVERIFY2(run.out.contains("rejected\trevoked-device"), qPrintable(run.out));
        QCOMPARE(cli(review, {"summaries"}).out.count('\n'), 3);
    }

    void pushKilledMidwayLosesNothing()
    {
        // A second device, enrolled and accepted, with 300 summaries waiting.
        const QString killed = tmp.filePath("killed-device");
        QCOMPARE(cli(killed, {"create", "--kdf", "test"}, kPassphrase).exitCode, 0);
        const Run enrolled =
            cli(killed, {"enroll", tmp.filePath("invitation.txt"), "--label", "COO laptop"});
        QCOMPARE(enrolled.exitCode, 0);
        QCOMPARE(cli(review, {"roster", "accept", enrolled.out.section(' ', 2, 2)}).exitCode, 0);
        constexpr int kWalks = 300;
        {
            Vault vault = Vault::unlock(killed.toStdString(), kPassphrase.toStdString());
            Outbox outbox(vault.db());
            for (int i = 0; i < kWalks; ++i)
                outbox.enqueue(
                    sampleSummary(QStringLiteral("coo-%1").arg(i), 1, "j3", 1'800'000'000'000), 1);
        }
        // SIGKILL the push once envelopes have started to land: wherever it was.
        QProcess push;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("ITS_VAULT_DIR", killed);
        env.insert("ITS_PASSPHRASE", kPassphrase);
        push.setProcessEnvironment(env);
        push.start(ITS_CLI_PATH, {"push"});
        QVERIFY(push.waitForStarted());
        const QString month = share + "/summaries/2027-01";
        QTRY_VERIFY_WITH_TIMEOUT(QDir(month).entryList({"*_coo-*"}, QDir::Files).size() >= 20,
                                 60'000);
        push.kill();
        push.waitForFinished();
        const int landed = static_cast<int>(QDir(month).entryList({"*_coo-*"}, QDir::Files).size());
        qInfo("killed the push after %d of %d envelopes had landed", landed, kWalks);

        // The vault is intact; the next push finishes the job; the review gets each one once.
        const Run again = cli(killed, {"push"});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(cli(killed, {"sync", "status"}).out.count("\tsynced\t"), kWalks);
        const Run pulled = cli(review, {"pull"});
        QCOMPARE(pulled.exitCode, 0);
        QVERIFY2(pulled.out.contains(QStringLiteral("new %1,").arg(kWalks)),
                 qPrintable(pulled.out));
        QCOMPARE(cli(review, {"summaries", "--executive", "COO laptop"}).out.count('\n'), kWalks);
        QCOMPARE(QDir(month).entryList({"*_coo-*"}, QDir::Files).size(), kWalks);
    }

    // A request the CCO does not recognise: rejected for good. Publishing it again (the same
    // device, the same key) does not bring it back, and it cannot be accepted.
    void rejectedRequestStaysRejected()
    {
        const QString stranger = tmp.filePath("stranger");
        QCOMPARE(cli(stranger, {"create", "--kdf", "test"}, kPassphrase).exitCode, 0);
        Run run = cli(stranger, {"enroll", tmp.filePath("invitation.txt"), "--label", "Who?"});
        QCOMPARE(run.exitCode, 0);
        const QString id = run.out.section(' ', 2, 2);
        QVERIFY(cli(review, {"roster"}).out.contains(id + "\tWho?\tpending"));
        QCOMPARE(cli(review, {"roster", "reject", "dnobody"}).exitCode, 1);
        run = cli(review, {"roster", "reject", id});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("rejected " + id), qPrintable(run.out));
        run = cli(review, {"roster"});
        QVERIFY2(run.out.contains(id + "\tWho?\trejected "), qPrintable(run.out));
        QVERIFY2(!run.out.contains("\tpending\t"), qPrintable(run.out));
        QCOMPARE(cli(stranger, {"enroll", tmp.filePath("invitation.txt")}).exitCode, 0);
        QVERIFY(!cli(review, {"roster"}).out.contains("\tpending\t"));
        run = cli(review, {"roster", "accept", id});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("no pending enrollment request"), qPrintable(run.err));
    }

    void backupNeedsItsPassphrase()
    {
        const QString backup = tmp.filePath("review-key.json");
        QCOMPARE(cli(review, {"review", "backup", backup}, "board secret").exitCode, 0);
        const QString laptop = tmp.filePath("laptop");
        QCOMPARE(cli(laptop, {"create", "--kdf", "test"}, kPassphrase).exitCode, 0);
        Run run = cli(laptop, {"review", "restore", backup, share}, "not the board secret");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("wrong passphrase"), qPrintable(run.err));
        run = cli(laptop, {"review", "restore", backup, share}, "board secret");
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("restored review circle") && run.out.contains("device(s)"),
                 qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_sync_cli.moc"
