// review report and review show through the real intheirshoes-cli binary: two executives
// enroll, push summaries (one walk in two revisions, one whose private note names an agent)
// through a real shared folder, the review pulls them with the CLI, then reports and shows.
#include "formats/summary_json.h"
#include "scoring/summarize.h"
#include "sync/outbox.h"
#include "sync_fixtures.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>
#include <nlohmann/json.hpp>

using namespace its;
using namespace its::sync;
using namespace its::sync::testing;
using nlohmann::json;

namespace {

const QString kPassphrase = "vault passphrase for the report test";

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QString &vaultDir, const QStringList &args, const QString &passphrase = kPassphrase)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("ITS_VAULT_DIR", vaultDir);
    env.insert("ITS_PASSPHRASE", passphrase);
    env.insert("ITS_NEW_PASSPHRASE", passphrase);
    env.remove("ITS_BACKUP_PASSPHRASE");
    env.insert("TZ", "UTC"); // --from/--to are local days
    process.setProcessEnvironment(env);
    process.start(ITS_CLI_PATH, args);
    process.closeWriteChannel();
    if (!process.waitForFinished(120'000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

qint64 utcMs(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

// A call at customer care that fails 'understood' and hands the customer to billing.
WalkSummary failedCall(const QString &walkId, int revision, int nps, qint64 finishedMs)
{
    WalkSummary s = sampleSummary(walkId, revision, "j1", finishedMs);
    ContactSummary c;
    c.contactId = "c1";
    c.touchpointId = "call";
    c.touchpointName = "Call";
    c.department = "customer_care";
    c.score = 25;
    c.passed = false;
    c.failedMustBe = {"understood"};
    c.criterionTexts = {{"understood", "Understood my problem"}};
    c.phases = {{"queue", 240'000}};
    c.totalMs = 240'000;
    c.handoffs = {{"customer_care", "billing"}};
    c.repeatCount = 2;
    s.contacts = {c};
    s.moments = {{MomentKind::PainPoint, "call", "customer_care", "understood", 3, "understood"}};
    s.emotion = {{{"c1", -1.5}}, 0, 0, 0};
    s.answers.recommend = nps;
    return s;
}

// A real walk whose private note and unshared note name the agent: summarized as the app does.
WalkSummary walkNamingTheAgent(qint64 finishedMs)
{
    Walk walk;
    walk.id = "named";
    walk.journey.id = "j2";
    walk.journey.name = "Shop";
    walk.journey.sector = "telecoms";
    Touchpoint desk;
    desk.id = "desk";
    desk.name = "Desk";
    desk.channel = Channel::Store;
    desk.department = "retail";
    desk.criteria = {{"greeting", "Greeted me", 1.0, CriterionKind::MustBe}};
    walk.journey.stages = {{"visit", "Visit", {desk}}};
    Contact contact;
    contact.id = "d1";
    contact.touchpointId = "desk";
    contact.outcome = Outcome::Resolved;
    contact.observation.scores = {{"greeting", 5}};
    contact.observation.privateStaffNote = "Mario Rossi, badge 4411";
    contact.observation.note = "Mario Rossi was kind";
    walk.contacts = {contact};
    walk.status = WalkStatus::Finished;
    walk.answers.recommend = 9;
    WalkSummary s = summarize(walk, TimePoint{});
    s.finishedWallMs = finishedMs;
    s.startedWallMs = finishedMs - 60'000;
    return s;
}

// The validator's verdict on one file against docs/schemas/<schema>.schema.json.
QString validate(const QString &schema, const QString &file)
{
    QProcess validator;
    validator.setProcessChannelMode(QProcess::MergedChannels);
    validator.start(ITS_PYTHON3,
                    {ITS_VALIDATE_SCRIPT,
                     QStringLiteral(ITS_SOURCE_DIR "/docs/schemas/%1.schema.json").arg(schema),
                     file});
    if (!validator.waitForFinished(120'000))
        return "validator did not finish";
    return QString::fromUtf8(validator.readAll());
}

json readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    return json::parse(file.readAll().toStdString(), nullptr, false);
}

} // namespace

class TestReviewReportCli : public QObject
{
    Q_OBJECT

    QTemporaryDir tmp;
    QString review, cfo, coo, share, cfoId, cooId;

    void enqueue(const QString &device, const WalkSummary &summary)
    {
        Vault vault = Vault::unlock(device.toStdString(), kPassphrase.toStdString());
        Outbox(vault.db()).enqueue(summary, QDateTime::currentMSecsSinceEpoch());
    }
    QString enroll(const QString &device, const QString &label)
    {
        if (cli(device, {"create", "--kdf", "test"}).exitCode != 0)
            return {};
        const Run run = cli(device, {"enroll", tmp.filePath("invitation.txt"), "--label", label});
        const QString id = run.out.section(' ', 2, 2);
        return cli(review, {"roster", "accept", id}).exitCode == 0 ? id : QString();
    }
    Run report(const QStringList &extra, const QString &out)
    {
        return cli(review,
                   QStringList{"review", "report", "--format", "json", "--out", out} + extra);
    }

private slots:
    void initTestCase()
    {
        review = tmp.filePath("review");
        share = tmp.filePath("share");
        QVERIFY(QDir().mkpath(share));
        QCOMPARE(cli(review, {"create", "--kdf", "test"}).exitCode, 0);
        QCOMPARE(cli(review, {"review", "create", share}).exitCode, 0);
        QCOMPARE(cli(review, {"review", "invite", tmp.filePath("invitation.txt")}).exitCode, 0);
        cfo = tmp.filePath("cfo");
        coo = tmp.filePath("coo");
        cfoId = enroll(cfo, "CFO phone");
        cooId = enroll(coo, "COO laptop");
        QVERIFY(!cfoId.isEmpty() && !cooId.isEmpty());

        // CFO: w1 in February; w2 in February at revision 1 (NPS 0), then revision 2 (NPS 10).
        // COO: w3 in May, and the walk whose notes name the agent, in May.
        enqueue(cfo, failedCall("w1", 1, 3, utcMs(2026, 2, 10)));
        enqueue(cfo, failedCall("w2", 1, 0, utcMs(2026, 2, 12)));
        QCOMPARE(cli(cfo, {"push"}).exitCode, 0);
        QVERIFY(cli(review, {"pull"}).out.contains("new 2"));
        enqueue(cfo, failedCall("w2", 2, 10, utcMs(2026, 2, 12)));
        enqueue(coo, failedCall("w3", 1, 9, utcMs(2026, 5, 10)));
        enqueue(coo, walkNamingTheAgent(utcMs(2026, 5, 11)));
        QCOMPARE(cli(cfo, {"push"}).exitCode, 0);
        QCOMPARE(cli(coo, {"push"}).exitCode, 0);
        const Run pulled = cli(review, {"pull"});
        QVERIFY2(pulled.out.contains("new 3"), qPrintable(pulled.out + pulled.err));
    }

    void reportCompilesEveryReceivedWalkOnce()
    {
        const QString out = tmp.filePath("all.json");
        const Run run = report({"--period", "quarter"}, out);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains("4 walk(s): findings written to " + out), qPrintable(run.out));
        const json f = readJson(out);
        QCOMPARE(f["format"], json("intheirshoes.findings"));
        QCOMPARE(f["version"], json(2));
        QCOMPARE(f["walks"], json(4)); // w2 once, at revision 2
        // Pooled NPS of 3, 10, 9, 9: 3 promoters, 1 detractor -> 50.
        QCOMPARE(f["voice"]["nps"]["value"], json(50.0));
        QCOMPARE(f["voice"]["nps"]["n"], json(4));
        QCOMPARE(f["siloMap"][0]["from"], json("customer_care"));
        QCOMPARE(f["siloMap"][0]["handoffs"], json(3));
        QCOMPARE(f["siloMap"][0]["repeatsAfter"], json(6));
        const json &call = f["journeys"][0]["stages"][0]["touchpoints"][0];
        QCOMPARE(call["mustBeFailures"][0]["text"], json("Understood my problem"));
        QCOMPARE(call["mustBeFailures"][0]["rate"]["count"], json(3));
        QCOMPARE(f["periods"].size(), std::size_t(2)); // 2026-Q1 and 2026-Q2
        QCOMPARE(f["periods"][1]["key"], json("2026-Q2"));
        QCOMPARE(f["periods"][1]["nps"]["change"], json("no-clear-change"));
        const json &leaders = f["participation"]["leaders"];
        QCOMPARE(leaders.size(), std::size_t(2));
        QCOMPARE(leaders[0]["label"], json("CFO phone"));
        QCOMPARE(leaders[0]["walks"], json::array({2, 0}));
        QCOMPARE(leaders[1]["label"], json("COO laptop"));
        QCOMPARE(leaders[1]["walks"], json::array({0, 2}));
        // The walks are from 2026: both leaders are idle 90 days before today.
        QCOMPARE(f["participation"]["idleLeaders"].size(), std::size_t(2));

        QCOMPARE(validate("findings", out), QString("OK " + out + "\n"));
    }

    void filtersNarrowTheReport()
    {
        const QString out = tmp.filePath("filtered.json");
        QCOMPARE(report({"--from", "2026-05-10", "--to", "2026-05-10"}, out).exitCode, 0);
        QCOMPARE(readJson(out)["walks"], json(1)); // --to is the last day included
        QCOMPARE(report({"--journey", "j2"}, out).exitCode, 0);
        QCOMPARE(readJson(out)["walks"], json(1));
        QCOMPARE(report({"--journey", "j1", "--journey", "j2"}, out).exitCode, 0);
        QCOMPARE(readJson(out)["walks"], json(4));
        QCOMPARE(report({"--department", "retail"}, out).exitCode, 0);
        const json retail = readJson(out);
        QCOMPARE(retail["walks"], json(1));
        QCOMPARE(retail["departments"][0]["department"], json("retail"));
        QCOMPARE(report({"--leader", cooId, "--quarter", "2026-Q2"}, out).exitCode, 0);
        QCOMPARE(readJson(out)["walks"], json(2));
    }

    void noWalksMatchIsSaidNotZeros()
    {
        const QString out = tmp.filePath("empty.json");
        const Run run = report({"--month", "2025-01"}, out);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("no walks match"), qPrintable(run.out));
        const json f = readJson(out);
        QCOMPARE(f["result"], json("no-walks-match"));
        QVERIFY(!f.contains("voice"));
    }

    void badRequestsFailClearlyAndWriteNothing()
    {
        const QString out = tmp.filePath("never.json");
        // pdf and html are tested in tests/integration/report; here only what they refuse.
        Run run = cli(review, {"review", "report", "--format", "pdf", "--out", "-"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("--format pdf writes a file"), qPrintable(run.err));
        run = cli(review, {"review", "report", "--format", "html", "--out", out});
        QVERIFY2(run.err.contains("--format html is a department brief"), qPrintable(run.err));
        run = cli(review, {"review", "report", "--format", "rtf", "--out", out});
        QVERIFY2(run.err.contains("unknown --format 'rtf'"), qPrintable(run.err));
        run = report({"--from", "10/02/2026"}, out);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("--from wants a date as YYYY-MM-DD"), qPrintable(run.err));
        run = report({"--channel", "fax"}, out);
        QVERIFY2(run.err.contains("unknown channel 'fax'"), qPrintable(run.err));
        run = report({"--month", "2026-03", "--from", "2026-01-01"}, out);
        QVERIFY2(run.err.contains("give one period"), qPrintable(run.err));
        run = cli(review, {"review", "report", "--format", "json"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("usage: intheirshoes-cli review report"), qPrintable(run.err));
        run =
            cli(review, {"review", "report", "--format", "json", "--out", out}, "wrong passphrase");
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.startsWith("error: "));
        QVERIFY(!QFile::exists(out));
    }

    void showPrintsTheSummaryAsTheCcoSeesIt()
    {
        Run run = cli(review, {"review", "show", "w2"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith("walk w2 revision 2: Journey j1"), qPrintable(run.out));
        QVERIFY2(run.out.contains("leader CFO phone (" + cfoId + ")"), qPrintable(run.out));
        QVERIFY(run.out.contains("failed: Understood my problem"));
        QVERIFY(run.out.contains("handed from customer_care to billing"));
        QVERIFY(run.out.contains("had to repeat 2 time(s)"));
        QVERIFY(run.out.contains("answers: recommend 10"));

        run = cli(review, {"review", "show", "w2", "--format", "json"});
        QCOMPARE(run.exitCode, 0);
        const json shown = json::parse(run.out.toStdString());
        QCOMPARE(shown["format"], json("intheirshoes.received"));
        QCOMPARE(shown["leader"], json("CFO phone"));
        QCOMPARE(shown["deviceId"], json(cfoId.toStdString()));
        QCOMPARE(parseSummary(shown["summary"].dump()).revision, 2);
        const QString path = tmp.filePath("shown.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(run.out.toUtf8());
        file.close();
        QCOMPARE(validate("received", path), QString("OK " + path + "\n"));

        run = cli(review, {"review", "show", "nope"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("no received summary of walk nope"), qPrintable(run.err));
    }

    void noStaffNameInAnyOutput()
    {
        const QString out = tmp.filePath("privacy.json");
        QCOMPARE(report({}, out).exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray findings = file.readAll();
        QVERIFY(findings.contains("retail")); // the walk is in the report ...
        QVERIFY(!findings.contains("Mario")); // ... its agent is not
        const Run text = cli(review, {"review", "show", "named"});
        const Run asJson = cli(review, {"review", "show", "named", "--format", "json"});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Desk"));
        QVERIFY(!text.out.contains("Mario") && !asJson.out.contains("Mario"));
        QVERIFY(!asJson.out.contains("4411"));
    }
};

QTEST_GUILESS_MAIN(TestReviewReportCli)
#include "tst_review_report_cli.moc"
