#include "camera_permission.h"

#include <QPointer>

using its::platform::Permission;
using its::platform::PermissionStatus;

CameraPermission::CameraPermission(its::platform::Permissions *permissions, QObject *parent)
    : QObject(parent)
    , permissions_(permissions)
{
}

CameraPermission::Status CameraPermission::status() const
{
    if (!permissions_)
        return Denied;
    switch (permissions_->status(Permission::Camera)) {
    case PermissionStatus::Granted:
        return Granted;
    case PermissionStatus::Denied:
        return Denied;
    case PermissionStatus::Undetermined:
        break;
    }
    return Undetermined;
}

void CameraPermission::request()
{
    if (!permissions_) {
        emit answered(false);
        return;
    }
    // A mobile OS answers later, maybe after this object is gone.
    const QPointer<CameraPermission> self(this);
    permissions_->request(Permission::Camera, [self](PermissionStatus answer) {
        if (!self)
            return;
        emit self->statusChanged();
        emit self->answered(answer == PermissionStatus::Granted);
    });
}
