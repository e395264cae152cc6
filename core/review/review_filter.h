#pragma once
// Which received walks the compile reads. Empty sets mean "any". A walk matches when it finished
// inside the period and matches every dimension given; with departments or channels given, the
// journey tables then count only the contacts of those departments or channels.

#include "domain/channel.h"
#include "scoring/summary.h"

#include <QTimeZone>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace its::review {

struct ReviewFilter
{
    std::optional<std::int64_t> fromMs; // finished at or after
    std::optional<std::int64_t> toMs;   // finished before
    std::set<std::string> journeys;
    std::set<std::string> departments;
    std::set<Channel> channels;
    std::set<std::string> leaders; // device ids
    std::set<std::string> sectors;
};

// A received summary and the device that signed it.
struct ReceivedWalk
{
    WalkSummary summary;
    std::string deviceId;
};

// The calendar month or quarter (1..4) in `zone`, as [from, to).
void setMonth(ReviewFilter &filter, int year, int month, const QTimeZone &zone);
void setQuarter(ReviewFilter &filter, int year, int quarter, const QTimeZone &zone);

// The newest revision of every walk, once (the first of equal revisions), in input order.
std::vector<const ReceivedWalk *> newestRevisions(const std::vector<ReceivedWalk> &walks);

bool matchesWalk(const ReviewFilter &filter, const ReceivedWalk &walk);
// Whether the journey tables count this contact (departments and channels only).
bool matchesContact(const ReviewFilter &filter, const ContactSummary &contact);

} // namespace its::review
