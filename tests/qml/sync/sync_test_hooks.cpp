#include "sync_test_hooks.h"

#include "app_controller.h"
#include "fake/fake_secret_store.h"
#include "formats/template_library.h"
#include "review/review_circle.h"
#include "review/roster.h"
#include "sync/device_identity.h"
#include "sync/enrollment.h"
#include "sync/invitation.h"
#include "timing/time_point.h"
#include "vault/walk_store.h"

#include <QDir>
#include <QDirIterator>
#include <QJSEngine>
#include <QPointer>

namespace {
QPointer<SyncTestHooks> g_instance;
}

SyncTestHooks::SyncTestHooks(AppController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
{
}

SyncTestHooks::~SyncTestHooks() = default;

void SyncTestHooks::setInstance(SyncTestHooks *hooks)
{
    g_instance = hooks;
}

SyncTestHooks *SyncTestHooks::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(g_instance.data(), QJSEngine::CppOwnership);
    return g_instance.data();
}

bool SyncTestHooks::joinFolderCircle()
{
    its::Vault *device = m_controller->session()->vault();
    if (!device)
        return false;
    try {
        using namespace its::sync;
        m_review.emplace(std::move(its::Vault::create((m_dir.path() + "/review").toStdString(),
                                                      "review passphrase", its::KdfCost::Test)
                                       .vault));
        QDir().mkpath(m_dir.path() + "/target");
        const ReviewCircle circle = createReviewCircle(m_review->db(), m_dir.path() + "/target", 1);
        const EnrollmentRequest request =
            enrollDevice(device->db(), makeInvitation(circle), QStringLiteral("CFO phone"), 1);
        Roster(m_review->db())
            .accept(request, circle.circleId, fingerprint(circle.keys.boxPublic), 1);
        m_controller->outbox()->reload();
        return true;
    } catch (const std::exception &error) {
        qWarning("joinFolderCircle: %s", error.what());
        return false;
    }
}

QString SyncTestHooks::startWalk(const QString &persona)
{
    its::Vault *vault = m_controller->session()->vault();
    if (!vault)
        return {};
    try {
        const its::JourneyTemplate journey =
            its::loadTemplateFile(ITS_SOURCE_DIR "/assets/templates/telco-switch-provider.en.json");
        return QString::fromStdString(
            its::WalkStore(vault->db())
                .createWalk(journey, persona.toStdString(), its::SystemClock().now()));
    } catch (const std::exception &error) {
        qWarning("startWalk: %s", error.what());
        return {};
    }
}

QString SyncTestHooks::finishWalk(const QString &persona)
{
    const QString walkId = startWalk(persona);
    its::Vault *vault = m_controller->session()->vault();
    if (walkId.isEmpty() || !vault)
        return {};
    its::WalkStore(vault->db()).finishWalk(walkId.toStdString(), its::SystemClock().now());
    return walkId;
}

int SyncTestHooks::envelopesOnTarget() const
{
    int count = 0;
    QDirIterator files(m_dir.path() + "/target/summaries", {QStringLiteral("*.env")}, QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        files.next();
        ++count;
    }
    return count;
}

bool SyncTestHooks::keychainHas(const QString &key) const
{
    const auto *fake = dynamic_cast<const its::platform::FakeSecretStore *>(
        m_controller->platform().secrets.get());
    return fake && fake->contains(key);
}

QString SyncTestHooks::screenshotDir() const
{
    return qEnvironmentVariable("ITS_SCREENSHOT_DIR");
}
