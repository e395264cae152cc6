#pragma once
// The walks behind a figure (walkIds), newest first, as the drill-down lists them before the
// summary page: {walkId, journeyName, executive (the device's roster label), finishedMs,
// meanScore (null), painPointCount}. Walks the snapshot does not hold are left out.

#include "review_findings_rows.h"

class ReviewWalkListModel : public ReviewFindingsRows
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QStringList walkIds READ walkIds WRITE setWalkIds NOTIFY walkIdsChanged)
public:
    explicit ReviewWalkListModel(QObject *parent = nullptr);
    QStringList walkIds() const { return walkIds_; }
    void setWalkIds(const QStringList &ids);

signals:
    void walkIdsChanged();

protected:
    QList<QVariantMap> build(const review::FindingsResult &result) override;

private:
    QStringList walkIds_;
};
