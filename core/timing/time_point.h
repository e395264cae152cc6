#pragma once
// Timestamps that survive restarts. Each point records the wall clock, a monotonic clock and
// the monotonic clock's anchor (the boot id on Linux). Two points with the same anchor are
// compared with the monotonic clock, immune to NTP and DST jumps; otherwise with the wall clock.

#include <cstdint>
#include <string>

namespace its {

struct TimePoint
{
    std::int64_t wallMs = 0; // Unix epoch, milliseconds
    std::int64_t monoMs = 0; // monotonic clock, milliseconds
    std::string anchor;      // identifies the monotonic clock's epoch

    bool isNull() const { return wallMs == 0 && monoMs == 0 && anchor.empty(); }
};

// Milliseconds from `from` to `to`, never negative.
std::int64_t elapsedMs(const TimePoint &from, const TimePoint &to);

class Clock
{
public:
    virtual ~Clock() = default;
    virtual TimePoint now() const = 0;
};

// The real clock: system_clock + steady_clock, anchored to /proc/sys/kernel/random/boot_id.
class SystemClock final : public Clock
{
public:
    SystemClock();
    TimePoint now() const override;

private:
    std::string anchor_;
};

// A clock tests move by hand; `restart()` simulates a reboot (new anchor).
class ManualClock final : public Clock
{
public:
    explicit ManualClock(std::int64_t wallMs = 1'700'000'000'000);
    TimePoint now() const override;
    void advance(std::int64_t ms);
    void restart(std::int64_t wallGapMs);

private:
    std::int64_t wallMs_;
    std::int64_t monoMs_ = 1000;
    int boot_ = 1;
};

} // namespace its
