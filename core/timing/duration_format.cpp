#include "duration_format.h"

#include <cstdio>
#include <limits>

namespace its {

std::string formatDuration(std::int64_t ms)
{
    if (ms < 0) {
        // -(min) overflows; that one value is shown as -(max), a millisecond off.
        constexpr auto kMin = std::numeric_limits<std::int64_t>::min();
        const std::int64_t magnitude = ms == kMin ? std::numeric_limits<std::int64_t>::max() : -ms;
        return "-" + formatDuration(magnitude);
    }
    const std::int64_t totalSeconds = ms / 1000;
    const long long days = static_cast<long long>(totalSeconds / 86'400);
    const long long hours = static_cast<long long>((totalSeconds / 3600) % 24);
    const long long minutes = static_cast<long long>((totalSeconds / 60) % 60);
    const long long seconds = static_cast<long long>(totalSeconds % 60);

    char buffer[64];
    if (days > 0)
        std::snprintf(buffer, sizeof buffer, "%lld d %02lld:%02lld:%02lld", days, hours, minutes,
                      seconds);
    else if (hours > 0)
        std::snprintf(buffer, sizeof buffer, "%lld:%02lld:%02lld", hours, minutes, seconds);
    else
        std::snprintf(buffer, sizeof buffer, "%02lld:%02lld", minutes, seconds);
    return buffer;
}

} // namespace its
