// By journey, stage and touchpoint. Everything is keyed by ids: a criterion added to or removed
// from a template between walks is its own row, whatever its position.
#include "review/compile_parts.h"
#include "review/intervals.h"

#include <algorithm>
#include <map>
#include <set>

namespace its::review {

namespace {

struct CriterionTally
{
    int count = 0;
    std::string text;
    WalkSet walks;
};

struct TouchpointTally
{
    std::string name, channel, department;
    WalkSet walks;
    int contacts = 0;
    int judged = 0;
    int passed = 0;
    std::vector<double> scores;
    std::map<std::string, CriterionTally> mustBe, delighters; // by criterion id
    std::vector<std::string> phaseOrder;
    std::map<std::string, std::vector<std::int64_t>> phaseMs;
    std::map<std::string, Tally> breaches; // by phase
    std::vector<Quote> quotes;
    std::map<std::string, std::int64_t> targetMs; // by phase, from the walks' breaches
    std::vector<std::int64_t> totalMs;
    int handoffs = 0;
    int repeats = 0;
    std::size_t firstSeen = 0;
};

struct JourneyTally
{
    std::string name;
    WalkSet walks;
    int contacts = 0;
    std::map<std::string, TouchpointTally> touchpoints;
};

std::string textOf(const ContactSummary &contact, const std::string &criterionId)
{
    for (const CriterionText &text : contact.criterionTexts) {
        if (text.criterionId == criterionId)
            return text.text;
    }
    return {};
}

void count(std::map<std::string, CriterionTally> &tallies, const std::string &walkId,
           const ContactSummary &contact, const std::vector<std::string> &ids)
{
    for (const std::string &id : ids) {
        CriterionTally &tally = tallies[id];
        ++tally.count;
        tally.walks.insert(walkId);
        if (const std::string text = textOf(contact, id); !text.empty())
            tally.text = text;
    }
}

void add(TouchpointTally &t, const std::string &walkId, const ContactSummary &contact)
{
    // The latest walk's words win; assigned only when they change (most contacts repeat them).
    if (t.name != contact.touchpointName)
        t.name = contact.touchpointName;
    if (const std::string_view channel = toString(contact.channel); t.channel != channel)
        t.channel = std::string(channel);
    if (t.department != contact.department)
        t.department = contact.department;
    t.walks.insert(walkId);
    ++t.contacts;
    if (isJudged(contact)) {
        ++t.judged;
        t.passed += contact.passed ? 1 : 0;
    }
    if (contact.score)
        t.scores.push_back(*contact.score);
    count(t.mustBe, walkId, contact, contact.failedMustBe);
    count(t.delighters, walkId, contact, contact.metDelighters);
    for (const PhaseTime &phase : contact.phases) {
        auto &times = t.phaseMs[phase.phase];
        if (times.empty())
            t.phaseOrder.push_back(phase.phase);
        times.push_back(phase.ms);
    }
    std::set<std::string> breachedPhases; // two targets on one phase breach it once
    for (const SlaBreach &breach : contact.slaBreaches) {
        t.targetMs[breach.phase] = breach.targetMs;
        breachedPhases.insert(breach.phase);
    }
    for (const std::string &phase : breachedPhases)
        t.breaches[phase].add(walkId);
    if (!contact.shareableNote.empty())
        t.quotes.push_back({walkId, contact.shareableNote});
    t.totalMs.push_back(contact.totalMs);
    t.handoffs += static_cast<int>(contact.handoffs.size());
    t.repeats += contact.repeatCount;
}

std::vector<CriterionRate> rates(const std::map<std::string, CriterionTally> &tallies,
                                 const Touchpoint *layout, CriterionKind kind, int judged)
{
    std::map<std::string, CriterionTally> all = tallies;
    if (layout) { // the library's criteria of this kind, met or failed or not
        for (const Criterion &criterion : layout->criteria) {
            if (criterion.kind != kind)
                continue;
            CriterionTally &tally = all[criterion.id];
            if (tally.text.empty())
                tally.text = criterion.text;
        }
    }
    std::vector<CriterionRate> result;
    for (const auto &[id, tally] : all)
        result.push_back({id,
                          tally.text,
                          shareEstimate(tally.count, judged),
                          {tally.walks.begin(), tally.walks.end()}});
    std::stable_sort(result.begin(), result.end(),
                     [](const auto &a, const auto &b) { return a.rate.count > b.rate.count; });
    return result;
}

std::vector<PhaseFindings> phases(const TouchpointTally &t, const Touchpoint *layout)
{
    std::map<std::string, std::int64_t> targets = t.targetMs;
    std::vector<std::string> order = t.phaseOrder;
    if (layout) { // the library's targets are known for every contact, breached or not
        for (const Sla &sla : layout->slas) {
            if (sla.targetSeconds > 0)
                targets[sla.phase] = sla.targetSeconds * 1000;
        }
    }
    for (const auto &[phase, target] : targets) {
        if (phase != "total" && std::find(order.begin(), order.end(), phase) == order.end())
            order.push_back(phase);
    }
    order.push_back("total");
    std::vector<PhaseFindings> result;
    for (const std::string &phase : order) {
        PhaseFindings out;
        out.phase = phase;
        const auto times = phase == "total" ? t.totalMs : [&] {
            const auto found = t.phaseMs.find(phase);
            return found == t.phaseMs.end() ? std::vector<std::int64_t>() : found->second;
        }();
        out.n = static_cast<int>(times.size());
        out.medianMs = medianMs(times);
        out.p90Ms = p90Ms(times);
        if (const auto target = targets.find(phase); target != targets.end()) {
            out.targetMs = target->second;
            const auto breached = t.breaches.find(phase);
            if (breached != t.breaches.end())
                out.breachWalkIds = breached->second.walkIds();
            out.breachRate = shareEstimate(
                breached == t.breaches.end() ? 0 : breached->second.count, t.contacts);
        }
        result.push_back(std::move(out));
    }
    return result;
}

Figure perContact(int total, int contacts)
{
    return makeFigure(static_cast<double>(total) / contacts, contacts);
}

TouchpointFindings touchpointFindings(const std::string &id, const TouchpointTally &t,
                                      const Touchpoint *layout)
{
    TouchpointFindings out;
    out.touchpointId = id;
    out.name = t.name;
    out.channel = t.channel;
    out.department = t.department;
    out.walks = static_cast<int>(t.walks.size());
    out.contacts = t.contacts;
    out.passRate = shareEstimate(t.passed, t.judged);
    const Estimate score = meanEstimate(t.scores);
    out.meanScore = makeFigure(score.value, score.n);
    out.mustBeFailures = rates(t.mustBe, layout, CriterionKind::MustBe, t.judged);
    out.delighterHits = rates(t.delighters, layout, CriterionKind::Delighter, t.judged);
    out.phases = phases(t, layout);
    out.handoffsPerContact = perContact(t.handoffs, t.contacts);
    out.repeatsPerContact = perContact(t.repeats, t.contacts);
    out.walkIds = {t.walks.begin(), t.walks.end()};
    out.quotes = t.quotes;
    return out;
}

// Stages in the library's order; touchpoints it does not place go in a last stage with id "".
std::vector<StageFindings> stages(const JourneyTally &j, const JourneyTemplate *layout)
{
    std::vector<StageFindings> result;
    std::set<std::string> placed;
    if (layout) {
        for (const Stage &stage : layout->stages) {
            StageFindings out{stage.id, stage.name, {}};
            for (const Touchpoint &touchpoint : stage.touchpoints) {
                const auto found = j.touchpoints.find(touchpoint.id);
                if (found == j.touchpoints.end() || !placed.insert(touchpoint.id).second)
                    continue;
                out.touchpoints.push_back(
                    touchpointFindings(found->first, found->second, &touchpoint));
            }
            if (!out.touchpoints.empty())
                result.push_back(std::move(out));
        }
    }
    std::vector<const std::pair<const std::string, TouchpointTally> *> rest;
    for (const auto &entry : j.touchpoints) {
        if (!placed.contains(entry.first))
            rest.push_back(&entry);
    }
    std::sort(rest.begin(), rest.end(),
              [](auto *a, auto *b) { return a->second.firstSeen < b->second.firstSeen; });
    if (!rest.empty()) {
        StageFindings other;
        for (const auto *entry : rest)
            other.touchpoints.push_back(touchpointFindings(entry->first, entry->second, nullptr));
        result.push_back(std::move(other));
    }
    return result;
}

} // namespace

std::vector<JourneyFindings> compileJourneys(const Selection &selection)
{
    std::map<std::string, JourneyTally> journeys;
    std::vector<std::string> order;
    std::size_t seen = 0;
    for (const ReceivedWalk *walk : selection.walks) {
        const WalkSummary &s = walk->summary;
        auto [at, added] = journeys.try_emplace(s.journeyId);
        if (added)
            order.push_back(s.journeyId);
        JourneyTally &journey = at->second;
        journey.name = s.journeyName;
        journey.walks.insert(s.walkId);
        for (const ContactSummary &contact : s.contacts) {
            if (!matchesContact(selection.filter, contact))
                continue;
            ++journey.contacts;
            auto [tp, first] = journey.touchpoints.try_emplace(contact.touchpointId);
            if (first)
                tp->second.firstSeen = seen++;
            add(tp->second, s.walkId, contact);
        }
    }
    std::vector<JourneyFindings> result;
    for (const std::string &id : order) {
        const JourneyTally &j = journeys.at(id);
        result.push_back({id, j.name, static_cast<int>(j.walks.size()), j.contacts,
                          stages(j, findJourney(selection.options, id))});
    }
    return result;
}

} // namespace its::review
