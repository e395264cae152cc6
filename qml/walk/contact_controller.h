#pragma once
// The stopwatch of the contact at the walk's current touchpoint. Every tap is written to the
// vault before the screen changes (WalkStore commits each event), and the display is computed
// from the persisted event log, so after a crash the stopwatch resumes at the right time.

#include "lap_model.h"
#include "timing/contact_timer.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class WalkController;
namespace its {
struct Contact;
struct Touchpoint;
} // namespace its

class ContactController : public QObject
{
    Q_OBJECT
    Q_MOC_INCLUDE("walk_controller.h")
    QML_ELEMENT
    Q_PROPERTY(WalkController *walk READ walk WRITE setWalk NOTIFY walkChanged)
    Q_PROPERTY(QString touchpointId READ touchpointId WRITE setTouchpointId NOTIFY stateChanged)
    Q_PROPERTY(QString contactId READ contactId NOTIFY stateChanged)
    Q_PROPERTY(QString touchpointName READ touchpointName NOTIFY stateChanged)
    Q_PROPERTY(QString channel READ channel NOTIFY stateChanged)
    Q_PROPERTY(QString department READ department NOTIFY stateChanged)
    Q_PROPERTY(int attempt READ attempt NOTIFY stateChanged)
    Q_PROPERTY(bool started READ started NOTIFY stateChanged)
    Q_PROPERTY(bool closed READ closed NOTIFY stateChanged)
    Q_PROPERTY(QString outcome READ outcome NOTIFY stateChanged)
    Q_PROPERTY(QString currentPhase READ currentPhase NOTIFY stateChanged)
    Q_PROPERTY(bool inLongWait READ inLongWait NOTIFY stateChanged)
    Q_PROPERTY(QStringList suggestedPhases READ suggestedPhases NOTIFY stateChanged)
    // The channel's phases in their fixed order: buttons that never change places.
    Q_PROPERTY(QStringList phases READ phases NOTIFY stateChanged)
    // Durations reach QML as double (exact to 2^53 ms): Qt 6.4's qmllint cannot type qint64.
    Q_PROPERTY(double currentLapMs READ currentLapMs NOTIFY tick)
    Q_PROPERTY(double totalMs READ totalMs NOTIFY tick)
    Q_PROPERTY(QString phaseSla READ phaseSla NOTIFY tick)
    Q_PROPERTY(double phaseSlaTargetMs READ phaseSlaTargetMs NOTIFY tick)
    Q_PROPERTY(QString totalSla READ totalSla NOTIFY tick)
    Q_PROPERTY(double totalSlaTargetMs READ totalSlaTargetMs NOTIFY tick)
    // What the stopwatch judges: the current phase's target when it has one, else the whole
    // contact's. slaActualMs is the time judged (all of the phase's laps, or the total), which
    // is not the running lap the big clock shows once a phase comes round again.
    Q_PROPERTY(QString sla READ sla NOTIFY tick)
    Q_PROPERTY(QString slaScope READ slaScope NOTIFY tick)
    Q_PROPERTY(double slaTargetMs READ slaTargetMs NOTIFY tick)
    Q_PROPERTY(double slaActualMs READ slaActualMs NOTIFY tick)
    Q_PROPERTY(int repeatCount READ repeatCount NOTIFY stateChanged)
    Q_PROPERTY(QStringList handoffs READ handoffs NOTIFY stateChanged)
    Q_PROPERTY(LapModel *laps READ laps CONSTANT)

public:
    explicit ContactController(QObject *parent = nullptr);

    WalkController *walk() const { return walk_; }
    void setWalk(WalkController *walk);
    QString touchpointId() const { return touchpointId_; }
    void setTouchpointId(const QString &id);

    QString contactId() const;
    QString touchpointName() const;
    QString channel() const;
    QString department() const;
    int attempt() const;
    bool started() const { return state_.started; }
    bool closed() const { return state_.closed; }
    QString outcome() const;
    QString currentPhase() const { return QString::fromStdString(state_.currentPhase); }
    bool inLongWait() const;
    QStringList suggestedPhases() const;
    QStringList phases() const;
    double currentLapMs() const { return static_cast<double>(state_.currentLapMs); }
    double totalMs() const { return static_cast<double>(state_.totalMs); }
    QString phaseSla() const { return slaText(state_.phaseSla.state); }
    double phaseSlaTargetMs() const { return static_cast<double>(state_.phaseSla.targetMs); }
    QString totalSla() const { return slaText(state_.totalSla.state); }
    double totalSlaTargetMs() const { return static_cast<double>(state_.totalSla.targetMs); }
    QString sla() const { return slaText(judged().state); }
    QString slaScope() const; // "phase", "total" or "none"
    double slaTargetMs() const { return static_cast<double>(judged().targetMs); }
    double slaActualMs() const { return static_cast<double>(judged().actualMs); }
    int repeatCount() const;
    QStringList handoffs() const;
    LapModel *laps() { return &laps_; }

    // Enters `phase`. Starts the contact if none is running (a new attempt after a closed one).
    Q_INVOKABLE bool enterPhase(const QString &phase);
    // The most likely next phase (Space on desktop); false when there is none.
    Q_INVOKABLE bool nextPhase();
    Q_INVOKABLE bool markRepeat();
    Q_INVOKABLE bool handOff(const QString &toDepartment);
    // Closes the contact: "resolved", "partial", "unresolved" or "abandoned".
    Q_INVOKABLE bool close(const QString &outcome);
    // Withdraws the last phase change or end; the vault logs the undo as an event of its own.
    Q_INVOKABLE bool undoLast();

    const its::Contact *contact() const;
    const its::Touchpoint *touchpoint() const;

signals:
    void walkChanged();
    void stateChanged();
    void tick();
    // A phase change ("ivr") or an end ("end") that undoLast() can take back.
    void undoOffered(const QString &phase);

private:
    static QString slaText(its::SlaState state);
    const its::SlaStatus &judged() const;
    void refresh();
    void recompute();
    std::string openContactId() const;

    WalkController *walk_ = nullptr; // cleared when it is destroyed
    QString touchpointId_;
    its::ContactTimerState state_;
    LapModel laps_;
    QTimer ticker_;
};
