#include "review_department_models.h"

#include "review_findings_compile.h"
#include "review_journey_models.h"

#include <algorithm>
#include <set>

using namespace its::review;

namespace {

const SiloCell *siloCell(const Findings &findings, const std::string &from, const std::string &to)
{
    for (const SiloCell &cell : findings.siloMap) {
        if (cell.from == from && cell.to == to)
            return &cell;
    }
    return nullptr;
}

QVariantMap row(const QString &kind, const std::string &label, int count,
                const std::vector<std::string> &walkIds)
{
    return {{QStringLiteral("kind"), kind},
            {QStringLiteral("label"), QString::fromStdString(label)},
            {QStringLiteral("count"), count},
            {QStringLiteral("meanSeverity"), QVariant()},
            {QStringLiteral("weight"), QVariant()},
            {QStringLiteral("repeats"), QVariant()},
            {QStringLiteral("walkIds"), toStringList(walkIds)}};
}

} // namespace

ReviewDepartmentModel::ReviewDepartmentModel(QObject *parent)
    : ReviewFindingsRows({"kind", "label", "count", "meanSeverity", "weight", "repeats", "walkIds"},
                         parent)
{
}

void ReviewDepartmentModel::setDepartment(const QString &department)
{
    if (department_ == department)
        return;
    department_ = department;
    emit departmentChanged();
    refresh();
}

QList<QVariantMap> ReviewDepartmentModel::build(const review::FindingsResult &result)
{
    found_ = false;
    painPoints_ = memorableMoments_ = handoffsIn_ = handoffsOut_ = 0;
    quotes_.clear();
    const std::string id = department_.toStdString();
    const DepartmentFindings *d = nullptr;
    for (const DepartmentFindings &candidate : result.current.departments) {
        if (candidate.department == id)
            d = &candidate;
    }
    QList<QVariantMap> out;
    if (!d)
        return out;
    found_ = true;
    painPoints_ = d->painPoints;
    memorableMoments_ = d->memorableMoments;
    handoffsIn_ = d->handoffsIn;
    handoffsOut_ = d->handoffsOut;
    auto themes = [&](const std::vector<ThemeRank> &ranks, const QString &kind) {
        for (const ThemeRank &t : ranks) {
            QVariantMap r = row(kind, t.theme, t.frequency, t.walkIds);
            r[QStringLiteral("meanSeverity")] = t.meanSeverity;
            r[QStringLiteral("weight")] = t.severitySum;
            out << r;
        }
    };
    themes(d->themes, QStringLiteral("pain"));
    themes(d->momentThemes, QStringLiteral("moment"));
    for (const TouchpointCount &t : d->touchpointsOwned)
        out << row(QStringLiteral("touchpoint"), t.name.empty() ? t.touchpointId : t.name, t.count,
                   t.walkIds);
    auto handoffs = [&](const std::vector<DepartmentCount> &counts, const QString &kind,
                        bool out_) {
        for (const DepartmentCount &c : counts) {
            const SiloCell *cell = out_ ? siloCell(result.current, id, c.department)
                                        : siloCell(result.current, c.department, id);
            QVariantMap r =
                row(kind, c.department, c.count, cell ? cell->walkIds : std::vector<std::string>());
            r[QStringLiteral("repeats")] = cell ? cell->repeatsAfter : 0;
            out << r;
        }
    };
    handoffs(d->handedTo, QStringLiteral("handedTo"), true);
    handoffs(d->handedFrom, QStringLiteral("handedFrom"), false);
    // Quotes where this department owns the touchpoint.
    for (const JourneyFindings &j : result.current.journeys) {
        for (const StageFindings &s : j.stages) {
            for (const TouchpointFindings &t : s.touchpoints) {
                if (t.department != id)
                    continue;
                for (const Quote &quote : t.quotes)
                    quotes_ << quoteMap(quote.walkId, quote.text);
            }
        }
    }
    return out;
}

ReviewSiloModel::ReviewSiloModel(QObject *parent)
    : ReviewFindingsRows(
          {"from", "to", "fromIndex", "toIndex", "handoffs", "repeatsAfter", "share", "walkIds"},
          parent)
{
}

QList<QVariantMap> ReviewSiloModel::build(const review::FindingsResult &result)
{
    std::set<std::string> names;
    int busiest = 0;
    handoffs_ = 0;
    for (const SiloCell &cell : result.current.siloMap) {
        names.insert(cell.from);
        names.insert(cell.to);
        busiest = std::max(busiest, cell.handoffs);
        handoffs_ += cell.handoffs;
    }
    departments_.clear();
    for (const std::string &name : names)
        departments_ << QString::fromStdString(name);
    QList<QVariantMap> out;
    if (handoffs_ == 0)
        return out; // no handoff at all: nothing to draw, not a grid of zeros
    int fromIndex = 0;
    for (const std::string &from : names) {
        int toIndex = 0;
        for (const std::string &to : names) {
            const SiloCell *cell = siloCell(result.current, from, to);
            out << QVariantMap{
                {QStringLiteral("from"), QString::fromStdString(from)},
                {QStringLiteral("to"), QString::fromStdString(to)},
                {QStringLiteral("fromIndex"), fromIndex},
                {QStringLiteral("toIndex"), toIndex},
                {QStringLiteral("handoffs"), cell ? cell->handoffs : 0},
                {QStringLiteral("repeatsAfter"), cell ? cell->repeatsAfter : 0},
                {QStringLiteral("share"),
                 cell && busiest > 0 ? double(cell->handoffs) / busiest : 0.0},
                {QStringLiteral("walkIds"), cell ? toStringList(cell->walkIds) : QStringList()}};
            ++toIndex;
        }
        ++fromIndex;
    }
    return out;
}
