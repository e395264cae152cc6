// By journey, stage and touchpoint. Everything is keyed by ids: a criterion added to or removed
// from a template between walks is its own row, whatever its position. Rows are tallied in flat
// vectors found by interned ids or a short linear search (a touchpoint has a few criteria and
// phases); the ordered maps the output needs are built once per touchpoint, not per contact.
#include "review/compile_parts.h"
#include "review/intervals.h"

#include <algorithm>
#include <map>

namespace its::review {

namespace {

struct CriterionTally
{
    std::string_view id;
    int count = 0;
    std::string_view text;
    WalkSet walks;
};

struct PhaseTimes
{
    std::string_view phase;
    std::vector<std::int64_t> ms;
};

struct PhaseBreaches
{
    std::string_view phase;
    std::int64_t targetMs = 0; // the latest walk's
    Tally tally;
};

struct Quoted
{
    const std::string *walkId;
    const std::string *text;
};

struct TouchpointRows
{
    std::string_view id, name, department;
    Channel channel = Channel::Phone;
    WalkSet walks;
    int contacts = 0;
    int judged = 0;
    int passed = 0;
    std::vector<double> scores;
    std::vector<CriterionTally> mustBe, delighters; // in order first seen
    std::vector<PhaseTimes> phases;                 // in log order, as first seen
    std::vector<PhaseBreaches> breaches;
    std::vector<Quoted> quotes;
    std::vector<std::int64_t> totalMs;
    int handoffs = 0;
    int repeats = 0;
};

struct JourneyRows
{
    std::string_view id, name;
    WalkSet walks;
    int contacts = 0;
    Interner touchpointIds;
    std::vector<TouchpointRows> touchpoints; // by interned id: the order first seen
};

template <typename T> T *findBy(std::vector<T> &rows, std::string_view key, auto T::*field)
{
    for (T &row : rows) {
        if (row.*field == key)
            return &row;
    }
    return nullptr;
}

const std::string *textOf(const ContactSummary &contact, const std::string &criterionId)
{
    for (const CriterionText &text : contact.criterionTexts) {
        if (text.criterionId == criterionId)
            return &text.text;
    }
    return nullptr;
}

void count(std::vector<CriterionTally> &tallies, std::uint32_t rank, const ContactSummary &contact,
           const std::vector<std::string> &ids)
{
    for (const std::string &id : ids) {
        CriterionTally *tally = findBy(tallies, id, &CriterionTally::id);
        if (!tally)
            tally = &tallies.emplace_back(CriterionTally{id, 0, {}, {}});
        ++tally->count;
        tally->walks.insert(rank);
        if (const std::string *text = textOf(contact, id); text && !text->empty())
            tally->text = *text;
    }
}

void add(TouchpointRows &t, std::uint32_t rank, const std::string &walkId,
         const ContactSummary &contact)
{
    t.name = contact.touchpointName; // the latest walk's words win
    t.channel = contact.channel;
    t.department = contact.department;
    t.walks.insert(rank);
    ++t.contacts;
    if (isJudged(contact)) {
        ++t.judged;
        t.passed += contact.passed ? 1 : 0;
    }
    if (contact.score)
        t.scores.push_back(*contact.score);
    count(t.mustBe, rank, contact, contact.failedMustBe);
    count(t.delighters, rank, contact, contact.metDelighters);
    for (const PhaseTime &phase : contact.phases) {
        PhaseTimes *times = findBy(t.phases, phase.phase, &PhaseTimes::phase);
        if (!times)
            times = &t.phases.emplace_back(PhaseTimes{phase.phase, {}});
        times->ms.push_back(phase.ms);
    }
    const std::vector<SlaBreach> &breaches = contact.slaBreaches;
    for (auto breach = breaches.begin(); breach != breaches.end(); ++breach) {
        PhaseBreaches *tally = findBy(t.breaches, breach->phase, &PhaseBreaches::phase);
        if (!tally)
            tally = &t.breaches.emplace_back(PhaseBreaches{breach->phase, 0, {}});
        tally->targetMs = breach->targetMs;
        const bool again = std::any_of(breaches.begin(), breach, [&](const SlaBreach &before) {
            return before.phase == breach->phase;
        });
        if (!again) // two targets on one phase breach it once
            tally->tally.add(rank);
    }
    if (!contact.shareableNote.empty())
        t.quotes.push_back({&walkId, &contact.shareableNote});
    t.totalMs.push_back(contact.totalMs);
    t.handoffs += static_cast<int>(contact.handoffs.size());
    t.repeats += contact.repeatCount;
}

std::vector<CriterionRate> rates(const std::vector<CriterionTally> &tallies,
                                 const Touchpoint *layout, CriterionKind kind, int judged,
                                 const Selection &selection)
{
    struct Row
    {
        std::string_view id, text;
        int count;
        const WalkSet *walks;
    };
    std::vector<Row> rows;
    for (const CriterionTally &tally : tallies)
        rows.push_back({tally.id, tally.text, tally.count, &tally.walks});
    if (layout) { // the library's criteria of this kind, met or failed or not
        for (const Criterion &criterion : layout->criteria) {
            if (criterion.kind != kind)
                continue;
            Row *row = findBy(rows, criterion.id, &Row::id);
            if (!row)
                rows.push_back({criterion.id, criterion.text, 0, nullptr});
            else if (row->text.empty())
                row->text = criterion.text;
        }
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.id < b.id; });
    std::vector<CriterionRate> result;
    result.reserve(rows.size());
    for (const Row &row : rows)
        result.push_back({std::string(row.id), std::string(row.text),
                          shareEstimate(row.count, judged),
                          row.walks ? row.walks->ids(selection) : std::vector<std::string>()});
    std::stable_sort(result.begin(), result.end(),
                     [](const auto &a, const auto &b) { return a.rate.count > b.rate.count; });
    return result;
}

// The times are reordered in place (median and p90 need only which values there are).
std::vector<PhaseFindings> phases(TouchpointRows &t, const Touchpoint *layout,
                                  const Selection &selection)
{
    std::map<std::string_view, std::int64_t> targets;
    for (const PhaseBreaches &breaches : t.breaches)
        targets[breaches.phase] = breaches.targetMs;
    std::vector<std::string_view> order;
    for (const PhaseTimes &times : t.phases)
        order.push_back(times.phase);
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
    result.reserve(order.size());
    for (const std::string_view phase : order) {
        PhaseFindings out;
        out.phase = std::string(phase);
        PhaseTimes *found = findBy(t.phases, phase, &PhaseTimes::phase);
        std::span<std::int64_t> times = phase == "total" ? std::span(t.totalMs)
                                        : found          ? std::span(found->ms)
                                                         : std::span<std::int64_t>();
        out.n = static_cast<int>(times.size());
        out.medianMs = medianOfMs(times);
        out.p90Ms = p90OfMs(times);
        if (const auto target = targets.find(phase); target != targets.end()) {
            out.targetMs = target->second;
            const PhaseBreaches *breached = findBy(t.breaches, phase, &PhaseBreaches::phase);
            if (breached)
                out.breachWalkIds = breached->tally.walks.ids(selection);
            out.breachRate = shareEstimate(breached ? breached->tally.count : 0, t.contacts);
        }
        result.push_back(std::move(out));
    }
    return result;
}

Figure perContact(int total, int contacts)
{
    return makeFigure(static_cast<double>(total) / contacts, contacts);
}

TouchpointFindings touchpointFindings(TouchpointRows &t, const Touchpoint *layout,
                                      const Selection &selection)
{
    TouchpointFindings out;
    out.touchpointId = std::string(t.id);
    out.name = std::string(t.name);
    out.channel = std::string(toString(t.channel));
    out.department = std::string(t.department);
    out.walks = static_cast<int>(t.walks.size());
    out.contacts = t.contacts;
    out.passRate = shareEstimate(t.passed, t.judged);
    const Estimate score = meanEstimate(t.scores);
    out.meanScore = makeFigure(score.value, score.n);
    out.mustBeFailures = rates(t.mustBe, layout, CriterionKind::MustBe, t.judged, selection);
    out.delighterHits = rates(t.delighters, layout, CriterionKind::Delighter, t.judged, selection);
    out.phases = phases(t, layout, selection);
    out.handoffsPerContact = perContact(t.handoffs, t.contacts);
    out.repeatsPerContact = perContact(t.repeats, t.contacts);
    out.walkIds = t.walks.ids(selection);
    out.quotes.reserve(t.quotes.size());
    for (const Quoted &quote : t.quotes)
        out.quotes.push_back({*quote.walkId, *quote.text});
    return out;
}

// Stages in the library's order; touchpoints it does not place go in a last stage with id "",
// in the order they were first seen.
std::vector<StageFindings> stages(JourneyRows &j, const JourneyTemplate *layout,
                                  const Selection &selection)
{
    std::vector<StageFindings> result;
    std::vector<bool> placed(j.touchpoints.size(), false);
    if (layout) {
        for (const Stage &stage : layout->stages) {
            StageFindings out{stage.id, stage.name, {}};
            for (const Touchpoint &touchpoint : stage.touchpoints) {
                const auto found =
                    std::find_if(j.touchpoints.begin(), j.touchpoints.end(),
                                 [&](const TouchpointRows &t) { return t.id == touchpoint.id; });
                if (found == j.touchpoints.end())
                    continue;
                const auto index = static_cast<std::size_t>(found - j.touchpoints.begin());
                if (placed[index])
                    continue;
                placed[index] = true;
                out.touchpoints.push_back(touchpointFindings(*found, &touchpoint, selection));
            }
            if (!out.touchpoints.empty())
                result.push_back(std::move(out));
        }
    }
    StageFindings other;
    for (std::size_t i = 0; i < j.touchpoints.size(); ++i) {
        if (!placed[i])
            other.touchpoints.push_back(touchpointFindings(j.touchpoints[i], nullptr, selection));
    }
    if (!other.touchpoints.empty())
        result.push_back(std::move(other));
    return result;
}

} // namespace

std::vector<JourneyFindings> compileJourneys(const Selection &selection)
{
    Interner journeyIds;
    std::vector<JourneyRows> journeys; // by interned id: the order first seen
    for (std::size_t i = 0; i < selection.walks.size(); ++i) {
        const WalkSummary &s = selection.walks[i]->summary;
        const std::uint32_t rank = selection.ranks[i];
        const std::uint32_t id = journeyIds.id(s.journeyId);
        if (id == journeys.size())
            journeys.emplace_back().id = s.journeyId;
        JourneyRows &journey = journeys[id];
        journey.name = s.journeyName;
        journey.walks.insert(rank);
        for (const ContactSummary &contact : s.contacts) {
            if (!matchesContact(selection.filter, contact))
                continue;
            ++journey.contacts;
            const std::uint32_t tp = journey.touchpointIds.id(contact.touchpointId);
            if (tp == journey.touchpoints.size())
                journey.touchpoints.emplace_back().id = contact.touchpointId;
            add(journey.touchpoints[tp], rank, s.walkId, contact);
        }
    }
    std::vector<JourneyFindings> result;
    result.reserve(journeys.size());
    for (JourneyRows &j : journeys) {
        const std::string id(j.id);
        result.push_back({id, std::string(j.name), static_cast<int>(j.walks.size()), j.contacts,
                          stages(j, findJourney(selection.options, id), selection)});
    }
    return result;
}

} // namespace its::review
