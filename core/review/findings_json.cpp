#include "review/findings_json.h"

#include <nlohmann/json.hpp>

namespace its::review {

using nlohmann::json;

namespace {

json optionalNumber(const std::optional<double> &value)
{
    return value ? json(*value) : json(nullptr);
}

json figure(const Figure &f)
{
    return {{"value", optionalNumber(f.value)}, {"n", f.n}, {"smallSample", f.smallSample}};
}

json mean(const Estimate &e)
{
    return {{"value", optionalNumber(e.value)},
            {"n", e.n},
            {"smallSample", e.smallSample},
            {"low", e.ci95 ? json(e.ci95->low) : json(nullptr)},
            {"high", e.ci95 ? json(e.ci95->high) : json(nullptr)}};
}

json share(const Estimate &e)
{
    json out = mean(e);
    out["count"] = e.count;
    return out;
}

json criteria(const std::vector<CriterionRate> &rates)
{
    json out = json::array();
    for (const CriterionRate &rate : rates)
        out.push_back({{"criterionId", rate.criterionId},
                       {"text", rate.text},
                       {"rate", share(rate.rate)},
                       {"walkIds", rate.walkIds}});
    return out;
}

json phaseJson(const PhaseFindings &p)
{
    return {{"phase", p.phase},
            {"n", p.n},
            {"medianMs", p.medianMs},
            {"p90Ms", p.p90Ms},
            {"targetMs", p.targetMs ? json(*p.targetMs) : json(nullptr)},
            {"breachRate", share(p.breachRate)},
            {"breachWalkIds", p.breachWalkIds}};
}

json touchpointJson(const TouchpointFindings &t)
{
    json phases = json::array();
    for (const PhaseFindings &p : t.phases)
        phases.push_back(phaseJson(p));
    json quotes = json::array();
    for (const Quote &quote : t.quotes)
        quotes.push_back({{"walkId", quote.walkId}, {"text", quote.text}});
    return {{"touchpointId", t.touchpointId},
            {"name", t.name},
            {"channel", t.channel},
            {"department", t.department},
            {"walks", t.walks},
            {"contacts", t.contacts},
            {"passRate", share(t.passRate)},
            {"meanScore", figure(t.meanScore)},
            {"mustBeFailures", criteria(t.mustBeFailures)},
            {"delighterHits", criteria(t.delighterHits)},
            {"phases", phases},
            {"handoffsPerContact", figure(t.handoffsPerContact)},
            {"repeatsPerContact", figure(t.repeatsPerContact)},
            {"walkIds", t.walkIds},
            {"quotes", quotes}};
}

json journeysJson(const std::vector<JourneyFindings> &journeys)
{
    json out = json::array();
    for (const JourneyFindings &j : journeys) {
        json stages = json::array();
        for (const StageFindings &s : j.stages) {
            json touchpoints = json::array();
            for (const TouchpointFindings &t : s.touchpoints)
                touchpoints.push_back(touchpointJson(t));
            stages.push_back(
                {{"stageId", s.stageId}, {"name", s.name}, {"touchpoints", touchpoints}});
        }
        out.push_back({{"journeyId", j.journeyId},
                       {"name", j.name},
                       {"walks", j.walks},
                       {"contacts", j.contacts},
                       {"stages", stages}});
    }
    return out;
}

json themes(const std::vector<ThemeRank> &ranks)
{
    json out = json::array();
    for (const ThemeRank &r : ranks)
        out.push_back({{"theme", r.theme},
                       {"frequency", r.frequency},
                       {"meanSeverity", r.meanSeverity},
                       {"weight", r.severitySum},
                       {"walkIds", r.walkIds}});
    return out;
}

json touchpointCounts(const std::vector<TouchpointCount> &counts)
{
    json out = json::array();
    for (const TouchpointCount &c : counts)
        out.push_back({{"touchpointId", c.touchpointId},
                       {"name", c.name},
                       {"count", c.count},
                       {"walkIds", c.walkIds}});
    return out;
}

json departmentCounts(const std::vector<DepartmentCount> &counts)
{
    json out = json::array();
    for (const DepartmentCount &c : counts)
        out.push_back({{"department", c.department}, {"count", c.count}});
    return out;
}

json departmentsJson(const std::vector<DepartmentFindings> &departments)
{
    json out = json::array();
    for (const DepartmentFindings &d : departments)
        out.push_back({{"department", d.department},
                       {"painPoints", d.painPoints},
                       {"themes", themes(d.themes)},
                       {"memorableMoments", d.memorableMoments},
                       {"momentThemes", themes(d.momentThemes)},
                       {"touchpointsOwned", touchpointCounts(d.touchpointsOwned)},
                       {"handoffsIn", d.handoffsIn},
                       {"handoffsOut", d.handoffsOut},
                       {"handedTo", departmentCounts(d.handedTo)},
                       {"handedFrom", departmentCounts(d.handedFrom)}});
    return out;
}

json siloJson(const std::vector<SiloCell> &cells)
{
    json out = json::array();
    for (const SiloCell &c : cells)
        out.push_back({{"from", c.from},
                       {"to", c.to},
                       {"handoffs", c.handoffs},
                       {"repeatsAfter", c.repeatsAfter},
                       {"walkIds", c.walkIds}});
    return out;
}

json voiceJson(const VoiceFindings &v)
{
    return {{"nps", mean(v.nps)},
            {"csat", share(v.csat)},
            {"cesMean", mean(v.cesMean)},
            {"ces5to7", share(v.ces5to7)},
            {"wouldStay", share(v.wouldStay)},
            {"firstContactResolution", share(v.firstContactResolution)},
            {"cesProblem", v.cesProblem}};
}

json trend(const TrendFigure &t, bool isShare)
{
    return {{"estimate", isShare ? share(t.estimate) : mean(t.estimate)},
            {"change", std::string(toString(t.change))},
            {"delta", optionalNumber(t.delta)}};
}

json periodsJson(const std::vector<PeriodFindings> &periods)
{
    json out = json::array();
    for (const PeriodFindings &p : periods)
        out.push_back({{"key", p.key},
                       {"fromMs", p.fromMs},
                       {"toMs", p.toMs},
                       {"walks", p.walks},
                       {"nps", trend(p.nps, false)},
                       {"csat", trend(p.csat, true)},
                       {"cesMean", trend(p.cesMean, false)},
                       {"ces5to7", trend(p.ces5to7, true)},
                       {"wouldStay", trend(p.wouldStay, true)},
                       {"firstContactResolution", trend(p.firstContactResolution, true)},
                       {"passRate", trend(p.passRate, true)},
                       {"slaBreachRate", trend(p.slaBreachRate, true)},
                       {"negativeEnd", trend(p.negativeEnd, true)}});
    return out;
}

json participationJson(const ParticipationFindings &p)
{
    json leaders = json::array();
    for (const LeaderActivity &l : p.leaders)
        leaders.push_back({{"deviceId", l.deviceId},
                           {"label", l.label},
                           {"walks", l.walks},
                           {"total", l.total},
                           {"lastWalkMs", l.lastWalkMs ? json(*l.lastWalkMs) : json(nullptr)},
                           {"notWalkedIn90Days", l.notWalkedIn90Days}});
    return {{"leaders", leaders},
            {"idleLeaders", p.idleLeaders},
            {"journeysNotWalked", p.journeysNotWalked}};
}

json filterJson(const ReviewFilter &filter)
{
    json channels = json::array();
    for (Channel channel : filter.channels)
        channels.push_back(std::string(its::toString(channel)));
    return {{"fromMs", filter.fromMs ? json(*filter.fromMs) : json(nullptr)},
            {"toMs", filter.toMs ? json(*filter.toMs) : json(nullptr)},
            {"journeys", filter.journeys},
            {"departments", filter.departments},
            {"channels", channels},
            {"leaders", filter.leaders},
            {"sectors", filter.sectors}};
}

} // namespace

std::string_view toString(Change change)
{
    switch (change) {
    case Change::NoData:
        return "no-data";
    case Change::NoClearChange:
        return "no-clear-change";
    case Change::ClearlyUp:
        return "clearly-up";
    case Change::ClearlyDown:
        return "clearly-down";
    }
    return "no-data";
}

json findingsToJson(const Findings &findings, const ReviewFilter &filter,
                    std::int64_t generatedWallMs)
{
    json out = {{"format", kFindingsFormat},
                {"version", kFindingsFormatVersion},
                {"generatedWallMs", generatedWallMs},
                {"filter", filterJson(filter)},
                {"periodKind", findings.periodKind == PeriodKind::Quarter ? "quarter" : "month"},
                {"result", findings.noWalksMatch ? "no-walks-match" : "walks"},
                {"walks", findings.walks}};
    if (findings.noWalksMatch)
        return out;
    out["contacts"] = findings.contacts;
    out["journeys"] = journeysJson(findings.journeys);
    out["departments"] = departmentsJson(findings.departments);
    out["siloMap"] = siloJson(findings.siloMap);
    out["voice"] = voiceJson(findings.voice);
    out["peakEnd"] = {{"negativeEnd", share(findings.peakEnd.negativeEnd)},
                      {"lowPoints", touchpointCounts(findings.peakEnd.lowPoints)},
                      {"endPoints", touchpointCounts(findings.peakEnd.endPoints)},
                      {"negativeEndWalkIds", findings.peakEnd.negativeEndWalkIds}};
    out["periods"] = periodsJson(findings.periods);
    out["participation"] = participationJson(findings.participation);
    return out;
}

} // namespace its::review
