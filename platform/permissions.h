#pragma once
// Camera and microphone permission hook for the evidence features that come later (photos,
// voice memos). Asynchronous because mobile OSes ask the user.

#include <QObject>
#include <functional>

namespace its::platform {

enum class Permission
{
    Camera,
    Microphone
};

enum class PermissionStatus
{
    Undetermined,
    Granted,
    Denied
};

class Permissions
{
public:
    virtual ~Permissions() = default;
    virtual PermissionStatus status(Permission permission) const = 0;
    // Calls `done` exactly once with the final status (possibly synchronously).
    virtual void request(Permission permission, std::function<void(PermissionStatus)> done) = 0;
};

} // namespace its::platform
