// The board pack's participation (a culture KPI: who walks) and its methodology and privacy page.
#include "report/board_pack_parts.h"
#include "report/html_parts.h"

#include <algorithm>

namespace its::report::sections {

using namespace its::review;
using html::esc;

namespace {

// The last few periods fit across an A4 page; the total covers all of them.
constexpr std::size_t kPeriodColumns = 4;

QString leaderName(const ReportInput &input, const std::string &deviceId)
{
    const auto found = input.leaderLabels.find(deviceId);
    if (found != input.leaderLabels.end() && !found->second.empty())
        return QString::fromStdString(found->second);
    return QString::fromStdString(deviceId);
}

} // namespace

QString participation(const ReportInput &input, const ReportText &t)
{
    const ParticipationFindings &p = input.findings.participation;
    const std::vector<PeriodFindings> &periods = input.findings.periods;
    const std::size_t shown = std::min(kPeriodColumns, periods.size());
    const std::size_t first = periods.size() - shown;
    QString out = QStringLiteral("<h2 class=\"page\">%1</h2>")
                      .arg(esc(t.translate("BoardPack", "Participation")));
    out += QStringLiteral("<table width=\"100%\"><tr><th>%1</th>")
               .arg(esc(t.translate("BoardPack", "Leader (roster label)")));
    for (std::size_t i = first; i < periods.size(); ++i)
        out += QStringLiteral("<th>%1</th>").arg(esc(periods[i].key));
    out += QStringLiteral("<th>%1</th><th>%2</th></tr>")
               .arg(esc(t.translate("BoardPack", "Walks in the report")),
                    esc(t.translate("BoardPack", "Last walk")));
    for (const LeaderActivity &leader : p.leaders) {
        out += QStringLiteral("<tr><td>%1</td>")
                   .arg(esc(leader.label.empty() ? QString::fromStdString(leader.deviceId)
                                                 : QString::fromStdString(leader.label)));
        for (std::size_t i = first; i < periods.size(); ++i)
            out += QStringLiteral("<td class=\"num\">%1</td>")
                       .arg(i < leader.walks.size() ? t.integer(leader.walks[i]) : QString());
        QString last = leader.lastWalkMs ? t.date(*leader.lastWalkMs) : QStringLiteral("—");
        if (leader.notWalkedIn90Days)
            last += QStringLiteral(" ✗ ") + t.translate("BoardPack", "not in 90 days");
        out += QStringLiteral("<td class=\"num\">%1</td><td%2>%3</td></tr>")
                   .arg(t.integer(leader.total),
                        leader.notWalkedIn90Days ? QStringLiteral(" class=\"poor\"") : QString(),
                        esc(last));
    }
    out += QStringLiteral("</table>");
    if (periods.size() > shown)
        out += QStringLiteral("<p class=\"note\">%1</p>")
                   .arg(esc(t.translate("BoardPack", "The last %1 periods are shown; the total "
                                                     "counts every period of the report.")
                                .arg(t.integer(static_cast<long long>(shown)))));

    out += QStringLiteral("<h3>%1</h3>")
               .arg(esc(t.translate("BoardPack", "Leaders who have not walked in 90 days")));
    QStringList idle;
    for (const std::string &deviceId : p.idleLeaders)
        idle << esc(leaderName(input, deviceId));
    out += QStringLiteral("<p>%1</p>")
               .arg(idle.isEmpty() ? esc(t.translate("BoardPack", "None: every leader walked."))
                                   : idle.join(QStringLiteral(", ")));
    out += QStringLiteral("<h3>%1</h3>")
               .arg(esc(t.translate("BoardPack", "Journeys nobody walked in the period")));
    QStringList journeys;
    for (const std::string &id : p.journeysNotWalked) {
        const auto name = input.journeyNames.find(id);
        journeys << esc(name != input.journeyNames.end() && !name->second.empty()
                            ? QString::fromStdString(name->second)
                            : QString::fromStdString(id));
    }
    out += QStringLiteral("<p>%1</p>")
               .arg(journeys.isEmpty()
                        ? esc(t.translate("BoardPack", "None: every known journey was walked."))
                        : journeys.join(QStringLiteral(", ")));
    return out;
}

QString methodology(const ReportText &t)
{
    const char *const points[] = {
        QT_TRANSLATE_NOOP("BoardPack",
                          "Leaders walk their own company's journeys as customers and score each "
                          "touchpoint on its promises: must-be criteria (a failure is a pain "
                          "point) and delighters (a hit is a memorable moment)."),
        QT_TRANSLATE_NOOP("BoardPack",
                          "NPS is the share answering 9–10 minus the share answering 0–6, in "
                          "points from −100 to 100. CSAT is the share answering 4 or 5 on 1–5. "
                          "CES is the mean on 1–7 and the share answering 5–7. Would-stay and "
                          "first-contact resolution are shares of the walks."),
        QT_TRANSLATE_NOOP("BoardPack",
                          "Every figure pools all the answers of the period first and is then "
                          "computed once: it is never an average of groups' figures."),
        QT_TRANSLATE_NOOP("BoardPack",
                          "The 95% interval is where the true figure most likely lies: Wilson "
                          "intervals for shares, the variance of promoter minus detractor for NPS, "
                          "the standard error for means."),
        QT_TRANSLATE_NOOP("BoardPack",
                          "A small sample is fewer than 30 answers: the figure is shown but "
                          "flagged \"too few to judge\", because a few more walks could move it a "
                          "lot."),
        QT_TRANSLATE_NOOP("BoardPack",
                          "A change against the previous period is called a change only when it "
                          "is statistically clear at 95% (a two-sample z-test on the pooled "
                          "answers); otherwise it is \"no clear change\", so that nobody chases "
                          "noise."),
        QT_TRANSLATE_NOOP("BoardPack",
                          "Pain points are ranked by frequency × severity. Customer time is the "
                          "median and the 90th percentile of the contacts, against the time the "
                          "company promises (its SLA). Only the newest revision of each walk "
                          "counts, once."),
    };
    QString out = QStringLiteral("<h2 class=\"page\">%1</h2>")
                      .arg(esc(t.translate("BoardPack", "Methodology and privacy")));
    out += QStringLiteral("<ul>");
    for (const char *point : points)
        out += QStringLiteral("<li>%1</li>").arg(esc(t.translate("BoardPack", point)));
    out += QStringLiteral("</ul>");
    out += QStringLiteral("<h3>%1</h3><p>%2</p>")
               .arg(esc(t.translate("BoardPack", "Privacy")),
                    esc(t.translate(
                        "BoardPack",
                        "Staff names and private notes never leave the leaders' devices: the "
                        "summaries this report is made of do not contain them, so nothing here "
                        "identifies a frontline person. Leaders appear by the label their device "
                        "has in the review's roster; departments by their ids as they arrive.")));
    return out;
}

} // namespace its::report::sections
