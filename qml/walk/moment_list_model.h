#pragma once
// Pain points and memorable moments of a walk summary, grouped by department (rows sorted by
// department, pain points first) so a ListView can show one section per department.

#include "scoring/summary.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class MomentListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by WalkSummaryView")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int painPointCount READ painPointCount NOTIFY countChanged)

public:
    enum Role
    {
        DepartmentRole = Qt::UserRole + 1,
        KindRole,
        ThemeRole,
        SeverityRole,
        TouchpointNameRole,
        FromCriterionRole,
        CriterionTextRole,
        FirstInDepartmentRole, // true on the first row of each department (a section heading)
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // `journey` turns criterion ids into the criterion's words for display.
    void setSummary(const its::WalkSummary &summary, const its::JourneyTemplate &journey);
    int painPointCount() const;
    // Lists only moments of `kind` (None, the default: every kind). Set before setSummary().
    void setKind(its::MomentKind kind) { only_ = kind; }

signals:
    void countChanged();

private:
    struct Row
    {
        QString department;
        QString kind;
        QString theme;
        int severity = 0;
        QString touchpointName;
        bool fromCriterion = false;
        QString criterionText;
    };
    QList<Row> rows_;
    its::MomentKind only_ = its::MomentKind::None;
};
