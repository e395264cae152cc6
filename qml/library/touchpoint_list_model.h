#pragma once
// The touchpoints of one journey template, flattened stage by stage, with their SLAs and rubric
// as lists a preview or an editor can show.

#include "domain/journey.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class TouchpointListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by TemplateDocument")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role
    {
        StageIndexRole = Qt::UserRole + 1,
        StageNameRole,
        TouchpointIdRole,
        NameRole,
        ChannelRole,
        DepartmentRole,
        PhasesRole,       // QStringList of phase ids
        SlasRole,         // [{phase, seconds}]
        CriteriaRole,     // [{id, text, weight, mustBe}]
        FirstInStageRole, // true on a stage's first touchpoint (where its heading goes)
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setJourney(const its::JourneyTemplate &journey);
    // (stage, touchpoint) indexes of a row; {-1, -1} when out of range.
    std::pair<int, int> position(int row) const;

signals:
    void countChanged();

private:
    struct Row
    {
        int stage = 0;
        int touchpoint = 0;
        QString stageName;
        its::Touchpoint value;
    };
    QList<Row> rows_;
};
