// MediaScratch: the desktop one hands out files only on tmpfs/ramfs, in a private folder; wipe
// and sweep remove files (a crash's leftovers) and never touch the vault.
#include "desktop/runtime_media_scratch.h"
#include "fake/fake_media_scratch.h"
#include "vault/vault.h"
#include "vault/walk_store.h"
#include "vault_fixtures.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace its;
using namespace its::platform;

namespace {
// /dev/shm is tmpfs on Linux; QTemporaryDir's default (/tmp here) is not guaranteed to be.
QString ramDir()
{
    return QStringLiteral("/dev/shm");
}
bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}
} // namespace

class TestMediaScratch : public QObject
{
    Q_OBJECT

private slots:
    void runtimeDirOnTmpfsGivesPrivateFiles()
    {
        if (!RuntimeMediaScratch::isRamBacked(ramDir(), nullptr))
            QSKIP("/dev/shm is not tmpfs on this machine");
        QTemporaryDir runtime(ramDir() + QStringLiteral("/its-scratch-XXXXXX"));
        QVERIFY(runtime.isValid());
        RuntimeMediaScratch scratch(runtime.path());
        QString error;
        const QString file = scratch.newFile(QStringLiteral(".ogg"), &error);
        QVERIFY2(!file.isEmpty(), qPrintable(error));
        QVERIFY(file.endsWith(QStringLiteral(".ogg")));
        QCOMPARE(QFileInfo(file).absolutePath(), scratch.folder());
        QVERIFY(!QFile::exists(file));
        QCOMPARE(QFile::permissions(scratch.folder()) &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther),
                 QFileDevice::Permissions());
        QVERIFY(file != scratch.newFile(QStringLiteral(".ogg"), &error));
    }

    void diskBackedRuntimeDirIsRefused()
    {
        // The build tree is on the project's disk (ext4 here), never tmpfs.
        const QString disk = QStringLiteral(ITS_BINARY_DIR);
        if (RuntimeMediaScratch::isRamBacked(disk, nullptr))
            QSKIP("the build folder is on tmpfs");
        RuntimeMediaScratch scratch(disk);
        QString error;
        QVERIFY(scratch.newFile(QStringLiteral(".ogg"), &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("not in memory")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(scratch.folder())); // nothing was created on disk
    }

    void noRuntimeDirIsAClearError()
    {
        qunsetenv("XDG_RUNTIME_DIR");
        RuntimeMediaScratch scratch;
        QString error;
        QVERIFY(scratch.newFile(QStringLiteral(".ogg"), &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("XDG_RUNTIME_DIR")), qPrintable(error));
        QVERIFY(scratch.folder().isEmpty());
        QCOMPARE(scratch.sweep(), 0);
    }

    void wipeRemovesTheFile()
    {
        QTemporaryDir dir;
        FakeMediaScratch scratch(dir.path() + QStringLiteral("/s"));
        QString error;
        const QString file = scratch.newFile(QStringLiteral(".ogg"), &error);
        QVERIFY(write(file, QByteArray(100'000, 'a')));
        QVERIFY(MediaScratch::wipe(file));
        QVERIFY(!QFile::exists(file));
        QVERIFY(MediaScratch::wipe(file)); // already gone is fine
    }

    // A crash leaves a half-written recording in the scratch folder: the next start sweeps it,
    // and the evidence already in the vault is untouched.
    void sweepRemovesLeftoversAndKeepsTheVault()
    {
        QTemporaryDir dir;
        const auto vaultDir = dir.path().toStdString() + "/v";
        std::string walk;
        std::string kept;
        const std::vector<unsigned char> memo(300'000, 0x42);
        {
            CreatedVault created = Vault::create(vaultDir, "pw", KdfCost::Test);
            WalkStore walks(created.vault.db());
            walk = walks.createWalk(testing::sampleTemplate(), "p", testing::at(1));
            kept = EvidenceStore(created.vault.db())
                       .put(walk, std::nullopt, EvidenceKind::Voice, "audio/ogg", memo, 5);
        }
        FakeMediaScratch scratch(dir.path() + QStringLiteral("/s"));
        QString error;
        const QString a = scratch.newFile(QStringLiteral(".ogg"), &error);
        const QString b = scratch.newFile(QStringLiteral(".ogg.tmp"), &error);
        QVERIFY(write(a, QByteArray(5000, 'x')));
        QVERIFY(write(b, QByteArray()));
        QCOMPARE(scratch.sweep(), 2);
        QVERIFY(QDir(scratch.folder()).isEmpty());
        QCOMPARE(scratch.sweep(), 0);

        Vault vault = Vault::unlock(vaultDir, "pw");
        QVERIFY(EvidenceStore(vault.db()).read(kept) == memo);
    }

    // The app sweeps at start only when it is the one running copy: a second copy started
    // while the first records must not wipe that recording. A killed copy's claim is stale.
    void onlyTheSoleRunningCopySweepsAtStart()
    {
        QTemporaryDir dir;
        const QString folder = dir.path() + QStringLiteral("/s");
        QString error;
        QString recording;
        {
            FakeMediaScratch first(folder);
            QVERIFY(write(first.newFile(QStringLiteral(".ogg"), &error), QByteArray(10, 'l')));
            QCOMPARE(first.sweepAtStart(), 1); // a leftover from before
            recording = first.newFile(QStringLiteral(".ogg"), &error);
            QVERIFY(write(recording, QByteArray(5000, 'r')));

            FakeMediaScratch second(folder);
            QCOMPARE(second.sweepAtStart(), 0);
            QVERIFY2(QFile::exists(recording), "the first copy's recording in progress is kept");
        }
        FakeMediaScratch third(folder); // the first copy has gone: its recording is a leftover
        QCOMPARE(third.sweepAtStart(), 1);
        QVERIFY(!QFile::exists(recording));
        QCOMPARE(third.sweep(), 0); // its own claim is not a leftover
    }
};

QTEST_GUILESS_MAIN(TestMediaScratch)
#include "tst_media_scratch.moc"
