// A damaged vault through the real CLI: an empty or missing vault.db next to its key file is
// never re-created (every command that opens the vault fails, the file keeps its bytes and its
// mtime), and an integrity failure is one sentence, SQLite's findings only with --verbose.
#include "cli_runner.h"
#include "vault/vault.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>

using its::testing::CliRun;
using its::testing::runCliWith;

namespace {

const QString kPassphrase = "tre tigri contro tre tigri";

QMap<QString, QString> secrets()
{
    return {{"ITS_PASSPHRASE", kPassphrase},
            {"ITS_NEW_PASSPHRASE", "another passphrase"},
            {"ITS_BACKUP_PASSPHRASE", "a backup passphrase"},
            {"ITS_RECOVERY_CODE", "0000-0000-0000-0000-0000-0000-0000"}};
}

// Names and bytes of every file in `dir`.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden)) {
        QFile file(info.absoluteFilePath());
        files.insert(info.fileName(), file.open(QIODevice::ReadOnly) ? file.readAll() : "?");
    }
    return files;
}

} // namespace

class TestCliDamagedVault : public QObject
{
    Q_OBJECT

    QTemporaryDir tmp;
    int counter = 0;

    QString makeVault()
    {
        const QString dir = tmp.filePath(QString("v%1").arg(++counter));
        const CliRun created =
            runCliWith({"create", "--kdf", "test"}, dir, {{"ITS_NEW_PASSPHRASE", kPassphrase}});
        if (created.exitCode != 0)
            qWarning("%s", qPrintable(created.err));
        const CliRun imported = runCliWith(
            {"template", "import",
             QString(ITS_SOURCE_DIR) + "/assets/templates/" + "telco-switch-provider.en.json"},
            dir, secrets());
        if (imported.exitCode != 0)
            qWarning("%s", qPrintable(imported.err));
        return dir;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(tmp.isValid());
        QVERIFY(QDir().mkpath(tmp.filePath("share")));
    }

    void everyCommandRefusesAnEmptyOrMissingDatabase_data()
    {
        QTest::addColumn<bool>("missing");
        QTest::newRow("empty vault.db") << false;
        QTest::newRow("missing vault.db") << true;
    }
    void everyCommandRefusesAnEmptyOrMissingDatabase()
    {
        QFETCH(bool, missing);
        const QString dir = makeVault();
        const QString db = dir + "/vault.db";
        QVERIFY(QFileInfo(db).size() > 0);
        if (missing) {
            QVERIFY(QFile::remove(db));
        } else {
            QFile file(db);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate)); // `: > vault.db`
            file.close();
        }
        const auto mtime = std::filesystem::file_time_type::clock::now() - std::chrono::hours(30);
        if (!missing)
            std::filesystem::last_write_time(db.toStdString(), mtime);
        const auto before = snapshot(dir);

        const QString templ =
            QString(ITS_SOURCE_DIR) + "/assets/templates/telco-switch-provider.en.json";
        const QList<QStringList> commands = {
            {"walk", "list"},
            {"verify"},
            {"template", "list"},
            {"template", "import", templ},
            {"template", "export", "telco-switch-provider", "-"},
            {"walk", "export", "some-walk", "-"},
            {"summary", "compute", "some-walk"},
            {"passwd"},
            {"recover"},
            {"push"},
            {"sync", "status"},
            {"review", "create", tmp.filePath("share")},
            {"review", "invite"},
            {"review", "backup", tmp.filePath("backup.json")},
            {"roster"},
            {"revoke", "some-device"},
            {"pull"},
            {"summaries"},
            {"create", "--kdf", "interactive"},
        };
        for (const QStringList &command : commands) {
            const CliRun run = runCliWith(command, dir, secrets());
            const QString what = command.join(' ') + ": " + run.err;
            QVERIFY2(run.exitCode == 1, qPrintable(what));
            QVERIFY2(run.err.startsWith("error: vault damaged:"), qPrintable(what));
            QVERIFY2(run.err.contains("backup"), qPrintable(what));
            QVERIFY2(run.err.contains(missing ? "missing" : "empty"), qPrintable(what));
            QVERIFY2(run.out.isEmpty(), qPrintable(command.join(' ') + ": " + run.out));
            QCOMPARE(snapshot(dir), before);
        }
        QCOMPARE(QFile::exists(db), !missing);
        if (!missing)
            QVERIFY(std::filesystem::last_write_time(db.toStdString()) == mtime);
        QVERIFY(!QFile::exists(tmp.filePath("backup.json")));
    }

    void integrityFailureIsOneSentenceAndVerboseShowsTheDetail()
    {
        const QString dir = makeVault();
        const QString db = dir + "/vault.db";
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        QVERIFY(bytes.size() > 8 * 4096);
        for (qsizetype i = 3 * 4096 + 100; i < 3 * 4096 + 116; ++i)
            bytes[i] = static_cast<char>(bytes[i] ^ 0x5a);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        const auto before = snapshot(dir);

        const CliRun run = runCliWith({"verify"}, dir, secrets());
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.err.trimmed().split('\n');
        QVERIFY2(lines.size() <= 2, qPrintable(run.err));
        QVERIFY2(lines.first().startsWith("error: vault damaged:"), qPrintable(run.err));
        QVERIFY2(lines.first().contains("backup"), qPrintable(run.err));
        QVERIFY2(run.err.contains("--verbose"), qPrintable(run.err));
        QVERIFY2(!run.err.contains("Page "), qPrintable(run.err));

        for (const QStringList &args :
             {QStringList{"--verbose", "verify"}, QStringList{"verify", "--verbose"}}) {
            const CliRun verbose = runCliWith(args, dir, secrets());
            QCOMPARE(verbose.exitCode, 1);
            QVERIFY2(verbose.err.startsWith(lines.first()), qPrintable(verbose.err));
            QVERIFY2(verbose.err.contains("Page "), qPrintable(verbose.err));
        }
        QCOMPARE(snapshot(dir), before);
    }
};

QTEST_GUILESS_MAIN(TestCliDamagedVault)
#include "tst_cli_damaged_vault.moc"
