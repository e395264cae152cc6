#include "domain_compare.h"
#include "expect_error.h"
#include "formats/template_json.h"
#include "formats/template_library.h"
#include "sample_data.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace its;
using namespace its::test;
using nlohmann::json;

namespace {
void writeFile(const QString &dir, const char *name, const std::string &text)
{
    std::ofstream out((dir + "/" + name).toStdString(), std::ios::binary);
    out << text;
}
} // namespace

class TestTemplateJson : public QObject
{
    Q_OBJECT
private slots:
    void exportIsVersioned()
    {
        const json out = templateToJson(sampleJourney());
        QCOMPARE(out.at("format").get<std::string>(), std::string(kTemplateFormat));
        QCOMPARE(out.at("version").get<int>(), kTemplateFormatVersion);
        QCOMPARE(out.at("stages").at(0).at("touchpoints").at(0).at("channel").get<std::string>(),
                 std::string("phone"));
        // A touchpoint on its channel's default phases does not repeat them.
        QVERIFY(!out.at("stages").at(0).at("touchpoints").at(0).contains("phases"));
        QCOMPARE(out.at("stages").at(1).at("touchpoints").at(0).at("phases").size(), 3u);
    }

    void roundTripIsLossless()
    {
        const JourneyTemplate original = sampleJourney();
        QVERIFY(same(templateFromJson(templateToJson(original)), original));
        const std::string text = templateToJson(original).dump(2);
        const JourneyTemplate parsed = parseTemplate(text);
        QVERIFY(same(parsed, original));
        QCOMPARE(parsed.stages.at(1).touchpoints.at(0).criteria.at(1).weight, 0.5);
        QCOMPARE(parsed.name, std::string("Cancel / \"test\" ~ journey"));
    }

    void sameDetectsDifferences() // guards the round-trip test against a vacuous comparison
    {
        JourneyTemplate changed = sampleJourney();
        changed.stages.at(0).touchpoints.at(0).criteria.at(2).kind = CriterionKind::MustBe;
        QVERIFY(!same(changed, sampleJourney()));
    }

    void malformedTextReportsBytePosition()
    {
        std::string message;
        const auto path =
            errorPath([] { parseTemplate("{\"format\": \"x\",\n \"id\": }"); }, &message);
        QCOMPARE(path, std::string());
        QVERIFY2(message.find("malformed JSON at byte 24") != std::string::npos, message.c_str());
        QVERIFY(errorPath([] { parseTemplate(""); }) != kNoError);
        QVERIFY(errorPath([] { parseTemplate("{} trailing"); }) != kNoError);
    }

    void rejectsWithExactPath()
    {
        const std::vector<Mutation> mutations = {
            {"not an object", [](json &j) { j = json::array(); }, ""},
            {"missing format", [](json &j) { j.erase("format"); }, "/format"},
            {"other format", [](json &j) { j["format"] = "intheirshoes.walk"; }, "/format"},
            {"future version", [](json &j) { j["version"] = 2; }, "/version"},
            {"version as text", [](json &j) { j["version"] = "1"; }, "/version"},
            {"missing name", [](json &j) { j.erase("name"); }, "/name"},
            {"empty id", [](json &j) { j["id"] = ""; }, "/id"},
            {"revision as text", [](json &j) { j["revision"] = "3"; }, "/revision"},
            {"revision zero", [](json &j) { j["revision"] = 0; }, "/revision"},
            {"persona without name", [](json &j) { j["persona"].erase("name"); }, "/persona/name"},
            {"stages not array", [](json &j) { j["stages"] = json::object(); }, "/stages"},
            {"unknown channel", [](json &j) { tp(j, 0, 0)["channel"] = "fax"; },
             "/stages/0/touchpoints/0/channel"},
            {"channel as number", [](json &j) { tp(j, 0, 0)["channel"] = 3; },
             "/stages/0/touchpoints/0/channel"},
            {"unknown kind", [](json &j) { tp(j, 0, 0)["criteria"][2]["kind"] = "nice_to_have"; },
             "/stages/0/touchpoints/0/criteria/2/kind"},
            {"zero weight", [](json &j) { tp(j, 0, 0)["criteria"][0]["weight"] = 0; },
             "/stages/0/touchpoints/0/criteria/0/weight"},
            {"weight as text", [](json &j) { tp(j, 0, 0)["criteria"][0]["weight"] = "2"; },
             "/stages/0/touchpoints/0/criteria/0/weight"},
            {"sla on unknown phase", [](json &j) { tp(j, 0, 0)["slas"][0]["phase"] = "lobby"; },
             "/stages/0/touchpoints/0/slas/0/phase"},
            {"sla on a default phase the touchpoint replaced",
             [](json &j) { tp(j, 1, 0)["slas"][0]["phase"] = "awaiting_refund"; },
             "/stages/1/touchpoints/0/slas/0/phase"},
            {"negative sla", [](json &j) { tp(j, 0, 0)["slas"][1]["targetSeconds"] = -5; },
             "/stages/0/touchpoints/0/slas/1/targetSeconds"},
            {"fractional sla", [](json &j) { tp(j, 0, 0)["slas"][1]["targetSeconds"] = 2.5; },
             "/stages/0/touchpoints/0/slas/1/targetSeconds"},
            {"duplicate sla", [](json &j) { tp(j, 0, 0)["slas"][1]["phase"] = "queue"; },
             "/stages/0/touchpoints/0/slas/1/phase"},
            {"misspelt field",
             [](json &j) { tp(j, 0, 0)["departmnet"] = tp(j, 0, 0)["department"]; },
             "/stages/0/touchpoints/0/departmnet"},
            {"pointer escaping", [](json &j) { j["a/b~c"] = 1; }, "/a~1b~0c"},
            {"duplicate touchpoint id", [](json &j) { tp(j, 1, 0)["id"] = "call-care"; },
             "/stages/1/touchpoints/0/id"},
            {"duplicate criterion id",
             [](json &j) { tp(j, 0, 0)["criteria"][1]["id"] = "identity-once"; },
             "/stages/0/touchpoints/0/criteria/1/id"},
            {"duplicate stage id", [](json &j) { j["stages"][1]["id"] = "contact"; },
             "/stages/1/id"},
            {"own phase named total", [](json &j) { tp(j, 1, 0)["phases"][2] = "total"; },
             "/stages/1/touchpoints/0/phases/2"},
        };
        const json valid = templateToJson(sampleJourney());
        QVERIFY(same(templateFromJson(valid), sampleJourney()));
        for (const auto &mutation : mutations) {
            json broken = valid;
            mutation.mutate(broken);
            std::string message;
            const auto path = errorPath([&] { templateFromJson(broken); }, &message);
            const QString context = QString("%1: got %2 (%3)")
                                        .arg(mutation.what, QString::fromStdString(path),
                                             QString::fromStdString(message));
            QVERIFY2(path == mutation.expectedPath, qPrintable(context));
        }
    }

    void directoryKeepsGoodFilesNextToBrokenOnes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        JourneyTemplate italian = sampleJourney();
        italian.language = "it";
        writeFile(dir.path(), "a.en.json", templateToJson(sampleJourney()).dump());
        writeFile(dir.path(), "b.it.json", templateToJson(italian).dump());
        writeFile(dir.path(), "c.broken.json", "{\"format\": \"intheirshoes.template\", ");
        json future = templateToJson(sampleJourney());
        future["version"] = 9;
        writeFile(dir.path(), "d.future.json", future.dump());
        writeFile(dir.path(), "e.duplicate.json", templateToJson(sampleJourney()).dump());
        writeFile(dir.path(), "readme.txt", "not a template");
        QVERIFY(QFile::link(dir.filePath("gone.json"), dir.filePath("f.dangling.json")));
        QVERIFY(QDir(dir.path()).mkdir("g.folder.json"));

        const TemplateLibrary library = loadTemplatesFromDirectory(dir.path().toStdString());
        QCOMPARE(library.templates.size(), 2u);
        QCOMPARE(library.templates.at(0).language, std::string("en"));
        QCOMPARE(library.templates.at(1).language, std::string("it"));
        QCOMPARE(library.errors.size(), 4u);
        QCOMPARE(library.errors.at(0).file.filename().string(), std::string("c.broken.json"));
        QVERIFY(library.errors.at(0).message.find("malformed JSON") != std::string::npos);
        QCOMPARE(library.errors.at(1).jsonPath, std::string("/version"));
        QCOMPARE(library.errors.at(2).file.filename().string(), std::string("e.duplicate.json"));
        QCOMPARE(library.errors.at(2).jsonPath, std::string("/id"));
        QCOMPARE(library.errors.at(3).file.filename().string(), std::string("f.dangling.json"));
        QVERIFY(library.errors.at(3).message.find("cannot open") != std::string::npos);
    }

    void missingDirectoryIsOneError()
    {
        QTemporaryDir dir;
        const auto missing = dir.path().toStdString() + "/nope";
        const TemplateLibrary library = loadTemplatesFromDirectory(missing);
        QVERIFY(library.templates.empty());
        QCOMPARE(library.errors.size(), 1u);
        QVERIFY(errorPath([&] { loadTemplateFile(missing + "/x.json"); }) != kNoError);
    }

private:
    static json &tp(json &j, std::size_t stage, std::size_t touchpoint)
    {
        return j["stages"][stage]["touchpoints"][touchpoint];
    }
};

QTEST_GUILESS_MAIN(TestTemplateJson)
#include "tst_template_json.moc"
