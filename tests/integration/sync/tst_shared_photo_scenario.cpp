// A photo confirmed safe to share travels sealed with its walk's summary through a real shared
// folder, and the review keeps it apart from the summary's JSON; the voice memo of the same
// contact never leaves the device; a new revision without the photo takes it away again.
#include "formats/summary_json.h"
#include "review/received_photos.h"
#include "review/received_summaries.h"
#include "sync/finished_walks.h"
#include "sync/folder_target.h"
#include "sync/outbox.h"
#include "sync_world.h"
#include "vault/evidence_sharing.h"
#include "vault/walk_store.h"
#include "vault_fixtures.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace its;
using namespace its::sync;
using namespace its::sync::testing;

namespace {

constexpr qint64 kNow = 1'800'000'000'000;

std::vector<unsigned char> jpegLike(std::size_t size, unsigned char fill)
{
    std::vector<unsigned char> bytes(size, fill);
    bytes[0] = 0xFF, bytes[1] = 0xD8, bytes[2] = 0xFF;
    return bytes;
}

QByteArray asBytes(const std::vector<unsigned char> &v)
{
    return QByteArray(reinterpret_cast<const char *>(v.data()), qsizetype(v.size()));
}

// Every file on the share, concatenated.
QByteArray everythingOn(const QString &share)
{
    QByteArray all;
    QDirIterator it(share, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The admin's view through intheirshoes-cli (sync_fixtures.h's vault passphrase).
Run cli(const QString &vaultDir, const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("ITS_VAULT_DIR", vaultDir);
    env.insert("ITS_PASSPHRASE", "test passphrase");
    process.setProcessEnvironment(env);
    process.start(ITS_CLI_PATH, args);
    process.closeWriteChannel();
    if (!process.waitForFinished(120'000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestSharedPhotoScenario : public QObject
{
    Q_OBJECT
private slots:
    void sharedPhotoTravelsVoiceStays()
    {
        QTemporaryDir tmp;
        const QString share = tmp.filePath("share");
        SyncWorld world(tmp.filePath("world"), 1, [share]() {
            return std::make_unique<FolderTarget>(share, FolderTarget::Create::IfMissing);
        });
        Database &device = world.devices[0].vault->db();
        WalkStore walks(device);
        const std::string walk =
            walks.createWalk(its::testing::sampleTemplate(), "p", its::testing::at(kNow - 9000));
        const std::string contact = walks.startContact(walk, "call", its::testing::at(kNow - 8000));
        walks.closeContact(contact, Outcome::Resolved, its::testing::at(kNow - 7000));
        walks.finishWalk(walk, its::testing::at(kNow - 6000));

        EvidenceStore evidence(device);
        const std::vector<unsigned char> photo = jpegLike(40'000, 0x5A);
        const std::vector<unsigned char> copy = jpegLike(12'345, 0xC3);
        const std::vector<unsigned char> memo(30'000, 0x77);
        const std::string photoId = evidence.put(walk, contact, EvidenceKind::Photo, "image/jpeg",
                                                 photo, kNow, EvidenceNote{"Scaffale vuoto", 500});
        const std::string privateId =
            evidence.put(walk, contact, EvidenceKind::Photo, "image/jpeg", jpegLike(500, 1), kNow);
        const std::string memoId =
            evidence.put(walk, contact, EvidenceKind::Voice, "audio/ogg", memo, kNow);
        shareEvidence(device, photoId, "image/jpeg", copy, kNow);

        QCOMPARE(queueFinishedWalks(device, its::testing::at(kNow)), 1);
        auto target = world.makeTarget();
        QCOMPARE(Outbox(device).push(*target, kNow).synced, 1);
        QCOMPARE(world.pull(*target, kNow).accepted, 1);
        QVERIFY(world.rejections.empty());

        // Sealed: neither the copy, the memo nor the caption can be read on the share.
        const QByteArray onShare = everythingOn(share);
        QVERIFY(!onShare.isEmpty());
        QVERIFY(!onShare.contains(asBytes(copy).mid(0, 64)));
        QVERIFY(!onShare.contains(asBytes(copy).toBase64().mid(0, 64)));
        QVERIFY(!onShare.contains("Scaffale"));

        const QString walkId = QString::fromStdString(walk);
        const std::vector<ReceivedPhoto> received = receivedPhotos(world.review.db(), walkId);
        QCOMPARE(received.size(), std::size_t(1));
        QCOMPARE(received[0].photoId, QString::fromStdString(photoId));
        QCOMPARE(received[0].contactId, QString::fromStdString(contact));
        QCOMPARE(received[0].caption, QStringLiteral("Scaffale vuoto"));
        QCOMPARE(received[0].bytes, asBytes(copy)); // the small copy, not the photo
        QVERIFY(!receivedPhoto(world.review.db(), walkId, QString::fromStdString(privateId)));
        QVERIFY(!receivedPhoto(world.review.db(), walkId, QString::fromStdString(memoId)));

        // The stored JSON lists the photo's caption but not its bytes, and no memo at all.
        const std::vector<ReceivedSummary> stored = listSummaries(world.review.db(), {}, true);
        QCOMPARE(stored.size(), std::size_t(1));
        QVERIFY(stored[0].summaryJson.contains("Scaffale vuoto"));
        QVERIFY(!stored[0].summaryJson.contains("\"data\""));
        QVERIFY(!stored[0].summaryJson.contains(QByteArray::fromStdString(memoId)));
        const WalkSummary summary = parseSummary(stored[0].summaryJson.toStdString());
        QCOMPARE(summary.photos.size(), std::size_t(1));
        QVERIFY(summary.photos[0].bytes.empty());

        // The admin reads the same through the CLI, and writes the photo only where told.
        const QString reviewDir = tmp.filePath("world") + "/review";
        const Run shown = cli(reviewDir, {"review", "show", walkId});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.out.contains(QStringLiteral("photo %1 (Chiamata al 187): Scaffale vuoto")
                                        .arg(QString::fromStdString(photoId))),
                 qPrintable(shown.out + shown.err));
        const QString out = tmp.filePath("photo.jpg");
        const Run exported = cli(
            reviewDir, {"review", "photo", walkId, QString::fromStdString(photoId), "--out", out});
        QCOMPARE(exported.exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), asBytes(copy));
        const Run missing = cli(reviewDir, {"review", "photo", walkId,
                                            QString::fromStdString(memoId), "--out", out + "2"});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("has no shared photo"), qPrintable(missing.err));
        QVERIFY(!QFile::exists(out + "2"));

        // Made private again and sent as a new revision: the review drops the photo.
        walks.reopenWalk(walk);
        unshareEvidence(device, photoId);
        walks.finishWalk(walk, its::testing::at(kNow + 1000));
        QCOMPARE(queueFinishedWalks(device, its::testing::at(kNow + 2000)), 1);
        QCOMPARE(Outbox(device).push(*target, kNow + 2000).synced, 1);
        QCOMPARE(world.pull(*target, kNow + 3000).accepted, 1);
        QVERIFY(receivedPhotos(world.review.db(), walkId).empty());
        QVERIFY(
            parseSummary(listSummaries(world.review.db(), {}, true)[0].summaryJson.toStdString())
                .photos.empty());
    }
};

QTEST_GUILESS_MAIN(TestSharedPhotoScenario)
#include "tst_shared_photo_scenario.moc"
