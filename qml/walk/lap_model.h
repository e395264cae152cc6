#pragma once
// The lap history of one contact: each stretch between two phase events, the running one last.

#include "timing/contact_timer.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class LapModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by ContactController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role
    {
        PhaseRole = Qt::UserRole + 1,
        MsRole,
        RunningRole,
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // `running`: the last lap is still going (an open contact).
    void setLaps(const std::vector<its::Lap> &laps, bool running);

signals:
    void countChanged();

private:
    std::vector<its::Lap> laps_;
    bool running_ = false;
};
