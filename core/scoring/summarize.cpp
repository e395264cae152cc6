#include "summarize.h"

#include "scoring/metrics.h"

#include <set>
#include <stdexcept>
#include <vector>

namespace its {

int totalEffort(const Walk &walk)
{
    int effort = 0;
    for (const Contact &contact : walk.contacts)
        effort += 1 + static_cast<int>(contact.handoffs.size()) + contact.repeatCount;
    return effort;
}

bool firstContactResolution(const Walk &walk)
{
    if (walk.contacts.empty())
        return false;
    const Contact &first = walk.contacts.front();
    if (first.outcome != Outcome::Resolved || !first.handoffs.empty() || first.repeatCount != 0)
        return false;
    std::set<std::string> seen;
    for (const Contact &contact : walk.contacts) {
        if (contact.attempt > 1 || !seen.insert(contact.touchpointId).second)
            return false; // the customer had to come back
    }
    return true;
}

namespace {
void validateAnswers(const JourneyAnswers &answers)
{
    if (answers.recommend)
        requireInScale("recommend (NPS)", *answers.recommend, kRecommendMin, kRecommendMax);
    if (answers.effort)
        requireInScale("effort (CES)", *answers.effort, kCesMin, kCesMax);
    if (answers.csat)
        requireInScale("satisfaction (CSAT)", *answers.csat, kCsatMin, kCsatMax);
}

void validateContact(const Contact &contact)
{
    if (contact.attempt < 1)
        throw std::invalid_argument("contact '" + contact.id +
                                    "' has attempt < 1: " + std::to_string(contact.attempt));
    if (contact.repeatCount < 0)
        throw std::invalid_argument("contact '" + contact.id + "' has a negative repeat count: " +
                                    std::to_string(contact.repeatCount));
    const Moment &moment = contact.observation.moment;
    if (moment.kind != MomentKind::None && (moment.severity < 1 || moment.severity > 3))
        throw std::invalid_argument(
            "contact '" + contact.id +
            "' moment severity out of range 1-3: " + std::to_string(moment.severity));
}

ContactSummary summarizeContact(const Touchpoint &touchpoint, const Contact &contact,
                                const TouchpointScore &score, const TimePoint &now)
{
    ContactSummary out;
    out.contactId = contact.id;
    out.touchpointId = touchpoint.id;
    out.touchpointName = touchpoint.name;
    out.channel = touchpoint.channel;
    out.department = touchpoint.department;
    out.attempt = contact.attempt;
    out.outcome = contact.outcome;
    out.score = score.score;
    out.passed = score.passed;
    out.failedMustBe = score.failedMustBe;
    out.metDelighters = score.metDelighters;
    out.phases = phaseTimes(contact, now);
    for (const PhaseTime &phase : out.phases)
        out.totalMs += phase.ms;
    out.slaBreaches = slaBreaches(touchpoint, out.phases);
    for (const Handoff &handoff : contact.handoffs)
        out.handoffs.push_back({handoff.fromDepartment, handoff.toDepartment});
    out.repeatCount = contact.repeatCount;
    // The note leaves the device only when marked shareable; privateStaffNote never does.
    if (contact.observation.noteShareable)
        out.shareableNote = contact.observation.note;
    // The template's words for the criteria named by id, so the review needs no template.
    for (const auto *ids : {&out.failedMustBe, &out.metDelighters})
        for (const std::string &id : *ids)
            for (const Criterion &criterion : touchpoint.criteria)
                if (criterion.id == id)
                    out.criterionTexts.push_back({id, criterion.text});
    return out;
}
} // namespace

Figure walkCsat(const WalkSummary &summary)
{
    std::vector<int> answers;
    if (summary.answers.csat)
        answers.push_back(*summary.answers.csat);
    return customerSatisfaction(answers);
}

WalkSummary summarize(const Walk &walk, const TimePoint &now)
{
    validateAnswers(walk.answers);
    WalkSummary summary;
    summary.walkId = walk.id;
    summary.revision = walk.revision;
    summary.journeyId = walk.journey.id;
    summary.journeyName = walk.journey.name;
    summary.sector = walk.journey.sector;
    summary.language = walk.journey.language;
    summary.persona = walk.persona;
    summary.startedWallMs = walk.startedAt.wallMs;
    summary.finishedWallMs = walk.finishedAt ? walk.finishedAt->wallMs : 0;

    std::set<std::string> touchpoints;
    for (const Contact &contact : walk.contacts) {
        validateContact(contact);
        const Touchpoint *touchpoint = walk.journey.findTouchpoint(contact.touchpointId);
        if (!touchpoint)
            throw std::invalid_argument("contact '" + contact.id + "' is at touchpoint '" +
                                        contact.touchpointId + "', which journey '" +
                                        walk.journey.id + "' does not have");
        const TouchpointScore score = scoreTouchpoint(*touchpoint, contact.observation);
        summary.contacts.push_back(summarizeContact(*touchpoint, contact, score, now));
        summary.totalCustomerMs += summary.contacts.back().totalMs;
        for (MomentSummary &moment : criterionMoments(*touchpoint, score))
            summary.moments.push_back(std::move(moment));
        const Moment &own = contact.observation.moment;
        if (own.kind != MomentKind::None) // the department the executive chose, or the owner
            summary.moments.push_back(
                {own.kind, touchpoint->id,
                 own.department.empty() ? touchpoint->department : own.department, own.theme,
                 own.severity, std::string()});
        touchpoints.insert(touchpoint->id);
    }
    summary.emotion = emotionCurve(walk);
    summary.totalEffort = totalEffort(walk);
    summary.contactsNeeded = static_cast<int>(walk.contacts.size());
    summary.touchpointsVisited = static_cast<int>(touchpoints.size());
    summary.firstContactResolution = firstContactResolution(walk);
    summary.answers = walk.answers;
    return summary;
}

} // namespace its
