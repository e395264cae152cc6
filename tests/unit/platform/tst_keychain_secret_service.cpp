// KeychainSecretStore against a REAL Secret Service: gnome-keyring-daemon in a private D-Bus
// session started by run_with_keyring.sh. Skips (saying why) when gnome-keyring is not installed.
#include "desktop/keychain_secret_store.h"

#include <QTest>

using namespace its::platform;

namespace {
SecretResult await(const std::function<void(SecretStore::Callback)> &call)
{
    std::optional<SecretResult> result;
    call([&](const SecretResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 15000))
        return SecretResult{false, false, {}, QStringLiteral("timed out")};
    return *result;
}
} // namespace

class TstKeychainSecretService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("ITS_KEYRING") != QLatin1String("running"))
            QSKIP("gnome-keyring-daemon is not installed: real Secret Service test skipped");
    }

    void roundTripThroughTheKeyring()
    {
        KeychainSecretStore store(QStringLiteral("InTheirShoesTest"));
        QVERIFY2(store.available(), qPrintable(store.reason()));
        const QByteArray secret("lantern orbit velvet harbour \xc3\xa8");
        const SecretResult written =
            await([&](auto cb) { store.write("device-unlock", secret, cb); });
        QVERIFY2(written.ok, qPrintable(written.error));
        const SecretResult read = await([&](auto cb) { store.read("device-unlock", cb); });
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.data, secret);
        QVERIFY(await([&](auto cb) { store.remove("device-unlock", cb); }).ok);
        const SecretResult gone = await([&](auto cb) { store.read("device-unlock", cb); });
        QVERIFY(!gone.ok);
        QVERIFY(gone.notFound);
    }
};

QTEST_GUILESS_MAIN(TstKeychainSecretService)
#include "tst_keychain_secret_service.moc"
