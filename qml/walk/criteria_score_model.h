#pragma once
// The rubric of one touchpoint with the walker's scores: 1..5, 0 = not applicable, -1 = not
// scored yet. A must-be scored 1-2 is failing (a pain point); a delighter scored 4-5 is met.

#include "domain/walk.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class CriteriaScoreModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by ObservationEditor")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    static constexpr int kNotApplicable = 0;
    static constexpr int kUnscored = -1;

    enum Role
    {
        CriterionIdRole = Qt::UserRole + 1,
        TextRole,
        MustBeRole,
        WeightRole,
        ScoreRole,
        FailingRole,
        MetRole,
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setCriteria(const std::vector<its::Criterion> &criteria,
                     const std::vector<its::CriterionScore> &scores);
    // Scores as the core stores them: unscored criteria are left out, N/A is nullopt.
    std::vector<its::CriterionScore> scores() const;
    bool setScore(int row, int score);
    bool anyMustBeFailing() const;

signals:
    void countChanged();

private:
    struct Row
    {
        its::Criterion criterion;
        int score = kUnscored;
    };
    QList<Row> rows_;
};
