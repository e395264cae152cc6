#include "sync/backoff.h"

#include <algorithm>
#include <cmath>
#include <sodium.h>

namespace its::sync {

std::int64_t BackoffPolicy::nominalDelayMs(int failedAttempts) const
{
    if (failedAttempts < 1)
        return 0;
    std::int64_t delay = baseMs;
    for (int i = 1; i < failedAttempts && delay < capMs; ++i)
        delay *= 2;
    return std::min(delay, capMs);
}

std::int64_t BackoffPolicy::delayMs(int failedAttempts, double unit) const
{
    const std::int64_t nominal = nominalDelayMs(failedAttempts);
    const double clamped = std::clamp(unit, 0.0, 0.999999);
    const std::int64_t half = nominal / 2;
    return half +
           static_cast<std::int64_t>(std::floor(clamped * static_cast<double>(nominal - half)));
}

std::int64_t BackoffPolicy::randomDelayMs(int failedAttempts) const
{
    const double unit = static_cast<double>(randombytes_uniform(1'000'000)) / 1'000'000.0;
    return delayMs(failedAttempts, unit);
}

} // namespace its::sync
