#pragma once
// The journeys page's models: the stage x touchpoint heat map of one journey, and one cell's
// criterion failures, delighters and customer time against the SLA, each with its walks.

#include "review_findings_rows.h"

// The cells of one journey (journeyId; "" = the first journey found):
// {stageIndex, stageName, row (index within the stage), touchpointId, name, department, channel,
//  contacts, passRate (null when nothing was judged), passN, passCount, passLow, passHigh,
//  smallSample, breachRate (of the phase breached most, null without a target), breachPhase,
//  medianMs, targetMs (the whole contact's time and target, null without), walkIds}
class ReviewHeatMapModel : public ReviewFindingsRows
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString journeyId READ journeyId WRITE setJourneyId NOTIFY journeyIdChanged)
    // The journey shown (journeyId, or the first) and the journeys there are: [{id, name}].
    Q_PROPERTY(QString shownJourneyId READ shownJourneyId NOTIFY rebuilt)
    Q_PROPERTY(QVariantList journeyOptions READ journeyOptions NOTIFY rebuilt)
    Q_PROPERTY(QStringList stages READ stages NOTIFY rebuilt)
    Q_PROPERTY(int maxRows READ maxRows NOTIFY rebuilt)
public:
    explicit ReviewHeatMapModel(QObject *parent = nullptr);
    QString journeyId() const { return journeyId_; }
    void setJourneyId(const QString &id);
    QString shownJourneyId() const { return shown_; }
    QVariantList journeyOptions() const { return journeyOptions_; }
    QStringList stages() const { return stages_; }
    int maxRows() const { return maxRows_; }

signals:
    void journeyIdChanged();

protected:
    QList<QVariantMap> build(const review::FindingsResult &result) override;

private:
    QString journeyId_, shown_;
    QVariantList journeyOptions_;
    QStringList stages_;
    int maxRows_ = 0;
};

// One touchpoint's findings (journeyId + touchpointId), most failed first:
// {kind ("mustBe", "delighter", "time"), criterionId, criterionText, rate, n, count, low, high,
//  smallSample, phase, medianMs, p90Ms, targetMs (null), walkIds}
// A "time" row is a phase with an SLA: rate is its breach rate.
class ReviewCellModel : public ReviewFindingsRows
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString journeyId READ journeyId WRITE setJourneyId NOTIFY keyChanged)
    Q_PROPERTY(QString touchpointId READ touchpointId WRITE setTouchpointId NOTIFY keyChanged)
    Q_PROPERTY(bool found READ found NOTIFY rebuilt)
    Q_PROPERTY(QString name READ name NOTIFY rebuilt)
    Q_PROPERTY(QString department READ department NOTIFY rebuilt)
    Q_PROPERTY(int contacts READ contacts NOTIFY rebuilt)
    // Notes the executives marked shareable: [{walkId, text}].
    Q_PROPERTY(QVariantList quotes READ quotes NOTIFY rebuilt)
    Q_PROPERTY(QStringList walkIds READ walkIds NOTIFY rebuilt)
public:
    explicit ReviewCellModel(QObject *parent = nullptr);
    QString journeyId() const { return journeyId_; }
    void setJourneyId(const QString &id);
    QString touchpointId() const { return touchpointId_; }
    void setTouchpointId(const QString &id);
    bool found() const { return found_; }
    QString name() const { return name_; }
    QString department() const { return department_; }
    int contacts() const { return contacts_; }
    QVariantList quotes() const { return quotes_; }
    QStringList walkIds() const { return walkIds_; }

signals:
    void keyChanged();

protected:
    QList<QVariantMap> build(const review::FindingsResult &result) override;

private:
    QString journeyId_, touchpointId_, name_, department_;
    bool found_ = false;
    int contacts_ = 0;
    QVariantList quotes_;
    QStringList walkIds_;
};

// Shared by the models that list quotes.
QVariantMap quoteMap(const std::string &walkId, const std::string &text);
