// intheirshoes-cli end to end: a real vault, the real binary, secrets never on argv.
#include "formats/walk_json.h"
#include "timing/time_point.h"
#include "vault/template_store.h"
#include "vault/vault.h"
#include "vault/walk_store.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <nlohmann/json.hpp>

using namespace its;

namespace {

const QString kPassphrase = "tre tigri contro tre tigri";

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &args, const QString &vaultDir, const QString &passphrase,
           const QString &newPassphrase = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("ITS_VAULT_DIR", vaultDir);
    env.remove("ITS_PASSPHRASE");
    env.remove("ITS_NEW_PASSPHRASE");
    if (!passphrase.isNull())
        env.insert("ITS_PASSPHRASE", passphrase);
    if (!newPassphrase.isNull())
        env.insert("ITS_NEW_PASSPHRASE", newPassphrase);
    process.setProcessEnvironment(env);
    process.start(ITS_CLI_PATH, args);
    process.closeWriteChannel(); // no terminal: a missing secret must fail, not hang
    if (!process.waitForFinished(120'000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

std::string readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll().toStdString() : std::string();
}

QString templatePath(const char *name)
{
    return QString(ITS_SOURCE_DIR) + "/assets/templates/" + name;
}

} // namespace

class TestCli : public QObject
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
        const Run created = runCli({"create", "--kdf", "test"}, vaultDir, {}, kPassphrase);
        QCOMPARE(created.exitCode, 0);
        QVERIFY2(created.out.contains("Recovery code"), qPrintable(created.out));
        // Record a short walk through the library, as the app would.
        Vault vault = Vault::unlock(vaultDir.toStdString(), kPassphrase.toStdString());
        JourneyTemplate journey;
        journey.id = "cli-journey";
        journey.name = "Cancel a contract";
        journey.sector = "telco";
        journey.language = "en";
        journey.persona = {"Leaving customer", "Moving to another provider"};
        Touchpoint phone{
            "call",
            "Call to cancel",
            Channel::Phone,
            "Retention",
            {{"queue", 60}},
            {{"c1", "Cancellation accepted without pressure", 2, CriterionKind::MustBe}},
            {}};
        journey.stages.push_back({"leave", "Leaving", {phone}});
        WalkStore walks(vault.db());
        ManualClock clock;
        walkId = QString::fromStdString(walks.createWalk(journey, "Leaving customer", clock.now()));
        const std::string contact = walks.startContact(walkId.toStdString(), "call", clock.now());
        clock.advance(90'000);
        walks.appendPhaseEvent(contact, "talking", clock.now());
        clock.advance(30'000);
        walks.closeContact(contact, Outcome::Resolved, clock.now());
        Observation observation;
        observation.scores = {{"c1", 1}};
        observation.note = "PRIVATE-NOTE-MARKER";
        observation.privateStaffNote = "Operator Mario Rossi";
        walks.saveObservation(contact, observation);
        walks.finishWalk(walkId.toStdString(), clock.now());
    }

    void helpListsCommands()
    {
        const Run help = runCli({"--help"}, vaultDir, {});
        QCOMPARE(help.exitCode, 0);
        for (const char *command : {"create", "verify", "passwd", "template import", "walk export",
                                    "walk import", "summary compute"})
            QVERIFY2(help.out.contains(command), command);
    }

    void wrongPassphraseFailsClearly()
    {
        const Run run = runCli({"verify"}, vaultDir, "not the passphrase");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("wrong passphrase"), qPrintable(run.err));
    }

    void missingPassphraseWithoutTerminalFails()
    {
        const Run run = runCli({"verify"}, vaultDir, QString());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("no passphrase given"), qPrintable(run.err));
    }

    void passphraseFromFileDescriptor()
    {
        QProcess shell;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove("ITS_PASSPHRASE");
        env.insert("PASS", kPassphrase);
        shell.setProcessEnvironment(env);
        shell.start("bash", {"-c", QString("'%1' --vault '%2' --passphrase-fd 3 verify "
                                           "3< <(printf '%s\\n' \"$PASS\")")
                                       .arg(ITS_CLI_PATH, vaultDir)});
        QVERIFY(shell.waitForFinished(60'000));
        QCOMPARE(shell.exitCode(), 0);
        QVERIFY(shell.readAllStandardOutput().contains("vault ok"));
    }

    void unknownCommandIsUsageError()
    {
        const Run run = runCli({"frobnicate"}, vaultDir, kPassphrase);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("unknown command"));
    }

    void importsTemplatesAndReportsBrokenOnes()
    {
        const QString good = templatePath("telco-switch-provider.en.json");
        QVERIFY2(QFile::exists(good), qPrintable(good));
        // The same template with one unknown channel deep inside.
        auto json = nlohmann::json::parse(readAll(good));
        json["id"] = "broken-copy";
        json["stages"][1]["touchpoints"][0]["channel"] = "pigeon";
        const QString broken = tmp.filePath("broken.json");
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(json.dump()));
        file.close();
        const Run run = runCli({"template", "import", good, broken}, vaultDir, kPassphrase);
        QCOMPARE(run.exitCode, 1); // one file failed...
        QVERIFY2(run.err.contains("broken.json"), qPrintable(run.err));
        QVERIFY2(run.err.contains("/stages/1/touchpoints/0/channel"),
                 qPrintable(run.err)); // ...named by JSON path
        const Run list = runCli({"template", "list"}, vaultDir, kPassphrase);
        QCOMPARE(list.exitCode, 0); // ...and the good one is in
        QVERIFY2(list.out.contains("telco-switch-provider"), qPrintable(list.out));
        QVERIFY(!list.out.contains("broken-copy"));
    }

    void summaryLeavesPrivateThingsBehind()
    {
        const Run run = runCli({"summary", "compute", walkId}, vaultDir, kPassphrase);
        QCOMPARE(run.exitCode, 0);
        const auto json = nlohmann::json::parse(run.out.toStdString());
        QCOMPARE(QString::fromStdString(json.at("format").get<std::string>()),
                 QString("intheirshoes.summary"));
        QVERIFY(!run.out.contains("PRIVATE-NOTE-MARKER"));
        QVERIFY(!run.out.contains("Mario Rossi"));
        QVERIFY(run.out.contains("Retention")); // findings point at the department
    }

    void walkExportImportRoundTrip()
    {
        const QString backup = tmp.filePath("walk.json");
        QCOMPARE(runCli({"walk", "export", walkId, backup}, vaultDir, kPassphrase).exitCode, 0);
        const QString second = tmp.filePath("second");
        QCOMPARE(runCli({"create", "--kdf", "test"}, second, {}, kPassphrase).exitCode, 0);
        QCOMPARE(runCli({"walk", "import", backup}, second, kPassphrase).exitCode, 0);
        const Run again = runCli({"walk", "import", backup}, second, kPassphrase);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("already"), qPrintable(again.err));

        Vault a = Vault::unlock(vaultDir.toStdString(), kPassphrase.toStdString());
        Vault b = Vault::unlock(second.toStdString(), kPassphrase.toStdString());
        const Walk original = WalkStore(a.db()).loadWalk(walkId.toStdString());
        const Walk restored = WalkStore(b.db()).loadWalk(walkId.toStdString());
        QCOMPARE(walkToJson(restored).dump(), walkToJson(original).dump());
    }

    void malformedWalkFileChangesNothing()
    {
        const QString bad = tmp.filePath("bad-walk.json");
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"intheirshoes.walk\", \"version\": 1, ");
        file.close();
        const Run run = runCli({"walk", "import", bad}, vaultDir, kPassphrase);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("error:"), qPrintable(run.err));
        const Run list = runCli({"walk", "list"}, vaultDir, kPassphrase);
        QCOMPARE(list.out.count('\n'), 1);
    }

    void changePassphraseThenOldOneFails()
    {
        const QString next = "a completely different passphrase";
        QCOMPARE(runCli({"passwd"}, vaultDir, kPassphrase, next).exitCode, 0);
        QCOMPARE(runCli({"verify"}, vaultDir, kPassphrase).exitCode, 1);
        QCOMPARE(runCli({"verify"}, vaultDir, next).exitCode, 0);
        QCOMPARE(runCli({"passwd"}, vaultDir, next, kPassphrase).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
