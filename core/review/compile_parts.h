#pragma once
// The sections of the compile (review/compile.h), one file each. Internal to core/review.

#include "review/compile.h"

#include <algorithm>
#include <map>
#include <set>
#include <span>
#include <string_view>
#include <unordered_map>

namespace its::review {

// The walks a compile reads: the newest revision of each, matching the filter.
struct Selection
{
    std::vector<const ReceivedWalk *> walks;
    const ReviewFilter &filter;
    const CompileOptions &options;
    // Each walk's place in id order (aligned with `walks`) and the ids in that order. The walks
    // behind a count are kept as these 4-byte ranks, sorted as integers, and become ids only
    // when read: sorting strings with a common "walk-" prefix was most of the compile. The ids
    // are copied side by side so that reading a sorted set walks through memory in order.
    std::vector<std::uint32_t> ranks;
    std::vector<std::string> idsByRank;
    void rankWalks();
};

// A contact the journey tables judge: it has a score, or a must-be or delighter raised.
bool isJudged(const ContactSummary &contact);
// The library's journey with this id (the first, whatever its language), or nullptr.
const JourneyTemplate *findJourney(const CompileOptions &options, const std::string &journeyId);

std::vector<JourneyFindings> compileJourneys(const Selection &selection);
std::vector<DepartmentFindings> compileDepartments(const Selection &selection);
std::vector<SiloCell> compileSiloMap(const Selection &selection);
VoiceFindings compileVoice(std::span<const ReceivedWalk *const> walks);
PeakEndFindings compilePeakEnd(const Selection &selection);
// Periods from the first walk's to the last walk's, each against the one before.
std::vector<PeriodFindings> compileTrends(const Selection &selection);
ParticipationFindings compileParticipation(const Selection &selection,
                                           const std::vector<const ReceivedWalk *> &everyWalk,
                                           const std::vector<Leader> &roster,
                                           const std::vector<PeriodFindings> &periods);

// The 0/1 or raw items behind the voice figures of some walks, so a period can be tested
// against the one before (trends.cpp) with the same numbers the headline shows (voice.cpp).
struct VoiceItems
{
    std::vector<int> npsAnswers;
    std::vector<double> csat, ces, ces5to7, wouldStay, fcr;
    std::string cesProblem;
};
VoiceItems voiceItems(std::span<const ReceivedWalk *const> walks);
VoiceFindings voiceFrom(const VoiceItems &items);

// The walks behind a count, each once, in id order. Walks are compiled one after another, so a
// walk's insertions come together: appending a rank unlike the last is all compiling costs, and
// the ranks are sorted (and any repeat dropped) once, when they are read.
class WalkSet
{
public:
    void insert(std::uint32_t rank)
    {
        if (!m_ranks.empty() && m_ranks.back() == rank)
            return;
        m_sorted = m_sorted && (m_ranks.empty() || m_ranks.back() < rank);
        m_ranks.push_back(rank);
    }
    std::size_t size() const { return ranks().size(); }
    const std::vector<std::uint32_t> &ranks() const;
    std::vector<std::string> ids(const Selection &selection) const;

private:
    mutable std::vector<std::uint32_t> m_ranks;
    mutable bool m_sorted = true;
};

// How often something was seen, and in which walks.
struct Tally
{
    int count = 0;
    WalkSet walks;
    void add(std::uint32_t rank)
    {
        ++count;
        walks.insert(rank);
    }
};

// Strings numbered in the order they are first seen. The views point into the compile's walks
// and library, which outlive it: a row costs one hash of a short id, where std::map<std::string>
// copied ids and compared their long common prefixes.
class Interner
{
public:
    std::uint32_t id(std::string_view text)
    {
        const auto [at, added] =
            m_ids.try_emplace(text, static_cast<std::uint32_t>(m_names.size()));
        if (added)
            m_names.push_back(text);
        return at->second;
    }
    std::string_view name(std::uint32_t id) const { return m_names[id]; }
    std::uint32_t idOf(std::string_view text) const { return m_ids.at(text); } // one seen before
    std::size_t size() const { return m_names.size(); }
    // Every id, ordered by its text (the order std::map<std::string> iterated in).
    std::vector<std::uint32_t> byName() const;

private:
    std::unordered_map<std::string_view, std::uint32_t> m_ids;
    std::vector<std::string_view> m_names;
};

// A touchpoint's count, for rankTouchpoints.
struct TouchpointTally
{
    std::string_view id, name;
    Tally tally;
};

// Sorted most first, then by id.
std::vector<TouchpointCount> rankTouchpoints(std::vector<const TouchpointTally *> counts,
                                             const Selection &selection);

} // namespace its::review
