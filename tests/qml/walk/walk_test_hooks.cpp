#include "walk_test_hooks.h"

#include "app_controller.h"
#include "formats/template_library.h"
#include "formats/walk_json.h"
#include "pending_waits_model.h"
#include "vault/vault.h"
#include "vault/walk_store.h"

#include <QDir>
#include <QJSEngine>
#include <nlohmann/json.hpp>

WalkTestHooks::WalkTestHooks(AppController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_clock(its::SystemClock().now().wallMs)
{
}

namespace {
WalkTestHooks *s_instance = nullptr;
}

void WalkTestHooks::setInstance(WalkTestHooks *hooks)
{
    s_instance = hooks;
}

WalkTestHooks *WalkTestHooks::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    // Owned by the engine as its parent, never by the JavaScript garbage collector.
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QUrl WalkTestHooks::templateUrl(const QString &fileName) const
{
    return QUrl::fromLocalFile(QStringLiteral(ITS_SOURCE_DIR "/assets/templates/") + fileName);
}

QString WalkTestHooks::storedWalk(const QString &walkId) const
{
    its::Vault *vault = m_controller->session()->vault();
    if (!vault)
        return {};
    try {
        const its::Walk walk = its::WalkStore(vault->db()).loadWalk(walkId.toStdString());
        return QString::fromStdString(its::walkToJson(walk).dump());
    } catch (const std::exception &) {
        return {};
    }
}

QString WalkTestHooks::screenshotDir() const
{
    const QString dir = qEnvironmentVariable("ITS_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QDir().mkpath(dir);
    return dir;
}

QString WalkTestHooks::startWaitingContact(const QString &fileName, const QString &touchpointId)
{
    its::Vault *vault = m_controller->session()->vault();
    if (!vault)
        return {};
    try {
        const its::JourneyTemplate journey = its::loadTemplateFile(
            (QStringLiteral(ITS_SOURCE_DIR "/assets/templates/") + fileName).toStdString());
        its::WalkStore store(vault->db());
        const std::string walkId = store.createWalk(journey, "waits test", m_clock.now());
        store.startContact(walkId, touchpointId.toStdString(), m_clock.now());
        return QString::fromStdString(walkId);
    } catch (const std::exception &error) {
        qWarning("startWaitingContact: %s", error.what());
        return {};
    }
}

bool WalkTestHooks::driveWaitsClock(QObject *waitsModel)
{
    auto *model = qobject_cast<PendingWaitsModel *>(waitsModel);
    if (!model)
        return false;
    model->setClock(&m_clock);
    return true;
}

void WalkTestHooks::advanceWaitsClockMinutes(QObject *waitsModel, int minutes)
{
    m_clock.advance(static_cast<std::int64_t>(minutes) * 60 * 1000);
    if (auto *model = qobject_cast<PendingWaitsModel *>(waitsModel))
        model->checkNow();
}
