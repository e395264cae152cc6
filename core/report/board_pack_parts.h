#pragma once
// The board pack's sections, one function each (board_pack*.cpp). Internal to core/report.

#include "report/report_input.h"
#include "report/report_text.h"

#include <QString>

namespace its::report::sections {

QString cover(const ReportInput &input, const ReportText &t, const QString &title);
// The board pack's first page: product, title, period, what it is based on, when, privacy.
QString coverPage(const ReportInput &input, const ReportText &t, const QString &title);
QString headline(const ReportInput &input, const ReportText &t);
QString painPoints(const ReportInput &input, const ReportText &t, std::size_t limit);
QString heatMap(const ReportInput &input, const ReportText &t);
QString siloMap(const ReportInput &input, const ReportText &t);
QString customerTime(const ReportInput &input, const ReportText &t);
QString participation(const ReportInput &input, const ReportText &t);
QString methodology(const ReportText &t);

// The criterion's words for a theme that is a criterion id, else the theme as it arrives.
QString themeText(const ReportInput &input, const std::string &theme);

} // namespace its::report::sections
