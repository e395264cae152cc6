// The executive's outbox and the review's inbox as the app runs them, against a real Apache
// mod_dav server that requires a password: the WebDAV account is read from the keychain (the
// fake SecretStore here; tst_app_sync_keyring.cpp goes through the real keyring), a missing account
// is a clear per-walk failure, and a hung server never blocks the UI thread's event loop.
#include "fake/fake_secret_store.h"
#include "review/review_circle.h"
#include "review_inbox_model.h"
#include "review_outbox_model.h"
#include "review_test_support.h"
#include "session_access.h"
#include "sync_credentials.h"
#include "sync_fixtures.h"
#include "webdav_server.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace its::sync;
using namespace review::testing;

class AppSyncTest : public QObject
{
    Q_OBJECT

    QTemporaryDir tmp;
    its::sync::testing::WebDavServer server{its::sync::testing::WebDavServer::Kind::Apache};
    std::unique_ptr<VaultSession> review;
    std::unique_ptr<VaultSession> device;
    its::platform::FakeSecretStore keychain;

private slots:
    void initTestCase()
    {
        QVERIFY2(server.start(), qPrintable(server.lastLog()));
        review = openNewSession(tmp.path() + "/review");
        device = openNewSession(tmp.path() + "/device");
        QVERIFY(review && device);
        const ReviewCircle circle =
            createReviewCircle(*sessionDatabase(review.get()), server.url().toString(), 1);
        its::sync::testing::enrollAndAccept(*sessionDatabase(device.get()),
                                            *sessionDatabase(review.get()), circle,
                                            QStringLiteral("CFO phone"), 1);
    }

    void accountKeysIgnoreUserInfoAndCase()
    {
        QCOMPARE(SyncCredentials::accountKey("HTTPS://me@Dav.Example.com/its"),
                 QStringLiteral("https://dav.example.com/its/"));
        QCOMPARE(SyncCredentials::accountKey("https://dav.example.com/its/"),
                 QStringLiteral("https://dav.example.com/its/"));
    }

    void withoutAnAccountTheWalkFailsWithTheReason()
    {
        SyncCredentials credentials(&keychain);
        OutboxModel outbox;
        outbox.setCredentials(&credentials);
        outbox.setSession(device.get());
        QCOMPARE(outbox.targetAddress(), server.url().toString());
        queueSummary(*device, summaryFor("walk-1", "switch", 9, 2, 1'700'000'000'000));
        outbox.reload();
        QVERIFY(!waitForSync(outbox));
        const QVariantMap state = outbox.walkStates().value("walk-1").toMap();
        QCOMPARE(state.value("state").toString(), "failed");
        QVERIFY2(state.value("error").toString().contains("401"),
                 qPrintable(state.value("error").toString()));
    }

    void theAccountFromTheKeychainIsUsedAfterARestart()
    {
        {
            SyncCredentials typed(&keychain);
            QSignalSpy saved(&typed, &SyncCredentials::saved);
            typed.save(server.url().toString(), server.user(), server.password());
            QVERIFY(saved.wait(5'000));
            QCOMPARE(saved.first().at(1).toBool(), true);
            QVERIFY(keychain.contains("webdav:" +
                                      SyncCredentials::accountKey(server.url().toString())));
        }
        SyncCredentials restarted(&keychain); // nothing in memory: only the keychain knows
        QCOMPARE(restarted.userFor(server.url().toString()), QString());
        OutboxModel outbox;
        outbox.setCredentials(&restarted);
        outbox.setSession(device.get());
        QVERIFY2(waitForSync(outbox), qPrintable(outbox.errorString()));
        QCOMPARE(outbox.stateOf("walk-1"), "synced");
        QCOMPARE(restarted.userFor(server.url().toString()), server.user());

        ReviewInboxModel inbox;
        inbox.setCredentials(&restarted);
        inbox.setSession(review.get());
        QSignalSpy pulled(&inbox, &ReviewInboxModel::pullFinished);
        QVERIFY(inbox.pull());
        QVERIFY(pulled.wait(60'000));
        QVERIFY2(pulled.first().at(0).toBool(), qPrintable(inbox.errorString()));
        QCOMPARE(inbox.lastPull().value("accepted").toInt(), 1);
        QCOMPARE(inbox.rowCount(), 1);
    }

    void withoutAKeychainTheAccountLastsUntilQuit()
    {
        its::platform::FakeSecretStore none;
        none.setAvailable(false, "no Secret Service");
        SyncCredentials credentials(&none);
        QSignalSpy saved(&credentials, &SyncCredentials::saved);
        credentials.save(server.url().toString(), server.user(), server.password());
        QCOMPARE(saved.count(), 1);
        QVERIFY(saved.first().at(2).toString().contains("no Secret Service"));
        QCOMPARE(credentials.userFor(server.url().toString()), server.user());
        SyncCredentials afterQuit(&none);
        QCOMPARE(afterQuit.userFor(server.url().toString()), QString());
    }

    void aKeychainThatCannotForgetSaysSo()
    {
        its::platform::FakeSecretStore stubborn;
        SyncCredentials credentials(&stubborn);
        QSignalSpy saved(&credentials, &SyncCredentials::saved);
        credentials.save(server.url().toString(), server.user(), server.password());
        QVERIFY(saved.wait(5'000));
        stubborn.setFailing(true);
        QSignalSpy forgotten(&credentials, &SyncCredentials::forgotten);
        credentials.forget(server.url().toString());
        QVERIFY(forgotten.wait(5'000));
        QCOMPARE(forgotten.first().at(1).toBool(), false);
        QVERIFY2(forgotten.first().at(2).toString().contains("after a restart"),
                 qPrintable(forgotten.first().at(2).toString()));
        QCOMPARE(credentials.userFor(server.url().toString()), QString()); // not used meanwhile
        stubborn.setFailing(false);
        credentials.forget(server.url().toString());
        QVERIFY(forgotten.wait(5'000));
        QCOMPARE(forgotten.last().at(1).toBool(), true);
        QVERIFY(
            !stubborn.contains("webdav:" + SyncCredentials::accountKey(server.url().toString())));
    }

    // The old app pushed on the UI thread, in a nested event loop that held back user input
    // until the server answered or the 30 s transfer timeout: a hung server froze the app.
    // Now syncNow() returns at once and the wait happens on the sync thread.
    void aHungServerDoesNotFreezeTheUiThread()
    {
        QTcpServer hung;
        QVERIFY(hung.listen(QHostAddress::LocalHost));
        std::vector<QTcpSocket *> held;
        connect(&hung, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = hung.nextPendingConnection())
                held.push_back(socket);
        });
        auto stuck = openNewSession(tmp.path() + "/stuck");
        auto stuckReview = openNewSession(tmp.path() + "/stuck-review");
        QVERIFY(stuck && stuckReview);
        const QString url = QStringLiteral("http://127.0.0.1:%1/its/").arg(hung.serverPort());
        const ReviewCircle circle = createReviewCircle(*sessionDatabase(stuckReview.get()), url, 2);
        its::sync::testing::enrollAndAccept(*sessionDatabase(stuck.get()),
                                            *sessionDatabase(stuckReview.get()), circle,
                                            QStringLiteral("COO laptop"), 2);
        queueSummary(*stuck, summaryFor("walk-stuck", "switch", 3, 6, 1'700'000'000'000));

        OutboxModel outbox;
        outbox.setSession(stuck.get());
        QSignalSpy finished(&outbox, &OutboxModel::syncFinished);
        QVERIFY(outbox.syncNow());
        QVERIFY(outbox.busy()); // returned while the upload is still to be answered
        QCOMPARE(finished.count(), 0);
        int ticks = 0;
        QTimer ui;
        connect(&ui, &QTimer::timeout, this, [&] { ++ticks; });
        ui.start(10);
        QTRY_VERIFY(!held.empty()); // the request reached the server, which never answers
        QTRY_VERIFY(ticks >= 20);   // ...and the UI thread kept handling events meanwhile
        QVERIFY(outbox.busy());
        QCOMPARE(outbox.stateOf("walk-stuck"), "uploading");
        QCOMPARE(finished.count(), 0);
        stuck->lock(); // locking drops the run at once, without waiting for the server
        QCOMPARE(finished.count(), 1);
        QVERIFY(!outbox.busy());
    }
};

QTEST_MAIN(AppSyncTest)
#include "tst_app_sync.moc"
