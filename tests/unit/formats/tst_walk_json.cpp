#include "domain_compare.h"
#include "expect_error.h"
#include "formats/walk_json.h"
#include "sample_data.h"

#include <QtTest>
#include <nlohmann/json.hpp>

using namespace its;
using namespace its::test;
using nlohmann::json;

class TestWalkJson : public QObject
{
    Q_OBJECT
private slots:
    void exportKeepsEverythingIncludingPrivateNotes()
    {
        const std::string text = walkToJson(sampleWalk()).dump();
        // The walk export is the executive's own backup: nothing is dropped.
        QVERIFY(text.find(kPrivateNote) != std::string::npos);
        QVERIFY(text.find(kStaffName) != std::string::npos);
        const json out = json::parse(text);
        QCOMPARE(out.at("format").get<std::string>(), std::string(kWalkFormat));
        QCOMPARE(out.at("version").get<int>(), kWalkFormatVersion);
        QCOMPARE(out.at("journey").at("format").get<std::string>(),
                 std::string("intheirshoes.template"));
        QVERIFY(
            out.at("contacts").at(0).at("observation").at("scores").at(2).at("score").is_null());
    }

    void roundTripIsLossless()
    {
        const Walk original = sampleWalk();
        QVERIFY(same(walkFromJson(walkToJson(original)), original));
        QVERIFY(same(parseWalk(walkToJson(original).dump(1)), original));

        Walk open = sampleWalk();
        open.finishedAt.reset();
        open.status = WalkStatus::InProgress;
        open.answers = {};
        QVERIFY(same(parseWalk(walkToJson(open).dump()), open));
        QVERIFY(!same(open, original));
    }

    void rejectsWithExactPath()
    {
        const std::vector<Mutation> mutations = {
            {"template format at top", [](json &j) { j["format"] = "intheirshoes.template"; },
             "/format"},
            {"future version", [](json &j) { j["version"] = kWalkFormatVersion + 1; }, "/version"},
            {"unknown outcome", [](json &j) { contact(j, 0)["outcome"] = "escalated"; },
             "/contacts/0/outcome"},
            {"unknown moment kind", [](json &j) { moment(j, 1)["kind"] = "meh"; },
             "/contacts/1/observation/moment/kind"},
            {"severity too high", [](json &j) { moment(j, 0)["severity"] = 4; },
             "/contacts/0/observation/moment/severity"},
            {"pain point without severity", [](json &j) { moment(j, 0)["severity"] = 0; },
             "/contacts/0/observation/moment/severity"},
            {"score 6", [](json &j) { scores(j, 0)[1]["score"] = 6; },
             "/contacts/0/observation/scores/1/score"},
            {"score 0", [](json &j) { scores(j, 0)[1]["score"] = 0; },
             "/contacts/0/observation/scores/1/score"},
            {"score as text", [](json &j) { scores(j, 0)[0]["score"] = "N/A"; },
             "/contacts/0/observation/scores/0/score"},
            {"score of unknown criterion", [](json &j) { scores(j, 1)[0]["criterionId"] = "x"; },
             "/contacts/1/observation/scores/0/criterionId"},
            {"criterion scored twice", [](json &j) { scores(j, 1)[1]["criterionId"] = "correct"; },
             "/contacts/1/observation/scores/1/criterionId"},
            {"unknown touchpoint", [](json &j) { contact(j, 1)["touchpointId"] = "gone"; },
             "/contacts/1/touchpointId"},
            {"recommend 11", [](json &j) { j["answers"]["recommend"] = 11; }, "/answers/recommend"},
            {"csat 0", [](json &j) { j["answers"]["csat"] = 0; }, "/answers/csat"},
            {"csat 6", [](json &j) { j["answers"]["csat"] = 6; }, "/answers/csat"},
            {"csat as text", [](json &j) { j["answers"]["csat"] = "4"; }, "/answers/csat"},
            {"csat missing in version 2", [](json &j) { j["answers"].erase("csat"); },
             "/answers/csat"},
            {"csat in a version 1 file", [](json &j) { j["version"] = 1; }, "/answers/csat"},
            {"effort 0", [](json &j) { j["answers"]["effort"] = 0; }, "/answers/effort"},
            {"effort 8", [](json &j) { j["answers"]["effort"] = 8; }, "/answers/effort"},
            {"missing ces version", [](json &j) { j["answers"].erase("cesScaleVersion"); },
             "/answers/cesScaleVersion"},
            {"missing answer", [](json &j) { j["answers"].erase("wouldStay"); },
             "/answers/wouldStay"},
            {"wouldStay as text", [](json &j) { j["answers"]["wouldStay"] = "no"; },
             "/answers/wouldStay"},
            {"unknown status", [](json &j) { j["status"] = "paused"; }, "/status"},
            {"wall clock as text",
             [](json &j) { contact(j, 0)["events"][2]["at"]["wallMs"] = "1"; },
             "/contacts/0/events/2/at/wallMs"},
            {"negative repeat count", [](json &j) { contact(j, 0)["repeatCount"] = -1; },
             "/contacts/0/repeatCount"},
            {"handoff without target",
             [](json &j) { contact(j, 0)["handoffs"][0].erase("toDepartment"); },
             "/contacts/0/handoffs/0/toDepartment"},
            {"note shareable as text", [](json &j) { observation(j, 0)["noteShareable"] = "yes"; },
             "/contacts/0/observation/noteShareable"},
            {"duplicate contact id", [](json &j) { contact(j, 1)["id"] = "c1"; }, "/contacts/1/id"},
            {"broken journey snapshot",
             [](json &j) { j["journey"]["stages"][0]["touchpoints"][0]["channel"] = "pigeon"; },
             "/journey/stages/0/touchpoints/0/channel"},
            {"journey snapshot of unknown version", [](json &j) { j["journey"]["version"] = 7; },
             "/journey/version"},
            {"finishedAt as text", [](json &j) { j["finishedAt"] = "yesterday"; }, "/finishedAt"},
            {"unknown field", [](json &j) { observation(j, 0)["staff"] = "Mario"; },
             "/contacts/0/observation/staff"},
        };
        const json valid = walkToJson(sampleWalk());
        QVERIFY(same(walkFromJson(valid), sampleWalk()));
        for (const auto &mutation : mutations) {
            json broken = valid;
            mutation.mutate(broken);
            std::string message;
            const auto path = errorPath([&] { walkFromJson(broken); }, &message);
            const QString context = QString("%1: got %2 (%3)")
                                        .arg(mutation.what, QString::fromStdString(path),
                                             QString::fromStdString(message));
            QVERIFY2(path == mutation.expectedPath, qPrintable(context));
        }
    }

    // Files written before the CSAT question (version 1, no "csat") still load, unanswered.
    void version1FileWithoutCsatLoads()
    {
        json old = walkToJson(sampleWalk());
        old["version"] = 1;
        old["answers"].erase("csat");
        const Walk loaded = walkFromJson(old);
        QVERIFY(!loaded.answers.csat.has_value());
        Walk expected = sampleWalk();
        QVERIFY(expected.answers.csat.has_value()); // the sample does answer it...
        expected.answers.csat.reset();              // ...the old file cannot
        QVERIFY(same(loaded, expected));
        // Written again, it becomes the current version with csat null.
        const json again = walkToJson(loaded);
        QCOMPARE(again.at("version").get<int>(), kWalkFormatVersion);
        QVERIFY(again.at("answers").at("csat").is_null());
    }

    // Files from before the responsible department (version 2) load with the owner ("").
    void version2FileWithoutMomentDepartmentLoads()
    {
        json old = walkToJson(sampleWalk());
        QCOMPARE(old.at("contacts").at(0).at("observation").at("moment").at("department"),
                 json("sales"));
        old["version"] = 2;
        for (json &contact : old["contacts"])
            contact["observation"]["moment"].erase("department");
        const Walk loaded = walkFromJson(old);
        QCOMPARE(loaded.contacts.at(0).observation.moment.department, std::string());
        Walk expected = sampleWalk();
        for (Contact &contact : expected.contacts)
            contact.observation.moment.department.clear();
        QVERIFY(same(loaded, expected));
    }

    void csatIsWrittenAndReadBack()
    {
        Walk answered = sampleWalk();
        for (int value = kCsatMin; value <= kCsatMax; ++value) {
            answered.answers.csat = value;
            const json out = walkToJson(answered);
            QCOMPARE(out.at("answers").at("csat").get<int>(), value);
            QCOMPARE(walkFromJson(out).answers.csat, std::optional<int>(value));
        }
        answered.answers.csat.reset();
        QVERIFY(walkToJson(answered).at("answers").at("csat").is_null());
        QVERIFY(!walkFromJson(walkToJson(answered)).answers.csat);
    }

    void malformedTextIsAFormatError()
    {
        std::string message;
        const auto path =
            errorPath([] { parseWalk("{\"format\": \"intheirshoes.walk\""); }, &message);
        QCOMPARE(path, std::string());
        // 30 bytes of text: the parser reports the end of input, one past the last byte.
        QVERIFY2(message.find("byte 31") != std::string::npos, message.c_str());
    }

private:
    static json &contact(json &j, std::size_t i) { return j["contacts"][i]; }
    static json &observation(json &j, std::size_t i) { return contact(j, i)["observation"]; }
    static json &moment(json &j, std::size_t i) { return observation(j, i)["moment"]; }
    static json &scores(json &j, std::size_t i) { return observation(j, i)["scores"]; }
};

QTEST_GUILESS_MAIN(TestWalkJson)
#include "tst_walk_json.moc"
