#pragma once
// The departments page's and the silo map's models.

#include "review_findings_rows.h"

// One department's findings (department id), in sections:
// {kind ("pain", "moment", "touchpoint", "handedTo", "handedFrom"), label (a theme, a
//  touchpoint's name or a department id), count, meanSeverity, weight, repeats, walkIds}
class ReviewDepartmentModel : public ReviewFindingsRows
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString department READ department WRITE setDepartment NOTIFY departmentChanged)
    Q_PROPERTY(bool found READ found NOTIFY rebuilt)
    Q_PROPERTY(int painPoints READ painPoints NOTIFY rebuilt)
    Q_PROPERTY(int memorableMoments READ memorableMoments NOTIFY rebuilt)
    Q_PROPERTY(int handoffsIn READ handoffsIn NOTIFY rebuilt)
    Q_PROPERTY(int handoffsOut READ handoffsOut NOTIFY rebuilt)
    // Shareable notes at the touchpoints this department owns: [{walkId, text}].
    Q_PROPERTY(QVariantList quotes READ quotes NOTIFY rebuilt)
public:
    explicit ReviewDepartmentModel(QObject *parent = nullptr);
    QString department() const { return department_; }
    void setDepartment(const QString &department);
    bool found() const { return found_; }
    int painPoints() const { return painPoints_; }
    int memorableMoments() const { return memorableMoments_; }
    int handoffsIn() const { return handoffsIn_; }
    int handoffsOut() const { return handoffsOut_; }
    QVariantList quotes() const { return quotes_; }

signals:
    void departmentChanged();

protected:
    QList<QVariantMap> build(const review::FindingsResult &result) override;

private:
    QString department_;
    bool found_ = false;
    int painPoints_ = 0, memorableMoments_ = 0, handoffsIn_ = 0, handoffsOut_ = 0;
    QVariantList quotes_;
};

// The silo map as a matrix, row by row: every (from, to) pair of `departments`, empty pairs
// included (handoffs 0, so the grid is whole): {from, to, fromIndex, toIndex, handoffs,
// repeatsAfter, share (of the busiest pair), walkIds}
class ReviewSiloModel : public ReviewFindingsRows
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QStringList departments READ departments NOTIFY rebuilt)
    Q_PROPERTY(int handoffs READ handoffs NOTIFY rebuilt)
public:
    explicit ReviewSiloModel(QObject *parent = nullptr);
    QStringList departments() const { return departments_; }
    int handoffs() const { return handoffs_; }

protected:
    QList<QVariantMap> build(const review::FindingsResult &result) override;

private:
    QStringList departments_;
    int handoffs_ = 0;
};
