#pragma once
// The sections of the compile (review/compile.h), one file each. Internal to core/review.

#include "review/compile.h"

#include <algorithm>
#include <map>
#include <set>
#include <span>

namespace its::review {

// The walks a compile reads: the newest revision of each, matching the filter.
struct Selection
{
    std::vector<const ReceivedWalk *> walks;
    const ReviewFilter &filter;
    const CompileOptions &options;
};

// A contact the journey tables judge: it has a score, or a must-be or delighter raised.
bool isJudged(const ContactSummary &contact);
// The library's journey with this id (the first, whatever its language), or nullptr.
const JourneyTemplate *findJourney(const CompileOptions &options, const std::string &journeyId);

std::vector<JourneyFindings> compileJourneys(const Selection &selection);
std::vector<DepartmentFindings> compileDepartments(const Selection &selection);
std::vector<SiloCell> compileSiloMap(const Selection &selection);
VoiceFindings compileVoice(std::span<const ReceivedWalk *const> walks);
PeakEndFindings compilePeakEnd(std::span<const ReceivedWalk *const> walks);
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
// walk's insertions come together: appending an id unlike the last is all compiling costs, and
// the ids are sorted (and any repeat dropped) once, when they are read. A std::set of strings
// here compared long, same-prefixed ids on every contact (tests/bench/review).
class WalkSet
{
public:
    void insert(const std::string &walkId)
    {
        if (!m_ids.empty() && m_ids.back() == walkId)
            return;
        m_sorted = m_sorted && (m_ids.empty() || m_ids.back() < walkId);
        m_ids.push_back(walkId);
    }
    const std::vector<std::string> &ids() const
    {
        if (!m_sorted) {
            std::sort(m_ids.begin(), m_ids.end());
            m_ids.erase(std::unique(m_ids.begin(), m_ids.end()), m_ids.end());
            m_sorted = true;
        }
        return m_ids;
    }
    std::size_t size() const { return ids().size(); }
    auto begin() const { return ids().begin(); }
    auto end() const { return ids().end(); }

private:
    mutable std::vector<std::string> m_ids;
    mutable bool m_sorted = true;
};

// How often something was seen, and in which walks.
struct Tally
{
    int count = 0;
    WalkSet walks;
    void add(const std::string &walkId)
    {
        ++count;
        walks.insert(walkId);
    }
    std::vector<std::string> walkIds() const { return walks.ids(); }
};

// Sorted most first, then by id; `name` filled from the map when given.
std::vector<TouchpointCount> rankTouchpoints(const std::map<std::string, Tally> &counts,
                                             const std::map<std::string, std::string> &names);

} // namespace its::review
