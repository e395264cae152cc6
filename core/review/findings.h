#pragma once
// Findings: what the CCO's compile (review/compile.h) says about many leaders' walks. Plain
// data; every figure carries its n, the small-sample flag and, where it has one, its 95%
// interval (docs/SCORING.md, "The review's compile"). Ids are kept as they arrive: an unknown
// department id is shown as it is, never mapped or dropped. Every count lists the walks behind
// it (walkIds, sorted), so each figure drills down to the summaries.

#include "domain/journey.h"
#include "scoring/figure.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace its::review {

struct Interval
{
    double low = 0;
    double high = 0;
};

// A figure with its 95% interval. Shares are 0..100 and `count` is how many of the n were
// "yes" (failed, met, breached ...); means leave count at 0.
struct Estimate
{
    std::optional<double> value; // nullopt when n == 0
    int n = 0;
    bool smallSample = true; // n < kMinMeaningfulSample
    int count = 0;
    std::optional<Interval> ci95; // nullopt when n == 0 (or, for a mean, n < 2)
};

struct CriterionRate
{
    std::string criterionId;
    std::string text; // the template's words when a summary or the library has them, else ""
    Estimate rate;    // must-be: failure rate; delighter: hit rate (share of judged contacts)
    std::vector<std::string> walkIds; // the walks that failed (met) it
};

// Customer time in one phase ("total" = the whole contact) at one touchpoint.
struct PhaseFindings
{
    std::string phase;
    int n = 0; // contacts that spent time in this phase
    std::int64_t medianMs = 0;
    std::int64_t p90Ms = 0;
    std::optional<std::int64_t> targetMs; // the SLA, when one is known
    Estimate breachRate;                  // of the touchpoint's contacts; n == 0 without a target
    std::vector<std::string> breachWalkIds;
};

// A note the executive marked shareable, shown as a quote.
struct Quote
{
    std::string walkId;
    std::string text;
};

struct TouchpointFindings
{
    std::string touchpointId;
    std::string name;
    std::string channel;
    std::string department;
    int walks = 0;
    int contacts = 0;
    Estimate passRate;                         // judged contacts with no failed must-be
    Figure meanScore;                          // 0..100 over contacts with a score
    std::vector<CriterionRate> mustBeFailures; // most failed first
    std::vector<CriterionRate> delighterHits;  // most met first
    std::vector<PhaseFindings> phases;         // log order, "total" last
    Figure handoffsPerContact;
    Figure repeatsPerContact;
    std::vector<std::string> walkIds;
    std::vector<Quote> quotes; // in walk order
};

struct StageFindings
{
    std::string stageId; // "" for touchpoints the library's journey does not place
    std::string name;
    std::vector<TouchpointFindings> touchpoints;
};

struct JourneyFindings
{
    std::string journeyId;
    std::string name;
    int walks = 0;
    int contacts = 0;
    std::vector<StageFindings> stages;
};

// A theme of a department's pain points. weight = frequency x mean severity = sum of severities.
struct ThemeRank
{
    std::string theme;
    int frequency = 0;
    int severitySum = 0;
    double meanSeverity = 0;
    std::vector<std::string> walkIds;
};

struct TouchpointCount
{
    std::string touchpointId;
    std::string name;
    int count = 0;
    std::vector<std::string> walkIds;
};

struct DepartmentCount
{
    std::string department;
    int count = 0;
};

struct DepartmentFindings
{
    std::string department;        // the id as it arrives
    int painPoints = 0;            // failed must-be criteria + the executives' own pain points
    std::vector<ThemeRank> themes; // by frequency x severity, then frequency, then theme
    int memorableMoments = 0;
    std::vector<ThemeRank> momentThemes;
    std::vector<TouchpointCount> touchpointsOwned; // contacts per touchpoint, most first
    int handoffsIn = 0;
    int handoffsOut = 0;
    std::vector<DepartmentCount> handedTo;   // out, by receiving department
    std::vector<DepartmentCount> handedFrom; // in, by sending department
};

// One cell of the silo map: customers passed from `from` to `to`.
struct SiloCell
{
    std::string from;
    std::string to;
    int handoffs = 0;
    int repeatsAfter = 0; // repeats on the contacts whose last handoff this was
    std::vector<std::string> walkIds;
};

struct VoiceFindings
{
    Estimate nps; // -100..100, interval from the variance of promoter-minus-detractor
    Estimate csat;
    Estimate cesMean;
    Estimate ces5to7;
    Estimate wouldStay;
    Estimate firstContactResolution;
    std::string cesProblem; // set (and the CES figures empty) when scale versions cannot pool
};

struct PeakEndFindings
{
    Estimate negativeEnd;                   // share of walks whose last point is below 0
    std::vector<TouchpointCount> lowPoints; // touchpoints most often at the walk's low point
    std::vector<TouchpointCount> endPoints; // ... at its end
    std::vector<std::string> negativeEndWalkIds;
};

enum class Change
{
    NoData,        // one of the two periods has no answer
    NoClearChange, // not statistically clear at 95%
    ClearlyUp,
    ClearlyDown,
};

struct TrendFigure
{
    Estimate estimate;
    Change change = Change::NoData; // against the period before
    std::optional<double> delta;    // this minus the period before, when both have a value
};

struct PeriodFindings
{
    std::string key; // "2026-03" or "2026-Q1"
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0; // exclusive
    int walks = 0;
    TrendFigure nps, csat, cesMean, ces5to7, wouldStay, firstContactResolution;
    TrendFigure passRate;      // judged contacts with no failed must-be
    TrendFigure slaBreachRate; // contacts with at least one SLA breach
    TrendFigure negativeEnd;
};

struct LeaderActivity
{
    std::string deviceId;
    std::string label;      // as the roster names the device; "" if it is not on the roster
    std::vector<int> walks; // per period, aligned with Findings::periods
    int total = 0;
    std::optional<std::int64_t> lastWalkMs; // over every received walk, any filter aside
    bool notWalkedIn90Days = false;
};

struct ParticipationFindings
{
    std::vector<LeaderActivity> leaders;  // by label, then device id
    std::vector<std::string> idleLeaders; // device ids of roster leaders with no walk in 90 days
    std::vector<std::string> journeysNotWalked; // known journeys with no walk in the result
};

enum class PeriodKind
{
    Month,
    Quarter,
};

struct Findings
{
    bool noWalksMatch = true; // then every list below is empty: never a row of zeros
    int walks = 0;
    int contacts = 0;
    PeriodKind periodKind = PeriodKind::Month;
    std::vector<JourneyFindings> journeys;
    std::vector<DepartmentFindings> departments; // most pain (frequency x severity) first
    std::vector<SiloCell> siloMap;               // most handoffs first
    VoiceFindings voice;
    PeakEndFindings peakEnd;
    std::vector<PeriodFindings> periods; // oldest first, every period from first to last walk
    ParticipationFindings participation;
};

} // namespace its::review
