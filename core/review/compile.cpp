#include "review/compile.h"

#include "review/compile_parts.h"

#include <algorithm>
#include <numeric>

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

void Selection::rankWalks()
{
    std::vector<std::uint32_t> order(walks.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return walks[a]->summary.walkId < walks[b]->summary.walkId;
    });
    ranks.assign(walks.size(), 0);
    idsByRank.reserve(walks.size());
    for (std::uint32_t rank = 0; rank < order.size(); ++rank) {
        ranks[order[rank]] = rank;
        idsByRank.push_back(walks[order[rank]]->summary.walkId);
    }
}

const std::vector<std::uint32_t> &WalkSet::ranks() const
{
    if (!m_sorted) {
        std::sort(m_ranks.begin(), m_ranks.end());
        m_ranks.erase(std::unique(m_ranks.begin(), m_ranks.end()), m_ranks.end());
        m_sorted = true;
    }
    return m_ranks;
}

std::vector<std::string> WalkSet::ids(const Selection &selection) const
{
    std::vector<std::string> result;
    result.reserve(ranks().size());
    for (std::uint32_t rank : m_ranks)
        result.push_back(selection.idsByRank[rank]);
    return result;
}

std::vector<std::uint32_t> Interner::byName() const
{
    std::vector<std::uint32_t> order(m_names.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(),
              [&](std::uint32_t a, std::uint32_t b) { return m_names[a] < m_names[b]; });
    return order;
}

std::vector<TouchpointCount> rankTouchpoints(std::vector<const TouchpointTally *> counts,
                                             const Selection &selection)
{
    std::sort(counts.begin(), counts.end(), [](auto *a, auto *b) { return a->id < b->id; });
    std::vector<TouchpointCount> ranked;
    ranked.reserve(counts.size());
    for (const TouchpointTally *t : counts)
        ranked.push_back({std::string(t->id), std::string(t->name), t->tally.count,
                          t->tally.walks.ids(selection)});
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.count > b.count; });
    return ranked;
}

Findings compile(const std::vector<ReceivedWalk> &walks, const std::vector<Leader> &roster,
                 const ReviewFilter &filter, const CompileOptions &options)
{
    const std::vector<const ReceivedWalk *> newest = newestRevisions(walks);
    Selection selection{{}, filter, options, {}, {}};
    for (const ReceivedWalk *walk : newest) {
        if (matchesWalk(filter, *walk))
            selection.walks.push_back(walk);
    }
    Findings findings;
    findings.periodKind = options.periodKind;
    if (selection.walks.empty())
        return findings; // "no walks match": no figure at all, not a row of zeros
    selection.rankWalks();
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
    findings.peakEnd = compilePeakEnd(selection);
    findings.periods = compileTrends(selection);
    findings.participation = compileParticipation(selection, newest, roster, findings.periods);
    return findings;
}

} // namespace its::review
