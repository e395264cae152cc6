#pragma once
// Compact, language-neutral duration text for stopwatches and lap lists. Human wording
// ("3 giorni", "about an hour") is the UI's job; these are digits a phone shows at a glance.

#include <cstdint>
#include <string>

namespace its {

// Whole seconds only (milliseconds are truncated, never rounded up: a timer must not run ahead).
//   < 1 hour : "mm:ss"          e.g.  65'000 ms -> "01:05"
//   < 1 day  : "h:mm:ss"        e.g.  3'723'000 ms -> "1:02:03"
//   >= 1 day : "D d hh:mm:ss"   e.g.  3 d 4 h 12 min 9 s -> "3 d 04:12:09"
// A negative duration is shown with a leading '-' (it is a caller bug, but losing the sign
// would hide it).
std::string formatDuration(std::int64_t ms);

} // namespace its
