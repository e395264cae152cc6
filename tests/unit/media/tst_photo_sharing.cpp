// Sharing a photo (platform/media/photo_sharing.h) on a real vault: a noisy 2048 px photo, far
// above the cap as stored, travels as a copy within kMaxSharedPhotoBytes and kSharedLongSide;
// voice memos and unknown ids are refused with a message and change nothing.
#include "photo_intake.h"
#include "photo_sharing.h"
#include "vault/evidence_sharing.h"
#include "vault/vault.h"
#include "vault/walk_store.h"
#include "vault_fixtures.h"

#include <QImage>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace its;
using namespace its::media;

class TestPhotoSharing : public QObject
{
    Q_OBJECT
    QTemporaryDir tmp_;

private slots:
    void initTestCase() { QVERIFY(tmp_.isValid()); }

    void noisyPhotoTravelsAsASmallCopy()
    {
        CreatedVault created = Vault::create(tmp_.path().toStdString() + "/v", "pw", KdfCost::Test);
        Database &db = created.vault.db();
        const std::string walk =
            WalkStore(db).createWalk(testing::sampleTemplate(), "p", testing::at(1));
        QImage noise(2600, 1950, QImage::Format_RGB32); // noise: the worst case for JPEG
        QRandomGenerator random(7);
        for (int y = 0; y < noise.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(noise.scanLine(y));
            for (int x = 0; x < noise.width(); ++x)
                line[x] = random.generate() | 0xff000000u;
        }
        EvidenceStore store(db);
        const IntakeResult photo =
            storePhotoImage(store, noise, EvidenceTarget{walk, std::nullopt, "shelf", {}, 1});
        QVERIFY2(photo.ok(), qPrintable(photo.error));
        QVERIFY(std::size_t(store.info(photo.id).size) > kMaxSharedPhotoBytes);

        QCOMPARE(sharePhoto(db, photo.id, 99), QString());
        const std::vector<SharedPhoto> shared = sharedPhotos(db, walk);
        QCOMPARE(shared.size(), std::size_t{1});
        QCOMPARE(shared[0].mime, std::string("image/jpeg"));
        QVERIFY(shared[0].bytes.size() <= kMaxSharedPhotoBytes);
        QImage copy;
        QVERIFY(copy.loadFromData(shared[0].bytes.data(), int(shared[0].bytes.size())));
        QVERIFY(std::max(copy.width(), copy.height()) <= kSharedLongSide);
        QCOMPARE(copy.width() * 3, copy.height() * 4); // the aspect ratio is kept

        QCOMPARE(unsharePhoto(db, photo.id), QString());
        QVERIFY(sharedPhotos(db, walk).empty());
    }

    void memosAndUnknownIdsAreRefused()
    {
        CreatedVault created = Vault::create(tmp_.path().toStdString() + "/m", "pw", KdfCost::Test);
        Database &db = created.vault.db();
        const std::string walk =
            WalkStore(db).createWalk(testing::sampleTemplate(), "p", testing::at(1));
        const std::vector<unsigned char> ogg{'O', 'g', 'g', 'S'};
        const std::string memo =
            EvidenceStore(db).put(walk, std::nullopt, EvidenceKind::Voice, "audio/ogg", ogg, 1);
        QVERIFY(sharePhoto(db, memo, 2).contains(QStringLiteral("voice memos never leave")));
        QVERIFY(!isEvidenceShared(db, memo));
        QVERIFY(!sharePhoto(db, "missing", 2).isEmpty());
        QVERIFY(sharedCopy(QByteArray("not an image")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPhotoSharing)
#include "tst_photo_sharing.moc"
