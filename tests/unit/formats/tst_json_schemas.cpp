// The JSON Schemas in docs/schemas are documentation that must stay true: every starter
// template and real exports from the formats code must validate, and broken files must not.

#include "formats/summary_json.h"
#include "formats/template_json.h"
#include "formats/walk_json.h"
#include "sample_data.h"
#include "scoring/summarize.h"
#include "summary_versions.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace its;
using namespace its::test;
using nlohmann::json;

namespace {

struct Validation
{
    int exitCode = -1;
    QString output;
};

QString schemaPath(const char *name)
{
    return QStringLiteral(ITS_SOURCE_DIR "/docs/schemas/%1.schema.json").arg(name);
}

Validation validate(const char *schema, const QStringList &files)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(ITS_PYTHON3),
                  QStringList{QStringLiteral(ITS_VALIDATE_SCRIPT), schemaPath(schema)} + files);
    if (!process.waitForFinished(120'000))
        return {-1, "validator did not finish: " + process.errorString()};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

QString writeJson(const QTemporaryDir &dir, const QString &name, const json &document)
{
    const QString path = dir.filePath(name);
    std::ofstream(path.toStdString()) << document.dump(2);
    return path;
}

} // namespace

class TestJsonSchemas : public QObject
{
    Q_OBJECT
private slots:
    void everyStarterTemplateMatchesTheSchema()
    {
        const QDir dir(QStringLiteral(ITS_SOURCE_DIR "/assets/templates"));
        QStringList files;
        for (const QString &name : dir.entryList({"*.json"}, QDir::Files, QDir::Name))
            files << dir.filePath(name);
        QVERIFY2(files.size() >= 18, qPrintable(QString::number(files.size())));
        const Validation result = validate("template", files);
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
        QCOMPARE(result.output.count(QStringLiteral("OK ")), files.size());
    }

    void walkExportsMatchTheSchema()
    {
        QTemporaryDir dir;
        Walk open = sampleWalk();
        open.finishedAt.reset();
        open.status = WalkStatus::InProgress;
        open.answers = {};
        const QStringList files{writeJson(dir, "finished.json", walkToJson(sampleWalk())),
                                writeJson(dir, "open.json", walkToJson(open))};
        const Validation result = validate("walk", files);
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
    }

    void summaryExportsMatchTheSchema()
    {
        QTemporaryDir dir;
        const WalkSummary computed = summarize(sampleWalk(), at(700'000, 700'000));
        const QStringList files{writeJson(dir, "hand.json", summaryToJson(sampleSummary())),
                                writeJson(dir, "computed.json", summaryToJson(computed))};
        const Validation result = validate("summary", files);
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
    }

    // Version 1 (before the CSAT question) stays valid without csat; each version is strict
    // about it: version 2 must carry csat, version 1 must not.
    void csatFollowsTheVersion()
    {
        QTemporaryDir dir;
        json oldWalk = walkToJson(sampleWalk());
        oldWalk["version"] = 1;
        oldWalk["answers"].erase("csat");
        json oldSummary = summaryToJson(sampleSummary());
        asVersion2(oldSummary);
        oldSummary["version"] = 1;
        oldSummary["answers"].erase("csat");
        Validation result = validate("walk", {writeJson(dir, "old-walk.json", oldWalk)});
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
        result = validate("summary", {writeJson(dir, "old-summary.json", oldSummary)});
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));

        json oldWithCsat = oldSummary;
        oldWithCsat["answers"]["csat"] = 4;
        json newWithoutCsat = summaryToJson(sampleSummary());
        newWithoutCsat["answers"].erase("csat");
        json csatSix = summaryToJson(sampleSummary());
        csatSix["answers"]["csat"] = 6;
        result = validate("summary", {writeJson(dir, "old-with.json", oldWithCsat),
                                      writeJson(dir, "new-without.json", newWithoutCsat),
                                      writeJson(dir, "six.json", csatSix)});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.output.contains("old-with.json at /answers"), qPrintable(result.output));
        QVERIFY2(result.output.contains("new-without.json at /answers"), qPrintable(result.output));
        QVERIFY2(result.output.contains("six.json at /answers/csat"), qPrintable(result.output));
        QVERIFY(!result.output.contains("OK "));
    }

    // The version 2 fixture (written by the version 2 code) stays valid; each version is strict
    // about its handoffs: version 3 has handoffs with their origin and criterionTexts, version 2
    // only the receiving departments.
    void handoffsFollowTheVersion()
    {
        Validation result = validate("summary", {QFINDTESTDATA("fixtures/summary-v2.json")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));

        QTemporaryDir dir;
        json newWithOldHandoffs = summaryToJson(sampleSummary());
        newWithOldHandoffs["contacts"][0]["handoffDepartments"] = json::array({"billing"});
        json newWithoutTexts = summaryToJson(sampleSummary());
        newWithoutTexts["contacts"][1].erase("criterionTexts");
        json oldWithNewHandoffs = summaryToJson(sampleSummary());
        oldWithNewHandoffs["version"] = 2;
        result = validate("summary", {writeJson(dir, "new-old.json", newWithOldHandoffs),
                                      writeJson(dir, "no-texts.json", newWithoutTexts),
                                      writeJson(dir, "old-new.json", oldWithNewHandoffs)});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.output.contains("new-old.json at /contacts/0"), qPrintable(result.output));
        QVERIFY2(result.output.contains("no-texts.json at /contacts/1"), qPrintable(result.output));
        QVERIFY2(result.output.contains("old-new.json at /contacts/0"), qPrintable(result.output));
        QVERIFY(!result.output.contains("OK "));
    }

    // Version 4 lists its photos (valid with their data, and without it as the review stores
    // them); a version 3 file with photos, a PNG, or a sixth photo is refused.
    void photosFollowTheVersion()
    {
        QTemporaryDir dir;
        const json current = summaryToJson(sampleSummary());
        Validation result =
            validate("summary", {writeJson(dir, "with.json", current),
                                 writeJson(dir, "stored.json", withoutPhotoData(current))});
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
        json oldWithPhotos = current;
        oldWithPhotos["version"] = 3;
        json png = current;
        png["photos"][0]["mime"] = "image/png";
        json six = current;
        for (int i = 0; i < 5; ++i)
            six["photos"].push_back(current["photos"][0]);
        json noList = current;
        noList.erase("photos");
        result = validate(
            "summary", {writeJson(dir, "old.json", oldWithPhotos), writeJson(dir, "png.json", png),
                        writeJson(dir, "six.json", six), writeJson(dir, "nolist.json", noList)});
        QCOMPARE(result.exitCode, 1);
        for (const char *name : {"old.json", "png.json", "six.json", "nolist.json"})
            QVERIFY2(result.output.contains(QString::fromLatin1(name) + QStringLiteral(" at")),
                     qPrintable(result.output));
        QVERIFY(!result.output.contains("OK "));
    }

    void schemasRejectBrokenFiles()
    {
        QTemporaryDir dir;
        json badChannel = templateToJson(sampleJourney());
        badChannel["stages"][0]["touchpoints"][0]["channel"] = "fax";
        json futureTemplate = templateToJson(sampleJourney());
        futureTemplate["version"] = 2;
        Validation result = validate("template", {writeJson(dir, "channel.json", badChannel),
                                                  writeJson(dir, "future.json", futureTemplate)});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.output.contains("at /stages/0/touchpoints/0/channel"),
                 qPrintable(result.output));
        QVERIFY2(result.output.contains("at /version"), qPrintable(result.output));

        json badScore = walkToJson(sampleWalk());
        badScore["contacts"][0]["observation"]["scores"][1]["score"] = 6;
        json painWithoutSeverity = walkToJson(sampleWalk());
        painWithoutSeverity["contacts"][0]["observation"]["moment"]["severity"] = 0;
        result = validate("walk", {writeJson(dir, "score.json", badScore),
                                   writeJson(dir, "severity.json", painWithoutSeverity)});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.output.contains("score.json at /contacts/0/observation/scores/1/score"),
                 qPrintable(result.output));
        QVERIFY2(result.output.contains("severity.json at /contacts/0/observation/moment/severity"),
                 qPrintable(result.output));

        json staffName = summaryToJson(sampleSummary());
        staffName["contacts"][0]["staffName"] = "Mario";
        json wrongFormat = walkToJson(sampleWalk()); // a full walk is not a summary
        result = validate("summary", {writeJson(dir, "staff.json", staffName),
                                      writeJson(dir, "walk.json", wrongFormat)});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.output.contains("at /contacts/0:"), qPrintable(result.output));
        QVERIFY2(result.output.contains("walk.json at /format"), qPrintable(result.output));
        QVERIFY(!result.output.contains("OK "));

        const QString malformed = dir.filePath("malformed.json");
        std::ofstream(malformed.toStdString()) << "{\"format\": ";
        result = validate("summary", {malformed});
        QCOMPARE(result.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestJsonSchemas)
#include "tst_json_schemas.moc"
