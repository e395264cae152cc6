#include "report/html_parts.h"

#include <QDateTime>

namespace its::report::html {

using namespace its::review;

namespace {

// Print sizes in pt for QTextDocument's A4 page and a browser alike; tints behind dark text
// keep the contrast high in both. No web font: the reader's and the PDF's own fonts.
const char *const kStyle = R"(
body { font-family: 'DejaVu Sans', 'Noto Sans', Arial, sans-serif; font-size: 9pt; color: #1a1a1a; }
h1 { font-size: 22pt; font-weight: bold; margin-top: 0; margin-bottom: 6pt; }
h1.cover { font-size: 26pt; margin-top: 160pt; }
p.top { margin-bottom: 190px; }
p.brand { font-size: 12pt; font-weight: bold; color: #0072b2; }
h1.title { font-size: 36px; margin-top: 8px; margin-bottom: 24px; }
p.period { font-size: 16pt; font-weight: bold; margin-bottom: 14px; }
p.made { font-size: 10pt; color: #444444; margin-top: 20px; }
p.privacy { font-size: 10pt; color: #444444; margin-top: 300px; }
li { margin-bottom: 4pt; }
h2 { font-size: 14pt; font-weight: bold; margin-top: 14pt; margin-bottom: 6pt; }
h2.page { page-break-before: always; }
h3 { font-size: 11pt; font-weight: bold; margin-top: 10pt; margin-bottom: 4pt; }
p { margin-top: 2pt; margin-bottom: 4pt; }
p.note { font-size: 8pt; color: #444444; }
p.cover { font-size: 13pt; margin-top: 8pt; }
p.empty { font-size: 13pt; font-weight: bold; margin-top: 24pt; }
table { border-collapse: collapse; margin-top: 4pt; margin-bottom: 6pt; }
th { background-color: #e8e8e8; font-weight: bold; text-align: left;
     border: 1px solid #9a9a9a; }
td { border: 1px solid #9a9a9a; vertical-align: top; }
td.num { text-align: right; }
td.good { background-color: #cfe5f5; }
td.mid { background-color: #fbecbc; }
td.poor { background-color: #f7d2bd; }
td.heat1 { background-color: #e3eef8; }
td.heat2 { background-color: #bcd6ee; }
td.heat3 { background-color: #8fb9e0; }
td.none { color: #777777; }
td.photo { border: none; text-align: center; padding-bottom: 10pt; }
)";

} // namespace

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString esc(const std::string &text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

QString document(const QString &language, const QString &title, const QString &body)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                          "<title>%2</title><style>%3</style></head>\n<body>\n%4</body></html>\n")
        .arg(language, esc(title), QString::fromLatin1(kStyle),
             // QTextDocument reads cell padding from the table, browsers from the style too.
             QString(body).replace(QLatin1String("<table"),
                                   QLatin1String("<table cellpadding=\"4\" cellspacing=\"0\"")));
}

QString value(const ReportText &t, const Estimate &e, bool share, int decimals)
{
    if (!e.value)
        return QStringLiteral("—");
    return share ? t.percent(*e.value) : t.number(*e.value, decimals);
}

QString interval(const ReportText &t, const Estimate &e, bool share, int decimals)
{
    if (!e.ci95)
        return {};
    const QString low = t.number(e.ci95->low, decimals);
    const QString high = t.number(e.ci95->high, decimals);
    return low + QStringLiteral("–") + high + (share ? QStringLiteral("%") : QString());
}

QString sampleSize(const ReportText &t, const Estimate &e)
{
    const QString n = t.translate("ReportText", "n = %1").arg(t.integer(e.n));
    if (!e.smallSample)
        return n;
    return n + QStringLiteral(" · ") + t.translate("ReportText", "too few to judge");
}

QString change(const ReportText &t, Change change, const std::optional<double> &delta, int decimals)
{
    const QString d = delta ? QStringLiteral(" (%1)").arg(t.signedNumber(*delta, decimals)) : "";
    switch (change) {
    case Change::NoData:
        return t.translate("ReportText", "no data to compare");
    case Change::NoClearChange:
        return t.translate("ReportText", "no clear change");
    case Change::ClearlyUp:
        return QStringLiteral("▲ ") + t.translate("ReportText", "clearly up") + d;
    case Change::ClearlyDown:
        return QStringLiteral("▼ ") + t.translate("ReportText", "clearly down") + d;
    }
    return {};
}

QString periodOf(const ReportText &t, std::int64_t fromMs, std::int64_t toMs)
{
    // toMs is exclusive: the last day shown is the one before it.
    return t.date(fromMs) + QStringLiteral(" – ") + t.date(toMs - 1);
}

QString period(const ReportText &t, const ReviewFilter &filter, const Findings &findings)
{
    if (filter.fromMs && filter.toMs)
        return periodOf(t, *filter.fromMs, *filter.toMs);
    if (filter.fromMs)
        return t.translate("ReportText", "From %1").arg(t.date(*filter.fromMs));
    if (filter.toMs)
        return t.translate("ReportText", "Until %1").arg(t.date(*filter.toMs - 1));
    if (findings.periods.empty())
        return t.translate("ReportText", "Every received walk");
    return t.translate("ReportText", "Every received walk: %1")
        .arg(periodOf(t, findings.periods.front().fromMs, findings.periods.back().toMs));
}

QString passCell(const ReportText &t, const Estimate &passRate)
{
    if (!passRate.value)
        return QStringLiteral("<td class=\"none\">—</td>");
    const double v = *passRate.value;
    const char *cls = v >= 90 ? "good" : v >= 70 ? "mid" : "poor";
    const QString mark = v >= 90   ? QStringLiteral("✓")
                         : v >= 70 ? QStringLiteral("~")
                                   : QStringLiteral("✗");
    return QStringLiteral("<td class=\"%1\">%2 %3<br>%4</td>")
        .arg(QLatin1String(cls), mark, t.percent(v),
             t.translate("ReportText", "n = %1").arg(t.integer(passRate.n)));
}

QString timeCell(const ReportText &t, std::int64_t medianMs, std::optional<std::int64_t> targetMs)
{
    if (!targetMs)
        return QStringLiteral("<td>%1<br>%2</td>")
            .arg(t.duration(medianMs), t.translate("ReportText", "no target"));
    const bool within = medianMs <= *targetMs;
    return QStringLiteral("<td class=\"%1\">%2 %3<br>%4</td>")
        .arg(QLatin1String(within ? "good" : "poor"),
             within ? QStringLiteral("✓") : QStringLiteral("✗"), t.duration(medianMs),
             t.translate("ReportText", "target %1").arg(t.duration(*targetMs)));
}

QString noWalksMatch(const ReportText &t)
{
    return QStringLiteral("<p class=\"empty\">%1</p><p>%2</p>")
        .arg(esc(t.translate("ReportText", "No walks match")),
             esc(t.translate("ReportText",
                             "No received walk matches this period and these filters, so there "
                             "is no figure to show. Choose a wider period or fewer filters.")));
}

} // namespace its::report::html
