#pragma once
// Decides when an unlocked vault must lock: after N idle minutes without user input, and as soon
// as the app leaves the foreground. Time comes from an injectable monotonic clock so the policy is
// tested without sleeping; a coarse QTimer only decides how often check() runs.

#include <QObject>
#include <QTimer>
#include <functional>

namespace its::platform {

class AppLifecycle;

class AutoLock : public QObject
{
    Q_OBJECT
public:
    enum class Reason
    {
        Idle,
        Background
    };
    Q_ENUM(Reason)
    using Clock = std::function<qint64()>; // monotonic milliseconds

    explicit AutoLock(AppLifecycle *lifecycle, QObject *parent = nullptr);

    void setClock(Clock clock) { m_now = std::move(clock); }
    // 0 disables the idle lock (the background lock stays on).
    void setIdleMinutes(int minutes);
    int idleMinutes() const { return m_idleMinutes; }
    // Only an armed AutoLock requests locks: arm it while the vault is unlocked.
    void setArmed(bool armed);
    bool isArmed() const { return m_armed; }

    // Milliseconds until the idle lock fires; -1 when disarmed or disabled.
    qint64 remainingMs() const;
    // Installs an event filter on `target` (usually the QGuiApplication) that counts key, mouse,
    // wheel and touch input as activity.
    void watchInputOf(QObject *target);

public slots:
    void noteActivity();
    // Emits lockRequested(Idle) when the idle time is up. Called by the timer; public for tests.
    void check();

signals:
    void lockRequested(its::platform::AutoLock::Reason reason);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onForegroundChanged(bool foreground);
    void fire(Reason reason);

    Clock m_now;
    QTimer m_timer;
    qint64 m_lastActivity = 0;
    int m_idleMinutes = 5;
    bool m_armed = false;
};

} // namespace its::platform
