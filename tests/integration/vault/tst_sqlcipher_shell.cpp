// The stock sqlcipher shell (Debian package `sqlcipher`) opens vault.db with the raw data key
// obtained through the public KeyFile API, and cannot read it without the key.
#include "vault/key_file.h"
#include "vault/vault.h"
#include "vault/walk_store.h"
#include "vault_fixtures.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace its;

class TestSqlcipherShell : public QObject
{
    Q_OBJECT
    QTemporaryDir tmp_;
    QString shell_;
    std::filesystem::path dir_;

    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Result runShell(const QByteArray &script)
    {
        QProcess process;
        process.start(shell_, {QString::fromStdString((dir_ / "vault.db").string())});
        if (!process.waitForStarted(10'000))
            return {};
        process.write(script);
        process.closeWriteChannel();
        process.waitForFinished(30'000);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(tmp_.isValid());
        shell_ = QStandardPaths::findExecutable("sqlcipher");
        QVERIFY2(
            !shell_.isEmpty(),
            "the sqlcipher shell is missing: apt-get install sqlcipher (scripts/install-deps.sh)");
        dir_ = std::filesystem::path(tmp_.path().toStdString()) / "vault";
        CreatedVault created = Vault::create(dir_, "shell passphrase", KdfCost::Test);
        WalkStore(created.vault.db())
            .createWalk(testing::sampleTemplate(), "Persona-Shell-Check", testing::at(42));
        created.vault.lock(); // checkpoint: everything is in vault.db itself
    }

    void shellReadsWalksWithTheRawKey()
    {
        const SecureKey key = KeyFile::load(dir_).unwrapWithPassphrase("shell passphrase");
        const Result result = runShell("PRAGMA key = \"x'" + testing::keyHex(key) +
                                       "'\";\nPRAGMA cipher_page_size = 4096;\n"
                                       "SELECT persona, started_wall_ms FROM walks;\n");
        QVERIFY2(result.out.contains("Persona-Shell-Check|42"),
                 qPrintable(result.out + " / " + result.err));
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    }

    void shellFailsWithoutTheKey()
    {
        const Result result = runShell("SELECT count(*) FROM walks;\n");
        QVERIFY2(result.err.contains("file is encrypted or is not a database"),
                 qPrintable(result.out + " / " + result.err));
        QVERIFY(!result.out.contains("1"));
    }

    void shellFailsWithAnotherKey()
    {
        const Result result = runShell("PRAGMA key = \"x'" + testing::keyHex(SecureKey::random()) +
                                       "'\";\nPRAGMA cipher_page_size = 4096;\n"
                                       "SELECT persona FROM walks;\n");
        QVERIFY2(result.err.contains("file is encrypted or is not a database"),
                 qPrintable(result.out + " / " + result.err));
        QVERIFY(!result.out.contains("Persona-Shell-Check"));
    }

    void shellFailsWithThePassphraseAsKdfInput()
    {
        // The passphrase never keys SQLCipher directly (no PBKDF2-SHA1 path).
        const Result result =
            runShell("PRAGMA key = 'shell passphrase';\nSELECT persona FROM walks;\n");
        QVERIFY2(result.err.contains("file is encrypted or is not a database"),
                 qPrintable(result.out + " / " + result.err));
    }
};

QTEST_GUILESS_MAIN(TestSqlcipherShell)
#include "tst_sqlcipher_shell.moc"
