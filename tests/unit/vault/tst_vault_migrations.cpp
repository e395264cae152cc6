// Migrations: recorded per component, idempotent, newer schemas refused without writing.
#include "vault/migrations.h"
#include "vault/template_store.h"
#include "vault/vault.h"
#include "vault/vault_schema.h"
#include "vault/walk_store.h"
#include "vault_fixtures.h"

#include <QTemporaryDir>
#include <QtTest>
#include <array>

using namespace its;

class TestVaultMigrations : public QObject
{
    Q_OBJECT
    QTemporaryDir tmp_;
    std::filesystem::path file(const char *name) const
    {
        return std::filesystem::path(tmp_.path().toStdString()) / name;
    }

private slots:
    void vaultSchemaIsRecorded()
    {
        CreatedVault created = Vault::create(file("v"), "pw", KdfCost::Test);
        Database &db = created.vault.db();
        QCOMPARE(schemaVersion(db, kVaultComponent), latestVaultSchemaVersion());
        QCOMPARE(db.queryInt64("SELECT count(*) FROM schema_migrations WHERE component = 'vault'"),
                 static_cast<std::int64_t>(vaultMigrations().size()));
        QVERIFY(db.queryInt64("SELECT applied_at_ms FROM schema_migrations") > 1'600'000'000'000);
    }

    void rerunningIsANoOp()
    {
        Database db = Database::open(file("plain.db"), nullptr, true);
        applyVaultSchema(db);
        const auto applied =
            db.queryInt64("SELECT applied_at_ms FROM schema_migrations WHERE version = 1");
        const auto changesBefore = db.queryInt64("SELECT total_changes()");
        applyVaultSchema(db);
        applyVaultSchema(db);
        QCOMPARE(db.queryInt64("SELECT total_changes()"), changesBefore);
        QCOMPARE(db.queryInt64("SELECT count(*) FROM schema_migrations"),
                 static_cast<std::int64_t>(vaultMigrations().size()));
        QCOMPARE(db.queryInt64("SELECT applied_at_ms FROM schema_migrations WHERE version = 1"),
                 applied);
    }

    void otherComponentsMigrateIndependently()
    {
        Database db = Database::open(file("sync.db"), nullptr, true);
        applyVaultSchema(db);
        const std::array<Migration, 2> sync{{
            {1, "CREATE TABLE outbox (id INTEGER PRIMARY KEY, payload BLOB)"},
            {2, "ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0"},
        }};
        runMigrations(db, "sync", std::span(sync).first(1));
        QCOMPARE(schemaVersion(db, "sync"), 1);
        runMigrations(db, "sync", sync);
        QCOMPARE(schemaVersion(db, "sync"), 2);
        QCOMPARE(schemaVersion(db, kVaultComponent), latestVaultSchemaVersion());
        db.exec("INSERT INTO outbox (payload, attempts) VALUES (x'00', 3)");
    }

    void failingStepLeavesNoTrace()
    {
        Database db = Database::open(file("fail.db"), nullptr, true);
        const std::array<Migration, 2> steps{{
            {1, "CREATE TABLE a (x INTEGER)"},
            {2, "CREATE TABLE b (y INTEGER); INSERT INTO nowhere VALUES (1)"},
        }};
        QVERIFY_THROWS_EXCEPTION(VaultError, runMigrations(db, "demo", steps));
        QCOMPARE(schemaVersion(db, "demo"), 1);
        QCOMPARE(db.queryInt64("SELECT count(*) FROM sqlite_master WHERE name = 'b'"), 0);
    }

    // A vault from before the CSAT question (schema v1) gains the csat column when opened by
    // this build: its walks keep every answer and have csat unanswered; csat then saves.
    void version1VaultGainsCsat()
    {
        const auto path = file("v1.db");
        std::string walkId;
        {
            Database db = Database::open(path, nullptr, true);
            runMigrations(db, kVaultComponent, vaultMigrations().first(1));
            QCOMPARE(schemaVersion(db, kVaultComponent), 1);
            // SQLite 3.15 has no pragma_table_info(): read the table's own definition.
            QCOMPARE(db.queryInt64("SELECT count(*) FROM sqlite_master WHERE name = 'walks'"
                                   " AND sql LIKE '%csat%'"),
                     0);
            walkId = WalkStore(db).createWalk(testing::sampleTemplate(), "p", testing::at(1));
            db.exec("UPDATE walks SET recommend = 8, effort = 2, would_stay = 1");
        }
        Database db = Database::open(path, nullptr, false);
        applyVaultSchema(db);
        QCOMPARE(schemaVersion(db, kVaultComponent), latestVaultSchemaVersion());
        WalkStore walks(db);
        Walk walk = walks.loadWalk(walkId);
        QCOMPARE(walk.answers.recommend, std::optional<int>(8));
        QCOMPARE(walk.answers.effort, std::optional<int>(2));
        QCOMPARE(walk.answers.wouldStay, std::optional<bool>(true));
        QVERIFY(!walk.answers.csat.has_value());

        walk.answers.csat = 4;
        walks.setAnswers(walkId, walk.answers);
        QCOMPARE(walks.loadWalk(walkId).answers.csat, std::optional<int>(4));
        // The column's own CHECK guards the scale too, below the store's validation.
        QVERIFY_THROWS_EXCEPTION(VaultError, db.exec("UPDATE walks SET csat = 6"));
        QCOMPARE(walks.loadWalk(walkId).answers.csat, std::optional<int>(4));
    }

    // A vault from before the responsible department (schema v2) gains moment_department when
    // opened: its moments keep kind, theme and severity, with the owner ("") as department.
    void version2VaultGainsMomentDepartment()
    {
        const auto path = file("v2.db");
        std::string walkId;
        std::string contactId;
        {
            Database db = Database::open(path, nullptr, true);
            runMigrations(db, kVaultComponent, vaultMigrations().first(2));
            QCOMPARE(schemaVersion(db, kVaultComponent), 2);
            WalkStore walks(db);
            walkId = walks.createWalk(testing::sampleTemplate(), "p", testing::at(1));
            contactId = walks.startContact(walkId, "call", testing::at(2));
            db.exec("INSERT INTO observations (contact_id, moment_kind, moment_theme,"
                    " moment_severity) VALUES ('" +
                    contactId + "', 'pain_point', 'billing', 2)");
        }
        Database db = Database::open(path, nullptr, false);
        applyVaultSchema(db);
        QCOMPARE(schemaVersion(db, kVaultComponent), latestVaultSchemaVersion());
        WalkStore walks(db);
        Observation observation = walks.loadWalk(walkId).contacts.at(0).observation;
        QCOMPARE(observation.moment.theme, std::string("billing"));
        QCOMPARE(observation.moment.severity, 2);
        QCOMPARE(observation.moment.department, std::string());
        observation.moment.department = "sales";
        walks.saveObservation(contactId, observation);
        QCOMPARE(walks.loadWalk(walkId).contacts.at(0).observation.moment.department,
                 std::string("sales"));
    }

    // A vault from before journeys were kept per language (schema v3) keeps its templates when
    // opened by this build, and can then hold the same journey in a second language.
    void version3VaultKeepsItsTemplatesAndTakesASecondLanguage()
    {
        const auto path = file("v3.db");
        JourneyTemplate english = testing::sampleTemplate("telco");
        english.language = "en";
        {
            Database db = Database::open(path, nullptr, true);
            runMigrations(db, kVaultComponent, vaultMigrations().first(3));
            QCOMPARE(schemaVersion(db, kVaultComponent), 3);
            TemplateStore(db).save(english, 7);
            JourneyTemplate italian = english;
            italian.language = "it";
            // Before v4 the id alone is the key: the Italian one would replace the English.
            TemplateStore(db).save(italian, 8);
            QCOMPARE(TemplateStore(db).list().size(), std::size_t{1});
            TemplateStore(db).save(english, 7);
        }
        Database db = Database::open(path, nullptr, false);
        applyVaultSchema(db);
        QCOMPARE(schemaVersion(db, kVaultComponent), latestVaultSchemaVersion());
        TemplateStore templates(db);
        QCOMPARE(templates.list().size(), std::size_t{1});
        QCOMPARE(templates.list()[0].importedAtMs, 7);
        QCOMPARE(templates.load("telco").name, english.name);
        JourneyTemplate italian = english;
        italian.language = "it";
        italian.name = "Disdetta in italiano";
        templates.save(italian, 9);
        QCOMPARE(templates.list().size(), std::size_t{2});
        QCOMPARE(templates.load("telco", "it").name, italian.name);
        QCOMPARE(templates.load("telco", "en").name, english.name);
    }

    void newerSchemaIsRefused()
    {
        const auto path = file("newer.db");
        {
            Database db = Database::open(path, nullptr, true);
            applyVaultSchema(db);
            db.exec("INSERT INTO schema_migrations VALUES ('vault', 99, 0)");
        }
        Database db = Database::open(path, nullptr, false);
        const auto changes = db.queryInt64("SELECT total_changes()");
        try {
            applyVaultSchema(db);
            QFAIL("a newer schema was accepted");
        } catch (const VaultError &e) {
            QCOMPARE(testing::nameOf(e.code()),
                     testing::nameOf(VaultErrorCode::UnsupportedVersion));
            QVERIFY2(QString(e.what()).contains("99"), e.what());
        }
        QCOMPARE(db.queryInt64("SELECT total_changes()"), changes);
    }

    void newerVaultSchemaFailsUnlock()
    {
        {
            CreatedVault created = Vault::create(file("nv"), "pw", KdfCost::Test);
            created.vault.db().exec("INSERT INTO schema_migrations VALUES ('vault', " +
                                    std::to_string(latestVaultSchemaVersion() + 1) + ", 0)");
        }
        ITS_VERIFY_VAULT_ERROR(Vault::unlock(file("nv"), "pw"), VaultErrorCode::UnsupportedVersion);
    }

    void openNeverCreatesUnlessAsked()
    {
        ITS_VERIFY_VAULT_ERROR(Database::open(file("absent.db"), nullptr, false),
                               VaultErrorCode::NotFound);
        QVERIFY(!std::filesystem::exists(file("absent.db")));
    }

    void unorderedMigrationsAreAProgrammingError()
    {
        Database db = Database::open(file("order.db"), nullptr, true);
        const std::array<Migration, 2> steps{{{2, "SELECT 1"}, {1, "SELECT 1"}}};
        ITS_VERIFY_VAULT_ERROR(runMigrations(db, "x", steps), VaultErrorCode::InvalidInput);
    }

    void transactionRollsBackUnlessCommitted()
    {
        Database db = Database::open(file("tx.db"), nullptr, true);
        db.exec("CREATE TABLE t (x INTEGER)");
        {
            Transaction tx(db);
            db.exec("INSERT INTO t VALUES (1)");
        }
        QCOMPARE(db.queryInt64("SELECT count(*) FROM t"), 0);
        {
            Transaction tx(db);
            db.exec("INSERT INTO t VALUES (1)");
            tx.commit();
        }
        QCOMPARE(db.queryInt64("SELECT count(*) FROM t"), 1);
    }

    void initTestCase() { QVERIFY(tmp_.isValid()); }
};

QTEST_GUILESS_MAIN(TestVaultMigrations)
#include "tst_vault_migrations.moc"
