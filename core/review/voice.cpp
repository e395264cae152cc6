// The customer's voice, pooled: every answer of every selected walk first, then each figure
// once. Never an average of per-leader or per-journey figures.
#include "review/compile_parts.h"
#include "review/intervals.h"

namespace its::review {

VoiceItems voiceItems(std::span<const ReceivedWalk *const> walks)
{
    VoiceItems items;
    const std::string *cesVersion = nullptr;
    for (const ReceivedWalk *walk : walks) {
        const JourneyAnswers &a = walk->summary.answers;
        if (a.recommend)
            items.npsAnswers.push_back(*a.recommend);
        if (a.csat)
            items.csat.push_back(*a.csat >= 4 ? 1.0 : 0.0);
        if (a.effort) {
            if (cesVersion && *cesVersion != a.cesScaleVersion && items.cesProblem.empty())
                items.cesProblem = "cannot pool CES answers of scale versions '" + *cesVersion +
                                   "' and '" + a.cesScaleVersion + "'";
            cesVersion = &a.cesScaleVersion;
            items.ces.push_back(*a.effort);
            items.ces5to7.push_back(*a.effort >= 5 ? 1.0 : 0.0);
        }
        if (a.wouldStay)
            items.wouldStay.push_back(*a.wouldStay ? 1.0 : 0.0);
        items.fcr.push_back(walk->summary.firstContactResolution ? 1.0 : 0.0);
    }
    if (!items.cesProblem.empty()) { // mixed scales: no CES figure rather than a wrong one
        items.ces.clear();
        items.ces5to7.clear();
    }
    return items;
}

VoiceFindings voiceFrom(const VoiceItems &items)
{
    VoiceFindings voice;
    voice.nps = npsEstimate(items.npsAnswers);
    voice.csat = shareEstimate(items.csat);
    voice.cesMean = meanEstimate(items.ces);
    voice.ces5to7 = shareEstimate(items.ces5to7);
    voice.wouldStay = shareEstimate(items.wouldStay);
    voice.firstContactResolution = shareEstimate(items.fcr);
    voice.cesProblem = items.cesProblem;
    return voice;
}

VoiceFindings compileVoice(std::span<const ReceivedWalk *const> walks)
{
    return voiceFrom(voiceItems(walks));
}

} // namespace its::review
