// VaultSession's `busy` turns false only once the outcome is in place: whoever reacts to it (a
// page, a test waiting on it) sees the error of a refused passphrase or the open vault, never
// the moment in between when the worker thread has returned and its result is not applied yet.
#include "vault_session.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <filesystem>

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

    // A key file next to an empty or missing vault.db: the session says "damaged" before any
    // passphrase is typed, unlock and recover refuse it with a sentence that points to the
    // backup, and nothing in the folder changes (bytes, names, the empty file's mtime).
    void damagedVaultIsReportedAndNotRecreated_data()
    {
        QTest::addColumn<bool>("missing");
        QTest::newRow("empty vault.db") << false;
        QTest::newRow("missing vault.db") << true;
    }
    void damagedVaultIsReportedAndNotRecreated()
    {
        QFETCH(bool, missing);
        QTemporaryDir dir;
        const QString vaultDir = dir.path() + "/vault";
        {
            VaultSession creator(vaultDir, its::KdfCost::Test);
            creator.create(kPass);
            QTRY_VERIFY_WITH_TIMEOUT(!creator.busy(), 20'000);
            QVERIFY(creator.unlocked());
            QVERIFY(!creator.damaged());
            creator.lock();
        }
        const std::filesystem::path db = (vaultDir + "/vault.db").toStdString();
        if (missing) {
            QVERIFY(std::filesystem::remove(db));
        } else {
            std::filesystem::resize_file(db, 0); // `: > vault.db`
            std::filesystem::last_write_time(db, std::filesystem::file_time_type::clock::now() -
                                                     std::chrono::hours(30));
        }
        const auto mtime =
            missing ? std::filesystem::file_time_type{} : std::filesystem::last_write_time(db);
        const QStringList files = QDir(vaultDir).entryList(QDir::Files | QDir::Hidden);

        VaultSession session(vaultDir, its::KdfCost::Test);
        QVERIFY(session.exists());
        QVERIFY(session.damaged());
        SeenWhenIdle seen;
        watchIdle(session, seen);
        session.unlock(kPass);
        QTRY_COMPARE_WITH_TIMEOUT(seen.times, 1, 20'000);
        QVERIFY(!seen.unlocked);
        QVERIFY2(seen.error.contains("damaged") && seen.error.contains("backup"),
                 qPrintable(seen.error));
        session.recover(QStringLiteral("0000-0000-0000-0000-0000-0000-0000"), kPass);
        QTRY_COMPARE_WITH_TIMEOUT(seen.times, 2, 20'000);
        QVERIFY(!seen.unlocked);
        QVERIFY2(seen.error.contains("backup"), qPrintable(seen.error));
        QVERIFY(session.damaged());

        QCOMPARE(QDir(vaultDir).entryList(QDir::Files | QDir::Hidden), files);
        QCOMPARE(std::filesystem::exists(db), !missing);
        if (!missing) {
            QCOMPARE(std::filesystem::file_size(db), std::uintmax_t{0});
            QVERIFY(std::filesystem::last_write_time(db) == mtime);
        }
    }
};

QTEST_GUILESS_MAIN(TstVaultSession)
#include "tst_vault_session.moc"
