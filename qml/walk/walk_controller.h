#pragma once
// One walk in the UI: starts it from a template, loads it back (after a crash or days later),
// and keeps an in-memory copy that is always re-read from the vault after a write, so the
// screen shows exactly what is persisted.

#include "domain/walk.h"
#include "vault_session.h"
#include "walk_step_model.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>
namespace its {
class Database;
} // namespace its

class WalkController : public QObject
{
    Q_OBJECT
    Q_MOC_INCLUDE("vault_session.h")
    QML_ELEMENT
    Q_PROPERTY(VaultSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString walkId READ walkId NOTIFY walkChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY walkChanged)
    Q_PROPERTY(QString journeyName READ journeyName NOTIFY walkChanged)
    Q_PROPERTY(QString persona READ persona NOTIFY walkChanged)
    Q_PROPERTY(QString sector READ sector NOTIFY walkChanged)
    Q_PROPERTY(bool finished READ finished NOTIFY walkChanged)
    Q_PROPERTY(int contactCount READ contactCount NOTIFY walkChanged)
    Q_PROPERTY(WalkStepModel *steps READ steps CONSTANT)
    Q_PROPERTY(int currentStep READ currentStep WRITE setCurrentStep NOTIFY currentStepChanged)
    Q_PROPERTY(QString currentTouchpointId READ currentTouchpointId NOTIFY currentStepChanged)
    Q_PROPERTY(QStringList departments READ departments NOTIFY walkChanged)
    Q_PROPERTY(int unvisitedCount READ unvisitedCount NOTIFY walkChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    explicit WalkController(QObject *parent = nullptr);

    VaultSession *session() const { return session_; }
    void setSession(VaultSession *session);
    QString walkId() const { return QString::fromStdString(walk_.id); }
    bool loaded() const { return !walk_.id.empty(); }
    QString journeyName() const { return QString::fromStdString(walk_.journey.name); }
    QString persona() const { return QString::fromStdString(walk_.persona); }
    QString sector() const { return QString::fromStdString(walk_.journey.sector); }
    bool finished() const { return walk_.status == its::WalkStatus::Finished; }
    int contactCount() const { return static_cast<int>(walk_.contacts.size()); }
    WalkStepModel *steps() { return &steps_; }
    int currentStep() const { return currentStep_; }
    void setCurrentStep(int step);
    QString currentTouchpointId() const { return steps_.touchpointId(currentStep_); }
    QStringList departments() const;
    int unvisitedCount() const { return steps_.unvisitedCount(); }
    QString errorString() const { return errorString_; }

    // Snapshots the template into a new walk as `persona` (the template's persona when empty).
    // The walk keeps a copy of the journey in `language` (else its other language), whatever
    // happens to the library later.
    Q_INVOKABLE bool startWalk(const QString &templateId, const QString &persona,
                               const QString &language = {});
    Q_INVOKABLE bool loadWalk(const QString &walkId);
    Q_INVOKABLE bool finishWalk();
    Q_INVOKABLE bool reopenWalk();
    Q_INVOKABLE void clear();
    // Moves to the next touchpoint; false at the end of the journey.
    Q_INVOKABLE bool nextStep();

    const its::Walk &walk() const { return walk_; }
    its::Database *database() const;
    // Re-reads the walk from the vault; returns false (and sets errorString) on failure.
    bool reload();
    void setError(const QString &message);

signals:
    void sessionChanged();
    void walkChanged();
    void currentStepChanged();
    void errorStringChanged();
    // The UI asks for the summary page (end of the journey reached).
    void summaryRequested();

private:
    bool adopt(const std::string &walkId);

    QPointer<VaultSession> session_;
    its::Walk walk_;
    WalkStepModel steps_;
    int currentStep_ = -1;
    QString errorString_;
};
