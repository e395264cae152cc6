// The board pack: its cover, headline figures and top pain points, and the whole document.
#include "report/board_pack.h"

#include "report/board_pack_parts.h"
#include "report/html_parts.h"
#include "report/report_photos.h"
#include "review/intervals.h"

#include <algorithm>

namespace its::report {

using namespace its::review;
using html::esc;

namespace sections {

namespace {

struct HeadlineRow
{
    const char *label;
    const Estimate *estimate;
    const TrendFigure *trend;
    bool share;
    int decimals;
};

std::vector<double> zeroOrOne(int k, int n)
{
    std::vector<double> items(static_cast<std::size_t>(std::max(n, 0)), 0.0);
    std::fill_n(items.begin(), std::min(k, n), 1.0);
    return items;
}

} // namespace

QString cover(const ReportInput &input, const ReportText &t, const QString &title)
{
    QString out = QStringLiteral("<h1 class=\"cover\">%1</h1>").arg(esc(title));
    out += QStringLiteral("<p class=\"cover\"><b>%1</b></p>")
               .arg(esc(html::period(t, input.filter, input.findings)));
    if (!input.findings.noWalksMatch)
        out += QStringLiteral("<p class=\"cover\">%1</p>")
                   .arg(esc(t.translate("BoardPack", "%1 walks, %2 contacts")
                                .arg(t.integer(input.findings.walks),
                                     t.integer(input.findings.contacts))));
    out += QStringLiteral("<p class=\"note\">%1</p>")
               .arg(esc(t.translate("BoardPack", "Made on %1 from the summaries the leaders "
                                                 "shared. Staff names never leave the devices.")
                            .arg(t.dateTime(input.generatedMs))));
    return out;
}

QString coverPage(const ReportInput &input, const ReportText &t, const QString &title)
{
    int leaders = 0;
    for (const LeaderActivity &leader : input.findings.participation.leaders)
        leaders += leader.total > 0 ? 1 : 0;
    // QTextDocument drops the first block's top margin: an empty block makes the space.
    QString out = QStringLiteral("<p class=\"top\">&nbsp;</p><p class=\"brand\">InTheirShoes</p>");
    out += QStringLiteral("<h1 class=\"title\">%1</h1>").arg(esc(title));
    out += QStringLiteral("<p class=\"period\">%1</p>")
               .arg(esc(html::period(t, input.filter, input.findings)));
    if (!input.findings.noWalksMatch)
        out +=
            QStringLiteral("<p class=\"cover\">%1</p>")
                .arg(esc(t.translate("BoardPack", "Based on %1 walks by %2 leaders (%3 contacts)")
                             .arg(t.integer(input.findings.walks), t.integer(leaders),
                                  t.integer(input.findings.contacts))));
    out += QStringLiteral("<p class=\"made\">%1</p>")
               .arg(esc(t.translate("BoardPack", "Made on %1 from the summaries the leaders shared")
                            .arg(t.dateTime(input.generatedMs))));
    out += QStringLiteral("<p class=\"privacy\">%1</p>")
               .arg(esc(t.translate("BoardPack",
                                    "Staff names never leave the devices: the findings point at "
                                    "processes and departments, never at a person.")));
    return out;
}

QString headline(const ReportInput &input, const ReportText &t)
{
    const VoiceFindings &v = input.findings.voice;
    const PeriodComparison *c = input.comparison ? &*input.comparison : nullptr;
    const PeriodFindings *last =
        !c && input.findings.periods.size() >= 2 ? &input.findings.periods.back() : nullptr;
    const auto trendOf = [&](const TrendFigure PeriodComparison::*mine,
                             const TrendFigure PeriodFindings::*theirs) -> const TrendFigure * {
        return c ? &(c->*mine) : last ? &(last->*theirs) : nullptr;
    };
    const HeadlineRow rows[] = {
        {QT_TRANSLATE_NOOP("BoardPack", "NPS (−100 to 100)"), &v.nps,
         trendOf(&PeriodComparison::nps, &PeriodFindings::nps), false, 1},
        {QT_TRANSLATE_NOOP("BoardPack", "CSAT (share of 4–5)"), &v.csat,
         trendOf(&PeriodComparison::csat, &PeriodFindings::csat), true, 1},
        {QT_TRANSLATE_NOOP("BoardPack", "CES mean (1–7)"), &v.cesMean,
         trendOf(&PeriodComparison::cesMean, &PeriodFindings::cesMean), false, 2},
        {QT_TRANSLATE_NOOP("BoardPack", "CES share of 5–7"), &v.ces5to7,
         trendOf(&PeriodComparison::ces5to7, &PeriodFindings::ces5to7), true, 1},
        {QT_TRANSLATE_NOOP("BoardPack", "Would stay a customer"), &v.wouldStay,
         trendOf(&PeriodComparison::wouldStay, &PeriodFindings::wouldStay), true, 1},
        {QT_TRANSLATE_NOOP("BoardPack", "First-contact resolution"), &v.firstContactResolution,
         trendOf(&PeriodComparison::firstContactResolution,
                 &PeriodFindings::firstContactResolution),
         true, 1},
    };
    QString against;
    if (c)
        against = t.translate("BoardPack", "Change against %1")
                      .arg(html::periodOf(t, c->previousFromMs, c->previousToMs));
    else if (last)
        against = t.translate("BoardPack", "Change, %1 against %2")
                      .arg(QString::fromStdString(last->key),
                           QString::fromStdString(
                               input.findings.periods[input.findings.periods.size() - 2].key));
    else
        against = t.translate("BoardPack", "Change against the previous period");
    QString out = QStringLiteral("<h2 class=\"page\">%1</h2>")
                      .arg(esc(t.translate("BoardPack", "Headline figures")));
    out += QStringLiteral("<table width=\"100%\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                          "<th>%5</th></tr>")
               .arg(esc(t.translate("BoardPack", "Figure")), esc(t.translate("BoardPack", "Value")),
                    esc(t.translate("BoardPack", "Answers")),
                    esc(t.translate("BoardPack", "95% interval")), esc(against));
    for (const HeadlineRow &row : rows) {
        out += QStringLiteral("<tr><td>%1</td><td class=\"num\"><b>%2</b></td><td>%3</td>"
                              "<td>%4</td><td>%5</td></tr>")
                   .arg(esc(t.translate("BoardPack", row.label)),
                        esc(html::value(t, *row.estimate, row.share, row.decimals)),
                        esc(html::sampleSize(t, *row.estimate)),
                        esc(html::interval(t, *row.estimate, row.share, row.decimals)),
                        esc(row.trend
                                ? html::change(t, row.trend->change, row.trend->delta, row.decimals)
                                : t.translate("ReportText", "no data to compare")));
    }
    out += QStringLiteral("</table>");
    if (!v.cesProblem.empty())
        out += QStringLiteral("<p class=\"note\">%1</p>")
                   .arg(esc(t.translate("BoardPack", "No CES figure: %1")
                                .arg(QString::fromStdString(v.cesProblem))));
    out +=
        QStringLiteral("<p class=\"note\">%1</p>")
            .arg(esc(t.translate(
                "BoardPack",
                "A change is reported only when it is clear at 95%; otherwise the table says "
                "\"no clear change\". Fewer than 30 answers are flagged \"too few to judge\".")));
    return out;
}

QString themeText(const ReportInput &input, const std::string &theme)
{
    for (const JourneyFindings &journey : input.findings.journeys)
        for (const StageFindings &stage : journey.stages)
            for (const TouchpointFindings &tp : stage.touchpoints)
                for (const CriterionRate &rate : tp.mustBeFailures)
                    if (rate.criterionId == theme && !rate.text.empty())
                        return QString::fromStdString(rate.text);
    return QString::fromStdString(theme);
}

QString painPoints(const ReportInput &input, const ReportText &t, std::size_t limit)
{
    struct Ranked
    {
        const DepartmentFindings *department;
        const ThemeRank *theme;
    };
    std::vector<Ranked> ranked;
    for (const DepartmentFindings &d : input.findings.departments)
        for (const ThemeRank &theme : d.themes)
            ranked.push_back({&d, &theme});
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        if (a.theme->severitySum != b.theme->severitySum)
            return a.theme->severitySum > b.theme->severitySum;
        return a.theme->frequency > b.theme->frequency;
    });
    if (ranked.size() > limit)
        ranked.resize(limit);
    QString out =
        QStringLiteral("<h2>%1</h2>").arg(esc(t.translate("BoardPack", "Top pain points")));
    if (ranked.empty())
        return out + QStringLiteral("<p>%1</p>")
                         .arg(esc(t.translate("BoardPack", "No pain points recorded.")));
    out += QStringLiteral("<table width=\"100%\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                          "<th>%5</th></tr>")
               .arg(esc(t.translate("BoardPack", "Pain point")),
                    esc(t.translate("BoardPack", "Owning department")),
                    esc(t.translate("BoardPack", "Times (mean severity 1–3)")),
                    esc(t.translate("BoardPack", "Walks")),
                    esc(t.translate("BoardPack", "Trend (share of walks)")));
    for (const Ranked &r : ranked) {
        const int walksNow = static_cast<int>(r.theme->walkIds.size());
        Change trend = Change::NoData;
        if (input.previous && !input.previous->noWalksMatch) {
            int before = 0;
            for (const DepartmentFindings &d : input.previous->departments)
                for (const ThemeRank &theme : d.themes)
                    if (d.department == r.department->department && theme.theme == r.theme->theme)
                        before = static_cast<int>(theme.walkIds.size());
            trend = clearChange(zeroOrOne(before, input.previous->walks),
                                zeroOrOne(walksNow, input.findings.walks));
        }
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"num\">%3 (%4)</td>"
                              "<td class=\"num\">%5</td><td>%6</td></tr>")
                   .arg(esc(themeText(input, r.theme->theme)), esc(r.department->department),
                        t.integer(r.theme->frequency), t.number(r.theme->meanSeverity, 1),
                        t.integer(walksNow), esc(html::change(t, trend, std::nullopt)));
    }
    return out + QStringLiteral("</table>");
}

} // namespace sections

QString boardPackTitle(const ReportText &t)
{
    return t.translate("BoardPack", "Customer experience board pack");
}

QString boardPackHtml(const ReportInput &input, const ReportText &t)
{
    const QString title = boardPackTitle(t);
    QString body = sections::coverPage(input, t, title);
    if (input.findings.noWalksMatch) {
        body += html::noWalksMatch(t) + sections::methodology(t);
        return html::document(t.language(), title, body);
    }
    body += sections::headline(input, t);
    body += sections::painPoints(input, t, 5);
    body += sections::heatMap(input, t);
    body += sections::siloMap(input, t);
    body += sections::customerTime(input, t);
    body += sections::participation(input, t);
    body += photosSection(input.photos, t, true);
    body += sections::methodology(t);
    return html::document(t.language(), title, body);
}

} // namespace its::report
