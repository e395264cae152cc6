// intheirshoes-cli evidence list / export / share / unshare against a real vault: list and
// export are read-only, and the decrypted bytes are written only where --out names a file;
// sharing needs the confirmation flag, takes photos only, and keeps a small copy.
#include "cli_runner.h"
#include "timing/time_point.h"
#include "vault/evidence_store.h"
#include "vault/vault.h"
#include "vault/walk_store.h"

#include <QBuffer>
#include <QDir>
#ifdef ITS_HAVE_MEDIA
#include <QImage>
#endif
#include <QTemporaryDir>
#include <QtTest>

using namespace its;
using namespace its::testing;

namespace {
const QString kPassphrase = "tre tigri contro tre tigri";
const QMap<QString, QString> kEnv{{"ITS_PASSPHRASE", kPassphrase}};
} // namespace

class TestCliEvidence : public QObject
{
    Q_OBJECT
    QTemporaryDir tmp;
    QString vaultDir;
    QString walkId;
    QString photoId;
    QString realPhotoId;
    QString memoId;
    QByteArray photo;

private slots:
    void initTestCase()
    {
        QVERIFY(tmp.isValid());
        vaultDir = tmp.filePath("vault");
        CreatedVault created =
            Vault::create(vaultDir.toStdString(), kPassphrase.toStdString(), KdfCost::Test);
        JourneyTemplate journey;
        journey.id = "j";
        journey.name = "Cancel";
        journey.sector = "telco";
        journey.language = "en";
        journey.persona = {"Leaving customer", "Moving to another provider"};
        Touchpoint call{"call", "Call", Channel::Phone, "Care", {}, {}, {}};
        journey.stages.push_back({"s", "Stage", {call}});
        WalkStore walks(created.vault.db());
        ManualClock clock;
        walkId = QString::fromStdString(walks.createWalk(journey, "p", clock.now()));
        const std::string contact = walks.startContact(walkId.toStdString(), "call", clock.now());
        photo = QByteArray("\xff\xd8 PHOTO-PLAINTEXT-MARKER \xff\xd9", 28);
        EvidenceStore store(created.vault.db());
        const auto *data = reinterpret_cast<const unsigned char *>(photo.constData());
        photoId = QString::fromStdString(
            store.put(walkId.toStdString(), contact, EvidenceKind::Photo, "image/jpeg",
                      std::span(data, static_cast<std::size_t>(photo.size())), 1'000,
                      EvidenceNote{"Shelf with the promo", 42'000}));
        const std::vector<unsigned char> memo(1000, 7);
        memoId = QString::fromStdString(
            store.put(walkId.toStdString(), contact, EvidenceKind::Voice, "audio/ogg; codecs=opus",
                      memo, 2'000, EvidenceNote{"After the call", 120'000}));
        QByteArray jpeg("\xff\xd8 not decodable \xff\xd9");
#ifdef ITS_HAVE_MEDIA
        QImage shelf(1600, 1200, QImage::Format_RGB32);
        shelf.fill(Qt::darkCyan);
        jpeg.clear();
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(shelf.save(&buffer, "JPEG", 90));
#endif
        const auto *bytes = reinterpret_cast<const unsigned char *>(jpeg.constData());
        realPhotoId = QString::fromStdString(
            store.put(walkId.toStdString(), contact, EvidenceKind::Photo, "image/jpeg",
                      std::span(bytes, static_cast<std::size_t>(jpeg.size())), 3'000,
                      EvidenceNote{"Price tags", 60'000}));
    }

    void listShowsCountsSizesAndCaptions()
    {
        const CliRun run = runCliWith({"evidence", "list", walkId}, vaultDir, kEnv);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QString("2 photos, 1 voice memos, ")), qPrintable(run.out));
        QVERIFY(run.out.contains(photoId + "\tphoto\timage/jpeg\t28 bytes\t"));
        QVERIFY(run.out.contains("\t+42 s\tprivate\tShelf with the promo\n"));
        QVERIFY(run.out.contains("\t+120 s\tprivate\tAfter the call\n"));
        QVERIFY(!run.out.contains("PHOTO-PLAINTEXT-MARKER"));
    }

    void exportNeedsOutAndWritesOnlyThere()
    {
        const QStringList before = QDir(tmp.path()).entryList(QDir::Files);
        const CliRun refused = runCliWith({"evidence", "export", photoId}, vaultDir, kEnv);
        QCOMPARE(refused.exitCode, 2); // usage: no --out, nothing written anywhere
        QVERIFY(!refused.out.contains("PHOTO-PLAINTEXT-MARKER"));
        QCOMPARE(QDir(tmp.path()).entryList(QDir::Files), before);

        const QString out = tmp.filePath("photo.jpg");
        const CliRun run =
            runCliWith({"evidence", "export", photoId, "--out", out}, vaultDir, kEnv);
        QCOMPARE(run.exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), photo);
    }

    // Only with the confirmation flag, only photos, and a copy small enough to travel.
    void shareNeedsTheConfirmationAndTakesPhotosOnly()
    {
#ifndef ITS_HAVE_MEDIA
        QSKIP("built without the app's Qt modules: the CLI cannot make a photo's copy");
#endif
        QCOMPARE(runCliWith({"evidence", "share", realPhotoId}, vaultDir, kEnv).exitCode, 2);
        const CliRun memo = runCliWith({"evidence", "share", memoId, "--confirm-no-faces-no-names"},
                                       vaultDir, kEnv);
        QCOMPARE(memo.exitCode, 1);
        QVERIFY2(memo.err.contains("voice memos never leave the device"), qPrintable(memo.err));
        const CliRun broken = runCliWith(
            {"evidence", "share", photoId, "--confirm-no-faces-no-names"}, vaultDir, kEnv);
        QCOMPARE(broken.exitCode, 1); // not a decodable image: nothing to copy
        QVERIFY2(broken.err.contains("could not be made small enough"), qPrintable(broken.err));

        const CliRun shared = runCliWith(
            {"evidence", "share", realPhotoId, "--confirm-no-faces-no-names"}, vaultDir, kEnv);
        QCOMPARE(shared.exitCode, 0);
        QVERIFY2(shared.out.startsWith("shared: a copy of "), qPrintable(shared.out));
        CliRun list = runCliWith({"evidence", "list", walkId}, vaultDir, kEnv);
        QVERIFY2(list.out.contains("\t+60 s\tshared\tPrice tags\n"), qPrintable(list.out));
        QVERIFY(list.out.contains("\tprivate\tShelf with the promo\n"));

        QCOMPARE(runCliWith({"evidence", "unshare", realPhotoId}, vaultDir, kEnv).exitCode, 0);
        list = runCliWith({"evidence", "list", walkId}, vaultDir, kEnv);
        QVERIFY2(list.out.contains("\t+60 s\tprivate\tPrice tags\n"), qPrintable(list.out));
    }

    // The walk with its photos and memos, as one encrypted file: restored whole into another
    // vault; nothing readable in the file; the wrong passphrase restores nothing.
    void walkArchiveCarriesTheEvidenceEncrypted()
    {
        QMap<QString, QString> env = kEnv;
        env.insert("ITS_BACKUP_PASSPHRASE", "archive words");
        const QString file = tmp.filePath("walk.itsarchive");
        QCOMPARE(
            runCliWith({"walk", "export", walkId, "-", "--with-evidence"}, vaultDir, env).exitCode,
            2); // never to stdout
        const CliRun exported = runCliWith(
            {"walk", "export", walkId, file, "--with-evidence", "--kdf", "test"}, vaultDir, env);
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.out.contains("with 3 photos and memos, encrypted"),
                 qPrintable(exported.out));
        QFile archive(file);
        QVERIFY(archive.open(QIODevice::ReadOnly));
        const QByteArray bytes = archive.readAll();
        QVERIFY(!bytes.contains("PHOTO-PLAINTEXT-MARKER"));
        QVERIFY(!bytes.contains("Shelf with the promo"));

        const QString other = tmp.filePath("other-vault");
        Vault::create(other.toStdString(), kPassphrase.toStdString(), KdfCost::Test);
        env["ITS_BACKUP_PASSPHRASE"] = "not the words";
        const CliRun refused = runCliWith({"walk", "import", file}, other, env);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("wrong passphrase for this walk archive"),
                 qPrintable(refused.err));
        QVERIFY(!runCliWith({"walk", "list"}, other, env).out.contains(walkId));

        env["ITS_BACKUP_PASSPHRASE"] = "archive words";
        const CliRun restored = runCliWith({"walk", "import", file}, other, env);
        QCOMPARE(restored.exitCode, 0);
        QVERIFY2(restored.out.contains("imported walk " + walkId + " with 3 photos and memos"),
                 qPrintable(restored.out));
        const CliRun list = runCliWith({"evidence", "list", walkId}, other, env);
        QVERIFY2(list.out.startsWith("2 photos, 1 voice memos, "), qPrintable(list.out));
        QVERIFY(list.out.contains("\tShelf with the promo\n"));
    }

    void unknownItemIsAClearError()
    {
        const CliRun run = runCliWith(
            {"evidence", "export", "no-such-id", "--out", tmp.filePath("x.bin")}, vaultDir, kEnv);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("no evidence with id"), qPrintable(run.err));
        QVERIFY(!QFile::exists(tmp.filePath("x.bin")));
    }
};

QTEST_GUILESS_MAIN(TestCliEvidence)
#include "tst_cli_evidence.moc"
