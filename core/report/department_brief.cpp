// The department brief: one department's part of the findings, for its team. The same HTML is
// the self-contained file and, laid out on A4, the PDF.
#include "report/board_pack.h"
#include "report/board_pack_parts.h"
#include "report/html_parts.h"
#include "report/report_photos.h"

namespace its::report {

using namespace its::review;
using html::esc;

namespace {

QString themesTable(const ReportInput &input, const ReportText &t,
                    const std::vector<ThemeRank> &themes, const QString &title, const QString &none)
{
    QString out = QStringLiteral("<h2>%1</h2>").arg(esc(title));
    if (themes.empty())
        return out + QStringLiteral("<p>%1</p>").arg(esc(none));
    out += QStringLiteral("<table width=\"100%\"><tr><th>%1</th><th>%2</th><th>%3</th>"
                          "<th>%4</th></tr>")
               .arg(esc(t.translate("DepartmentBrief", "Theme")),
                    esc(t.translate("DepartmentBrief", "Times")),
                    esc(t.translate("DepartmentBrief", "Mean severity (1–3)")),
                    esc(t.translate("DepartmentBrief", "Walks")));
    for (const ThemeRank &theme : themes)
        out += QStringLiteral("<tr><td>%1</td><td class=\"num\">%2</td><td class=\"num\">%3</td>"
                              "<td class=\"num\">%4</td></tr>")
                   .arg(esc(sections::themeText(input, theme.theme)), t.integer(theme.frequency),
                        t.number(theme.meanSeverity, 1),
                        t.integer(static_cast<long long>(theme.walkIds.size())));
    return out + QStringLiteral("</table>");
}

QString touchpoints(const ReportInput &input, const ReportText &t, const std::string &department)
{
    QString rows;
    QString quotes;
    for (const JourneyFindings &journey : input.findings.journeys)
        for (const StageFindings &stage : journey.stages)
            for (const TouchpointFindings &tp : stage.touchpoints) {
                if (tp.department != department)
                    continue;
                QString failures;
                for (std::size_t i = 0; i < tp.mustBeFailures.size() && i < 3; ++i) {
                    const CriterionRate &rate = tp.mustBeFailures[i];
                    failures += QStringLiteral("%1: %2<br>")
                                    .arg(esc(rate.text.empty() ? rate.criterionId : rate.text),
                                         esc(html::value(t, rate.rate, true)));
                }
                rows += QStringLiteral("<tr><td>%1<br>(%2)</td><td class=\"num\">%3</td>%4"
                                       "<td>%5</td></tr>")
                            .arg(esc(tp.name.empty() ? tp.touchpointId : tp.name),
                                 esc(journey.name.empty() ? journey.journeyId : journey.name),
                                 t.integer(tp.contacts), html::passCell(t, tp.passRate),
                                 failures.isEmpty() ? QStringLiteral("—") : failures);
                for (const Quote &quote : tp.quotes)
                    quotes += QStringLiteral("<p>“%1” <span class=\"note\">(%2)</span></p>")
                                  .arg(esc(quote.text), esc(tp.name));
            }
    QString out = QStringLiteral("<h2>%1</h2>")
                      .arg(esc(t.translate("DepartmentBrief", "Touchpoints the department owns")));
    if (rows.isEmpty())
        out += QStringLiteral("<p>%1</p>")
                   .arg(esc(t.translate("DepartmentBrief",
                                        "None of its touchpoints was walked in the period.")));
    else
        out += QStringLiteral("<table width=\"100%\"><tr><th>%1</th><th>%2</th><th>%3</th>"
                              "<th>%4</th></tr>")
                   .arg(esc(t.translate("DepartmentBrief", "Touchpoint (journey)")),
                        esc(t.translate("DepartmentBrief", "Contacts")),
                        esc(t.translate("DepartmentBrief", "Pass rate")),
                        esc(t.translate("DepartmentBrief", "Most failed must-be criteria"))) +
               rows + QStringLiteral("</table>");
    if (!quotes.isEmpty())
        out += QStringLiteral("<h3>%1</h3>")
                   .arg(esc(t.translate("DepartmentBrief", "What the leaders noted"))) +
               quotes;
    return out;
}

QString handoffs(const ReportText &t, const DepartmentFindings &d)
{
    const auto list = [&](const std::vector<DepartmentCount> &counts) {
        QStringList items;
        for (const DepartmentCount &c : counts)
            items << QStringLiteral("%1 (%2)").arg(esc(c.department), t.integer(c.count));
        return items.isEmpty() ? QStringLiteral("—") : items.join(QStringLiteral(", "));
    };
    return QStringLiteral("<h2>%1</h2><table width=\"100%\"><tr><th>%2</th><td class=\"num\">%3"
                          "</td><td>%4</td></tr><tr><th>%5</th><td class=\"num\">%6</td>"
                          "<td>%7</td></tr></table>")
        .arg(esc(t.translate("DepartmentBrief", "Handoffs")),
             esc(t.translate("DepartmentBrief", "Handed to other departments")),
             t.integer(d.handoffsOut), list(d.handedTo),
             esc(t.translate("DepartmentBrief", "Received from other departments")),
             t.integer(d.handoffsIn), list(d.handedFrom));
}

} // namespace

QString departmentBriefTitle(const ReportText &t, const std::string &department)
{
    return t.translate("DepartmentBrief", "Department brief: %1")
        .arg(QString::fromStdString(department));
}

QString departmentBriefHtml(const ReportInput &input, const std::string &department,
                            const ReportText &t)
{
    const QString title = departmentBriefTitle(t, department);
    QString body = sections::cover(input, t, title)
                       .replace(QStringLiteral("<h1 class=\"cover\">"), QStringLiteral("<h1>"));
    const DepartmentFindings *d = nullptr;
    for (const DepartmentFindings &found : input.findings.departments)
        if (found.department == department)
            d = &found;
    if (input.findings.noWalksMatch || !d) {
        body += html::noWalksMatch(t);
        return html::document(t.language(), title, body);
    }
    body += QStringLiteral("<h2>%1</h2><table width=\"100%\"><tr><th>%2</th><th>%3</th><th>%4</th>"
                           "<th>%5</th></tr><tr><td class=\"num\">%6</td><td class=\"num\">%7</td>"
                           "<td class=\"num\">%8</td><td class=\"num\">%9</td></tr></table>")
                .arg(esc(t.translate("DepartmentBrief", "In brief")),
                     esc(t.translate("DepartmentBrief", "Pain points")),
                     esc(t.translate("DepartmentBrief", "Memorable moments")),
                     esc(t.translate("DepartmentBrief", "Handoffs out")),
                     esc(t.translate("DepartmentBrief", "Handoffs in")), t.integer(d->painPoints),
                     t.integer(d->memorableMoments), t.integer(d->handoffsOut),
                     t.integer(d->handoffsIn));
    body += themesTable(input, t, d->themes,
                        t.translate("DepartmentBrief", "Pain points by frequency × severity"),
                        t.translate("DepartmentBrief", "No pain points recorded."));
    body +=
        themesTable(input, t, d->momentThemes, t.translate("DepartmentBrief", "Memorable moments"),
                    t.translate("DepartmentBrief", "No memorable moments recorded."));
    body += touchpoints(input, t, department);
    body += photosSection(input.photos, t, false);
    body += handoffs(t, *d);
    body += sections::headline(input, t).replace(QStringLiteral("<h2 class=\"page\">"),
                                                 QStringLiteral("<h2>"));
    body += QStringLiteral("<p class=\"note\">%1</p>")
                .arg(esc(t.translate("DepartmentBrief",
                                     "The customers' figures are those of the walks this "
                                     "department took part in. Staff names never leave the "
                                     "devices: nothing here identifies a frontline person.")));
    return html::document(t.language(), title, body);
}

} // namespace its::report
