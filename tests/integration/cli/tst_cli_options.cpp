// The CLI's options, secrets and times as a script sees them: `create` takes its passphrase the
// documented ways, the review key backup has a passphrase of its own (never $ITS_NEW_PASSPHRASE),
// `--kdf test` is off the help and warned about, and every printed time carries its zone.
#include "cli_runner.h"
#include "formats/walk_json.h"
#include "timing/time_point.h"
#include "vault/vault.h"
#include "vault/walk_store.h"

#include <QDateTime>
#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using its::testing::CliRun;
using its::testing::runCliScript;
using its::testing::runCliWith;

namespace {

const QString kPassphrase = "tre tigri contro tre tigri";
const QString kBackupPassphrase = "board room secret";

QMap<QString, QString> vaultPassphrase()
{
    return {{"ITS_PASSPHRASE", kPassphrase}};
}

// Every ISO 8601 date-time in `text`, with whatever zone follows it.
QStringList isoTimes(const QString &text)
{
    static const QRegularExpression iso(
        R"(\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)?)");
    QStringList found;
    for (auto it = iso.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    return found;
}

} // namespace

class TestCliOptions : public QObject
{
    Q_OBJECT

    QTemporaryDir tmp;
    QString vaultDir;
    QString walkId;

private slots:
    void initTestCase()
    {
        QVERIFY(tmp.isValid());
        vaultDir = tmp.filePath("vault");
        const CliRun created = runCliWith({"create", "--kdf", "test"}, vaultDir,
                                          {{"ITS_NEW_PASSPHRASE", kPassphrase}});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        its::Vault vault = its::Vault::unlock(vaultDir.toStdString(), kPassphrase.toStdString());
        its::JourneyTemplate journey;
        journey.id = "times";
        journey.name = "Times";
        journey.sector = "telco";
        journey.language = "en";
        journey.persona = {"Customer", "Leaving"};
        its::Touchpoint call{"call", "Call", its::Channel::Phone, "Care", {}, {}, {}};
        journey.stages.push_back({"s", "Stage", {call}});
        its::WalkStore walks(vault.db());
        its::ManualClock clock; // 1'700'000'000'000 ms: 2023-11-14T22:13:20Z
        walkId = QString::fromStdString(walks.createWalk(journey, "Customer", clock.now()));
        const std::string contact = walks.startContact(walkId.toStdString(), "call", clock.now());
        clock.advance(60'000);
        walks.closeContact(contact, its::Outcome::Resolved, clock.now());
        walks.finishWalk(walkId.toStdString(), clock.now());
    }

    // 19: the documented ways (README: --passphrase-fd N, $ITS_PASSPHRASE) work for `create`.
    void createTakesThePassphraseFromTheDocumentedSources()
    {
        const QString byFd = tmp.filePath("by-fd");
        CliRun run =
            runCliScript(R"("$CLI" --passphrase-fd 3 create --kdf test 3< <(printf '%s\n' "$P"))",
                         byFd, {{"P", kPassphrase}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(runCliWith({"verify"}, byFd, vaultPassphrase()).exitCode, 0);

        const QString byNewFd = tmp.filePath("by-new-fd");
        run = runCliScript(
            R"("$CLI" --new-passphrase-fd 3 create --kdf test 3< <(printf '%s\n' "$P"))", byNewFd,
            {{"P", kPassphrase}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(runCliWith({"verify"}, byNewFd, vaultPassphrase()).exitCode, 0);

        const QString byEnv = tmp.filePath("by-env");
        run = runCliWith({"create", "--kdf", "test"}, byEnv, vaultPassphrase());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(runCliWith({"verify"}, byEnv, vaultPassphrase()).exitCode, 0);
    }

    void createWithoutAPassphraseNamesWhatItReads()
    {
        const QString none = tmp.filePath("none");
        const CliRun run = runCliWith({"create", "--kdf", "test"}, none);
        QCOMPARE(run.exitCode, 1);
        for (const char *source : {"no new passphrase given", "--new-passphrase-fd",
                                   "$ITS_NEW_PASSPHRASE", "--passphrase-fd", "$ITS_PASSPHRASE"})
            QVERIFY2(run.err.contains(source), qPrintable(source + (": " + run.err)));
        QVERIFY(!QFile::exists(none + "/vault.db"));
    }

    // 19: the backup passphrase has its own variable and option; $ITS_NEW_PASSPHRASE is not it.
    void reviewBackupPassphraseHasItsOwnSource()
    {
        const QString review = tmp.filePath("review");
        const QString share = tmp.filePath("share");
        QVERIFY(QDir().mkpath(share));
        QCOMPARE(runCliWith({"create", "--kdf", "test"}, review, vaultPassphrase()).exitCode, 0);
        QCOMPARE(runCliWith({"review", "create", share}, review, vaultPassphrase()).exitCode, 0);
        const QString backup = tmp.filePath("review-key.json");
        CliRun run = runCliWith(
            {"review", "backup", backup}, review,
            {{"ITS_PASSPHRASE", kPassphrase}, {"ITS_BACKUP_PASSPHRASE", kBackupPassphrase}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        const QString laptop = tmp.filePath("laptop");
        QCOMPARE(runCliWith({"create", "--kdf", "test"}, laptop, vaultPassphrase()).exitCode, 0);
        run = runCliWith(
            {"review", "restore", backup, share}, laptop,
            {{"ITS_PASSPHRASE", kPassphrase}, {"ITS_NEW_PASSPHRASE", kBackupPassphrase}});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("no backup passphrase given"), qPrintable(run.err));
        QVERIFY2(run.err.contains("$ITS_BACKUP_PASSPHRASE"), qPrintable(run.err));
        QVERIFY2(run.err.contains("--backup-passphrase-fd"), qPrintable(run.err));
        QCOMPARE(runCliWith({"review", "invite"}, laptop, vaultPassphrase()).exitCode, 1);

        run = runCliScript(
            R"("$CLI" --backup-passphrase-fd 4 review restore "$B" "$S" 4< <(printf '%s\n' "$K"))",
            laptop,
            {{"ITS_PASSPHRASE", kPassphrase},
             {"B", backup},
             {"S", share},
             {"K", kBackupPassphrase}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains("restored review circle"), qPrintable(run.out));

        const QString desk = tmp.filePath("desk");
        QCOMPARE(runCliWith({"create", "--kdf", "test"}, desk, vaultPassphrase()).exitCode, 0);
        run = runCliWith(
            {"review", "restore", backup, share}, desk,
            {{"ITS_PASSPHRASE", kPassphrase}, {"ITS_BACKUP_PASSPHRASE", kBackupPassphrase}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        const CliRun help = runCliWith({"--help"}, vaultDir);
        QVERIFY2(help.out.contains("$ITS_BACKUP_PASSPHRASE") &&
                     help.out.contains("--backup-passphrase-fd"),
                 qPrintable(help.out));
    }

    // 19: the test cost is for tests: not offered in --help, and a warning when used.
    void kdfTestIsHiddenAndWarned()
    {
        const CliRun help = runCliWith({"--help"}, vaultDir);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains("--kdf interactive|moderate"), qPrintable(help.out));
        QVERIFY2(!help.out.contains("test|"), qPrintable(help.out));
        QVERIFY2(!help.out.contains("|test"), qPrintable(help.out));

        const QString weak = tmp.filePath("weak");
        const CliRun run =
            runCliWith({"create", "--kdf", "test"}, weak, {{"ITS_NEW_PASSPHRASE", kPassphrase}});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("warning: --kdf test") && run.err.contains("insecure"),
                 qPrintable(run.err));

        const CliRun bad = runCliWith({"create", "--kdf", "fast"}, tmp.filePath("bad"),
                                      {{"ITS_NEW_PASSPHRASE", kPassphrase}});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("interactive, moderate") && !bad.err.contains("test"),
                 qPrintable(bad.err));
    }

    // 17: every time the CLI prints carries its zone (ISO 8601 with the offset).
    void printedTimesCarryTheirZone_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Rome") << "Europe/Rome"
                              << "2023-11-14T23:13:20+01:00";
        QTest::newRow("Kolkata") << "Asia/Kolkata"
                                 << "2023-11-15T03:43:20+05:30";
        QTest::newRow("New York") << "America/New_York"
                                  << "2023-11-14T17:13:20-05:00";
    }
    void printedTimesCarryTheirZone()
    {
        QFETCH(QString, zone);
        QFETCH(QString, expected);
        const CliRun list =
            runCliWith({"walk", "list"}, vaultDir, {{"ITS_PASSPHRASE", kPassphrase}, {"TZ", zone}});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(isoTimes(list.out), QStringList{expected});
        QCOMPARE(QDateTime::fromString(expected, Qt::ISODate).toMSecsSinceEpoch(),
                 1'700'000'000'000);

        // The JSON the CLI writes holds no zone-less local time either.
        for (const QStringList &args : {QStringList{"summary", "compute", walkId},
                                        QStringList{"walk", "export", walkId, "-"}}) {
            const CliRun json =
                runCliWith(args, vaultDir, {{"ITS_PASSPHRASE", kPassphrase}, {"TZ", zone}});
            QCOMPARE(json.exitCode, 0);
            for (const QString &time : isoTimes(json.out))
                QVERIFY2(time.endsWith('Z') ||
                             time.contains(QRegularExpression("[+-]\\d\\d:\\d\\d$")),
                         qPrintable(args.join(' ') + ": " + time));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliOptions)
#include "tst_cli_options.moc"
