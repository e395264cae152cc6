#include "formats/walk_json.h"

#include "formats/common_json.h"
#include "formats/json_reader.h"
#include "formats/template_json.h"

#include <algorithm>
#include <limits>
#include <set>

namespace its {

using json_common::readTimePoint;
using json_common::timePointToJson;
using json_read::childPath;
using json_read::ObjectReader;
using nlohmann::json;

namespace {

constexpr std::int64_t kMaxCount = 100'000;

std::string_view statusName(WalkStatus status)
{
    return status == WalkStatus::Finished ? "finished" : "in_progress";
}

json observationToJson(const Observation &observation)
{
    json scores = json::array();
    for (const auto &score : observation.scores)
        scores.push_back({{"criterionId", score.criterionId},
                          {"score", score.score ? json(*score.score) : json(nullptr)}});
    return {{"scores", scores},
            {"note", observation.note},
            {"noteShareable", observation.noteShareable},
            {"privateStaffNote", observation.privateStaffNote},
            {"moment",
             {{"kind", std::string(toString(observation.moment.kind))},
              {"theme", observation.moment.theme},
              {"severity", observation.moment.severity},
              {"department", observation.moment.department}}}};
}

json contactToJson(const Contact &contact)
{
    json events = json::array();
    for (const auto &event : contact.events)
        events.push_back(
            {{"seq", event.seq}, {"phase", event.phase}, {"at", timePointToJson(event.at)}});
    json handoffs = json::array();
    for (const auto &handoff : contact.handoffs)
        handoffs.push_back({{"fromDepartment", handoff.fromDepartment},
                            {"toDepartment", handoff.toDepartment},
                            {"at", timePointToJson(handoff.at)}});
    return {{"id", contact.id},
            {"touchpointId", contact.touchpointId},
            {"attempt", contact.attempt},
            {"events", events},
            {"outcome", std::string(toString(contact.outcome))},
            {"handoffs", handoffs},
            {"repeatCount", contact.repeatCount},
            {"observation", observationToJson(contact.observation)}};
}

Moment readMoment(ObjectReader in)
{
    Moment moment;
    moment.kind = json_common::readMomentKind(in, "kind");
    moment.theme = in.string("theme");
    moment.severity = static_cast<int>(in.integer("severity", 0, json_common::kMaxSeverity));
    json_common::checkMomentSeverity(moment.kind, moment.severity, in.pathOf("severity"));
    moment.department = in.optionalString("department"); // version 3; before: the owner
    in.finish();
    return moment;
}

Observation readObservation(ObjectReader in, const Touchpoint &touchpoint)
{
    Observation observation;
    std::set<std::string> scored;
    const json &scores = in.array("scores");
    for (std::size_t i = 0; i < scores.size(); ++i) {
        ObjectReader scoreIn(scores[i], childPath(in.pathOf("scores"), i));
        CriterionScore score;
        score.criterionId = scoreIn.nonEmptyString("criterionId");
        const auto &criteria = touchpoint.criteria;
        if (std::none_of(criteria.begin(), criteria.end(),
                         [&](const Criterion &c) { return c.id == score.criterionId; }))
            throw FormatError(scoreIn.pathOf("criterionId"),
                              "\"" + score.criterionId + "\" is not a criterion of touchpoint \"" +
                                  touchpoint.id + "\"");
        if (!scored.insert(score.criterionId).second)
            throw FormatError(scoreIn.pathOf("criterionId"),
                              "criterion \"" + score.criterionId + "\" is scored twice");
        if (const auto value = scoreIn.nullableInteger("score", 1, 5)) // null = not applicable
            score.score = static_cast<int>(*value);
        scoreIn.finish();
        observation.scores.push_back(std::move(score));
    }
    observation.note = in.string("note");
    observation.noteShareable = in.boolean("noteShareable");
    observation.privateStaffNote = in.string("privateStaffNote");
    observation.moment = readMoment(in.object("moment"));
    in.finish();
    return observation;
}

Contact readContact(ObjectReader in, const JourneyTemplate &journey)
{
    Contact contact;
    contact.id = in.nonEmptyString("id");
    contact.touchpointId = in.nonEmptyString("touchpointId");
    const Touchpoint *touchpoint = journey.findTouchpoint(contact.touchpointId);
    if (!touchpoint)
        throw FormatError(in.pathOf("touchpointId"), "\"" + contact.touchpointId +
                                                         "\" is not a touchpoint of journey \"" +
                                                         journey.id + "\"");
    contact.attempt = static_cast<int>(in.integer("attempt", 1, kMaxCount));

    const json &events = in.array("events");
    for (std::size_t i = 0; i < events.size(); ++i) {
        ObjectReader eventIn(events[i], childPath(in.pathOf("events"), i));
        PhaseEvent event;
        event.seq = eventIn.integer("seq", 0, std::numeric_limits<std::int64_t>::max());
        event.phase = eventIn.nonEmptyString("phase");
        event.at = readTimePoint(eventIn.object("at"));
        eventIn.finish();
        contact.events.push_back(std::move(event));
    }
    contact.outcome = json_common::readOutcome(in, "outcome");

    const json &handoffs = in.array("handoffs");
    for (std::size_t i = 0; i < handoffs.size(); ++i) {
        ObjectReader handoffIn(handoffs[i], childPath(in.pathOf("handoffs"), i));
        Handoff handoff;
        handoff.fromDepartment = handoffIn.nonEmptyString("fromDepartment");
        handoff.toDepartment = handoffIn.nonEmptyString("toDepartment");
        handoff.at = readTimePoint(handoffIn.object("at"));
        handoffIn.finish();
        contact.handoffs.push_back(std::move(handoff));
    }
    contact.repeatCount = static_cast<int>(in.integer("repeatCount", 0, kMaxCount));
    contact.observation = readObservation(in.object("observation"), *touchpoint);
    in.finish();
    return contact;
}

} // namespace

json walkToJson(const Walk &walk)
{
    json contacts = json::array();
    for (const auto &contact : walk.contacts)
        contacts.push_back(contactToJson(contact));
    return {{"format", kWalkFormat},
            {"version", kWalkFormatVersion},
            {"id", walk.id},
            {"revision", walk.revision},
            {"journey", templateToJson(walk.journey)},
            {"persona", walk.persona},
            {"startedAt", timePointToJson(walk.startedAt)},
            {"finishedAt", walk.finishedAt ? timePointToJson(*walk.finishedAt) : json(nullptr)},
            {"status", std::string(statusName(walk.status))},
            {"contacts", contacts},
            {"answers", json_common::answersToJson(walk.answers)}};
}

Walk walkFromJson(const json &document)
{
    const int version = json_read::checkHeader(document, "", kWalkFormat, kWalkFormatOldestVersion,
                                               kWalkFormatVersion);
    ObjectReader in(document, "");
    in.ignore("format");
    in.ignore("version");

    Walk walk;
    walk.id = in.nonEmptyString("id");
    walk.revision = static_cast<int>(in.integer("revision", 1, 1'000'000));
    walk.journey = templateFromJson(in.required("journey"), in.pathOf("journey"));
    walk.persona = in.string("persona");
    walk.startedAt = readTimePoint(in.object("startedAt"));
    if (!in.required("finishedAt").is_null())
        walk.finishedAt = readTimePoint(in.object("finishedAt"));
    const auto status = in.string("status");
    if (status == statusName(WalkStatus::Finished))
        walk.status = WalkStatus::Finished;
    else if (status == statusName(WalkStatus::InProgress))
        walk.status = WalkStatus::InProgress;
    else
        throw FormatError(in.pathOf("status"), "unknown walk status \"" + status + "\"");

    std::set<std::string> contactIds;
    const json &contacts = in.array("contacts");
    for (std::size_t i = 0; i < contacts.size(); ++i) {
        ObjectReader contactIn(contacts[i], childPath(in.pathOf("contacts"), i));
        auto contact = readContact(contactIn, walk.journey);
        if (!contactIds.insert(contact.id).second)
            throw FormatError(childPath(contactIn.path(), "id"),
                              "duplicate contact id \"" + contact.id + "\"");
        walk.contacts.push_back(std::move(contact));
    }
    walk.answers = json_common::readAnswers(in.object("answers"),
                                            version >= 2 ? json_common::AnswerFields::WithCsat
                                                         : json_common::AnswerFields::WithoutCsat);
    in.finish();
    return walk;
}

Walk parseWalk(std::string_view text)
{
    return walkFromJson(json_read::parseText(text));
}

} // namespace its
