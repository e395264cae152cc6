#include "review_walk_list_model.h"

#include "review_findings_compile.h"
#include "review_summary_detail.h"

#include <algorithm>

ReviewWalkListModel::ReviewWalkListModel(QObject *parent)
    : ReviewFindingsRows(
          {"walkId", "journeyName", "executive", "finishedMs", "meanScore", "painPointCount"},
          parent)
{
}

void ReviewWalkListModel::setWalkIds(const QStringList &ids)
{
    if (walkIds_ == ids)
        return;
    walkIds_ = ids;
    emit walkIdsChanged();
    refresh();
}

QList<QVariantMap> ReviewWalkListModel::build(const review::FindingsResult &result)
{
    std::vector<const its::review::ReceivedWalk *> walks;
    for (const QString &id : walkIds_) {
        if (const auto *walk = result.snapshot->find(id.toStdString()))
            walks.push_back(walk);
    }
    std::stable_sort(walks.begin(), walks.end(), [](const auto *a, const auto *b) {
        return a->summary.finishedWallMs > b->summary.finishedWallMs;
    });
    QList<QVariantMap> out;
    for (const auto *walk : walks) {
        const std::optional<double> score = review::meanScore(walk->summary);
        out << QVariantMap{
            {QStringLiteral("walkId"), QString::fromStdString(walk->summary.walkId)},
            {QStringLiteral("journeyName"), QString::fromStdString(walk->summary.journeyName)},
            {QStringLiteral("executive"), result.snapshot->leaderLabel(walk->deviceId)},
            {QStringLiteral("finishedMs"),
             QVariant::fromValue<qint64>(walk->summary.finishedWallMs)},
            {QStringLiteral("meanScore"), score ? QVariant(*score) : QVariant()},
            {QStringLiteral("painPointCount"), review::painPointCount(walk->summary)}};
    }
    return out;
}
