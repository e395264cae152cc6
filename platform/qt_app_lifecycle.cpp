#include "qt_app_lifecycle.h"

#include <QGuiApplication>

namespace its::platform {

QtAppLifecycle::QtAppLifecycle(InactiveMeans inactive, QObject *parent)
    : AppLifecycle(parent)
    , m_inactive(inactive)
{
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        m_foreground = isForegroundState(QGuiApplication::applicationState(), m_inactive);
        connect(app, &QGuiApplication::applicationStateChanged, this,
                &QtAppLifecycle::onStateChanged);
    }
}

bool QtAppLifecycle::isForegroundState(Qt::ApplicationState state, InactiveMeans inactive)
{
    switch (state) {
    case Qt::ApplicationActive:
        return true;
    case Qt::ApplicationInactive:
        return inactive == InactiveMeans::Foreground;
    case Qt::ApplicationHidden:
    case Qt::ApplicationSuspended:
        return false;
    }
    return false;
}

void QtAppLifecycle::onStateChanged(Qt::ApplicationState state)
{
    const bool foreground = isForegroundState(state, m_inactive);
    if (foreground == m_foreground)
        return;
    m_foreground = foreground;
    emit foregroundChanged(foreground);
}

} // namespace its::platform
