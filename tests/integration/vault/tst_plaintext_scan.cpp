// No plaintext of a recorded note reaches the disk: every file of the vault folder (including
// -wal and -shm, scanned while the vault is still open) is searched for a unique marker. The
// control writes the same marker to an unkeyed database with the same schema and must find it,
// proving the scan can fail.
#include "vault/vault.h"
#include "vault/vault_schema.h"
#include "vault/walk_store.h"
#include "vault_fixtures.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace its;

class TestPlaintextScan : public QObject
{
    Q_OBJECT
    QTemporaryDir tmp_;

    // Every file under `dir` whose bytes contain `needle`.
    static QStringList filesContaining(const QString &dir, const QByteArray &needle)
    {
        QStringList hits;
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (testing::readFile(path).contains(needle))
                hits << QFileInfo(path).fileName();
        }
        return hits;
    }

    static QStringList listFiles(const QString &dir)
    {
        return QDir(dir).entryList(QDir::Files | QDir::Hidden);
    }

    static void recordNote(Database &db, const QByteArray &marker)
    {
        WalkStore walks(db);
        const std::string walk = walks.createWalk(
            testing::sampleTemplate(), "persona " + marker.toStdString(), testing::at(1'000));
        const std::string contact = walks.startContact(walk, "call", testing::at(2'000));
        Observation observation;
        observation.note = "note " + marker.toStdString();
        observation.privateStaffNote = "staff " + marker.toStdString();
        walks.saveObservation(contact, observation);
    }

    static QByteArray newMarker()
    {
        return "ITS-MARKER-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    }

private slots:
    void initTestCase() { QVERIFY(tmp_.isValid()); }

    void vaultFilesNeverHoldTheNote()
    {
        const QString dir = tmp_.path() + "/vault";
        const QByteArray marker = newMarker();
        CreatedVault created = Vault::create(dir.toStdString(), "pw", KdfCost::Test);
        recordNote(created.vault.db(), marker);
        // Still open: the note sits in the -wal file right now.
        QVERIFY2(listFiles(dir).contains("vault.db-wal"), qPrintable(listFiles(dir).join(",")));
        QVERIFY(QFileInfo(dir + "/vault.db-wal").size() > 0);
        QCOMPARE(filesContaining(dir, marker), QStringList());
        QCOMPARE(filesContaining(dir, marker.toBase64()), QStringList());
        created.vault.lock();
        QCOMPARE(filesContaining(dir, marker), QStringList());
        // The schema itself is encrypted too: no table names in clear.
        QCOMPARE(filesContaining(dir, "CREATE TABLE"), QStringList());
        QCOMPARE(filesContaining(dir, "SQLite format 3"), QStringList());
    }

    void keyFileNeverHoldsTheDataKey()
    {
        const QString dir = tmp_.path() + "/keys";
        CreatedVault created = Vault::create(dir.toStdString(), "pw", KdfCost::Test);
        const SecureKey key = KeyFile::load(dir.toStdString()).unwrapWithPassphrase("pw");
        const QByteArray raw(reinterpret_cast<const char *>(key.data()), 32);
        for (const QByteArray &form : {raw, raw.toHex(), raw.toHex().toUpper(), raw.toBase64()})
            QCOMPARE(filesContaining(dir, form), QStringList());
        QCOMPARE(filesContaining(dir, QByteArray::fromStdString(created.recoveryCode)),
                 QStringList());
    }

    void controlUnkeyedDatabaseDoesHoldTheNote()
    {
        const QString dir = tmp_.path() + "/plain";
        QVERIFY(QDir().mkpath(dir));
        const QByteArray marker = newMarker();
        Database db = Database::open((dir + "/plain.db").toStdString(), nullptr, true);
        applyVaultSchema(db);
        recordNote(db, marker);
        QVERIFY(!filesContaining(dir, marker).isEmpty());
        db.close();
        QCOMPARE(filesContaining(dir, marker), QStringList({"plain.db"}));
    }
};

QTEST_GUILESS_MAIN(TestPlaintextScan)
#include "tst_plaintext_scan.moc"
