// kill -9 during writes loses nothing committed, and the walk resumes with correct elapsed
// times. A helper process (crash_writer.cpp) appends phase events and prints each committed
// seq; the test SIGKILLs it mid-stream and reopens the vault.
#include "timing/time_point.h"
#include "vault/vault.h"
#include "vault/walk_store.h"
#include "vault_fixtures.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <map>

using namespace its;

class TestVaultCrash : public QObject
{
    Q_OBJECT
    QTemporaryDir tmp_;

    struct Printed
    {
        std::int64_t wallMs, monoMs, elapsed;
    };

    // Starts the writer, waits for at least `lines` committed events, SIGKILLs it and returns
    // every line it printed (seq -> values).
    static std::map<std::int64_t, Printed> runAndKill(const std::filesystem::path &dir,
                                                      const std::string &walkId,
                                                      const std::string &contactId, int lines,
                                                      bool *killed)
    {
        QProcess writer;
        writer.start(CRASH_WRITER,
                     {QString::fromStdString(dir.string()), "pw", QString::fromStdString(walkId),
                      QString::fromStdString(contactId)});
        if (!writer.waitForStarted(10'000))
            return {};
        QByteArray output;
        QElapsedTimer guard;
        guard.start();
        while (output.count('\n') < lines && guard.elapsed() < 120'000 &&
               writer.state() == QProcess::Running) {
            writer.waitForReadyRead(1'000);
            output += writer.readAllStandardOutput();
        }
        writer.kill(); // SIGKILL on Unix: no destructors, no checkpoint, no clean close
        writer.waitForFinished(10'000);
        output += writer.readAllStandardOutput();
        *killed = writer.exitStatus() == QProcess::CrashExit;
        if (!*killed)
            qWarning() << "writer exited by itself:" << writer.readAllStandardError();
        std::map<std::int64_t, Printed> printed;
        for (const QByteArray &line : output.split('\n')) {
            const QList<QByteArray> f = line.split(' ');
            if (f.size() == 4) // a torn last line (killed mid-print) is ignored
                printed[f[0].toLongLong()] = {f[1].toLongLong(), f[2].toLongLong(),
                                              f[3].toLongLong()};
        }
        return printed;
    }

private slots:
    void initTestCase() { QVERIFY(tmp_.isValid()); }

    void killDuringWritesLosesNothingCommitted()
    {
        const auto dir = std::filesystem::path(tmp_.path().toStdString()) / "kill";
        std::string walkId, contactId;
        {
            CreatedVault created = Vault::create(dir, "pw", KdfCost::Test);
            WalkStore walks(created.vault.db());
            const SystemClock clock;
            walkId = walks.createWalk(testing::sampleTemplate(), "p", clock.now());
            contactId = walks.startContact(walkId, "call", clock.now());
        }
        bool killed = false;
        const auto printed = runAndKill(dir, walkId, contactId, 300, &killed);
        QVERIFY(killed);
        QVERIFY2(printed.size() >= 300, qPrintable(QString::number(printed.size())));
        QVERIFY(std::filesystem::exists(dir / "vault.db-wal")); // really killed mid-stream

        // A wrong passphrase after the crash leaves even the hot -wal and -shm untouched.
        const auto before = testing::hashFolder(QString::fromStdString(dir.string()));
        QVERIFY(before.contains("vault.db-wal"));
        ITS_VERIFY_VAULT_ERROR(Vault::unlock(dir, "not pw"), VaultErrorCode::WrongPassphrase);
        QCOMPARE(testing::hashFolder(QString::fromStdString(dir.string())), before);

        Vault vault = Vault::unlock(dir, "pw");
        const VerifyReport report = vault.verify();
        QVERIFY2(report.ok, report.integrityCheck.c_str());
        const Walk walk = WalkStore(vault.db()).loadWalk(walkId);
        const Contact &contact = walk.contacts.at(0);
        std::map<std::int64_t, const PhaseEvent *> stored;
        for (const PhaseEvent &event : contact.events)
            stored[event.seq] = &event;
        for (const auto &[seq, values] : printed) {
            QVERIFY2(stored.count(seq) == 1,
                     qPrintable("lost committed seq " + QString::number(seq)));
            QCOMPARE(stored[seq]->at.wallMs, values.wallMs);
            QCOMPARE(stored[seq]->at.monoMs, values.monoMs);
        }
        // Seqs are dense: nothing half-written in between.
        std::int64_t expected = 1;
        for (const auto &[seq, event] : stored)
            QCOMPARE(seq, expected++);
    }

    void walkResumesWithCorrectElapsedTimes()
    {
        const auto dir = std::filesystem::path(tmp_.path().toStdString()) / "resume";
        const SystemClock clock;
        std::string walkId, contactId;
        {
            CreatedVault created = Vault::create(dir, "pw", KdfCost::Test);
            WalkStore walks(created.vault.db());
            walkId = walks.createWalk(testing::sampleTemplate(), "p", clock.now());
            contactId = walks.startContact(walkId, "call", clock.now(), "queue");
        }
        bool killed = false;
        const auto printed = runAndKill(dir, walkId, contactId, 20, &killed);
        QVERIFY(killed);
        QVERIFY(printed.size() >= 20);

        // "Restart": a new process-lifetime view of the vault, the same boot.
        Vault vault = Vault::unlock(dir, "pw");
        WalkStore walks(vault.db());
        const Contact before = walks.loadWalk(walkId).contacts.at(0);
        QVERIFY(!before.isClosed());
        const TimePoint start = before.events.front().at;
        QCOMPARE(start.anchor, clock.now().anchor); // anchored to this boot
        for (const PhaseEvent &event : before.events) {
            if (printed.count(event.seq))
                QCOMPARE(elapsedMs(start, event.at), printed.at(event.seq).elapsed);
        }
        // Resume: the contact continues and its elapsed time spans the crash.
        const TimePoint resumed = clock.now();
        const std::int64_t seq = walks.appendPhaseEvent(contactId, "talking", resumed);
        QCOMPARE(seq, before.events.back().seq + 1);
        walks.closeContact(contactId, Outcome::Resolved, clock.now());
        const Contact after = walks.loadWalk(walkId).contacts.at(0);
        QVERIFY(after.isClosed());
        const std::int64_t total = elapsedMs(after.events.front().at, after.events.back().at);
        QVERIFY(total >= printed.rbegin()->second.elapsed);
        // Phase durations add up to the whole contact: no gap, no double counting.
        std::int64_t sum = 0;
        for (std::size_t i = 1; i < after.events.size(); ++i)
            sum += elapsedMs(after.events[i - 1].at, after.events[i].at);
        QCOMPARE(sum, total);
        QCOMPARE(total, after.events.back().at.monoMs - after.events.front().at.monoMs);
    }
};

QTEST_GUILESS_MAIN(TestVaultCrash)
#include "tst_vault_crash.moc"
