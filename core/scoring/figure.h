#pragma once
// Every number the product shows carries its sample size, and a flag when the sample is too
// small to mean anything.

#include <optional>

namespace its {

// Below this many answers a percentage or mean is shown but flagged "too few to judge".
inline constexpr int kMinMeaningfulSample = 30;

struct Figure
{
    std::optional<double> value; // nullopt when n == 0
    int n = 0;
    bool smallSample = true; // n < kMinMeaningfulSample
};

} // namespace its
