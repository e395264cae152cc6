#pragma once
// Pieces every report page uses: escaping, the style sheet, and figures as text (value,
// interval, n with the small-sample flag, change). The HTML is read by two engines: browsers
// (the department brief) and QTextDocument (every PDF), so it keeps to the CSS both know:
// type and class selectors, colours, font sizes, padding, borders, page-break-before.

#include "report/report_input.h"
#include "report/report_text.h"

#include <QString>
#include <string>

namespace its::report::html {

QString esc(const QString &text);
QString esc(const std::string &text);

// A whole document: <html lang>, UTF-8, the title and the style sheet inline; no script, no
// external resource.
QString document(const QString &language, const QString &title, const QString &body);

// "75.0%" / "50.0" / "—" (no value).
QString value(const ReportText &t, const review::Estimate &e, bool share, int decimals = 1);
// "64.2–86.1" or "" without an interval.
QString interval(const ReportText &t, const review::Estimate &e, bool share, int decimals = 1);
// "n = 12 · too few to judge" or "n = 45".
QString sampleSize(const ReportText &t, const review::Estimate &e);
// "no clear change", "clearly up (+12.0)", "clearly down (-8.0)", "no data to compare".
QString change(const ReportText &t, review::Change change, const std::optional<double> &delta,
               int decimals = 1);
// What the report covers: "1 April 2026 – 30 June 2026", or every received walk's span.
QString period(const ReportText &t, const review::ReviewFilter &filter,
               const review::Findings &findings);
QString periodOf(const ReportText &t, std::int64_t fromMs, std::int64_t toMs);

// A table cell shaded by how well a share does, with a mark and the number, so the colour is
// never the only signal: "✓ 92.0%" (>= 90), "~ 80.0%" (>= 70), "✗ 55.0%" (below). Colours from
// the Okabe-Ito palette's blue, yellow and vermillion, as light tints behind dark text.
QString passCell(const ReportText &t, const review::Estimate &passRate);
// Time against a target: "✓ 2 min 00 s / 3 min 00 s" within, "✗ ..." over, plain without one.
QString timeCell(const ReportText &t, std::int64_t medianMs, std::optional<std::int64_t> targetMs);

// "No walks match" page body.
QString noWalksMatch(const ReportText &t);

} // namespace its::report::html
