#pragma once
// The summary of the walk held by a WalkController: emotion curve, totals, pain points by
// department, the journey questions, and exactly what would leave the device (summaryToJson)
// next to what stays here (notes not marked shareable, staff names, the raw event log).

#include "moment_list_model.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class WalkController;

class WalkSummaryView : public QObject
{
    Q_OBJECT
    Q_MOC_INCLUDE("walk_controller.h")
    QML_ELEMENT
    Q_PROPERTY(WalkController *walk READ walk WRITE setWalk NOTIFY walkChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY changed)
    Q_PROPERTY(QVariantList emotionPoints READ emotionPoints NOTIFY changed)
    Q_PROPERTY(int peakIndex READ peakIndex NOTIFY changed)
    Q_PROPERTY(int lowIndex READ lowIndex NOTIFY changed)
    Q_PROPERTY(int endIndex READ endIndex NOTIFY changed)
    // double, not qint64: Qt 6.4's qmllint cannot type qint64 (exact to 2^53 ms).
    Q_PROPERTY(double totalCustomerMs READ totalCustomerMs NOTIFY changed)
    Q_PROPERTY(int totalEffort READ totalEffort NOTIFY changed)
    Q_PROPERTY(int contactsNeeded READ contactsNeeded NOTIFY changed)
    Q_PROPERTY(int handoffCount READ handoffCount NOTIFY changed)
    Q_PROPERTY(int repeatCount READ repeatCount NOTIFY changed)
    Q_PROPERTY(int slaBreachCount READ slaBreachCount NOTIFY changed)
    Q_PROPERTY(bool firstContactResolution READ firstContactResolution NOTIFY changed)
    Q_PROPERTY(MomentListModel *moments READ moments CONSTANT) // pain points only
    Q_PROPERTY(MomentListModel *memorable READ memorable CONSTANT)
    Q_PROPERTY(int recommend READ recommend NOTIFY changed)
    Q_PROPERTY(int effort READ effort NOTIFY changed)
    Q_PROPERTY(QString cesScaleVersion READ cesScaleVersion NOTIFY changed)
    Q_PROPERTY(int wouldStay READ wouldStay NOTIFY changed)
    // CSAT 1-5 (-1 = not answered) and this walk's CSAT figure: top-2-box share (-1 without an
    // answer), its n (0 or 1) and the small-sample flag, which one walk always raises.
    Q_PROPERTY(int csat READ csat NOTIFY changed)
    Q_PROPERTY(double csatShare READ csatShare NOTIFY changed)
    Q_PROPERTY(int csatN READ csatN NOTIFY changed)
    Q_PROPERTY(bool csatSmallSample READ csatSmallSample NOTIFY changed)
    Q_PROPERTY(QString sharedJson READ sharedJson NOTIFY changed)
    Q_PROPERTY(QStringList sharedNotes READ sharedNotes NOTIFY changed)
    Q_PROPERTY(QStringList privateNotes READ privateNotes NOTIFY changed)
    Q_PROPERTY(QStringList privateStaffNotes READ privateStaffNotes NOTIFY changed)
    Q_PROPERTY(QString errorString READ errorString NOTIFY changed)

public:
    explicit WalkSummaryView(QObject *parent = nullptr);

    WalkController *walk() const { return walk_; }
    void setWalk(WalkController *walk);
    bool valid() const { return valid_; }
    QVariantList emotionPoints() const { return emotionPoints_; }
    int peakIndex() const { return summary_.emotion.peakIndex; }
    int lowIndex() const { return summary_.emotion.lowIndex; }
    int endIndex() const { return summary_.emotion.endIndex; }
    double totalCustomerMs() const { return static_cast<double>(summary_.totalCustomerMs); }
    int totalEffort() const { return summary_.totalEffort; }
    int contactsNeeded() const { return summary_.contactsNeeded; }
    int handoffCount() const;
    int repeatCount() const;
    int slaBreachCount() const;
    bool firstContactResolution() const { return summary_.firstContactResolution; }
    MomentListModel *moments() { return &moments_; }
    MomentListModel *memorable() { return &memorable_; }
    int recommend() const { return summary_.answers.recommend.value_or(-1); }
    int effort() const { return summary_.answers.effort.value_or(-1); }
    QString cesScaleVersion() const;
    int wouldStay() const; // -1 unanswered, 0 no, 1 yes
    int csat() const { return summary_.answers.csat.value_or(-1); }
    double csatShare() const;
    int csatN() const;
    bool csatSmallSample() const;
    QString sharedJson() const { return sharedJson_; }
    QStringList sharedNotes() const { return sharedNotes_; }
    QStringList privateNotes() const { return privateNotes_; }
    QStringList privateStaffNotes() const { return privateStaffNotes_; }
    QString errorString() const { return errorString_; }

    // Each answer is saved at once; -1 clears it.
    Q_INVOKABLE bool setRecommend(int value);
    Q_INVOKABLE bool setEffort(int value);
    Q_INVOKABLE bool setWouldStay(int value);
    Q_INVOKABLE bool setCsat(int value); // 1..5, -1 = not answered
    Q_INVOKABLE void refresh();

signals:
    void walkChanged();
    void changed();

private:
    bool saveAnswers(const its::JourneyAnswers &answers);

    WalkController *walk_ = nullptr; // cleared when it is destroyed
    its::WalkSummary summary_;
    bool valid_ = false;
    QVariantList emotionPoints_;
    QString sharedJson_;
    QStringList sharedNotes_;
    QStringList privateNotes_;
    QStringList privateStaffNotes_;
    QString errorString_;
    MomentListModel moments_;
    MomentListModel memorable_;
};
