#include "review/compile.h"

#include "review/compile_parts.h"

#include <algorithm>

namespace its::review {

bool isJudged(const ContactSummary &contact)
{
    return contact.score.has_value() || !contact.failedMustBe.empty() ||
           !contact.metDelighters.empty();
}

const JourneyTemplate *findJourney(const CompileOptions &options, const std::string &journeyId)
{
    for (const JourneyTemplate &journey : options.library) {
        if (journey.id == journeyId)
            return &journey;
    }
    return nullptr;
}

std::vector<TouchpointCount> rankTouchpoints(const std::map<std::string, Tally> &counts,
                                             const std::map<std::string, std::string> &names)
{
    std::vector<TouchpointCount> ranked;
    for (const auto &[id, tally] : counts) {
        const auto name = names.find(id);
        ranked.push_back(
            {id, name == names.end() ? std::string() : name->second, tally.count, tally.walkIds()});
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.count > b.count; });
    return ranked;
}

Findings compile(const std::vector<ReceivedWalk> &walks, const std::vector<Leader> &roster,
                 const ReviewFilter &filter, const CompileOptions &options)
{
    const std::vector<const ReceivedWalk *> newest = newestRevisions(walks);
    Selection selection{{}, filter, options};
    for (const ReceivedWalk *walk : newest) {
        if (matchesWalk(filter, *walk))
            selection.walks.push_back(walk);
    }
    Findings findings;
    findings.periodKind = options.periodKind;
    if (selection.walks.empty())
        return findings; // "no walks match": no figure at all, not a row of zeros
    findings.noWalksMatch = false;
    findings.walks = static_cast<int>(selection.walks.size());
    for (const ReceivedWalk *walk : selection.walks) {
        for (const ContactSummary &contact : walk->summary.contacts)
            findings.contacts += matchesContact(filter, contact) ? 1 : 0;
    }
    findings.journeys = compileJourneys(selection);
    findings.departments = compileDepartments(selection);
    findings.siloMap = compileSiloMap(selection);
    findings.voice = compileVoice(selection.walks);
    findings.peakEnd = compilePeakEnd(selection.walks);
    findings.periods = compileTrends(selection);
    findings.participation = compileParticipation(selection, newest, roster, findings.periods);
    return findings;
}

} // namespace its::review
