#include "auto_lock.h"

#include "app_lifecycle.h"

#include <QElapsedTimer>
#include <QEvent>
#include <algorithm>

namespace its::platform {

namespace {
// How often the idle check runs. Coarse on purpose: locking 15 s late is fine, waking the CPU
// every second is not.
constexpr int checkIntervalMs = 15'000;

qint64 monotonicNow()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}
} // namespace

AutoLock::AutoLock(AppLifecycle *lifecycle, QObject *parent)
    : QObject(parent)
    , m_now(&monotonicNow)
{
    m_timer.setInterval(checkIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &AutoLock::check);
    if (lifecycle)
        connect(lifecycle, &AppLifecycle::foregroundChanged, this, &AutoLock::onForegroundChanged);
}

void AutoLock::setIdleMinutes(int minutes)
{
    m_idleMinutes = std::max(0, minutes);
    noteActivity();
}

void AutoLock::setArmed(bool armed)
{
    m_armed = armed;
    if (armed) {
        noteActivity();
        m_timer.start();
    } else {
        m_timer.stop();
    }
}

qint64 AutoLock::remainingMs() const
{
    if (!m_armed || m_idleMinutes == 0)
        return -1;
    const qint64 idleMs = qint64{m_idleMinutes} * 60'000;
    return std::max<qint64>(0, m_lastActivity + idleMs - m_now());
}

void AutoLock::watchInputOf(QObject *target)
{
    if (target)
        target->installEventFilter(this);
}

void AutoLock::noteActivity()
{
    m_lastActivity = m_now();
}

void AutoLock::check()
{
    if (remainingMs() == 0)
        fire(Reason::Idle);
}

bool AutoLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        noteActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void AutoLock::onForegroundChanged(bool foreground)
{
    if (!foreground)
        fire(Reason::Background);
}

void AutoLock::fire(Reason reason)
{
    if (!m_armed)
        return;
    setArmed(false); // one request per unlock; the owner re-arms after the next unlock
    emit lockRequested(reason);
}

} // namespace its::platform
