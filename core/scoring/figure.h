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

// The one way figures are made, so n and smallSample can never disagree.
inline Figure makeFigure(std::optional<double> value, int n)
{
    return Figure{n > 0 ? value : std::nullopt, n, n < kMinMeaningfulSample};
}

} // namespace its
