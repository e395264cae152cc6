#pragma once
// Scoring one contact: criterion chips, note, private staff note, pain point / memorable
// moment. Every change is saved at once (WalkStore::saveObservation replaces the whole
// observation), then re-read from the contact so the screen shows what is stored.

#include "criteria_score_model.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class ContactController;

class ObservationEditor : public QObject
{
    Q_OBJECT
    Q_MOC_INCLUDE("contact_controller.h")
    QML_ELEMENT
    Q_PROPERTY(ContactController *contact READ contact WRITE setContact NOTIFY contactChanged)
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(CriteriaScoreModel *criteria READ criteria CONSTANT)
    Q_PROPERTY(bool mustBeFailed READ mustBeFailed NOTIFY changed)
    Q_PROPERTY(QString note READ note NOTIFY changed)
    Q_PROPERTY(bool noteShareable READ noteShareable NOTIFY changed)
    Q_PROPERTY(QString staffNote READ staffNote NOTIFY changed)
    Q_PROPERTY(QString momentKind READ momentKind NOTIFY changed)
    Q_PROPERTY(QString theme READ theme NOTIFY changed)
    Q_PROPERTY(int severity READ severity NOTIFY changed)

public:
    explicit ObservationEditor(QObject *parent = nullptr);

    ContactController *contact() const { return contact_; }
    void setContact(ContactController *contact);
    bool available() const; // a contact exists to attach the observation to
    CriteriaScoreModel *criteria() { return &criteria_; }
    bool mustBeFailed() const { return criteria_.anyMustBeFailing(); }
    QString note() const { return QString::fromStdString(observation_.note); }
    bool noteShareable() const { return observation_.noteShareable; }
    QString staffNote() const { return QString::fromStdString(observation_.privateStaffNote); }
    QString momentKind() const;
    QString theme() const { return QString::fromStdString(observation_.moment.theme); }
    int severity() const { return observation_.moment.severity; }

    // score: 1..5, 0 = not applicable, -1 = clear.
    Q_INVOKABLE bool setScore(int row, int score);
    Q_INVOKABLE bool setNote(const QString &note);
    Q_INVOKABLE bool setNoteShareable(bool shareable);
    Q_INVOKABLE bool setStaffNote(const QString &names);
    // kind: "none", "pain_point" or "memorable"; severity 1..3 (ignored for "none").
    Q_INVOKABLE bool setMoment(const QString &kind, const QString &theme, int severity);

signals:
    void contactChanged();
    void changed();

private:
    void load();
    bool save(its::Observation observation);

    ContactController *contact_ = nullptr; // cleared when it is destroyed
    its::Observation observation_;
    CriteriaScoreModel criteria_;
};
