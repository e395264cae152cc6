#include "camera_test_hooks.h"

#include "app_controller.h"
#include "fake/fake_permissions.h"
#include "qr_code_item.h"
#include "sync/invitation_qr.h"
#include "sync_fixtures.h"
#include "video_frames.h"

#include <QDir>
#include <QJSEngine>
#include <QPainter>
#include <QPointer>
#include <QUrl>

namespace {
QPointer<CameraTestHooks> s_instance;
}

CameraTestHooks::CameraTestHooks(AppController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
{
    its::Vault review = its::sync::testing::createVault(m_dir.path() + "/review");
    const its::sync::ReviewCircle circle = its::sync::createReviewCircle(
        review.db(), "https://cloud.example.com/remote.php/dav/files/cco/InTheirShoes review/", 1);
    m_invitation = its::sync::invitationToText(its::sync::makeInvitation(circle));
}

void CameraTestHooks::setInstance(CameraTestHooks *hooks)
{
    s_instance = hooks;
}

CameraTestHooks *CameraTestHooks::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(s_instance.data(), QJSEngine::CppOwnership);
    return s_instance;
}

QString CameraTestHooks::screenshotDir() const
{
    const QString dir = QStringLiteral(ITS_BINARY_DIR) + "/screenshots/camera";
    QDir().mkpath(dir);
    return dir;
}

QString CameraTestHooks::saveQrPng(const QString &text, const QString &name)
{
    const QString path = m_dir.filePath(name);
    if (!QrCodeItem::renderImage(text, 4).save(path, "PNG"))
        return {};
    return QUrl::fromLocalFile(path).toString();
}

bool CameraTestHooks::pushFrame(QVideoSink *sink, const QString &text)
{
    if (!sink)
        return false;
    QImage picture(1280, 720, QImage::Format_RGB32);
    picture.fill(QColor(70, 78, 88));
    if (!text.isEmpty()) {
        // The CCO's screen seen from a little way off: the code at 5 px per module, centred.
        const QImage code = QrCodeItem::renderImage(text, 5);
        QPainter painter(&picture);
        painter.drawImage((picture.width() - code.width()) / 2,
                          (picture.height() - code.height()) / 2, code);
    }
    const QVideoFrame frame = qrscan::testing::makeFrame(picture, QVideoFrameFormat::Format_NV12);
    if (!frame.isValid())
        return false;
    sink->setVideoFrame(frame);
    return true;
}

void CameraTestHooks::setCameraAllowed(bool allowed)
{
    auto *fake =
        dynamic_cast<its::platform::FakePermissions *>(m_controller->platform().permissions.get());
    if (fake)
        fake->setAnswer(its::platform::Permission::Camera,
                        allowed ? its::platform::PermissionStatus::Granted
                                : its::platform::PermissionStatus::Denied);
}
