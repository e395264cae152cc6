// Auto-lock policy with a manual clock: no sleeping, no timing assertions.
#include "auto_lock.h"
#include "fake/fake_app_lifecycle.h"

#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>

using its::platform::AutoLock;
using its::platform::FakeAppLifecycle;

class TstAutoLock : public QObject
{
    Q_OBJECT
    qint64 m_now = 1'000'000;
    static constexpr qint64 kMinute = 60'000;

    std::unique_ptr<AutoLock> make(FakeAppLifecycle *lifecycle, int minutes)
    {
        auto lock = std::make_unique<AutoLock>(lifecycle);
        lock->setClock([this] { return m_now; });
        lock->setIdleMinutes(minutes);
        lock->setArmed(true);
        return lock;
    }

private slots:
    void idleLockFiresAtTheConfiguredMinute()
    {
        FakeAppLifecycle lifecycle;
        auto lock = make(&lifecycle, 5);
        QSignalSpy spy(lock.get(), &AutoLock::lockRequested);
        m_now += 5 * kMinute - 1;
        lock->check();
        QCOMPARE(spy.count(), 0);
        QCOMPARE(lock->remainingMs(), 1);
        m_now += 1;
        lock->check();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<AutoLock::Reason>(), AutoLock::Reason::Idle);
    }

    void activityPostponesTheLock()
    {
        FakeAppLifecycle lifecycle;
        auto lock = make(&lifecycle, 2);
        QSignalSpy spy(lock.get(), &AutoLock::lockRequested);
        m_now += 90'000;
        lock->noteActivity();
        m_now += 90'000; // 3 minutes since arming, 1.5 since the last input
        lock->check();
        QCOMPARE(spy.count(), 0);
        m_now += 30'000;
        lock->check();
        QCOMPARE(spy.count(), 1);
    }

    void keyPressCountsAsActivity()
    {
        FakeAppLifecycle lifecycle;
        auto lock = make(&lifecycle, 1);
        QObject target;
        lock->watchInputOf(&target);
        m_now += 50'000;
        QKeyEvent press(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier);
        QCoreApplication::sendEvent(&target, &press);
        QCOMPARE(lock->remainingMs(), kMinute);
    }

    void firesOnlyOncePerUnlock()
    {
        FakeAppLifecycle lifecycle;
        auto lock = make(&lifecycle, 1);
        QSignalSpy spy(lock.get(), &AutoLock::lockRequested);
        m_now += 10 * kMinute;
        lock->check();
        lock->check();
        lifecycle.setForeground(false);
        QCOMPARE(spy.count(), 1);
        QVERIFY(!lock->isArmed());
    }

    void disarmedNeverFires()
    {
        FakeAppLifecycle lifecycle;
        auto lock = make(&lifecycle, 1);
        lock->setArmed(false);
        QSignalSpy spy(lock.get(), &AutoLock::lockRequested);
        m_now += 10 * kMinute;
        lock->check();
        lifecycle.setForeground(false);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(lock->remainingMs(), -1);
    }

    void zeroMinutesDisablesIdleButNotBackground()
    {
        FakeAppLifecycle lifecycle;
        auto lock = make(&lifecycle, 0);
        QSignalSpy spy(lock.get(), &AutoLock::lockRequested);
        m_now += 600 * kMinute;
        lock->check();
        QCOMPARE(spy.count(), 0);
        lifecycle.setForeground(false);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<AutoLock::Reason>(), AutoLock::Reason::Background);
    }

    void returningToForegroundDoesNotLock()
    {
        FakeAppLifecycle lifecycle;
        lifecycle.setForeground(false);
        auto lock = make(&lifecycle, 5);
        QSignalSpy spy(lock.get(), &AutoLock::lockRequested);
        lifecycle.setForeground(true);
        QCOMPARE(spy.count(), 0);
    }

    void negativeMinutesAreClampedToOff()
    {
        FakeAppLifecycle lifecycle;
        auto lock = make(&lifecycle, -3);
        QCOMPARE(lock->idleMinutes(), 0);
        QCOMPARE(lock->remainingMs(), -1);
    }
};

QTEST_GUILESS_MAIN(TstAutoLock)
#include "tst_auto_lock.moc"
