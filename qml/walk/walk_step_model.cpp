#include "walk_step_model.h"

#include "scoring/summarize.h"

#include <algorithm>

namespace {
// A closed contact whose must-be failed: the touchpoint failed, whatever the outcome said.
bool failedMustBe(const its::Touchpoint &touchpoint, const its::Contact &contact)
{
    try {
        return !its::scoreTouchpoint(touchpoint, contact.observation).passed;
    } catch (const std::exception &) {
        return false; // a score the scoring rejects is reported by the summary, not here
    }
}
} // namespace

int WalkStepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(steps_.size());
}

QVariant WalkStepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Step &step = steps_.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return step.name;
    case StageNameRole:
        return step.stageName;
    case StageIndexRole:
        return step.stageIndex;
    case TouchpointIdRole:
        return step.touchpointId;
    case ChannelRole:
        return step.channel;
    case DepartmentRole:
        return step.department;
    case ContactCountRole:
        return step.contactCount;
    case StatusRole:
        return step.status;
    default:
        return {};
    }
}

QHash<int, QByteArray> WalkStepModel::roleNames() const
{
    return {{StageNameRole, "stageName"},       {StageIndexRole, "stageIndex"},
            {TouchpointIdRole, "touchpointId"}, {NameRole, "name"},
            {ChannelRole, "channel"},           {DepartmentRole, "department"},
            {ContactCountRole, "contactCount"}, {StatusRole, "status"}};
}

void WalkStepModel::setWalk(const its::Walk &walk)
{
    QList<Step> steps;
    int stageIndex = 0;
    for (const its::Stage &stage : walk.journey.stages) {
        for (const its::Touchpoint &touchpoint : stage.touchpoints) {
            Step step;
            step.stageName = QString::fromStdString(stage.name);
            step.stageIndex = stageIndex;
            step.touchpointId = QString::fromStdString(touchpoint.id);
            step.name = QString::fromStdString(touchpoint.name);
            step.channel = QString::fromUtf8(its::toString(touchpoint.channel));
            step.department = QString::fromStdString(touchpoint.department);
            const its::Contact *last = nullptr;
            for (const its::Contact &contact : walk.contacts) {
                if (contact.touchpointId == touchpoint.id) {
                    ++step.contactCount;
                    last = &contact;
                }
            }
            step.status = !last                             ? QStringLiteral("todo")
                          : !last->isClosed()               ? QStringLiteral("open")
                          : failedMustBe(touchpoint, *last) ? QStringLiteral("failed")
                                                            : QStringLiteral("done");
            steps.append(step);
        }
        ++stageIndex;
    }
    const bool sameShape = steps.size() == steps_.size();
    if (sameShape) {
        steps_ = steps;
        if (!steps_.isEmpty())
            emit dataChanged(index(0), index(static_cast<int>(steps_.size()) - 1));
        return;
    }
    beginResetModel();
    steps_ = steps;
    endResetModel();
    emit countChanged();
}

QString WalkStepModel::touchpointId(int row) const
{
    return row >= 0 && row < steps_.size() ? steps_.at(row).touchpointId : QString();
}

int WalkStepModel::rowOf(const QString &touchpointId) const
{
    for (int row = 0; row < steps_.size(); ++row) {
        if (steps_.at(row).touchpointId == touchpointId)
            return row;
    }
    return -1;
}

int WalkStepModel::unvisitedCount() const
{
    return static_cast<int>(std::count_if(steps_.cbegin(), steps_.cend(),
                                          [](const Step &step) { return step.contactCount == 0; }));
}

int WalkStepModel::firstUnfinishedRow() const
{
    for (int row = 0; row < steps_.size(); ++row) {
        if (steps_.at(row).status == u"todo" || steps_.at(row).status == u"open")
            return row;
    }
    return static_cast<int>(steps_.size()) - 1;
}
