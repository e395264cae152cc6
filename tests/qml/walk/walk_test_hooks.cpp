#include "walk_test_hooks.h"

#include "app_controller.h"
#include "formats/walk_json.h"
#include "vault/vault.h"
#include "vault/walk_store.h"

#include <QDir>
#include <QJSEngine>
#include <nlohmann/json.hpp>

WalkTestHooks::WalkTestHooks(AppController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
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
