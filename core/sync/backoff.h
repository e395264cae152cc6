#pragma once
// Retry schedule for uploads: exponential (base * 2^(attempt-1)), capped, with "equal jitter"
// (half fixed, half random) so many devices coming back online do not retry in lockstep while
// each still waits at least half the nominal delay.

#include <cstdint>

namespace its::sync {

struct BackoffPolicy
{
    std::int64_t baseMs = 2'000;
    std::int64_t capMs = 15 * 60 * 1'000;

    // Nominal delay after `failedAttempts` failures (>= 1), before jitter.
    std::int64_t nominalDelayMs(int failedAttempts) const;
    // `unit` in [0, 1): the random draw; the delay lies in [nominal/2, nominal).
    std::int64_t delayMs(int failedAttempts, double unit) const;
    // Same with a draw from libsodium's CSPRNG.
    std::int64_t randomDelayMs(int failedAttempts) const;
};

} // namespace its::sync
