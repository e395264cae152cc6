#include "review/review_filter.h"

#include <QDateTime>
#include <string_view>
#include <unordered_map>

namespace its::review {

namespace {

std::int64_t startOfMonth(int year, int month, const QTimeZone &zone)
{
    return QDateTime(QDate(year, month, 1), QTime(0, 0), zone).toMSecsSinceEpoch();
}

void setRange(ReviewFilter &filter, int year, int firstMonth, int months, const QTimeZone &zone)
{
    const QDate end = QDate(year, firstMonth, 1).addMonths(months);
    filter.fromMs = startOfMonth(year, firstMonth, zone);
    filter.toMs = startOfMonth(end.year(), end.month(), zone);
}

template <typename T> bool anyOrContains(const std::set<T> &set, const T &value)
{
    return set.empty() || set.contains(value);
}

} // namespace

void setMonth(ReviewFilter &filter, int year, int month, const QTimeZone &zone)
{
    setRange(filter, year, month, 1, zone);
}

void setQuarter(ReviewFilter &filter, int year, int quarter, const QTimeZone &zone)
{
    setRange(filter, year, (quarter - 1) * 3 + 1, 3, zone);
}

std::vector<const ReceivedWalk *> newestRevisions(const std::vector<ReceivedWalk> &walks)
{
    // walk id -> index into walks; views and one allocation up front, no copy of every id
    std::unordered_map<std::string_view, std::size_t> newest;
    newest.reserve(walks.size());
    for (std::size_t i = 0; i < walks.size(); ++i) {
        auto [at, added] = newest.emplace(walks[i].summary.walkId, i);
        if (!added && walks[i].summary.revision > walks[at->second].summary.revision)
            at->second = i;
    }
    std::vector<bool> kept(walks.size(), false);
    for (const auto &entry : newest)
        kept[entry.second] = true;
    std::vector<const ReceivedWalk *> result;
    result.reserve(newest.size());
    for (std::size_t i = 0; i < walks.size(); ++i) {
        if (kept[i])
            result.push_back(&walks[i]);
    }
    return result;
}

bool matchesContact(const ReviewFilter &filter, const ContactSummary &contact)
{
    return anyOrContains(filter.departments, contact.department) &&
           anyOrContains(filter.channels, contact.channel);
}

bool matchesWalk(const ReviewFilter &filter, const ReceivedWalk &walk)
{
    const WalkSummary &s = walk.summary;
    if (filter.fromMs && s.finishedWallMs < *filter.fromMs)
        return false;
    if (filter.toMs && s.finishedWallMs >= *filter.toMs)
        return false;
    if (!anyOrContains(filter.journeys, s.journeyId) || !anyOrContains(filter.sectors, s.sector) ||
        !anyOrContains(filter.leaders, walk.deviceId))
        return false;
    if (filter.departments.empty() && filter.channels.empty())
        return true;
    // With departments or channels: the walk must have a contact of one of them. A department
    // also matches when a pain point was put on it or the customer was handed to it.
    for (const ContactSummary &contact : s.contacts) {
        if (matchesContact(filter, contact))
            return true;
        if (!anyOrContains(filter.channels, contact.channel))
            continue;
        for (const HandoffSummary &handoff : contact.handoffs) {
            if (filter.departments.contains(handoff.toDepartment))
                return true;
        }
    }
    if (!filter.channels.empty())
        return false;
    for (const MomentSummary &moment : s.moments) {
        if (filter.departments.contains(moment.department))
            return true;
    }
    return false;
}

} // namespace its::review
