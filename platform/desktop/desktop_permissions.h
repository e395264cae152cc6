#pragma once
// Desktop OSes grant camera and microphone access to the process (the device itself may still be
// missing; QMediaDevices reports that, not this hook).

#include "permissions.h"

namespace its::platform {

class DesktopPermissions final : public Permissions
{
public:
    PermissionStatus status(Permission) const override { return PermissionStatus::Granted; }
    void request(Permission, std::function<void(PermissionStatus)> done) override
    {
        done(PermissionStatus::Granted);
    }
};

} // namespace its::platform
