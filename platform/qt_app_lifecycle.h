#pragma once
// AppLifecycle fed by QGuiApplication::applicationState. Shared by desktop and mobile; they differ
// in what counts as "background": on a desktop, a window that merely lost focus (Inactive) is
// still in use, while on a phone Inactive is the app switcher, which already shows the screen.

#include "app_lifecycle.h"

#include <Qt>

namespace its::platform {

class QtAppLifecycle final : public AppLifecycle
{
    Q_OBJECT
public:
    enum class InactiveMeans
    {
        Foreground,
        Background
    };
    explicit QtAppLifecycle(InactiveMeans inactive, QObject *parent = nullptr);

    bool isForeground() const override { return m_foreground; }

    // Pure mapping, exposed for the unit tests.
    static bool isForegroundState(Qt::ApplicationState state, InactiveMeans inactive);

private:
    void onStateChanged(Qt::ApplicationState state);

    InactiveMeans m_inactive;
    bool m_foreground = true;
};

} // namespace its::platform
