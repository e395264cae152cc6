// The board pack's tables: the journey heat map (stage x touchpoint), the silo map (handoffs
// between departments) and customer time against the promised times.
#include "report/board_pack_parts.h"
#include "report/html_parts.h"

#include <set>

namespace its::report::sections {

using namespace its::review;
using html::esc;

namespace {

// The phase with a target that breaches most (ties: the first in log order), else "total".
const PhaseFindings *worstPhase(const TouchpointFindings &tp)
{
    const PhaseFindings *worst = nullptr;
    for (const PhaseFindings &phase : tp.phases) {
        if (!phase.targetMs || !phase.breachRate.value)
            continue;
        if (!worst || *phase.breachRate.value > *worst->breachRate.value)
            worst = &phase;
    }
    if (worst)
        return worst;
    for (const PhaseFindings &phase : tp.phases)
        if (phase.phase == "total")
            return &phase;
    return tp.phases.empty() ? nullptr : &tp.phases.back();
}

QString stageName(const ReportText &t, const StageFindings &stage)
{
    if (stage.stageId.empty())
        return t.translate("BoardPack", "Not in the library's journey");
    return QString::fromStdString(stage.name.empty() ? stage.stageId : stage.name);
}

QString touchpointName(const TouchpointFindings &tp)
{
    return QString::fromStdString(tp.name.empty() ? tp.touchpointId : tp.name);
}

QString phaseName(const ReportText &t, const std::string &phase)
{
    if (phase == "total")
        return t.translate("BoardPack", "whole contact");
    return QString::fromStdString(phase);
}

} // namespace

QString heatMap(const ReportInput &input, const ReportText &t)
{
    QString out = QStringLiteral("<h2 class=\"page\">%1</h2>")
                      .arg(esc(t.translate("BoardPack", "Journey heat map")));
    out += QStringLiteral("<p class=\"note\">%1</p>")
               .arg(esc(t.translate(
                   "BoardPack", "Pass rate: contacts with no failed must-be. ✓ 90% or more, "
                                "~ 70–90%, ✗ below 70%. Time: the median of the phase that misses "
                                "its target most, ✓ within the target, ✗ over it.")));
    for (const JourneyFindings &journey : input.findings.journeys) {
        out += QStringLiteral("<h3>%1</h3>")
                   .arg(esc(t.translate("BoardPack", "%1: %2 walks, %3 contacts")
                                .arg(QString::fromStdString(journey.name.empty() ? journey.journeyId
                                                                                 : journey.name),
                                     t.integer(journey.walks), t.integer(journey.contacts))));
        out += QStringLiteral("<table width=\"100%\"><tr><th>%1</th><th>%2</th><th>%3</th>"
                              "<th>%4</th><th>%5</th><th>%6</th></tr>")
                   .arg(esc(t.translate("BoardPack", "Stage")),
                        esc(t.translate("BoardPack", "Touchpoint (department)")),
                        esc(t.translate("BoardPack", "Pass rate")),
                        esc(t.translate("BoardPack", "Mean score")),
                        esc(t.translate("BoardPack", "Time against target")),
                        esc(t.translate("BoardPack", "Missed targets")));
        for (const StageFindings &stage : journey.stages) {
            for (const TouchpointFindings &tp : stage.touchpoints) {
                const PhaseFindings *phase = worstPhase(tp);
                QString time = QStringLiteral("<td class=\"none\">—</td>");
                QString breach = QStringLiteral("<td class=\"none\">—</td>");
                if (phase) {
                    time = html::timeCell(t, phase->medianMs, phase->targetMs);
                    time.insert(time.indexOf(QLatin1String("<br>")),
                                QStringLiteral(" (%1)").arg(esc(phaseName(t, phase->phase))));
                    if (phase->breachRate.value)
                        breach = QStringLiteral("<td class=\"num\">%1<br>%2</td>")
                                     .arg(t.percent(*phase->breachRate.value),
                                          esc(html::sampleSize(t, phase->breachRate)));
                }
                out += QStringLiteral("<tr><td>%1</td><td>%2<br>(%3)</td>%4<td class=\"num\">%5"
                                      "</td>%6%7</tr>")
                           .arg(esc(stageName(t, stage)), esc(touchpointName(tp)),
                                esc(tp.department), html::passCell(t, tp.passRate),
                                tp.meanScore.value ? t.number(*tp.meanScore.value, 0)
                                                   : QStringLiteral("—"),
                                time, breach);
            }
        }
        out += QStringLiteral("</table>");
    }
    return out;
}

QString siloMap(const ReportInput &input, const ReportText &t)
{
    QString out = QStringLiteral("<h2>%1</h2>").arg(esc(t.translate("BoardPack", "Silo map")));
    const std::vector<SiloCell> &cells = input.findings.siloMap;
    if (cells.empty())
        return out + QStringLiteral("<p>%1</p>")
                         .arg(esc(t.translate("BoardPack", "No customer was handed between "
                                                           "departments.")));
    out += QStringLiteral("<p class=\"note\">%1</p>")
               .arg(esc(t.translate("BoardPack",
                                    "Each cell: customers handed from the row's department to the "
                                    "column's, and in brackets the times they then had to repeat "
                                    "themselves. Darker cells carry more handoffs.")));
    std::set<std::string> departments;
    int most = 1;
    for (const SiloCell &cell : cells) {
        departments.insert(cell.from);
        departments.insert(cell.to);
        most = std::max(most, cell.handoffs);
    }
    if (departments.size() <= 7) {
        out += QStringLiteral("<table><tr><th>%1</th>")
                   .arg(esc(t.translate("BoardPack", "From \\ to")));
        for (const std::string &to : departments)
            out += QStringLiteral("<th>%1</th>").arg(esc(to));
        out += QStringLiteral("</tr>");
        for (const std::string &from : departments) {
            out += QStringLiteral("<tr><th>%1</th>").arg(esc(from));
            for (const std::string &to : departments) {
                const SiloCell *found = nullptr;
                for (const SiloCell &cell : cells)
                    if (cell.from == from && cell.to == to)
                        found = &cell;
                if (!found) {
                    out += QStringLiteral("<td class=\"none\">·</td>");
                    continue;
                }
                const int level = std::min(3, 1 + (3 * found->handoffs - 1) / most);
                out += QStringLiteral("<td class=\"heat%1 num\">%2 (%3)</td>")
                           .arg(level)
                           .arg(t.integer(found->handoffs), t.integer(found->repeatsAfter));
            }
            out += QStringLiteral("</tr>");
        }
        return out + QStringLiteral("</table>");
    }
    out += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
               .arg(esc(t.translate("BoardPack", "From")), esc(t.translate("BoardPack", "To")),
                    esc(t.translate("BoardPack", "Handoffs")),
                    esc(t.translate("BoardPack", "Repeats after")));
    for (const SiloCell &cell : cells)
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"num\">%3</td>"
                              "<td class=\"num\">%4</td></tr>")
                   .arg(esc(cell.from), esc(cell.to), t.integer(cell.handoffs),
                        t.integer(cell.repeatsAfter));
    return out + QStringLiteral("</table>");
}

QString customerTime(const ReportInput &input, const ReportText &t)
{
    QString out = QStringLiteral("<h2 class=\"page\">%1</h2>")
                      .arg(esc(t.translate("BoardPack", "Customer time against promises")));
    QString rows;
    for (const JourneyFindings &journey : input.findings.journeys)
        for (const StageFindings &stage : journey.stages)
            for (const TouchpointFindings &tp : stage.touchpoints)
                for (const PhaseFindings &phase : tp.phases) {
                    if (!phase.targetMs)
                        continue;
                    rows += QStringLiteral("<tr><td>%1<br>(%2)</td><td>%3</td><td class=\"num\">%4"
                                           "</td>%5<td class=\"num\">%6</td><td>%7</td><td>%8</td>"
                                           "</tr>")
                                .arg(esc(touchpointName(tp)), esc(tp.department),
                                     esc(phaseName(t, phase.phase)), t.integer(phase.n),
                                     html::timeCell(t, phase.medianMs, phase.targetMs),
                                     esc(t.duration(phase.p90Ms)),
                                     esc(html::value(t, phase.breachRate, true)),
                                     esc(html::interval(t, phase.breachRate, true)));
                }
    if (rows.isEmpty())
        return out + QStringLiteral("<p>%1</p>")
                         .arg(esc(t.translate(
                             "BoardPack", "No touchpoint in these walks has a promised time.")));
    out += QStringLiteral("<p class=\"note\">%1</p>")
               .arg(esc(t.translate("BoardPack", "Phases with a promised time (the SLA); the "
                                                 "median and the 90th percentile of the contacts "
                                                 "that spent time in them.")));
    out +=
        QStringLiteral("<table width=\"100%\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                       "<th>%5</th><th>%6</th><th>%7</th></tr>")
            .arg(esc(t.translate("BoardPack", "Touchpoint (department)")),
                 esc(t.translate("BoardPack", "Phase")), esc(t.translate("BoardPack", "Contacts")),
                 esc(t.translate("BoardPack", "Median against target")),
                 esc(t.translate("BoardPack", "90th percentile")),
                 esc(t.translate("BoardPack", "Missed target")),
                 esc(t.translate("BoardPack", "95% interval")));
    return out + rows + QStringLiteral("</table>");
}

} // namespace its::report::sections
