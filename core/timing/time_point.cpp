#include "time_point.h"

#include <chrono>
#include <fstream>
#include <random>

namespace its {

std::int64_t elapsedMs(const TimePoint &from, const TimePoint &to)
{
    const std::int64_t delta = (!from.anchor.empty() && from.anchor == to.anchor)
                                   ? to.monoMs - from.monoMs
                                   : to.wallMs - from.wallMs;
    return delta > 0 ? delta : 0;
}

namespace {
std::string readBootId()
{
    // CLOCK_MONOTONIC (steady_clock on Linux) counts from boot, so within one boot it stays
    // comparable across process restarts; the boot id tells us when that stops being true.
    std::ifstream in("/proc/sys/kernel/random/boot_id");
    std::string id;
    if (in && std::getline(in, id) && !id.empty())
        return "boot:" + id;
    std::random_device rd;
    return "proc:" + std::to_string(rd()) + std::to_string(rd());
}
} // namespace

SystemClock::SystemClock()
    : anchor_(readBootId())
{
}

TimePoint SystemClock::now() const
{
    using namespace std::chrono;
    return TimePoint{
        duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count(),
        duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count(),
        anchor_,
    };
}

ManualClock::ManualClock(std::int64_t wallMs)
    : wallMs_(wallMs)
{
}

TimePoint ManualClock::now() const
{
    return TimePoint{wallMs_, monoMs_, "manual:" + std::to_string(boot_)};
}

void ManualClock::advance(std::int64_t ms)
{
    wallMs_ += ms;
    monoMs_ += ms;
}

void ManualClock::restart(std::int64_t wallGapMs)
{
    wallMs_ += wallGapMs;
    monoMs_ = 1000;
    ++boot_;
}

} // namespace its
