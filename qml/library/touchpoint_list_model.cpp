#include "touchpoint_list_model.h"

#include <QVariantMap>

int TouchpointListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant TouchpointListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = rows_.at(index.row());
    const its::Touchpoint &tp = row.value;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return QString::fromStdString(tp.name);
    case StageIndexRole:
        return row.stage;
    case StageNameRole:
        return row.stageName;
    case FirstInStageRole:
        return row.touchpoint == 0;
    case TouchpointIdRole:
        return QString::fromStdString(tp.id);
    case ChannelRole:
        return QString::fromUtf8(its::toString(tp.channel));
    case DepartmentRole:
        return QString::fromStdString(tp.department);
    case PhasesRole: {
        QStringList phases;
        for (const std::string &phase : tp.effectivePhases())
            phases << QString::fromStdString(phase);
        return phases;
    }
    case SlasRole: {
        QVariantList slas;
        for (const its::Sla &sla : tp.slas)
            slas.append(QVariantMap{{QStringLiteral("phase"), QString::fromStdString(sla.phase)},
                                    {QStringLiteral("seconds"), qint64(sla.targetSeconds)}});
        return slas;
    }
    case CriteriaRole: {
        QVariantList criteria;
        for (const its::Criterion &c : tp.criteria)
            criteria.append(
                QVariantMap{{QStringLiteral("id"), QString::fromStdString(c.id)},
                            {QStringLiteral("text"), QString::fromStdString(c.text)},
                            {QStringLiteral("weight"), c.weight},
                            {QStringLiteral("mustBe"), c.kind == its::CriterionKind::MustBe}});
        return criteria;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> TouchpointListModel::roleNames() const
{
    return {{StageIndexRole, "stageIndex"},
            {StageNameRole, "stageName"},
            {TouchpointIdRole, "touchpointId"},
            {NameRole, "name"},
            {ChannelRole, "channel"},
            {DepartmentRole, "department"},
            {PhasesRole, "phases"},
            {SlasRole, "slas"},
            {CriteriaRole, "criteria"},
            {FirstInStageRole, "firstInStage"}};
}

void TouchpointListModel::setJourney(const its::JourneyTemplate &journey)
{
    QList<Row> rows;
    for (std::size_t s = 0; s < journey.stages.size(); ++s) {
        const its::Stage &stage = journey.stages[s];
        for (std::size_t t = 0; t < stage.touchpoints.size(); ++t)
            rows.append(Row{static_cast<int>(s), static_cast<int>(t),
                            QString::fromStdString(stage.name), stage.touchpoints[t]});
    }
    if (rows.size() == rows_.size()) { // an edit in place: keep the editor's scroll position
        rows_ = rows;
        if (!rows_.isEmpty())
            emit dataChanged(index(0), index(rowCount() - 1));
        return;
    }
    beginResetModel();
    rows_ = rows;
    endResetModel();
    emit countChanged();
}

std::pair<int, int> TouchpointListModel::position(int row) const
{
    if (row < 0 || row >= rows_.size())
        return {-1, -1};
    return {rows_.at(row).stage, rows_.at(row).touchpoint};
}
