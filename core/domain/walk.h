#pragma once
// A walk is one executive's incognito run of a journey. Each attempt at a touchpoint is a
// Contact whose phases are an append-only event log, persisted as each event happens.

#include "journey.h"
#include "timing/time_point.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace its {

// One entry of a contact's phase log: from `at` on, the contact is in `phase`.
// The final standing event of a closed contact has phase == kEndPhase.
inline constexpr std::string_view kEndPhase = "end";
// An undo is logged as an event of its own: it withdraws the latest standing event before it
// (a phase tapped by mistake, or an "end"), which stays in the log. Nothing is deleted.
inline constexpr std::string_view kUndoPhase = "undo";

struct PhaseEvent
{
    std::int64_t seq = 0;
    std::string phase;
    TimePoint at;
};

struct Handoff
{
    std::string fromDepartment;
    std::string toDepartment;
    TimePoint at;
};

enum class Outcome
{
    Open,       // still in progress
    Resolved,   // the customer's need was met
    Partial,    // something happened, but the customer must come back
    Unresolved, // nothing solved
    Abandoned,  // the customer gave up (hung up in the queue, left the store)
};

enum class MomentKind
{
    None,
    PainPoint,
    Memorable
};

struct Moment
{
    MomentKind kind = MomentKind::None;
    std::string theme; // e.g. "waiting", "silos", "billing", "empathy"
    int severity = 0;  // 1 (minor) .. 3 (severe); 0 when kind == None
    // The department responsible, when the executive set one: a sales retention pitch on a
    // customer-care call is Sales' pain point. Empty = the touchpoint's owner.
    std::string department;
};

struct CriterionScore
{
    std::string criterionId;
    std::optional<int> score; // 1..5, nullopt = not applicable
};

struct Observation
{
    std::vector<CriterionScore> scores;
    std::string note;
    bool noteShareable = false;   // only a note marked shareable ever leaves the device
    std::string privateStaffNote; // names of frontline staff: never leaves the device
    Moment moment;
};

struct Contact
{
    std::string id;
    std::string touchpointId;
    int attempt = 1; // 2 = the customer had to come back for the same need
    std::vector<PhaseEvent> events;
    Outcome outcome = Outcome::Open;
    std::vector<Handoff> handoffs;
    int repeatCount = 0; // times the customer had to repeat information
    Observation observation;

    bool isClosed() const;
};

// The events that stand once every kUndoPhase event has withdrawn the latest standing event
// before it; the undo events themselves are left out. What timing and scoring read.
std::vector<PhaseEvent> standingEvents(const std::vector<PhaseEvent> &events);

// Scales of the journey questions (scoring and every reader check against these).
inline constexpr int kRecommendMin = 0, kRecommendMax = 10; // NPS
inline constexpr int kCsatMin = 1, kCsatMax = 5;            // CSAT, top-2-box
inline constexpr int kCesMin = 1, kCesMax = 7;              // CES

struct JourneyAnswers
{
    std::optional<int> recommend; // 0..10
    std::optional<int> effort;    // CES 1..7
    std::string cesScaleVersion = "ces2-7pt";
    std::optional<bool> wouldStay;
    std::optional<int> csat; // "How satisfied were you overall?" 1..5; nullopt = not answered
};

// Why `answers` cannot be stored (an answer outside its scale, an empty CES scale version),
// or nullopt when they are valid. The message names the question and the value.
std::optional<std::string> answersProblem(const JourneyAnswers &answers);

enum class WalkStatus
{
    InProgress,
    Finished
};

struct Walk
{
    std::string id;
    int revision = 1;        // bumped whenever a finished walk's summary changes
    JourneyTemplate journey; // a snapshot: later template edits do not rewrite history
    std::string persona;
    TimePoint startedAt;
    std::optional<TimePoint> finishedAt;
    WalkStatus status = WalkStatus::InProgress;
    std::vector<Contact> contacts;
    JourneyAnswers answers;
};

std::string_view toString(Outcome outcome);
std::optional<Outcome> outcomeFromString(std::string_view text);
std::string_view toString(MomentKind kind);
std::optional<MomentKind> momentKindFromString(std::string_view text);

} // namespace its
