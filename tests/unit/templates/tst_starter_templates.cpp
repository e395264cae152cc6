// The starter journey library in assets/templates: every file parses, Italian and English
// are the same journey (same ids, channels, departments, SLAs, weights and kinds), and every
// rubric can both fail a touchpoint (must-be) and delight (delighter). Exit journeys give the
// departments that shape a departure (Sales' retention, Marketing's win-back, Administration's
// final invoice) touchpoints of their own, so their pain points can be walked and owned.

#include "formats/summary_json.h"
#include "formats/template_json.h"
#include "formats/template_library.h"
#include "formats/walk_json.h"
#include "scoring/summarize.h"

#include <QtTest>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

using namespace its;

namespace {

const std::string kTemplatesDir = ITS_SOURCE_DIR "/assets/templates";

std::string describe(const std::vector<TemplateFileError> &errors)
{
    std::string text;
    for (const auto &error : errors)
        text += error.message + "\n";
    return text;
}

// Everything but the human-readable text, so an it/en pair must produce the same string.
std::string structureOf(const JourneyTemplate &journey)
{
    std::string out = journey.id + "|" + std::to_string(journey.revision) + "|" + journey.sector;
    for (const auto &stage : journey.stages) {
        out += "\nstage " + stage.id;
        for (const auto &tp : stage.touchpoints) {
            out += "\n  tp " + tp.id + " " + std::string(toString(tp.channel)) + " " +
                   tp.department + " phases:";
            for (const auto &phase : tp.phases)
                out += phase + ",";
            for (const auto &sla : tp.slas)
                out += " sla " + sla.phase + "=" + std::to_string(sla.targetSeconds);
            for (const auto &c : tp.criteria)
                out += "\n    " + c.id + " " + std::to_string(c.weight) + " " +
                       std::string(toString(c.kind));
        }
    }
    return out;
}

} // namespace

class TestStarterTemplates : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        library_ = loadTemplatesFromDirectory(kTemplatesDir);
        QVERIFY2(library_.errors.empty(), describe(library_.errors).c_str());
        for (const auto &journey : library_.templates)
            byId_[journey.id][journey.language] = &journey;
    }

    void everyFileParsesAndIsNamedAfterItsIdAndLanguage()
    {
        QVERIFY(library_.templates.size() >= 18);
        int files = 0;
        for (const auto &entry : std::filesystem::directory_iterator(kTemplatesDir)) {
            if (entry.path().extension() != ".json")
                continue;
            ++files;
            const JourneyTemplate journey = loadTemplateFile(entry.path());
            QCOMPARE(entry.path().filename().string(),
                     journey.id + "." + journey.language + ".json");
        }
        QCOMPARE(static_cast<std::size_t>(files), library_.templates.size());
    }

    void theRequiredJourneysExistInItalianAndEnglish()
    {
        const std::vector<std::string> required = {
            "telco-switch-provider", "utility-cancel-contract", "bank-mortgage-request",
            "insurance-claim",       "retail-product-return",   "transport-delay-refund",
            "airline-ask-for-ceo",   "web-self-service-answer", "telco-leave-operator"};
        for (const auto &id : required)
            QVERIFY2(byId_.count(id) == 1, id.c_str());
        for (const auto &[id, languages] : byId_) {
            QVERIFY2(languages.size() == 2 && languages.count("it") && languages.count("en"),
                     id.c_str());
        }
    }

    void italianAndEnglishAreTheSameJourney()
    {
        for (const auto &[id, languages] : byId_) {
            const JourneyTemplate &it = *languages.at("it");
            const JourneyTemplate &en = *languages.at("en");
            QCOMPARE(structureOf(it), structureOf(en));
            // ...and really translated, not copied.
            QVERIFY2(it.name != en.name, id.c_str());
            QVERIFY2(it.description != en.description, id.c_str());
            QVERIFY2(it.persona.description != en.persona.description, id.c_str());
            const auto itTouchpoints = it.touchpoints();
            const auto enTouchpoints = en.touchpoints();
            for (std::size_t t = 0; t < itTouchpoints.size(); ++t) {
                for (std::size_t c = 0; c < itTouchpoints[t]->criteria.size(); ++c) {
                    const auto &itText = itTouchpoints[t]->criteria[c].text;
                    QVERIFY2(itText != enTouchpoints[t]->criteria[c].text, itText.c_str());
                }
            }
        }
    }

    // The seeds' story: leaving a telecom operator, where Administration sent a not-yet-due
    // invoice to collections while Customer care knew, and Sales and Marketing only saw a
    // lost customer. Each of them owns a touchpoint, in both languages (same structure).
    void exitJourneysGiveEveryDepartmentOfTheDepartureATouchpoint()
    {
        const std::map<std::string, std::set<std::string>> owners = {
            {"utility-cancel-contract", {"sales", "marketing", "customer_care", "billing"}},
            {"telco-leave-operator", {"sales", "marketing", "customer_care", "administration"}},
        };
        for (const auto &[id, departments] : owners) {
            QVERIFY2(byId_.count(id) == 1, id.c_str());
            for (const auto &[language, journey] : byId_.at(id)) {
                std::set<std::string> owning;
                for (const Touchpoint *tp : journey->touchpoints())
                    owning.insert(tp->department);
                for (const auto &department : departments) {
                    const std::string where = id + "." + language + ": " + department;
                    QVERIFY2(owning.count(department) == 1, where.c_str());
                }
            }
        }
        // The not-yet-due invoice sent to collections is a touchpoint of Administration's.
        bool collectionsByAdministration = false;
        for (const Touchpoint *tp : byId_.at("telco-leave-operator").at("en")->touchpoints()) {
            collectionsByAdministration =
                collectionsByAdministration ||
                (tp->department == "administration" && tp->id == "early-collections");
        }
        QVERIFY(collectionsByAdministration);
    }

    void everyRubricCanFailAndDelight()
    {
        for (const auto &journey : library_.templates) {
            int mustBe = 0;
            int delighters = 0;
            QVERIFY2(!journey.stages.empty(), journey.id.c_str());
            QVERIFY2(!journey.persona.name.empty(), journey.id.c_str());
            for (const Touchpoint *tp : journey.touchpoints()) {
                const std::string where = journey.id + "/" + tp->id;
                QVERIFY2(tp->criteria.size() >= 4 && tp->criteria.size() <= 7, where.c_str());
                bool hasTotal = false;
                for (const auto &sla : tp->slas)
                    hasTotal = hasTotal || sla.phase == "total";
                QVERIFY2(hasTotal, where.c_str());
                for (const auto &criterion : tp->criteria)
                    (criterion.kind == CriterionKind::MustBe ? mustBe : delighters) += 1;
            }
            QVERIFY2(mustBe >= 1, journey.id.c_str());
            QVERIFY2(delighters >= 1, journey.id.c_str());
        }
    }

    void theLibraryCoversEveryChannel()
    {
        std::set<Channel> used;
        for (const auto &journey : library_.templates) {
            for (const Touchpoint *tp : journey.touchpoints())
                used.insert(tp->channel);
        }
        for (const Channel channel : allChannels())
            QVERIFY2(used.count(channel) == 1, std::string(toString(channel)).c_str());
    }

    void exportReproducesTheFiles() // the files are canonical: import + export changes nothing
    {
        for (const auto &entry : std::filesystem::directory_iterator(kTemplatesDir)) {
            if (entry.path().extension() != ".json")
                continue;
            std::ifstream in(entry.path());
            const auto onDisk = nlohmann::json::parse(in);
            QVERIFY2(templateToJson(loadTemplateFile(entry.path())) == onDisk,
                     entry.path().filename().string().c_str());
        }
    }

    // Each journey walked end to end (one contact per touchpoint, through every phase, every
    // criterion scored) survives the walk export and yields a summary the summary format accepts.
    void everyJourneyCanBeWalkedAndSummarized()
    {
        ManualClock clock;
        for (const auto &journey : library_.templates) {
            Walk walk;
            walk.id = "walk-" + journey.id + "-" + journey.language;
            walk.journey = journey;
            walk.persona = journey.persona.name;
            walk.startedAt = clock.now();
            std::int64_t seq = 0;
            int score = 0;
            for (const Touchpoint *tp : journey.touchpoints()) {
                Contact contact;
                contact.id = "contact-" + tp->id;
                contact.touchpointId = tp->id;
                for (const auto &phase : tp->effectivePhases()) {
                    contact.events.push_back({++seq, phase, clock.now()});
                    clock.advance(90'000);
                }
                contact.events.push_back({++seq, std::string(kEndPhase), clock.now()});
                for (const auto &criterion : tp->criteria)
                    contact.observation.scores.push_back({criterion.id, 1 + (score++ % 5)});
                contact.outcome = Outcome::Resolved;
                walk.contacts.push_back(std::move(contact));
            }
            walk.finishedAt = clock.now();
            walk.status = WalkStatus::Finished;
            walk.answers.recommend = 7;
            walk.answers.effort = 3;

            const Walk restored = parseWalk(walkToJson(walk).dump());
            QCOMPARE(walkToJson(restored), walkToJson(walk));
            const WalkSummary summary = summarize(restored, clock.now());
            QCOMPARE(summary.contacts.size(), journey.touchpoints().size());
            const auto exported = summaryToJson(summary);
            QCOMPARE(summaryToJson(parseSummary(exported.dump())), exported);
        }
    }

private:
    TemplateLibrary library_;
    std::map<std::string, std::map<std::string, const JourneyTemplate *>> byId_;
};

QTEST_GUILESS_MAIN(TestStarterTemplates)
#include "tst_starter_templates.moc"
