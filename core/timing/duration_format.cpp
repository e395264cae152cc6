#include "duration_format.h"

#include <cstdio>
#include <limits>

namespace its {
namespace {

constexpr std::int64_t kMinute = 60;
constexpr std::int64_t kHour = 3600;
constexpr std::int64_t kDay = 86'400;

// -(min) overflows; that one value is treated as -(max), a millisecond off.
std::int64_t magnitudeOf(std::int64_t ms)
{
    constexpr auto kMin = std::numeric_limits<std::int64_t>::min();
    return ms == kMin ? std::numeric_limits<std::int64_t>::max() : -ms;
}

std::string number(std::int64_t value)
{
    return std::to_string(static_cast<long long>(value));
}

void append(std::string &out, std::int64_t value, const std::string &unit)
{
    if (!out.empty())
        out += ' ';
    out += number(value) + ' ' + unit;
}

} // namespace

std::string formatDuration(std::int64_t ms, const DurationUnits &units)
{
    if (ms < 0)
        return "-" + formatDuration(magnitudeOf(ms), units);
    const std::int64_t totalSeconds = ms / 1000;
    if (totalSeconds >= kDay) {
        // Rounded to the minute (30 s and up go up), then split: 1 d 23:59:40 -> 2 d 0 h 0 min.
        const std::int64_t totalMinutes = totalSeconds / kMinute + (totalSeconds % kMinute >= 30);
        std::string out;
        append(out, totalMinutes / (24 * 60), units.day);
        append(out, (totalMinutes / 60) % 24, units.hour);
        append(out, totalMinutes % 60, units.minute);
        return out;
    }
    const long long hours = static_cast<long long>(totalSeconds / kHour);
    const long long minutes = static_cast<long long>((totalSeconds / kMinute) % 60);
    const long long seconds = static_cast<long long>(totalSeconds % 60);
    char buffer[32];
    if (hours > 0)
        std::snprintf(buffer, sizeof buffer, "%lld:%02lld:%02lld", hours, minutes, seconds);
    else
        std::snprintf(buffer, sizeof buffer, "%02lld:%02lld", minutes, seconds);
    return buffer;
}

std::string formatTarget(std::int64_t ms, const DurationUnits &units)
{
    if (ms < 0)
        return "-" + formatTarget(magnitudeOf(ms), units);
    const std::int64_t total = ms / 1000;
    const std::int64_t days = total / kDay;
    const std::int64_t hours = (total / kHour) % 24;
    const std::int64_t minutes = (total / kMinute) % 60;
    const std::int64_t seconds = total % 60;
    const int parts = (days > 0) + (hours > 0) + (minutes > 0) + (seconds > 0);
    if (parts == 0)
        return "0 " + units.second;
    if (parts == 1 && days > 0)
        return number(days) + ' ' + (days == 1 ? units.oneDay : units.manyDays);
    if (parts == 1 && hours > 0)
        return number(hours) + ' ' + (hours == 1 ? units.oneHour : units.manyHours);
    std::string out;
    if (days > 0)
        append(out, days, units.day);
    if (hours > 0)
        append(out, hours, units.hour);
    if (minutes > 0)
        append(out, minutes, units.minute);
    if (seconds > 0)
        append(out, seconds, units.second);
    return out;
}

} // namespace its
