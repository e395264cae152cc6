#pragma once
// What a report is made of: the findings of the chosen period, the period before it (for the
// changes and the pain points' trends), the roster's labels and the library's journey names.
// prepareReport() compiles them; the report pages only read this.

#include "report/report_photos.h"
#include "review/compare_periods.h"
#include "review/compile.h"

#include <QString>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace its::report {

struct ReportInput
{
    review::ReviewFilter filter;
    review::Findings findings;
    std::optional<review::Findings> previous;           // the period before, when there is one
    std::optional<review::PeriodComparison> comparison; // headline figures against it
    std::map<std::string, std::string> leaderLabels;    // device id -> roster label
    std::map<std::string, std::string> journeyNames;    // journey id -> name
    std::int64_t generatedMs = 0;
    ReportPhotos photos; // the caller's: the bytes are in the review vault (report_photos.h)
};

// Compiles the findings of `filter` and of the period before it. Throws std::invalid_argument
// naming a department no received walk has ever mentioned (a typo is not "no walks match").
ReportInput prepareReport(const std::vector<review::ReceivedWalk> &walks,
                          const std::vector<review::Leader> &roster,
                          const review::ReviewFilter &filter,
                          const review::CompileOptions &options);

// Every department id any received walk mentions (contacts, handoffs, pain points), sorted.
std::vector<std::string> knownDepartments(const std::vector<review::ReceivedWalk> &walks);

} // namespace its::report
