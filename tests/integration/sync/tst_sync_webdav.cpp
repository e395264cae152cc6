// Sync through a real WebDAV server (Apache mod_dav or rclone, chosen at build time by
// ITS_WEBDAV_SERVER), started by this test on loopback, behind a proxy that injects faults.
#include "faulty_proxy.h"
#include "sync/credentials.h"
#include "sync/sync_error.h"
#include "sync/target_factory.h"
#include "sync/webdav_target.h"
#include "sync_world.h"
#include "webdav_server.h"

#include <QTemporaryDir>
#include <QTest>

using namespace its::sync;
using namespace its::sync::testing;

class TestSyncWebDav : public QObject
{
    Q_OBJECT

    QTemporaryDir tmp;
    std::unique_ptr<WebDavServer> server;
    FixedCredentials credentials{std::nullopt};

    SyncWorld::TargetFactory targetAt(quint16 port)
    {
        return [this, port]() -> std::unique_ptr<SyncTarget> {
            const QUrl url(QStringLiteral("http://127.0.0.1:%1/its/").arg(port));
            return std::make_unique<WebDavTarget>(url, WebDavOptions{5'000, &credentials, {}});
        };
    }

private slots:
    void initTestCase()
    {
        const auto kind = QLatin1String(ITS_WEBDAV_SERVER) == QLatin1String("apache")
                              ? WebDavServer::Kind::Apache
                              : WebDavServer::Kind::Rclone;
        QVERIFY2(WebDavServer::available(kind),
                 "WebDAV server binary missing: run scripts/install-deps.sh");
        server = std::make_unique<WebDavServer>(kind);
        QVERIFY2(server->start(), qPrintable(server->lastLog()));
        credentials = FixedCredentials(Credentials{server->user(), server->password()});
    }

    void cleanupTestCase() { server.reset(); }

    void deliveryThroughKillsDropsAndRepeats()
    {
        FaultyProxy proxy([this]() { return server->port(); }, [this]() { server->kill(); },
                          [this]() { QVERIFY(server->start()); }, 20261123);
        SyncWorld world(tmp.path() + "/delivery", 3, targetAt(proxy.port()));
        FaultSwitch faults;
        faults.set = [&](bool on) {
            proxy.setPlan(on ? FaultPlan{0.03, 0.03, 180, 150} : FaultPlan{});
            if (!on) {
                QTest::qWait(400); // let a pending kill and restart play out
                if (!server->running())
                    QVERIFY(server->start());
            }
        };
        faults.describe = [&]() {
            const FaultCounts &c = proxy.counts();
            return QStringLiteral("%1 connections, %2 requests dropped, %3 answers dropped, "
                                  "server killed %4 times")
                .arg(c.connections)
                .arg(c.droppedRequests)
                .arg(c.droppedResponses)
                .arg(c.serverKills);
        };
        faults.allHappened = [&]() {
            const FaultCounts &c = proxy.counts();
            return c.droppedRequests > 0 && c.droppedResponses > 0 && c.serverKills > 0;
        };
        deliveryScenario(world, faults, 500);
        if (!server->running())
            QVERIFY(server->start());
    }

    void rejections()
    {
        SyncWorld world(tmp.path() + "/rejections", 3, targetAt(server->port()));
        rejectionScenario(world);
    }

    void wrongCredentialsGiveAClearError()
    {
        FixedCredentials wrong(Credentials{server->user(), "not the password"});
        WebDavTarget target(server->url(), WebDavOptions{5'000, &wrong, {}});
        try {
            target.put("probe.txt", "x");
            QFAIL("written with a wrong password");
        } catch (const SyncError &error) {
            QCOMPARE(error.httpStatus(), 401);
            QVERIFY2(QString(error.what()).contains("401"), error.what());
        }
    }

    void serverDownIsANetworkError()
    {
        WebDavTarget target(
            QUrl(QStringLiteral("http://127.0.0.1:%1/its/").arg(freeLoopbackPort())),
            WebDavOptions{2'000, &credentials, {}});
        try {
            target.get("summaries/x.env");
            QFAIL("read from a closed port");
        } catch (const SyncError &error) {
            QCOMPARE(static_cast<int>(error.kind()), static_cast<int>(SyncErrorKind::Network));
        }
    }

    void plainHttpOnlyForLoopback_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://dav.example.com/its/" << true;
        QTest::newRow("loopback v4") << "http://127.0.0.1:8080/its/" << true;
        QTest::newRow("localhost") << "http://localhost/its/" << true;
        QTest::newRow("loopback v6") << "http://[::1]:8080/its/" << true;
        QTest::newRow("http remote name") << "http://dav.example.com/its/" << false;
        QTest::newRow("http LAN address") << "http://10.1.2.3/its/" << false;
        QTest::newRow("http lookalike") << "http://127.0.0.1.example.com/its/" << false;
        QTest::newRow("ftp") << "ftp://example.com/its/" << false;
    }
    void plainHttpOnlyForLoopback()
    {
        QFETCH(QString, address);
        QFETCH(bool, allowed);
        try {
            openTarget(address, nullptr);
            QVERIFY2(allowed, "accepted");
        } catch (const SyncError &error) {
            QVERIFY2(!allowed, error.what());
            QCOMPARE(static_cast<int>(error.kind()), static_cast<int>(SyncErrorKind::Config));
            if (address.startsWith("http:"))
                QVERIFY2(QString(error.what()).contains("refusing plain http"), error.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncWebDav)
#include "tst_sync_webdav.moc"
