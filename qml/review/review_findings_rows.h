#pragma once
// Base of the dashboard's list models: rows of named values (roles by name) rebuilt from the
// controller's findings whenever a result arrives or the model's own key changes (a journey, a
// department ...). Every row that stands for a count carries `walkIds`, the walks behind it.

#include "review_findings_controller.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <memory>

class ReviewFindingsRows : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(
        ReviewFindingsController *findings READ findings WRITE setFindings NOTIFY findingsChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // Grows with every rebuild: bindings that read rows through get() depend on it.
    Q_PROPERTY(int revision READ revision NOTIFY rebuilt)

public:
    explicit ReviewFindingsRows(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    ReviewFindingsController *findings() const { return findings_; }
    void setFindings(ReviewFindingsController *findings);
    int count() const { return static_cast<int>(rows_.size()); }
    int revision() const { return revision_; }
    // One row as a map of its roles; empty out of range.
    Q_INVOKABLE QVariantMap get(int row) const;

signals:
    void findingsChanged();
    void countChanged();
    // The rows were rebuilt (a new result, or the model's key changed).
    void rebuilt();

protected:
    ReviewFindingsRows(QStringList roles, QObject *parent);
    // The rows for a result; called with every new result and by refresh().
    virtual QList<QVariantMap> build(const review::FindingsResult &result);
    // Rebuilds now, e.g. when a subclass's key property changed.
    void refresh();
    std::shared_ptr<const review::FindingsResult> result() const;

private:
    QStringList roles_;
    QList<QVariantMap> rows_;
    QPointer<ReviewFindingsController> findings_;
    int revision_ = 0;
};

// Ids as a QStringList, for the walkIds role.
QStringList toStringList(const std::vector<std::string> &ids);
