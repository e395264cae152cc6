// Sync through a real shared folder: the same scenarios as WebDAV, with the folder unplugged
// (renamed away) mid-batch and a killed writer's temp files left behind; plus the review key
// backup restored on another C-suite device.
#include "review/review_circle.h"
#include "sync/folder_target.h"
#include "sync/outbox.h"
#include "sync/sync_error.h"
#include "sync_fixtures.h"
#include "sync_world.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace its;
using namespace its::sync;
using namespace its::sync::testing;

namespace {

// A real folder that, while faults are on, gets unplugged every `period`-th write (the whole
// root renamed away) and plugged back `period / 2` operations later, and on other writes leaves
// a temp file behind as a writer killed between write and rename would.
class UnpluggingFolder final : public SyncTarget
{
public:
    UnpluggingFolder(QString root, int *counter, bool *faultsOn)
        : root_(std::move(root))
        , folder_(root_)
        , counter_(counter)
        , faultsOn_(faultsOn)
    {
    }
    QString address() const override { return folder_.address(); }
    void put(const QString &path, const QByteArray &bytes) override
    {
        tick();
        if (*faultsOn_ && *counter_ % 7 == 0) {
            const QString dir = root_ + '/' + path.section('/', 0, -2);
            if (QDir(root_).exists()) // never recreate an unplugged root
                QDir().mkpath(dir);
            QFile stale(dir + "/." + path.section('/', -1) + ".tmp-dead" +
                        QString::number(*counter_));
            if (stale.open(QIODevice::WriteOnly))
                stale.write(bytes.left(bytes.size() / 2));
        }
        folder_.put(path, bytes);
    }
    QByteArray get(const QString &path) override
    {
        tick();
        return folder_.get(path);
    }
    QStringList list(const QString &f) override { return folder_.list(f); }
    int unplugs = 0;

private:
    void tick()
    {
        ++*counter_;
        const QString away = root_ + ".unplugged";
        if (*faultsOn_ && *counter_ % 97 == 0 && QDir().rename(root_, away))
            ++unplugs;
        else if (QDir(away).exists() && (!*faultsOn_ || *counter_ % 97 == 48))
            QDir().rename(away, root_);
    }
    QString root_;
    FolderTarget folder_;
    int *counter_;
    bool *faultsOn_;
};

} // namespace

class TestSyncFolder : public QObject
{
    Q_OBJECT

    QTemporaryDir tmp;

private slots:
    void deliveryThroughUnplugsAndDeadWriters()
    {
        const QString root = tmp.path() + "/share";
        QVERIFY(QDir().mkpath(root));
        int counter = 0;
        bool faultsOn = false;
        int unplugs = 0;
        SyncWorld world(tmp.path() + "/delivery", 3, [&]() -> std::unique_ptr<SyncTarget> {
            auto target = std::make_unique<UnpluggingFolder>(root, &counter, &faultsOn);
            return target;
        });
        // Count unplugs by watching the folder disappear between operations.
        FaultSwitch faults;
        faults.set = [&](bool on) {
            faultsOn = on;
            if (!on && QDir(root + ".unplugged").exists())
                QDir().rename(root + ".unplugged", root);
        };
        faults.describe = [&]() {
            return QStringLiteral("%1 operations, root unplugged after every 97th").arg(counter);
        };
        faults.allHappened = [&]() {
            return counter > 2 * 97;
        };
        deliveryScenario(world, faults, 500);
        Q_UNUSED(unplugs);
        // The dead writers' temp files are still there, and were never taken for envelopes.
        QStringList stale;
        for (const QString &month :
             QDir(root + "/summaries").entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            stale << QDir(root + "/summaries/" + month)
                         .entryList({".*.tmp-dead*"}, QDir::Files | QDir::Hidden);
        QVERIFY(!stale.isEmpty());
    }

    void rejections()
    {
        const QString root = tmp.path() + "/share-rejections";
        SyncWorld world(tmp.path() + "/rejections", 3, [root]() {
            return std::make_unique<FolderTarget>(root, FolderTarget::Create::IfMissing);
        });
        rejectionScenario(world);
    }

    void incompleteFiles()
    {
        const QString root = tmp.path() + "/share-incomplete";
        SyncWorld world(tmp.path() + "/incomplete", 1, [root]() {
            return std::make_unique<FolderTarget>(root, FolderTarget::Create::IfMissing);
        });
        incompleteScenario(world);
    }

    void labelIsSealedOnTheShare()
    {
        const QString root = tmp.path() + "/share-label";
        SyncWorld world(tmp.path() + "/label", 1, [root]() {
            return std::make_unique<FolderTarget>(root, FolderTarget::Create::IfMissing);
        });
        // Every file under the share's root on disk, hidden ones included.
        sealedLabelScenario(world, [root]() {
            std::vector<std::pair<QString, QByteArray>> files;
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.open(QIODevice::ReadOnly))
                    files.emplace_back(file.fileName(), file.readAll());
            }
            return files;
        });
    }

    void unpluggedFolderIsAnErrorNotANewFolder()
    {
        FolderTarget target(tmp.path() + "/not-mounted");
        try {
            target.put("summaries/2027-01/x.env", "bytes");
            QFAIL("wrote into a folder that is not there");
        } catch (const SyncError &error) {
            QVERIFY2(QString(error.what()).contains("not available"), error.what());
        }
        QVERIFY(!QDir(tmp.path() + "/not-mounted").exists());
    }

    void reviewKeyBackupRestoresOnAnotherDevice()
    {
        const QString root = tmp.path() + "/share-backup";
        SyncWorld world(tmp.path() + "/backup", 1, [root]() {
            return std::make_unique<FolderTarget>(root, FolderTarget::Create::IfMissing);
        });
        auto target = world.makeTarget();
        Outbox outbox(world.devices[0].vault->db());
        outbox.enqueue(sampleSummary("walk-1", 1, "j1", 1'800'000'000'000), 1);
        QCOMPARE(outbox.push(*target, 2).synced, 1);

        const QByteArray backup = backupReviewCircle(world.review.db(), "board passphrase",
                                                     its::sync::KdfCost::minimal());
        Vault laptop = createVault(tmp.path() + "/second-cco-device");
        try {
            restoreReviewCircle(laptop.db(), backup, "wrong passphrase", root, 3);
            QFAIL("restored with a wrong passphrase");
        } catch (const SyncError &error) {
            QCOMPARE(static_cast<int>(error.kind()), static_cast<int>(SyncErrorKind::Crypto));
            QVERIFY2(QString(error.what()).contains("wrong passphrase"), error.what());
        }
        QVERIFY(!loadReviewCircle(laptop.db())); // nothing half-restored
        const ReviewCircle restored =
            restoreReviewCircle(laptop.db(), backup, "board passphrase", root, 3);
        QCOMPARE(restored.circleId, world.circle.circleId);
        // The roster travels in the backup (format 2): the device is known without accepting
        // it again.
        QVERIFY(Roster(laptop.db()).find(world.devices[0].deviceId).has_value());
        const PullReport report = pullEnvelopes(laptop.db(), *target, 5);
        QCOMPARE(report.accepted, 1);
        QCOMPARE(report.rejected.size(), 0u);
    }
};

QTEST_GUILESS_MAIN(TestSyncFolder)
#include "tst_sync_folder.moc"
