// VaultSession's `busy` turns false only once the outcome is in place: whoever reacts to it (a
// page, a test waiting on it) sees the error of a refused passphrase or the open vault, never
// the moment in between when the worker thread has returned and its result is not applied yet.
#include "vault_session.h"

#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kPass = QStringLiteral("lantern orbit velvet harbour");

struct SeenWhenIdle
{
    bool unlocked = false;
    QString error;
    int times = 0;
};

// Records the session's state each time `busy` turns false.
void watchIdle(VaultSession &session, SeenWhenIdle &seen)
{
    QObject::connect(&session, &VaultSession::busyChanged, &session, [&] {
        if (session.busy())
            return;
        seen.unlocked = session.unlocked();
        seen.error = session.errorMessage();
        ++seen.times;
    });
}
} // namespace

class TstVaultSession : public QObject
{
    Q_OBJECT

private slots:
    void busyEndsAfterTheOutcomeIsApplied()
    {
        QTemporaryDir dir;
        VaultSession session(dir.path() + "/vault", its::KdfCost::Test);
        SeenWhenIdle seen;
        watchIdle(session, seen);

        session.create(kPass);
        QVERIFY(session.busy());
        QTRY_COMPARE_WITH_TIMEOUT(seen.times, 1, 20'000);
        QVERIFY(seen.unlocked);
        session.lock();

        session.unlock(QStringLiteral("not my passphrase"));
        QTRY_COMPARE_WITH_TIMEOUT(seen.times, 2, 20'000);
        QVERIFY(!seen.unlocked);
        QVERIFY2(!seen.error.isEmpty(), "busy turned false before the error was set");

        session.unlock(kPass);
        QTRY_COMPARE_WITH_TIMEOUT(seen.times, 3, 20'000);
        QVERIFY2(seen.unlocked, "busy turned false before the vault was open");
        QVERIFY(seen.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstVaultSession)
#include "tst_vault_session.moc"
