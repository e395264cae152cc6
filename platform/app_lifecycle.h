#pragma once
// Whether the app is in the foreground. Auto-lock listens to it: a vault must not stay open
// while the app sits in the background (app switcher screenshots, a borrowed phone).

#include <QObject>

namespace its::platform {

class AppLifecycle : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~AppLifecycle() override = default;

    virtual bool isForeground() const = 0;

signals:
    // Emitted on every change; `foreground` is the new state.
    void foregroundChanged(bool foreground);
};

} // namespace its::platform
