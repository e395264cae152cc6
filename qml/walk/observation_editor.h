#pragma once
// Scoring one contact: criterion chips, note, private staff note, pain point / memorable
// moment. Every change is saved at once (WalkStore::saveObservation replaces the whole
// observation), then re-read from the contact so the screen shows what is stored.

#include "criteria_score_model.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>
#include <optional>

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
    // A kind chosen without its theme or severity yet: shown, not stored, not counted.
    Q_PROPERTY(bool momentPending READ momentPending NOTIFY changed)
    // The department responsible for the moment: the one chosen, else the touchpoint's owner.
    Q_PROPERTY(QString department READ department NOTIFY changed)
    // Who can be responsible: the journey's departments, then those that often own a pain point
    // without owning a touchpoint (sales, marketing, billing, operations).
    // Its own signal, raised only when the list differs: a Repeater rebuilds on every notify,
    // and a rebuilt picker would jump the scoring list back to the top under the thumb.
    Q_PROPERTY(QStringList departments READ departments NOTIFY departmentsChanged)

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
    QString theme() const { return QString::fromStdString(shownMoment().theme); }
    int severity() const { return shownMoment().severity; }
    bool momentPending() const { return draft_.has_value(); }
    QString department() const;
    QStringList departments() const { return departments_; }

    // score: 1..5, 0 = not applicable, -1 = clear.
    Q_INVOKABLE bool setScore(int row, int score);
    Q_INVOKABLE bool setNote(const QString &note);
    Q_INVOKABLE bool setNoteShareable(bool shareable);
    Q_INVOKABLE bool setStaffNote(const QString &names);
    // kind: "none", "pain_point" or "memorable"; severity 1..3 (ignored for "none"). Neither
    // theme nor severity has a default: until both are given the moment is a draft (shown,
    // not stored), and a stored moment of another kind is cleared, so nothing counts unchosen.
    Q_INVOKABLE bool setMoment(const QString &kind, const QString &theme, int severity);
    // Names the department responsible for the moment (the owner again: stored as "").
    Q_INVOKABLE bool setMomentDepartment(const QString &department);

signals:
    void contactChanged();
    void changed();
    void departmentsChanged();

private:
    void load();
    const its::Moment &shownMoment() const { return draft_ ? *draft_ : observation_.moment; }
    bool save(its::Observation observation);
    bool saveMoment(its::Moment moment);
    std::string ownerDepartment() const;

    ContactController *contact_ = nullptr; // cleared when it is destroyed
    its::Observation observation_;
    std::optional<its::Moment> draft_;
    QStringList departments_;
    std::string draftContactId_; // a draft belongs to one contact
    CriteriaScoreModel criteria_;
};
