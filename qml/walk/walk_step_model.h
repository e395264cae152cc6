#pragma once
// The touchpoints of a walk's journey, stage by stage, with where the walker is: a touchpoint
// is "todo" (never contacted), "open" (a contact is running), "done" (last contact closed) or
// "failed" (last contact closed, and a must-be criterion of it failed).

#include "domain/walk.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class WalkStepModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by WalkController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role
    {
        StageNameRole = Qt::UserRole + 1,
        StageIndexRole,
        TouchpointIdRole,
        NameRole,
        ChannelRole,
        DepartmentRole,
        ContactCountRole,
        StatusRole,
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setWalk(const its::Walk &walk);
    Q_INVOKABLE QString touchpointId(int row) const;
    Q_INVOKABLE int rowOf(const QString &touchpointId) const;
    int unvisitedCount() const; // touchpoints without any contact
    // The first row not yet closed, or the last row when all are; -1 when empty.
    int firstUnfinishedRow() const;

signals:
    void countChanged();

private:
    struct Step
    {
        QString stageName;
        int stageIndex = 0;
        QString touchpointId;
        QString name;
        QString channel;
        QString department;
        int contactCount = 0;
        QString status;
    };
    QList<Step> steps_;
};
