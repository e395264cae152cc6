// Findings JSON (intheirshoes.findings version 1): the documents the compile writes validate
// against docs/schemas/findings.schema.json, broken ones do not, and no staff name gets in.
#include "review/compile.h"
#include "review/filtered_photos.h"
#include "review/findings_json.h"
#include "scoring/summarize.h"
#include "summary_builder.h"
#include "walk_builder.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace its;
using namespace its::review;
using namespace its::review::test;
using nlohmann::json;

namespace {

struct Validation
{
    int exitCode = -1;
    QString output;
};

Validation validate(const QStringList &files)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(ITS_PYTHON3),
                  QStringList{QStringLiteral(ITS_VALIDATE_SCRIPT),
                              QStringLiteral(ITS_SOURCE_DIR "/docs/schemas/findings.schema.json")} +
                      files);
    if (!process.waitForFinished(120'000))
        return {-1, "validator did not finish"};
    return {process.exitCode(), QString::fromUtf8(process.readAll())};
}

QString write(const QTemporaryDir &dir, const QString &name, const json &document)
{
    const QString path = dir.filePath(name);
    std::ofstream(path.toStdString()) << document.dump(2);
    return path;
}

// Two walks with something in every section: a failure, a delighter, a breach, a handoff, all
// the answers, over two months.
std::vector<ReceivedWalk> busyWalks()
{
    ContactSummary a = contactAt("a1", "call", "customer_care", 25);
    a.passed = false;
    a.failedMustBe = {"understood"};
    a.criterionTexts = {{"understood", "Understood my problem"}};
    a.phases = {seconds("queue", 400)};
    a.totalMs = 400'000;
    a.slaBreaches = {{"queue", 180'000, 400'000}};
    a.handoffs = {{"customer_care", "billing"}};
    a.repeatCount = 1;
    ContactSummary b = contactAt("b1", "call", "customer_care", 100);
    b.metDelighters = {"empathy"};
    b.shareableNote = "She called me back as promised";
    b.totalMs = 60'000;
    ReceivedWalk first = WalkBuilder("A", "dev-1", utcMs(2026, 3, 2)).contact(a, -2).nps(2);
    first.summary.answers.csat = 2;
    first.summary.answers.effort = 6;
    first.summary.answers.wouldStay = false;
    ReceivedWalk second = WalkBuilder("B", "dev-2", utcMs(2026, 4, 2)).contact(b, 2).nps(10);
    second.summary.answers.csat = 5;
    second.summary.answers.effort = 2;
    second.summary.answers.wouldStay = true;
    return {first, second};
}

} // namespace

class TestFindingsJson : public QObject
{
    Q_OBJECT
private slots:
    void findingsMatchTheSchema()
    {
        QTemporaryDir dir;
        ReviewFilter quarter;
        setQuarter(quarter, 2026, 2, QTimeZone::utc());
        quarter.channels = {Channel::Phone};
        const std::vector<Leader> roster = {{"dev-1", "CFO", true}, {"dev-2", "COO", true}};
        json all = findingsToJson(compile(busyWalks(), roster, {}, options()), {}, 1);
        FilteredPhoto photo{"w1", "ev-1", "c1", "Shelf", "Mobile", "Shop desk", "retail", 5, 2048};
        all["photos"] = photosToJson({photo, {"w2", "ev-2", "", "", "Mobile", "", "", 6, 0}});
        const json filtered =
            findingsToJson(compile(busyWalks(), roster, quarter, options()), quarter, 2);
        ReviewFilter nothing;
        nothing.journeys = {"none"};
        const json empty =
            findingsToJson(compile(busyWalks(), roster, nothing, options()), nothing, 3);
        const Validation result =
            validate({write(dir, "all.json", all), write(dir, "filtered.json", filtered),
                      write(dir, "empty.json", empty)});
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
        QCOMPARE(result.output.count("OK "), 3);

        QCOMPARE(all["format"], json("intheirshoes.findings"));
        QCOMPARE(all["version"], json(2));
        QCOMPARE(all["photos"][0]["byteSize"], json(2048));
        QCOMPARE(all["photos"][1]["touchpoint"], json(""));
        QCOMPARE(all["walks"], json(2));
        QCOMPARE(all["voice"]["nps"]["value"], json(0.0));
        QCOMPARE(all["voice"]["csat"]["count"], json(1));
        QCOMPARE(all["siloMap"][0]["repeatsAfter"], json(1));
        const json &touchpoint = all["journeys"][0]["stages"][0]["touchpoints"][0];
        QCOMPARE(touchpoint["mustBeFailures"][0]["text"], json("Understood my problem"));
        QCOMPARE(touchpoint["mustBeFailures"][0]["walkIds"], json::array({"A"}));
        QCOMPARE(touchpoint["quotes"][0]["text"], json("She called me back as promised"));
        QCOMPARE(touchpoint["quotes"][0]["walkId"], json("B"));
        QCOMPARE(all["periods"][1]["key"], json("2026-04"));
        QCOMPARE(all["periods"][1]["nps"]["change"], json("no-clear-change"));
        QCOMPARE(all["participation"]["leaders"][0]["label"], json("CFO"));
        QCOMPARE(filtered["walks"], json(1));
        QCOMPARE(filtered["filter"]["channels"], json::array({"phone"}));

        QCOMPARE(empty["result"], json("no-walks-match"));
        QCOMPARE(empty["walks"], json(0));
        QVERIFY(!empty.contains("voice"));
        QVERIFY(!empty.contains("journeys"));
    }
    void schemaRejectsZerosForNoWalksAndUnknownFields()
    {
        QTemporaryDir dir;
        json empty = findingsToJson(compile({}, {}, {}, options()), {}, 1);
        json zeros = empty;
        zeros["journeys"] = json::array();
        json staff = findingsToJson(compile(busyWalks(), {}, {}, options()), {}, 1);
        staff["journeys"][0]["stages"][0]["touchpoints"][0]["staffName"] = "Mario";
        json badChange = findingsToJson(compile(busyWalks(), {}, {}, options()), {}, 1);
        badChange["periods"][1]["nps"]["change"] = "up";
        const Validation result =
            validate({write(dir, "zeros.json", zeros), write(dir, "staff.json", staff),
                      write(dir, "change.json", badChange)});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.output.contains("zeros.json at :"), qPrintable(result.output));
        QVERIFY2(result.output.contains("staff.json at /journeys/0/stages/0/touchpoints/0"),
                 qPrintable(result.output));
        QVERIFY2(result.output.contains("change.json at /periods/1/nps/change"),
                 qPrintable(result.output));
        QVERIFY(!result.output.contains("OK "));
    }
    void noStaffNameReachesTheFindings()
    {
        // The walk's private note names the agent; the summary drops it, and so do the findings.
        using namespace its::test;
        Walk walk =
            walkOf({touchpoint("call", Channel::Phone, "customer_care", {mustBe("understood")})});
        Contact call = contact("c1", "call");
        call.observation = scored({{"understood", 1}});
        call.observation.privateStaffNote = "Mario Rossi at desk 4";
        call.observation.note = "Agent Mario Rossi was rude";
        call.observation.noteShareable = false;
        call.outcome = Outcome::Resolved;
        walk.contacts.push_back(call);
        walk.status = WalkStatus::Finished;
        const WalkSummary summary = summarize(walk, TimePoint{});
        const Findings findings = compile({{summary, "dev-1"}}, {}, {}, options());
        QCOMPARE(findings.walks, 1);
        const std::string text = findingsToJson(findings, {}, 1).dump();
        QVERIFY(text.find("understood") != std::string::npos); // the failure is there
        QVERIFY2(text.find("Mario") == std::string::npos, text.c_str());
        QVERIFY(text.find("Rossi") == std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestFindingsJson)
#include "tst_findings_json.moc"
