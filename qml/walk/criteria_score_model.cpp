#include "criteria_score_model.h"

#include "scoring/summarize.h"

namespace {
bool failing(const its::Criterion &criterion, int score)
{
    return criterion.kind == its::CriterionKind::MustBe && score >= 1 &&
           score <= its::kMustBeFailsAtOrBelow;
}
bool met(const its::Criterion &criterion, int score)
{
    return criterion.kind == its::CriterionKind::Delighter && score >= its::kDelighterMetAtOrAbove;
}
} // namespace

int CriteriaScoreModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant CriteriaScoreModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = rows_.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return QString::fromStdString(row.criterion.text);
    case CriterionIdRole:
        return QString::fromStdString(row.criterion.id);
    case MustBeRole:
        return row.criterion.kind == its::CriterionKind::MustBe;
    case WeightRole:
        return row.criterion.weight;
    case ScoreRole:
        return row.score;
    case FailingRole:
        return failing(row.criterion, row.score);
    case MetRole:
        return met(row.criterion, row.score);
    default:
        return {};
    }
}

QHash<int, QByteArray> CriteriaScoreModel::roleNames() const
{
    return {{CriterionIdRole, "criterionId"},
            {TextRole, "text"},
            {MustBeRole, "mustBe"},
            {WeightRole, "weight"},
            {ScoreRole, "score"},
            {FailingRole, "failing"},
            {MetRole, "met"}};
}

void CriteriaScoreModel::setCriteria(const std::vector<its::Criterion> &criteria,
                                     const std::vector<its::CriterionScore> &scores)
{
    QList<Row> rows;
    for (const its::Criterion &criterion : criteria) {
        Row row{criterion, kUnscored};
        for (const its::CriterionScore &score : scores) {
            if (score.criterionId == criterion.id)
                row.score = score.score.value_or(kNotApplicable);
        }
        rows.append(row);
    }
    bool sameCriteria = rows.size() == rows_.size();
    for (int i = 0; sameCriteria && i < rows.size(); ++i)
        sameCriteria = rows.at(i).criterion.id == rows_.at(i).criterion.id;
    if (sameCriteria) {
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

std::vector<its::CriterionScore> CriteriaScoreModel::scores() const
{
    std::vector<its::CriterionScore> out;
    for (const Row &row : rows_) {
        if (row.score == kUnscored)
            continue;
        its::CriterionScore score;
        score.criterionId = row.criterion.id;
        if (row.score != kNotApplicable)
            score.score = row.score;
        out.push_back(score);
    }
    return out;
}

bool CriteriaScoreModel::setScore(int row, int score)
{
    if (row < 0 || row >= rows_.size() || score < kUnscored || score > 5)
        return false;
    rows_[row].score = score;
    emit dataChanged(index(row), index(row));
    return true;
}

bool CriteriaScoreModel::anyMustBeFailing() const
{
    for (const Row &row : rows_) {
        if (failing(row.criterion, row.score))
            return true;
    }
    return false;
}
