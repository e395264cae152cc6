// The WebDAV account through the REAL desktop keychain: SyncCredentials over
// KeychainSecretStore (QtKeychain) and a gnome-keyring in a private D-Bus session made by
// run_with_keyring.sh, against Apache mod_dav with a password. The account typed once is found
// by a fresh SyncCredentials (an app restart) and used to upload; forgetting it removes it from
// the keyring, and the next upload is refused with 401 again.
#include "desktop/keychain_secret_store.h"
#include "review/review_circle.h"
#include "review_outbox_model.h"
#include "review_test_support.h"
#include "session_access.h"
#include "sync_credentials.h"
#include "sync_fixtures.h"
#include "webdav_server.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace its::sync;
using namespace review::testing;

namespace {

its::platform::SecretResult readKey(its::platform::SecretStore &store, const QString &key)
{
    std::optional<its::platform::SecretResult> result;
    store.read(key, [&](const its::platform::SecretResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 15'000))
        return {false, false, {}, QStringLiteral("timed out")};
    return *result;
}

} // namespace

class AppSyncKeyringTest : public QObject
{
    Q_OBJECT

    QTemporaryDir tmp;
    its::sync::testing::WebDavServer server{its::sync::testing::WebDavServer::Kind::Apache};
    std::unique_ptr<VaultSession> review;
    std::unique_ptr<VaultSession> device;

private slots:
    void initTestCase()
    {
        // gnome-keyring comes with scripts/install-deps.sh: without it this is a failure.
        QVERIFY2(qEnvironmentVariable("ITS_KEYRING") == QLatin1String("running"),
                 "no gnome-keyring session: run through tests/unit/platform/run_with_keyring.sh");
        QVERIFY2(server.start(), qPrintable(server.lastLog()));
        review = openNewSession(tmp.path() + "/review");
        device = openNewSession(tmp.path() + "/device");
        QVERIFY(review && device);
        const ReviewCircle circle =
            createReviewCircle(*sessionDatabase(review.get()), server.url().toString(), 1);
        its::sync::testing::enrollAndAccept(*sessionDatabase(device.get()),
                                            *sessionDatabase(review.get()), circle,
                                            QStringLiteral("CFO phone"), 1);
        queueSummary(*device, summaryFor("walk-1", "switch", 9, 2, 1'700'000'000'000));
    }

    void theTypedAccountSurvivesARestartInTheRealKeyring()
    {
        const QString address = server.url().toString();
        const QString key = "webdav:" + SyncCredentials::accountKey(address);
        {
            its::platform::KeychainSecretStore keyring(QStringLiteral("InTheirShoesTest"));
            QVERIFY2(keyring.available(), qPrintable(keyring.reason()));
            SyncCredentials typed(&keyring);
            QSignalSpy saved(&typed, &SyncCredentials::saved);
            typed.save(address, server.user(), server.password());
            QVERIFY(saved.wait(15'000));
            QVERIFY2(saved.first().at(1).toBool(), qPrintable(saved.first().at(2).toString()));
            const its::platform::SecretResult stored = readKey(keyring, key);
            QVERIFY2(stored.ok, qPrintable(stored.error));
            QVERIFY(stored.data.contains(server.user().toUtf8()));
        }

        // A new store and a new SyncCredentials: nothing in memory, only the keyring knows.
        its::platform::KeychainSecretStore keyring(QStringLiteral("InTheirShoesTest"));
        SyncCredentials restarted(&keyring);
        QCOMPARE(restarted.userFor(address), QString());
        OutboxModel outbox;
        outbox.setCredentials(&restarted);
        outbox.setSession(device.get());
        QVERIFY2(waitForSync(outbox), qPrintable(outbox.errorString()));
        QCOMPARE(outbox.stateOf("walk-1"), "synced");
        QCOMPARE(restarted.userFor(address), server.user());
    }

    void forgettingRemovesTheAccountFromTheKeyring()
    {
        const QString address = server.url().toString();
        const QString key = "webdav:" + SyncCredentials::accountKey(address);
        its::platform::KeychainSecretStore keyring(QStringLiteral("InTheirShoesTest"));
        SyncCredentials credentials(&keyring);
        QSignalSpy forgotten(&credentials, &SyncCredentials::forgotten);
        credentials.forget(address);
        QVERIFY(forgotten.wait(15'000));
        QVERIFY2(forgotten.first().at(1).toBool(), qPrintable(forgotten.first().at(2).toString()));
        const its::platform::SecretResult gone = readKey(keyring, key);
        QVERIFY2(gone.notFound, qPrintable("still in the keyring: " + gone.error));

        // The next upload has no account: refused by the server, with the reason on the walk.
        queueSummary(*device, summaryFor("walk-2", "switch", 7, 3, 1'700'000'100'000));
        SyncCredentials afterRestart(&keyring);
        OutboxModel outbox;
        outbox.setCredentials(&afterRestart);
        outbox.setSession(device.get());
        QVERIFY(!waitForSync(outbox));
        const QVariantMap state = outbox.walkStates().value("walk-2").toMap();
        QCOMPARE(state.value("state").toString(), "failed");
        QVERIFY2(state.value("error").toString().contains("401"),
                 qPrintable(state.value("error").toString()));
    }
};

QTEST_MAIN(AppSyncKeyringTest)
#include "tst_app_sync_keyring.moc"
