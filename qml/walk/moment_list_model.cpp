#include "moment_list_model.h"

#include <algorithm>

int MomentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant MomentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = rows_.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ThemeRole:
        return row.theme;
    case DepartmentRole:
        return row.department;
    case KindRole:
        return row.kind;
    case SeverityRole:
        return row.severity;
    case TouchpointNameRole:
        return row.touchpointName;
    case FromCriterionRole:
        return row.fromCriterion;
    case CriterionTextRole:
        return row.criterionText;
    case FirstInDepartmentRole:
        return index.row() == 0 || rows_.at(index.row() - 1).department != row.department;
    default:
        return {};
    }
}

QHash<int, QByteArray> MomentListModel::roleNames() const
{
    return {{DepartmentRole, "department"},
            {KindRole, "kind"},
            {ThemeRole, "theme"},
            {SeverityRole, "severity"},
            {TouchpointNameRole, "touchpointName"},
            {FromCriterionRole, "fromCriterion"},
            {CriterionTextRole, "criterionText"},
            {FirstInDepartmentRole, "firstInDepartment"}};
}

void MomentListModel::setSummary(const its::WalkSummary &summary,
                                 const its::JourneyTemplate &journey)
{
    QList<Row> rows;
    for (const its::MomentSummary &moment : summary.moments) {
        if (moment.kind == its::MomentKind::None ||
            (only_ != its::MomentKind::None && moment.kind != only_))
            continue;
        Row row;
        row.department = QString::fromStdString(moment.department);
        row.kind = QString::fromUtf8(its::toString(moment.kind));
        row.theme = QString::fromStdString(moment.theme);
        row.severity = moment.severity;
        row.fromCriterion = !moment.criterionId.empty();
        if (const its::Touchpoint *tp = journey.findTouchpoint(moment.touchpointId)) {
            for (const its::Criterion &criterion : tp->criteria) {
                if (criterion.id == moment.criterionId)
                    row.criterionText = QString::fromStdString(criterion.text);
            }
        }
        for (const its::ContactSummary &contact : summary.contacts) {
            if (contact.touchpointId == moment.touchpointId)
                row.touchpointName = QString::fromStdString(contact.touchpointName);
        }
        rows.append(row);
    }
    // Stable: within a department, pain points first, the most severe first, then walk order.
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.department != b.department)
            return a.department.localeAwareCompare(b.department) < 0;
        if (a.kind != b.kind)
            return a.kind == u"pain_point";
        return a.severity > b.severity;
    });
    beginResetModel();
    rows_ = rows;
    endResetModel();
    emit countChanged();
}

int MomentListModel::painPointCount() const
{
    return static_cast<int>(std::count_if(
        rows_.begin(), rows_.end(), [](const Row &row) { return row.kind == u"pain_point"; }));
}
