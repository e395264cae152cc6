#include "report/report_input.h"

#include <set>
#include <stdexcept>

namespace its::report {

using namespace its::review;

std::vector<std::string> knownDepartments(const std::vector<ReceivedWalk> &walks)
{
    std::set<std::string> known;
    for (const ReceivedWalk &walk : walks) {
        for (const ContactSummary &contact : walk.summary.contacts) {
            known.insert(contact.department);
            for (const HandoffSummary &handoff : contact.handoffs)
                known.insert(handoff.toDepartment);
        }
        for (const MomentSummary &moment : walk.summary.moments)
            known.insert(moment.department);
    }
    known.erase(std::string());
    return {known.begin(), known.end()};
}

ReportInput prepareReport(const std::vector<ReceivedWalk> &walks, const std::vector<Leader> &roster,
                          const ReviewFilter &filter, const CompileOptions &options)
{
    const std::vector<std::string> known = knownDepartments(walks);
    for (const std::string &department : filter.departments) {
        if (!std::binary_search(known.begin(), known.end(), department)) {
            std::string list;
            for (const std::string &id : known)
                list += (list.empty() ? "" : ", ") + id;
            throw std::invalid_argument("unknown department '" + department +
                                        "' (no received walk mentions it; known: " +
                                        (list.empty() ? std::string("none") : list) + ")");
        }
    }
    ReportInput input;
    input.filter = filter;
    input.generatedMs = options.nowMs;
    input.findings = compile(walks, roster, filter, options);
    if (const auto previous = previousPeriod(filter, options.zone)) {
        input.previous = compile(walks, roster, *previous, options);
        input.comparison = compareWithPrevious(walks, filter, options.zone);
    }
    for (const Leader &leader : roster)
        input.leaderLabels[leader.deviceId] = leader.label;
    for (const LeaderActivity &leader : input.findings.participation.leaders) {
        if (!leader.label.empty())
            input.leaderLabels[leader.deviceId] = leader.label;
    }
    for (const JourneyTemplate &journey : options.library)
        input.journeyNames.emplace(journey.id, journey.name);
    for (const ReceivedWalk &walk : walks)
        input.journeyNames.emplace(walk.summary.journeyId, walk.summary.journeyName);
    return input;
}

} // namespace its::report
