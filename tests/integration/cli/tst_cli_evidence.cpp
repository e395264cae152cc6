// intheirshoes-cli evidence list / export against a real vault: read-only, and the decrypted
// bytes are written only where --out names a file.
#include "cli_runner.h"
#include "timing/time_point.h"
#include "vault/evidence_store.h"
#include "vault/vault.h"
#include "vault/walk_store.h"

#include <QDir>
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
        store.put(walkId.toStdString(), contact, EvidenceKind::Voice, "audio/ogg; codecs=opus",
                  memo, 2'000, EvidenceNote{"After the call", 120'000});
    }

    void listShowsCountsSizesAndCaptions()
    {
        const CliRun run = runCliWith({"evidence", "list", walkId}, vaultDir, kEnv);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(
                     QString("1 photos, 1 voice memos, %1 bytes\n").arg(photo.size() + 1000)),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(photoId + "\tphoto\timage/jpeg\t28 bytes\t"));
        QVERIFY(run.out.contains("\t+42 s\tShelf with the promo\n"));
        QVERIFY(run.out.contains("\t+120 s\tAfter the call\n"));
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
