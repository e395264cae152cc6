#include "walk_controller.h"

#include "session_access.h"
#include "timing/time_point.h"
#include "vault/template_store.h"
#include "vault/walk_store.h"
#include "vault_session.h"

#include <set>

WalkController::WalkController(QObject *parent)
    : QObject(parent)
    , steps_(this)
{
}

void WalkController::setSession(VaultSession *session)
{
    if (session_ == session)
        return;
    if (session_)
        disconnect(session_, nullptr, this, nullptr);
    session_ = session;
    // A locked vault shows nothing: the walk is re-read from the store after the next unlock.
    if (session_)
        connect(session_, &VaultSession::aboutToLock, this, &WalkController::clear);
    emit sessionChanged();
}

its::Database *WalkController::database() const
{
    return sessionDatabase(session_);
}

void WalkController::setError(const QString &message)
{
    if (errorString_ == message)
        return;
    errorString_ = message;
    emit errorStringChanged();
}

void WalkController::setCurrentStep(int step)
{
    if (step < -1 || step >= steps_.rowCount() || step == currentStep_)
        return;
    currentStep_ = step;
    emit currentStepChanged();
}

QStringList WalkController::departments() const
{
    std::set<std::string> seen;
    QStringList out;
    for (const its::Touchpoint *touchpoint : walk_.journey.touchpoints()) {
        if (!touchpoint->department.empty() && seen.insert(touchpoint->department).second)
            out << QString::fromStdString(touchpoint->department);
    }
    return out;
}

bool WalkController::startWalk(const QString &templateId, const QString &persona,
                               const QString &language)
{
    its::Database *db = database();
    if (!db) {
        setError(tr("The vault is locked."));
        return false;
    }
    try {
        its::TemplateStore templates(*db);
        const its::JourneyTemplate journey =
            templates.load(templateId.toStdString(), language.toStdString());
        const std::string who =
            persona.trimmed().isEmpty() ? journey.persona.name : persona.trimmed().toStdString();
        its::WalkStore walks(*db);
        const std::string id = walks.createWalk(journey, who, its::SystemClock().now());
        return adopt(id);
    } catch (const std::exception &error) {
        setError(tr("Could not start the walk: %1").arg(errorText(error)));
        return false;
    }
}

bool WalkController::loadWalk(const QString &walkId)
{
    return adopt(walkId.toStdString());
}

bool WalkController::adopt(const std::string &walkId)
{
    its::Database *db = database();
    if (!db) {
        setError(tr("The vault is locked."));
        return false;
    }
    try {
        walk_ = its::WalkStore(*db).loadWalk(walkId);
    } catch (const std::exception &error) {
        setError(tr("Could not open the walk: %1").arg(errorText(error)));
        return false;
    }
    setError({});
    steps_.setWalk(walk_);
    emit walkChanged();
    currentStep_ = -1;
    setCurrentStep(steps_.firstUnfinishedRow());
    return true;
}

bool WalkController::reload()
{
    its::Database *db = database();
    if (!db || walk_.id.empty()) {
        setError(tr("The vault is locked."));
        return false;
    }
    try {
        walk_ = its::WalkStore(*db).loadWalk(walk_.id);
    } catch (const std::exception &error) {
        setError(tr("Could not read the walk: %1").arg(errorText(error)));
        return false;
    }
    steps_.setWalk(walk_);
    emit walkChanged();
    return true;
}

bool WalkController::finishWalk()
{
    its::Database *db = database();
    if (!db || walk_.id.empty())
        return false;
    try {
        its::WalkStore(*db).finishWalk(walk_.id, its::SystemClock().now());
    } catch (const std::exception &error) {
        setError(tr("Could not finish the walk: %1").arg(errorText(error)));
        return false;
    }
    const bool reloaded = reload();
    if (session_)
        session_->notifyWalkFinished(QString::fromStdString(walk_.id));
    return reloaded;
}

bool WalkController::reopenWalk()
{
    its::Database *db = database();
    if (!db || walk_.id.empty())
        return false;
    try {
        its::WalkStore(*db).reopenWalk(walk_.id);
    } catch (const std::exception &error) {
        setError(tr("Could not reopen the walk: %1").arg(errorText(error)));
        return false;
    }
    return reload();
}

void WalkController::clear()
{
    walk_ = its::Walk{};
    steps_.setWalk(walk_);
    currentStep_ = -1;
    emit walkChanged();
    emit currentStepChanged();
}

bool WalkController::nextStep()
{
    if (currentStep_ + 1 >= steps_.rowCount())
        return false;
    setCurrentStep(currentStep_ + 1);
    return true;
}
