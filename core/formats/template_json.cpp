#include "formats/template_json.h"

#include "formats/json_reader.h"

#include <algorithm>
#include <set>

namespace its {

using json_read::childPath;
using json_read::ObjectReader;
using nlohmann::json;

namespace {

// Generous bounds that still catch unit mix-ups (milliseconds typed as seconds, say).
constexpr std::int64_t kMaxSlaSeconds = 366LL * 24 * 3600;
constexpr double kMaxWeight = 1000.0;

json slaToJson(const Sla &sla)
{
    return {{"phase", sla.phase}, {"targetSeconds", sla.targetSeconds}};
}

json criterionToJson(const Criterion &criterion)
{
    return {{"id", criterion.id},
            {"text", criterion.text},
            {"weight", criterion.weight},
            {"kind", std::string(toString(criterion.kind))}};
}

json touchpointToJson(const Touchpoint &touchpoint)
{
    json out = {{"id", touchpoint.id},
                {"name", touchpoint.name},
                {"channel", std::string(toString(touchpoint.channel))},
                {"department", touchpoint.department},
                {"slas", json::array()},
                {"criteria", json::array()}};
    if (!touchpoint.phases.empty())
        out["phases"] = touchpoint.phases;
    for (const auto &sla : touchpoint.slas)
        out["slas"].push_back(slaToJson(sla));
    for (const auto &criterion : touchpoint.criteria)
        out["criteria"].push_back(criterionToJson(criterion));
    return out;
}

// Rejects a second use of the same id at `path`.
void claimId(std::set<std::string> &ids, const std::string &id, const std::string &path)
{
    if (!ids.insert(id).second)
        throw FormatError(path, "duplicate id \"" + id + "\"");
}

Criterion readCriterion(ObjectReader in)
{
    Criterion criterion;
    criterion.id = in.nonEmptyString("id");
    criterion.text = in.nonEmptyString("text");
    criterion.weight = in.number("weight", 0.0, kMaxWeight);
    if (criterion.weight <= 0.0)
        throw FormatError(in.pathOf("weight"), "weight must be greater than 0");
    const auto kind = in.string("kind");
    if (kind == toString(CriterionKind::MustBe))
        criterion.kind = CriterionKind::MustBe;
    else if (kind == toString(CriterionKind::Delighter))
        criterion.kind = CriterionKind::Delighter;
    else
        throw FormatError(in.pathOf("kind"),
                          "unknown criterion kind \"" + kind + "\" (must_be or delighter)");
    in.finish();
    return criterion;
}

std::vector<std::string> readPhases(ObjectReader &in)
{
    std::vector<std::string> phases;
    std::set<std::string> seen;
    const json &array = in.optionalArray("phases");
    for (std::size_t i = 0; i < array.size(); ++i) {
        const auto path = childPath(in.pathOf("phases"), i);
        auto phase = json_read::readString(array[i], path);
        if (phase.empty())
            throw FormatError(path, "must not be empty");
        if (phase == "total")
            throw FormatError(path, "\"total\" is reserved for the whole-contact SLA");
        claimId(seen, phase, path);
        phases.push_back(std::move(phase));
    }
    return phases;
}

Touchpoint readTouchpoint(ObjectReader in, std::set<std::string> &touchpointIds)
{
    Touchpoint touchpoint;
    touchpoint.id = in.nonEmptyString("id");
    claimId(touchpointIds, touchpoint.id, in.pathOf("id"));
    touchpoint.name = in.nonEmptyString("name");
    const auto channel = in.string("channel");
    const auto parsed = channelFromString(channel);
    if (!parsed)
        throw FormatError(in.pathOf("channel"), "unknown channel \"" + channel + "\"");
    touchpoint.channel = *parsed;
    touchpoint.department = in.nonEmptyString("department");
    touchpoint.phases = readPhases(in);

    const auto &phases = touchpoint.effectivePhases();
    std::set<std::string> slaPhases;
    const json &slas = in.array("slas");
    for (std::size_t i = 0; i < slas.size(); ++i) {
        ObjectReader slaIn(slas[i], childPath(in.pathOf("slas"), i));
        Sla sla;
        sla.phase = slaIn.nonEmptyString("phase");
        if (sla.phase != "total" &&
            std::find(phases.begin(), phases.end(), sla.phase) == phases.end())
            throw FormatError(slaIn.pathOf("phase"),
                              "\"" + sla.phase + "\" is not a phase of this " +
                                  std::string(toString(*parsed)) + " touchpoint (nor \"total\")");
        claimId(slaPhases, sla.phase, slaIn.pathOf("phase"));
        sla.targetSeconds = slaIn.integer("targetSeconds", 1, kMaxSlaSeconds);
        slaIn.finish();
        touchpoint.slas.push_back(std::move(sla));
    }

    std::set<std::string> criterionIds;
    const json &criteria = in.array("criteria");
    for (std::size_t i = 0; i < criteria.size(); ++i) {
        ObjectReader criterionIn(criteria[i], childPath(in.pathOf("criteria"), i));
        auto criterion = readCriterion(criterionIn);
        claimId(criterionIds, criterion.id, childPath(criterionIn.path(), "id"));
        touchpoint.criteria.push_back(std::move(criterion));
    }
    in.finish();
    return touchpoint;
}

} // namespace

json templateToJson(const JourneyTemplate &journey)
{
    json stages = json::array();
    for (const auto &stage : journey.stages) {
        json touchpoints = json::array();
        for (const auto &touchpoint : stage.touchpoints)
            touchpoints.push_back(touchpointToJson(touchpoint));
        stages.push_back({{"id", stage.id}, {"name", stage.name}, {"touchpoints", touchpoints}});
    }
    return {
        {"format", kTemplateFormat},
        {"version", kTemplateFormatVersion},
        {"id", journey.id},
        {"revision", journey.revision},
        {"name", journey.name},
        {"description", journey.description},
        {"sector", journey.sector},
        {"language", journey.language},
        {"persona", {{"name", journey.persona.name}, {"description", journey.persona.description}}},
        {"stages", stages}};
}

JourneyTemplate templateFromJson(const json &document, const std::string &basePath)
{
    json_read::checkHeader(document, basePath, kTemplateFormat, kTemplateFormatVersion);
    ObjectReader in(document, basePath);
    in.ignore("format");
    in.ignore("version");

    JourneyTemplate journey;
    journey.id = in.nonEmptyString("id");
    journey.revision = static_cast<int>(in.integer("revision", 1, 1'000'000));
    journey.name = in.nonEmptyString("name");
    journey.description = in.string("description");
    journey.sector = in.nonEmptyString("sector");
    journey.language = in.nonEmptyString("language");
    ObjectReader persona = in.object("persona");
    journey.persona.name = persona.nonEmptyString("name");
    journey.persona.description = persona.string("description");
    persona.finish();

    std::set<std::string> stageIds;
    std::set<std::string> touchpointIds;
    const json &stages = in.array("stages");
    for (std::size_t i = 0; i < stages.size(); ++i) {
        ObjectReader stageIn(stages[i], childPath(in.pathOf("stages"), i));
        Stage stage;
        stage.id = stageIn.nonEmptyString("id");
        claimId(stageIds, stage.id, stageIn.pathOf("id"));
        stage.name = stageIn.nonEmptyString("name");
        const json &touchpoints = stageIn.array("touchpoints");
        for (std::size_t t = 0; t < touchpoints.size(); ++t) {
            ObjectReader touchpointIn(touchpoints[t], childPath(stageIn.pathOf("touchpoints"), t));
            stage.touchpoints.push_back(readTouchpoint(touchpointIn, touchpointIds));
        }
        stageIn.finish();
        journey.stages.push_back(std::move(stage));
    }
    in.finish();
    return journey;
}

JourneyTemplate templateFromJson(const json &document)
{
    return templateFromJson(document, "");
}

JourneyTemplate parseTemplate(std::string_view text)
{
    return templateFromJson(json_read::parseText(text));
}

} // namespace its
