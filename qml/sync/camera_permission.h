#pragma once
// The camera permission for QML (AppController.cameraPermission), over the platform's
// Permissions. Pages call request() before opening the camera and act on answered(granted).
// Desktop grants at once; the fake answers what a test configured; Android and iOS have no real
// request yet (platform/android, platform/ios: Qt 6.4 has no QPermission).

#include "permissions.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

class CameraPermission : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("use AppController.cameraPermission")
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)

public:
    enum Status
    {
        Undetermined,
        Granted,
        Denied
    };
    Q_ENUM(Status)

    // `permissions` must outlive this object (AppController owns both).
    explicit CameraPermission(its::platform::Permissions *permissions, QObject *parent = nullptr);

    Status status() const;
    // Asks the platform (the OS may show its dialog); answered() follows exactly once, possibly
    // before this returns.
    Q_INVOKABLE void request();

signals:
    void statusChanged();
    void answered(bool granted);

private:
    its::platform::Permissions *permissions_;
};
