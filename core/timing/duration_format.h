#pragma once
// How every duration in the app is written: the one place that decides the rules per magnitude.
// The words come from the caller (the UI translates them; see qml/shell/vocabulary), so the core
// stays free of Qt and of any one language.
//
// formatDuration: a measured time (stopwatch, lap, wait, a walk's total)
//   < 1 hour : "mm:ss"              65 s            -> "01:05"   (a running stopwatch)
//   < 1 day  : "h:mm:ss"            1 h 2 min 3 s   -> "1:02:03"
//   >= 1 day : "D d H h M min"      2 d 0 h 38:46   -> "2 d 0 h 39 min" (it: "2 g 0 h 39 min")
//   Below a day, whole seconds are truncated, never rounded up (a timer must not run ahead);
//   from a day on, seconds are noise and the time is rounded to the nearest minute.
//
// formatTarget: a limit someone set (an SLA, "within 30 minutes")
//   one unit only   : "5 days", "1 hour", "30 min", "45 s"     (it: "5 giorni", "1 ora")
//   several units   : "1 d 12 h", "1 h 30 min", "2 min 30 s"   (zero units left out)
//   Targets are whole seconds; milliseconds are truncated.
//
// A negative duration keeps its leading '-' (a caller bug, but losing the sign would hide it).

#include <cstdint>
#include <string>

namespace its {

struct DurationUnits
{
    // Short unit symbols, as in "2 d 0 h 39 min" / "2 g 0 h 39 min".
    std::string day = "d";
    std::string hour = "h";
    std::string minute = "min";
    std::string second = "s";
    // Whole words for a target of one unit: "1 day" / "5 days", "1 hour" / "2 hours".
    std::string oneDay = "day";
    std::string manyDays = "days";
    std::string oneHour = "hour";
    std::string manyHours = "hours";
};

std::string formatDuration(std::int64_t ms, const DurationUnits &units = {});
std::string formatTarget(std::int64_t ms, const DurationUnits &units = {});

} // namespace its
