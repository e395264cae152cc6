// "Unlock on this device" against a real vault and the fake keychain: offered only after a typed
// passphrase, only for N days, never when the keychain is unavailable; failures fall back to the
// passphrase and drop the kept secret.
#include "app_controller.h"
#include "fake/fake_secret_store.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr qint64 kDay = 24LL * 60 * 60 * 1000;
const QString kPass = QStringLiteral("lantern orbit velvet harbour");
} // namespace

class TstDeviceUnlock : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppController> m_app;
    qint64 m_now = 1'700'000'000'000;

    its::platform::FakeSecretStore *store()
    {
        return static_cast<its::platform::FakeSecretStore *>(m_app->platform().secrets.get());
    }
    QString key() const { return "vault-passphrase:" + m_app->session()->vaultDir(); }
    bool waitIdle()
    {
        return QTest::qWaitFor([&] { return !m_app->session()->busy(); }, 20000);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        AppController::Options options;
        options.kdfCost = its::KdfCost::Test;
        m_app = std::make_unique<AppController>(its::platform::makeFakePlatform(m_dir->path()),
                                                options);
        m_app->deviceUnlock()->setClock([this] { return m_now; });
        m_app->settings()->setDeviceUnlockDays(7);
    }

    void offeredAfterTypedPassphraseAndUnlocks()
    {
        m_app->settings()->setDeviceUnlock(true);
        m_app->session()->create(kPass);
        QVERIFY(waitIdle());
        QTRY_VERIFY(store()->contains(key()));
        m_app->lockNow();
        QTRY_VERIFY(m_app->deviceUnlock()->offered());
        m_app->deviceUnlock()->unlock();
        QTRY_VERIFY_WITH_TIMEOUT(m_app->session()->unlocked(), 20000);
    }

    void expiresAfterNDaysAndKeychainUnlockDoesNotRenew()
    {
        m_app->settings()->setDeviceUnlock(true);
        m_app->session()->create(kPass);
        QVERIFY(waitIdle());
        QTRY_VERIFY(store()->contains(key()));
        const qint64 typedAt = m_app->settings()->lastPassphraseUnlockMs();
        m_app->lockNow();
        m_now += 6 * kDay;
        QTRY_VERIFY(m_app->deviceUnlock()->offered());
        m_app->deviceUnlock()->unlock();
        QTRY_VERIFY_WITH_TIMEOUT(m_app->session()->unlocked(), 20000);
        QCOMPARE(m_app->settings()->lastPassphraseUnlockMs(), typedAt);
        m_app->lockNow();
        m_now += kDay;
        QVERIFY(!m_app->deviceUnlock()->offered());
        // Typing the passphrase starts a new period.
        m_app->session()->unlock(kPass);
        QVERIFY(waitIdle());
        m_app->lockNow();
        QTRY_VERIFY(m_app->deviceUnlock()->offered());
    }

    // Switched on while unlocked, nothing can be kept yet (the passphrase is not in memory):
    // the setting says it waits for the next typed passphrase, which then keeps it.
    void switchedOnWhileUnlockedWaitsForTheNextPassphrase()
    {
        m_app->session()->create(kPass);
        QVERIFY(waitIdle());
        QVERIFY(!m_app->deviceUnlock()->property("waitingForPassphrase").toBool());
        QSignalSpy changed(m_app->deviceUnlock(), &DeviceUnlock::offeredChanged);
        m_app->settings()->setDeviceUnlock(true);
        QVERIFY(changed.count() >= 1);
        QVERIFY(m_app->deviceUnlock()->property("waitingForPassphrase").toBool());
        QVERIFY(!store()->contains(key()));
        m_app->lockNow();
        QVERIFY(!m_app->deviceUnlock()->offered());
        m_app->session()->unlock(kPass);
        QVERIFY(waitIdle());
        QTRY_VERIFY(store()->contains(key()));
        QTRY_VERIFY(!m_app->deviceUnlock()->property("waitingForPassphrase").toBool());
        m_app->lockNow();
        QVERIFY(m_app->deviceUnlock()->offered());
    }

    void unavailableKeychainIsNeverUsed()
    {
        store()->setAvailable(false, "no Secret Service on the session bus");
        m_app->settings()->setDeviceUnlock(true);
        QVERIFY(!m_app->deviceUnlock()->available());
        QCOMPARE(m_app->deviceUnlock()->unavailableReason(),
                 QString("no Secret Service on the session bus"));
        m_app->session()->create(kPass);
        QVERIFY(waitIdle());
        m_app->lockNow();
        QVERIFY(!m_app->deviceUnlock()->offered());
        QVERIFY(!store()->contains(key()));
    }

    void turningItOffForgetsTheSecret()
    {
        m_app->settings()->setDeviceUnlock(true);
        m_app->session()->create(kPass);
        QVERIFY(waitIdle());
        QTRY_VERIFY(store()->contains(key()));
        m_app->settings()->setDeviceUnlock(false);
        QTRY_VERIFY(!store()->contains(key()));
        QVERIFY(!m_app->deviceUnlock()->offered());
    }

    void failingKeychainFallsBackToThePassphrase()
    {
        m_app->settings()->setDeviceUnlock(true);
        m_app->session()->create(kPass);
        QVERIFY(waitIdle());
        m_app->lockNow();
        QTRY_VERIFY(m_app->deviceUnlock()->offered());
        store()->setFailing(true);
        QSignalSpy offered(m_app->deviceUnlock(), &DeviceUnlock::offeredChanged);
        m_app->deviceUnlock()->unlock();
        QTRY_VERIFY(!m_app->deviceUnlock()->errorMessage().isEmpty());
        QVERIFY(!m_app->session()->unlocked());
        QVERIFY(!m_app->deviceUnlock()->offered());
        QVERIFY(offered.count() >= 1);
    }

    void offNothingIsKept()
    {
        m_app->session()->create(kPass);
        QVERIFY(waitIdle());
        QTest::qWait(20); // give an (unwanted) asynchronous write the chance to land
        QVERIFY(!store()->contains(key()));
        m_app->lockNow();
        QVERIFY(!m_app->deviceUnlock()->offered());
    }
};

QTEST_MAIN(TstDeviceUnlock)
#include "tst_device_unlock.moc"
