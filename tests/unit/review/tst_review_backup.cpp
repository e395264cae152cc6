// The review key backup file: format 2 carries the roster, format 1 files still import, and
// every damaged file or wrong passphrase gives a clear error.
#include "backup_world.h"
#include "review/key_backup.h"
#include "sync/sync_error.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace its;
using namespace its::sync;
using namespace its::sync::testing;

namespace {

QByteArray readFixture(const char *name)
{
    QFile file(QStringLiteral(ITS_BACKUP_FIXTURES "/%1").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Runs the formats tests' validator on `file` against docs/schemas/review-key-backup.
QString schemaProblems(const QString &file)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(ITS_PYTHON3),
                  {QStringLiteral(ITS_VALIDATE_SCRIPT),
                   QStringLiteral(ITS_SOURCE_DIR "/docs/schemas/review-key-backup.schema.json"),
                   file});
    if (!process.waitForFinished(120'000))
        return "validator did not finish";
    const QString output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0 ? QString()
                                                                                   : output;
}

SyncErrorKind importError(const QByteArray &file, const std::string &passphrase,
                          QString *message = nullptr)
{
    try {
        importReviewBackup(file, passphrase);
    } catch (const SyncError &error) {
        if (message)
            *message = QString::fromStdString(error.what());
        return error.kind();
    }
    return SyncErrorKind::Io; // "imported": no test expects Io
}

} // namespace

class TestReviewBackup : public QObject
{
    Q_OBJECT

    QTemporaryDir tmp;

private slots:
    void version2CarriesTheRoster()
    {
        BackupWorld world(tmp.path() + "/roundtrip");
        const QByteArray file =
            backupReviewCircle(world.review.db(), "board passphrase", sync::KdfCost::minimal());
        // Labels, device keys and the review secret stay inside the encrypted part.
        QVERIFY(!file.contains("CFO phone"));
        QVERIFY(!file.contains(world.deviceIds[0].toUtf8()));
        QVERIFY(!file.contains(world.circle.keys.boxSecret.toByteArray().toBase64(
            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));

        const ReviewBackup backup = importReviewBackup(file, "board passphrase");
        QCOMPARE(backup.version, 2);
        QCOMPARE(backup.circleId, world.circle.circleId);
        QCOMPARE(backup.keys.boxPublic, world.circle.keys.boxPublic);
        QCOMPARE(backup.keys.boxSecret.toByteArray(), world.circle.keys.boxSecret.toByteArray());
        const std::vector<RosterEntry> original = Roster(world.review.db()).all();
        QCOMPARE(backup.roster.size(), 3u);
        for (std::size_t i = 0; i < 3; ++i) {
            QCOMPARE(backup.roster[i].deviceId, original[i].deviceId);
            QCOMPARE(backup.roster[i].label, original[i].label);
            QCOMPARE(backup.roster[i].signPublic, original[i].signPublic);
            QCOMPARE(backup.roster[i].enrolledMs, original[i].enrolledMs);
            QCOMPARE(backup.roster[i].revokedMs, original[i].revokedMs);
        }
        QCOMPARE(backup.roster[1].label, QString("COO laptop"));
        QVERIFY(backup.roster[0].active());
        QCOMPARE(backup.roster[2].revokedMs, std::optional<qint64>(5'000));
    }

    void version1FixtureStillImports()
    {
        // Written by the format-1 code (key only), passphrase "v1 fixture passphrase".
        const QByteArray file = readFixture("review-key-backup-v1.json");
        QVERIFY(file.contains("\"version\": 1"));
        const ReviewBackup backup = importReviewBackup(file, "v1 fixture passphrase");
        QCOMPARE(backup.version, 1);
        QCOMPARE(backup.circleId, QString("c0a1b2c3d4e5f60718"));
        QCOMPARE(toBase64(backup.keys.boxPublic),
                 QString("0gWzw6hXrLq_1mk5Y9J7ACfUK5E5laHd2Y8nWeKa6Q8"));
        QVERIFY(backup.keys.consistent());
        QVERIFY(backup.roster.empty());
        QCOMPARE(importError(file, "not the passphrase"), SyncErrorKind::Crypto);

        Vault laptop = createVault(tmp.path() + "/v1-restore");
        RosterMergeReport report;
        const ReviewCircle circle = restoreReviewCircle(laptop.db(), file, "v1 fixture passphrase",
                                                        tmp.path() + "/v1-share", 7, &report);
        QCOMPARE(circle.circleId, QString("c0a1b2c3d4e5f60718"));
        QCOMPARE(loadReviewCircle(laptop.db())->keys.boxPublic, backup.keys.boxPublic);
        QCOMPARE(report.added, 0);
        QCOMPARE(Roster(laptop.db()).all().size(), 0u);
    }

    void badFilesGiveClearErrors_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        BackupWorld world(tmp.path() + "/bad-files");
        const QByteArray good =
            backupReviewCircle(world.review.db(), "board passphrase", sync::KdfCost::minimal());
        const auto kCrypto = static_cast<int>(SyncErrorKind::Crypto);
        const auto kFormat = static_cast<int>(SyncErrorKind::Format);

        QTest::newRow("wrong passphrase")
            << good << "board passphrase!" << kCrypto << "wrong passphrase";
        QTest::newRow("truncated file")
            << good.left(good.size() / 2) << "board passphrase" << kFormat << "not JSON";
        QTest::newRow("empty file") << QByteArray() << "board passphrase" << kFormat << "not JSON";
        // One character of the sealed payload changed: the MAC no longer matches.
        QByteArray tampered = good;
        const qsizetype at = tampered.indexOf("\"payload\": \"") + 40;
        tampered[at] = tampered[at] == 'A' ? 'B' : 'A';
        QTest::newRow("tampered ciphertext")
            << tampered << "board passphrase" << kCrypto << "file is damaged";
        // The payload cut short inside valid JSON.
        QByteArray shortPayload = good;
        const qsizetype start = shortPayload.indexOf("\"payload\": \"") + 12;
        shortPayload.remove(start, shortPayload.indexOf('"', start) - start - 8);
        QTest::newRow("payload cut short")
            << shortPayload << "board passphrase" << kFormat << "too short";
        // The plain circle id edited: caught against the encrypted copy.
        QByteArray header = good;
        header.replace(world.circle.circleId.toUtf8(), "c000000000000000000");
        QTest::newRow("edited circle id")
            << header << "board passphrase" << kFormat << "changed outside the encrypted part";
        QByteArray future = good;
        future.replace("\"version\": 2", "\"version\": 3");
        QTest::newRow("future version")
            << future << "board passphrase" << kFormat << "unsupported version 3";
    }
    void badFilesGiveClearErrors()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, passphrase);
        QFETCH(int, kind);
        QFETCH(QString, message);
        QString what;
        QCOMPARE(static_cast<int>(importError(file, passphrase.toStdString(), &what)), kind);
        QVERIFY2(what.contains(message), qPrintable(what));
    }

    void forgedRosterEntryIsRefused()
    {
        // A device id that is not the one its key gives cannot be smuggled into a roster.
        BackupWorld world(tmp.path() + "/forged");
        ReviewBackup backup{world.circle.circleId, world.circle.keys,
                            Roster(world.review.db()).all()};
        backup.roster[0].signPublic = backup.roster[1].signPublic;
        const QByteArray file = exportReviewBackup(backup, "p", sync::KdfCost::minimal());
        QString what;
        QCOMPARE(importError(file, "p", &what), SyncErrorKind::Format);
        QVERIFY2(what.contains("does not match its signing key"), qPrintable(what));
    }

    void filesMatchTheSchema()
    {
        BackupWorld world(tmp.path() + "/schema");
        const QString v2 = tmp.filePath("backup-v2.json");
        QFile out(v2);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(
            backupReviewCircle(world.review.db(), "board passphrase", sync::KdfCost::minimal()));
        out.close();
        const QString v1 = QStringLiteral(ITS_BACKUP_FIXTURES "/review-key-backup-v1.json");
        QString problems = schemaProblems(v2);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        problems = schemaProblems(v1);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        // The schema can fail: a version 2 file without its payload is refused.
        QFile broken(tmp.filePath("broken.json"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(
            readFixture("review-key-backup-v1.json").replace("\"version\": 1", "\"version\": 2"));
        broken.close();
        QVERIFY(!schemaProblems(broken.fileName()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReviewBackup)
#include "tst_review_backup.moc"
