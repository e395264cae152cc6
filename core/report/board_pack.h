#pragma once
// The board pack and the department brief as HTML, in the language of `text`. The PDFs are this
// HTML laid out on A4 by report_writer.h; the brief's HTML is also the file itself.

#include "report/report_input.h"
#include "report/report_text.h"

#include <QString>
#include <string>

namespace its::report {

QString boardPackTitle(const ReportText &text);
QString departmentBriefTitle(const ReportText &text, const std::string &department);

// Cover with the period; headline figures with n, interval and change; top pain points with
// their department and trend; the journey heat map and the silo map; customer time against
// promises; participation; methodology and privacy. "No walks match" when nothing does.
QString boardPackHtml(const ReportInput &input, const ReportText &text);

// One department's findings: its pain points and themes, moments, touchpoints, handoffs in and
// out, and the customers' voice on the walks it was part of. `input` should be compiled with
// the department in the filter, so the journey tables count its contacts only.
QString departmentBriefHtml(const ReportInput &input, const std::string &department,
                            const ReportText &text);

} // namespace its::report
