#pragma once
// The overview's models (ReviewOverviewPage): headline figures, the top five pain points,
// departments ranked by pain, and participation (walks per leader by roster label).

#include "review_findings_rows.h"

// NPS, CSAT, CES mean, CES 5-7 share, would-stay and first-contact resolution, in that order:
// {key, value (null when n is 0), n, smallSample, low, high (null without interval), isShare,
//  change ("no-data", "no-clear-change", "clearly-up", "clearly-down"; "" without comparison),
//  delta (null), previous (the period before's value, null), walkIds (the walks that answered)}
class ReviewHeadlineModel : public ReviewFindingsRows
{
    Q_OBJECT
    QML_ELEMENT
    // Why CES is empty (answers on scales that cannot pool), else "".
    Q_PROPERTY(QString cesProblem READ cesProblem NOTIFY rebuilt)
public:
    explicit ReviewHeadlineModel(QObject *parent = nullptr);
    QString cesProblem() const { return cesProblem_; }

protected:
    QList<QVariantMap> build(const review::FindingsResult &result) override;

private:
    QString cesProblem_;
};

// The five heaviest pain themes over every department (weight = frequency x mean severity):
// {department, theme, frequency, meanSeverity, weight, walkIds, trend ("new", "up", "down",
//  "same"; "" without comparison), previousFrequency (null when not seen before)}
class ReviewPainPointModel : public ReviewFindingsRows
{
    Q_OBJECT
    QML_ELEMENT
public:
    explicit ReviewPainPointModel(QObject *parent = nullptr);
    static constexpr int kTop = 5;

protected:
    QList<QVariantMap> build(const review::FindingsResult &result) override;
};

// Departments, most pain first: {department, painPoints, weight, share (weight of the heaviest
// = 1), memorableMoments, handoffsIn, handoffsOut, walkIds}
class ReviewDepartmentRankModel : public ReviewFindingsRows
{
    Q_OBJECT
    QML_ELEMENT
public:
    explicit ReviewDepartmentRankModel(QObject *parent = nullptr);

protected:
    QList<QVariantMap> build(const review::FindingsResult &result) override;
};

// Leaders by roster label: {label, onRoster, walks (in the filter), share (of the busiest
// leader), lastWalkMs (null), idle (no walk in 90 days), walkIds}
class ReviewParticipationModel : public ReviewFindingsRows
{
    Q_OBJECT
    QML_ELEMENT
public:
    explicit ReviewParticipationModel(QObject *parent = nullptr);

protected:
    QList<QVariantMap> build(const review::FindingsResult &result) override;
};
