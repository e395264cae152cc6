#pragma once
// What the stopwatch of one contact shows, computed from the contact's phase event log and
// `now`. Pure: no clock is read here, so the state after a restart or a reboot is the same
// as if the app had never stopped (durations come from its::elapsedMs).

#include "domain/walk.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace its {

// One stretch of the log: from one event to the next (or to `now` for an open contact's last
// event). Time between an "end" event and a later event (a reopened contact) is no lap: the
// customer was not in the contact then. Only standing events count (standingEvents: an undone
// phase's time belongs to the phase before it).
struct Lap
{
    std::string phase;
    std::int64_t ms = 0;
};

std::vector<Lap> contactLaps(const Contact &contact, const TimePoint &now);

// Customer time per phase id: laps merged by phase, in first-seen order.
std::vector<Lap> mergeLaps(const std::vector<Lap> &laps);

enum class SlaState
{
    None,  // no target for this phase (or the contact is not in a phase)
    Ok,    // below 75% of the target
    Amber, // at or above 75% of the target, not above it
    Red,   // above the target (a breach)
};

inline constexpr int kAmberPercent = 75;

// The state of `actualMs` against `targetMs`; None when targetMs <= 0.
SlaState slaState(std::int64_t actualMs, std::int64_t targetMs);

// The target of `phase` ("total" for the whole contact) in ms. Several targets for one phase:
// the tightest counts. Targets <= 0 seconds mean "no target" and are ignored.
std::optional<std::int64_t> slaTargetMs(const Touchpoint &touchpoint, std::string_view phase);

inline constexpr std::string_view kTotalSlaPhase = "total";

struct SlaStatus
{
    SlaState state = SlaState::None;
    std::int64_t targetMs = 0; // 0 when state == None
    std::int64_t actualMs = 0;
};

struct ContactTimerState
{
    bool started = false;                 // at least one event
    bool closed = false;                  // the last event is "end"
    std::string currentPhase;             // empty when not started or closed
    std::int64_t currentLapMs = 0;        // time since the current phase was entered
    std::int64_t currentPhaseTotalMs = 0; // all time in the current phase id (e.g. two holds)
    std::int64_t totalMs = 0;             // customer time of the whole contact
    std::vector<Lap> laps;                // in log order, the open one last
    SlaStatus phaseSla; // current phase, on currentPhaseTotalMs (as slaBreaches judges it)
    SlaStatus totalSla; // whole contact, on totalMs; None before the first event
    // Phase buttons to offer, most likely first: the channel's phases after the current one,
    // then those before it (a transfer goes back to the queue). Not started, closed, or in a
    // phase the channel does not list: all of the channel's phases in order.
    std::vector<std::string> suggestedPhases;
};

// Throws std::invalid_argument if the contact belongs to another touchpoint.
ContactTimerState contactTimerState(const Touchpoint &touchpoint, const Contact &contact,
                                    const TimePoint &now);

} // namespace its
