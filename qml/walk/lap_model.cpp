#include "lap_model.h"

int LapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(laps_.size());
}

QVariant LapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const its::Lap &lap = laps_.at(static_cast<std::size_t>(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case PhaseRole:
        return QString::fromStdString(lap.phase);
    case MsRole:
        return QVariant::fromValue<qint64>(lap.ms);
    case RunningRole:
        return running_ && index.row() == rowCount() - 1;
    default:
        return {};
    }
}

QHash<int, QByteArray> LapModel::roleNames() const
{
    return {{PhaseRole, "phase"}, {MsRole, "ms"}, {RunningRole, "running"}};
}

void LapModel::setLaps(const std::vector<its::Lap> &laps, bool running)
{
    // Same phases (a tick): update in place so a ListView keeps its scroll position.
    bool samePhases = laps.size() == laps_.size();
    for (std::size_t i = 0; samePhases && i < laps.size(); ++i)
        samePhases = laps[i].phase == laps_[i].phase;
    if (samePhases) {
        laps_ = laps;
        running_ = running;
        if (!laps_.empty())
            emit dataChanged(index(0), index(rowCount() - 1));
        return;
    }
    beginResetModel();
    laps_ = laps;
    running_ = running;
    endResetModel();
    emit countChanged();
}
