#include "domain_compare.h"
#include "expect_error.h"
#include "formats/summary_json.h"
#include "formats/walk_json.h"
#include "sample_data.h"
#include "scoring/summarize.h"
#include "summary_versions.h"

#include <QtTest>
#include <nlohmann/json.hpp>

using namespace its;
using namespace its::test;
using nlohmann::json;

class TestSummaryJson : public QObject
{
    Q_OBJECT
private slots:
    void roundTripIsLossless()
    {
        const WalkSummary original = sampleSummary();
        QVERIFY(same(summaryFromJson(summaryToJson(original)), original));
        QVERIFY(same(parseSummary(summaryToJson(original).dump()), original));
        WalkSummary changed = original;
        changed.contacts.at(0).slaBreaches.at(0).actualMs += 1;
        QVERIFY(!same(changed, original));
    }

    void exportIsVersionedAndCarriesTheCesScale()
    {
        const json out = summaryToJson(sampleSummary());
        QCOMPARE(out.at("format").get<std::string>(), std::string(kSummaryFormat));
        QCOMPARE(out.at("version").get<int>(), kSummaryFormatVersion);
        QCOMPARE(out.at("answers").at("cesScaleVersion").get<std::string>(),
                 std::string("ces2-7pt"));
        QVERIFY(out.at("answers").at("wouldStay").is_null());
        QVERIFY(out.at("contacts").at(1).at("score").is_null());
    }

    // What leaves the device: the summary of a real walk (through scoring's summarize()) keeps
    // the shareable note, departments and themes, and drops the private note and staff names.
    void summaryOfAWalkHoldsNoPrivateText()
    {
        const Walk walk = sampleWalk();
        const std::string walkText = walkToJson(walk).dump();
        QVERIFY(walkText.find(kPrivateNote) != std::string::npos); // the markers are there...
        QVERIFY(walkText.find(kStaffName) != std::string::npos);

        const TimePoint now = at(700'000, 700'000);
        const std::string text = summaryToJson(summarize(walk, now)).dump();
        QVERIFY2(text.find(kPrivateNote) == std::string::npos, text.c_str()); // ...not here
        QVERIFY2(text.find("PRIVATE-NOTE") == std::string::npos, text.c_str());
        QVERIFY2(text.find(kStaffName) == std::string::npos, text.c_str());
        QVERIFY2(text.find("Giulia") == std::string::npos, text.c_str());
        QVERIFY(text.find(kShareableNote) != std::string::npos);
        QVERIFY(text.find("\"silos\"") != std::string::npos);
        QVERIFY(text.find("\"billing\"") != std::string::npos);

        // And it reads back as the same summary.
        QVERIFY(same(parseSummary(text), summarize(walk, now)));
    }

    void handBuiltSummaryHoldsNoPrivateText()
    {
        const std::string text = summaryToJson(sampleSummary()).dump();
        QVERIFY(text.find(kPrivateNote) == std::string::npos);
        QVERIFY(text.find(kStaffName) == std::string::npos);
        QVERIFY(text.find("privateStaffNote") == std::string::npos);
        QVERIFY(text.find("\"note\"") == std::string::npos);
    }

    void rejectsWithExactPath()
    {
        const std::vector<Mutation> mutations = {
            {"walk format", [](json &j) { j["format"] = "intheirshoes.walk"; }, "/format"},
            {"version 0", [](json &j) { j["version"] = 0; }, "/version"},
            {"missing version", [](json &j) { j.erase("version"); }, "/version"},
            {"score above 100", [](json &j) { j["contacts"][0]["score"] = 100.5; },
             "/contacts/0/score"},
            {"negative score", [](json &j) { j["contacts"][0]["score"] = -1; },
             "/contacts/0/score"},
            {"unknown channel", [](json &j) { j["contacts"][1]["channel"] = "telex"; },
             "/contacts/1/channel"},
            {"unknown outcome", [](json &j) { j["contacts"][0]["outcome"] = "maybe"; },
             "/contacts/0/outcome"},
            {"breach without actual",
             [](json &j) { j["contacts"][0]["slaBreaches"][0].erase("actualMs"); },
             "/contacts/0/slaBreaches/0/actualMs"},
            {"negative phase time", [](json &j) { j["contacts"][0]["phases"][2]["ms"] = -3; },
             "/contacts/0/phases/2/ms"},
            {"handoff target as number",
             [](json &j) { j["contacts"][0]["handoffs"][0]["toDepartment"] = 7; },
             "/contacts/0/handoffs/0/toDepartment"},
            {"handoff without origin",
             [](json &j) { j["contacts"][0]["handoffs"][0].erase("fromDepartment"); },
             "/contacts/0/handoffs/0/fromDepartment"},
            {"version 2 handoff list in version 3",
             [](json &j) { j["contacts"][0]["handoffDepartments"] = json::array(); },
             "/contacts/0/handoffDepartments"},
            {"version 3 handoffs in version 2", [](json &j) { j["version"] = 2; },
             "/contacts/0/handoffDepartments"},
            {"criterion text without id",
             [](json &j) { j["contacts"][0]["criterionTexts"][0]["criterionId"] = ""; },
             "/contacts/0/criterionTexts/0/criterionId"},
            {"criterion text as number",
             [](json &j) { j["contacts"][1]["criterionTexts"][0]["text"] = 3; },
             "/contacts/1/criterionTexts/0/text"},
            {"unknown moment kind", [](json &j) { j["moments"][1]["kind"] = "wow"; },
             "/moments/1/kind"},
            {"severity 4", [](json &j) { j["moments"][0]["severity"] = 4; }, "/moments/0/severity"},
            {"emotion beyond +2", [](json &j) { j["emotion"]["points"][1]["value"] = 3; },
             "/emotion/points/1/value"},
            {"peak outside the curve", [](json &j) { j["emotion"]["peakIndex"] = 2; },
             "/emotion/peakIndex"},
            {"recommend 11", [](json &j) { j["answers"]["recommend"] = 11; }, "/answers/recommend"},
            {"csat 0", [](json &j) { j["answers"]["csat"] = 0; }, "/answers/csat"},
            {"csat 6", [](json &j) { j["answers"]["csat"] = 6; }, "/answers/csat"},
            {"csat as text", [](json &j) { j["answers"]["csat"] = "4"; }, "/answers/csat"},
            {"csat missing in version 2", [](json &j) { j["answers"].erase("csat"); },
             "/answers/csat"},
            {"csat in a version 1 file", [](json &j) { asVersion2(j), j["version"] = 1; },
             "/answers/csat"},
            {"effort as float", [](json &j) { j["answers"]["effort"] = 6.5; }, "/answers/effort"},
            {"fcr as number", [](json &j) { j["firstContactResolution"] = 1; },
             "/firstContactResolution"},
            {"smuggled staff name", [](json &j) { j["contacts"][0]["staffName"] = "Mario"; },
             "/contacts/0/staffName"},
            {"smuggled private note", [](json &j) { j["privateNotes"] = json::array(); },
             "/privateNotes"},
            {"photos in a version 3 file", [](json &j) { j["version"] = 3; }, "/photos"},
            {"photos missing in version 4", [](json &j) { j.erase("photos"); }, "/photos"},
            {"photo of no contact", [](json &j) { j["photos"][0]["contactId"] = "c9"; },
             "/photos/0/contactId"},
            {"photo as PNG", [](json &j) { j["photos"][0]["mime"] = "image/png"; },
             "/photos/0/mime"},
            {"photo data not base64", [](json &j) { j["photos"][0]["data"] = "!!!!"; },
             "/photos/0/data"},
            {"photo data unpadded", [](json &j) { j["photos"][0]["data"] = "/9j/4A"; },
             "/photos/0/data"},
            {"photo data not a JPEG", [](json &j) { j["photos"][0]["data"] = "iVBORw0K"; },
             "/photos/0/data"},
            {"photo too large",
             [](json &j) {
                 j["photos"][0]["data"] =
                     "/9j/" + std::string((kMaxSummaryPhotoBytes + 3) / 3 * 4, 'A');
             },
             "/photos/0/data"},
            {"six photos",
             [](json &j) {
                 for (int i = 0; i < 5; ++i)
                     j["photos"].push_back(j["photos"][0]);
             },
             "/photos"},
            {"voice smuggled as a photo field",
             [](json &j) { j["photos"][0]["voice"] = "T2dnUw=="; }, "/photos/0/voice"},
        };
        const json valid = summaryToJson(sampleSummary());
        QVERIFY(same(summaryFromJson(valid), sampleSummary()));
        for (const auto &mutation : mutations) {
            json broken = valid;
            mutation.mutate(broken);
            std::string message;
            const auto path = errorPath([&] { summaryFromJson(broken); }, &message);
            const QString context = QString("%1: got %2 (%3)")
                                        .arg(mutation.what, QString::fromStdString(path),
                                             QString::fromStdString(message));
            QVERIFY2(path == mutation.expectedPath, qPrintable(context));
        }
    }

    // Files written before the CSAT question (version 1, no "csat") still load, unanswered.
    void version1FileWithoutCsatLoads()
    {
        json old = summaryToJson(sampleSummary());
        asVersion2(old);
        old["version"] = 1;
        old["answers"].erase("csat");
        const WalkSummary loaded = summaryFromJson(old);
        QVERIFY(!loaded.answers.csat.has_value());
        WalkSummary expected = asLoadedFromVersion2(sampleSummary());
        QVERIFY(expected.answers.csat.has_value()); // the sample does answer it...
        expected.answers.csat.reset();              // ...the old file cannot
        QVERIFY(same(loaded, expected));
        // Written again, it becomes the current version with csat null.
        const json again = summaryToJson(loaded);
        QCOMPARE(again.at("version").get<int>(), kSummaryFormatVersion);
        QVERIFY(again.at("answers").at("csat").is_null());
    }

    // The photo's bytes survive base64 exactly (every length modulo 3), and the review's stored
    // copy (withoutPhotoData) loads with the photo listed and its bytes left out.
    void photosRoundTripAndLeaveTheirDataOut()
    {
        WalkSummary summary = sampleSummary();
        for (std::size_t extra : {0u, 1u, 2u, 3u, 254u}) {
            summary.photos[0].bytes = std::string("\xFF\xD8\xFF", 3) + std::string(extra, '\xAB');
            QVERIFY(same(parseSummary(summaryToJson(summary).dump()), summary));
        }
        const json stored = withoutPhotoData(summaryToJson(summary));
        QVERIFY(!stored.at("photos").at(0).contains("data"));
        const WalkSummary loaded = summaryFromJson(stored);
        QCOMPARE(loaded.photos.size(), std::size_t(1));
        QCOMPARE(loaded.photos[0].caption, std::string("Shelf by the till"));
        QVERIFY(loaded.photos[0].bytes.empty());
        // A version 3 file loads with no photos.
        json v3 = summaryToJson(sampleSummary());
        asVersion3(v3);
        QVERIFY(summaryFromJson(v3).photos.empty());
    }

    // A version 2 file as the version 2 code wrote it (fixtures/summary-v2.json, the sample
    // summary): it loads, handoffs without their origin and criteria without texts.
    void version2FixtureLoads()
    {
        QFile file(QFINDTESTDATA("fixtures/summary-v2.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const WalkSummary loaded = parseSummary(file.readAll().toStdString());
        QVERIFY(same(loaded, asLoadedFromVersion2(sampleSummary())));
        QCOMPARE(loaded.contacts.at(0).handoffs.at(0).toDepartment, std::string("billing"));
        QVERIFY(loaded.contacts.at(0).handoffs.at(0).fromDepartment.empty());
        // Written again, it is the current version and reads back the same.
        const json again = summaryToJson(loaded);
        QCOMPARE(again.at("version").get<int>(), kSummaryFormatVersion);
        QVERIFY(same(summaryFromJson(again), loaded));
    }

    // Version 3 carries where each handoff came from and the template's words for the criteria
    // it names by id, from summarize() of a real walk.
    void summaryOfAWalkCarriesHandoffOriginsAndCriterionTexts()
    {
        const WalkSummary summary = summarize(sampleWalk(), at(700'000, 700'000));
        const ContactSummary &call = summary.contacts.at(0);
        QCOMPARE(call.handoffs.size(), std::size_t(1));
        QCOMPARE(call.handoffs[0].fromDepartment, std::string("customer_care"));
        QCOMPARE(call.handoffs[0].toDepartment, std::string("billing"));
        QCOMPARE(call.criterionTexts.size(), std::size_t(1));
        QCOMPARE(call.criterionTexts[0].criterionId, std::string("identity-once"));
        QCOMPARE(call.criterionTexts[0].text, std::string("Identified once"));
        const ContactSummary &letter = summary.contacts.at(1);
        QCOMPARE(letter.criterionTexts.size(), std::size_t(1));
        QCOMPARE(letter.criterionTexts[0].text, std::string("Every line explained"));
        const json out = summaryToJson(summary);
        QCOMPARE(out.at("contacts").at(0).at("handoffs").at(0).at("fromDepartment"),
                 json("customer_care"));
        QVERIFY(same(summaryFromJson(out), summary));
    }

    void csatIsWrittenAndReadBack()
    {
        WalkSummary answered = sampleSummary();
        for (int value = kCsatMin; value <= kCsatMax; ++value) {
            answered.answers.csat = value;
            const json out = summaryToJson(answered);
            QCOMPARE(out.at("answers").at("csat").get<int>(), value);
            QCOMPARE(summaryFromJson(out).answers.csat, std::optional<int>(value));
        }
        answered.answers.csat.reset();
        QVERIFY(summaryToJson(answered).at("answers").at("csat").is_null());
        QVERIFY(!summaryFromJson(summaryToJson(answered)).answers.csat);
    }

    void malformedTextIsAFormatError()
    {
        std::string message;
        QCOMPARE(errorPath([] { parseSummary("[1, 2"); }, &message), std::string());
        QVERIFY2(message.find("malformed JSON at byte") != std::string::npos, message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestSummaryJson)
#include "tst_summary_json.moc"
