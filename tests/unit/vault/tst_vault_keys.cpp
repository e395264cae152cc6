// Key material: SecureKey, recovery codes and the vault.keys.json format.
#include "vault/key_file.h"
#include "vault/recovery_code.h"
#include "vault/secure_key.h"
#include "vault_fixtures.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <cctype>

using namespace its;

class TestVaultKeys : public QObject
{
    Q_OBJECT
private slots:
    void rawKeyLiteralIsHexInGuardedMemory()
    {
        const SecureKey key = SecureKey::random();
        const SecureBuffer literal = key.sqlcipherRawKeyLiteral();
        QCOMPARE(literal.size(), std::size_t{67});
        const QByteArray text(reinterpret_cast<const char *>(literal.data()), 67);
        QCOMPARE(text, "x'" + testing::keyHex(key) + "'");
    }
    void keysAreRandomAndComparedByValue()
    {
        const SecureKey a = SecureKey::random();
        const SecureKey b = SecureKey::random();
        QVERIFY(!a.equals(b));
        const SecureKey c = SecureKey::fromBytes(std::span<const unsigned char, 32>(a.data(), 32));
        QVERIFY(a.equals(c));
    }
    void movedFromKeyIsEmpty()
    {
        SecureKey a = SecureKey::random();
        SecureKey b = std::move(a);
        QVERIFY(a.empty()); // NOLINT(bugprone-use-after-move): the point of the test
        QVERIFY(!b.empty());
        ITS_VERIFY_VAULT_ERROR(a.sqlcipherRawKeyLiteral(), VaultErrorCode::Locked);
    }
    void recoveryCodeRoundTripsAndToleratesTyping()
    {
        const std::string code = generateRecoveryCode();
        QCOMPARE(code.size(), std::size_t{27 + 6}); // 27 symbols in groups of 4
        const SecureBuffer exact = decodeRecoveryCode(code);
        QCOMPARE(exact.size(), std::size_t{16});
        std::string sloppy;
        for (char c : code)
            sloppy += c == '-' ? ' ' : static_cast<char>(std::tolower(c));
        const SecureBuffer typed = decodeRecoveryCode(sloppy);
        QVERIFY(std::equal(exact.bytes().begin(), exact.bytes().end(), typed.bytes().begin()));
    }
    void malformedRecoveryCodesAreRejected_data()
    {
        QTest::addColumn<QString>("code");
        const QString good = QString::fromStdString(generateRecoveryCode());
        QTest::newRow("empty") << QString();
        QTest::newRow("too short") << good.left(10);
        QTest::newRow("too long") << good + "A";
        QTest::newRow("bad character") << QString(good).replace(0, 1, "U");
        // Change one data symbol: the check symbol no longer matches.
        QString typo = good;
        typo[5] = typo[5] == QChar('7') ? QChar('8') : QChar('7');
        QTest::newRow("typo") << typo;
    }
    void malformedRecoveryCodesAreRejected()
    {
        QFETCH(QString, code);
        ITS_VERIFY_VAULT_ERROR(decodeRecoveryCode(code.toStdString()),
                               VaultErrorCode::WrongRecoveryCode);
    }
    void everySingleTypoAndSwapIsCaught()
    {
        // The check symbol must catch every one-symbol typo and every swap of two different
        // symbols, not most of them: a 5-bit hash let one typo in 32 through.
        const std::string_view alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        for (int round = 0; round < 20; ++round) {
            std::string symbols;
            for (char c : generateRecoveryCode())
                if (c != '-')
                    symbols += c;
            QCOMPARE(symbols.size(), std::size_t{27});
            int tried = 0;
            int accepted = 0;
            auto attempt = [&](const std::string &typed) {
                ++tried;
                try {
                    decodeRecoveryCode(typed);
                    ++accepted;
                    qWarning("accepted a mistyped code: %s (real: %s)", typed.c_str(),
                             symbols.c_str());
                } catch (const VaultError &e) {
                    if (e.code() != VaultErrorCode::WrongRecoveryCode)
                        QFAIL(e.what());
                }
            };
            for (std::size_t i = 0; i < symbols.size(); ++i)
                for (char replacement : alphabet)
                    if (replacement != symbols[i]) {
                        std::string typed = symbols;
                        typed[i] = replacement;
                        attempt(typed);
                    }
            for (std::size_t i = 0; i < symbols.size(); ++i)
                for (std::size_t j = i + 1; j < symbols.size(); ++j)
                    if (symbols[i] != symbols[j]) {
                        std::string typed = symbols;
                        std::swap(typed[i], typed[j]);
                        attempt(typed);
                    }
            QVERIFY(tried > 27 * 31);
            QCOMPARE(accepted, 0);
        }
    }
    void codesFromBeforeTheGf32CheckStillOpenTheirVault()
    {
        // Written by the previous code (5-bit hash check), with no "code_check" field.
        QFile fixture(QStringLiteral(ITS_VAULT_FIXTURES "/legacy-check.vault.keys.json"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        const KeyFile legacy = KeyFile::parse(fixture.readAll().toStdString());
        const std::string code = "H4KG-SEDT-B9S8-DYSJ-RZPA-9AFN-FW1";
        const SecureKey byPassphrase = legacy.unwrapWithPassphrase("legacy fixture passphrase");
        QVERIFY(legacy.unwrapWithRecoveryCode(code).equals(byPassphrase));
        QVERIFY(legacy.unwrapWithRecoveryCode("h4kg sedt b9s8 dysj rzpa 9afn fw1")
                    .equals(byPassphrase));
        // The legacy check still refuses this typo; it is not the new check's job.
        ITS_VERIFY_VAULT_ERROR(legacy.unwrapWithRecoveryCode("H4KG-SEDT-B9S8-DYSJ-RZPA-9AFN-FW2"),
                               VaultErrorCode::WrongRecoveryCode);
        // Saving the file again (after a passphrase change) keeps its codes working.
        const std::string saved = KeyFile(legacy).serialize();
        QVERIFY(saved.find("code_check") == std::string::npos);
        QVERIFY(KeyFile::parse(saved).unwrapWithRecoveryCode(code).equals(byPassphrase));
    }
    void newKeyFilesRecordTheirCodeCheck()
    {
        const std::string code = generateRecoveryCode();
        const KeyFile file = KeyFile::create("v", SecureKey::random(), "pw", code, KdfCost::Test);
        const QJsonObject root =
            QJsonDocument::fromJson(QByteArray::fromStdString(file.serialize())).object();
        QCOMPARE(root["wraps"]["recovery"]["code_check"].toString(), QString("gf32"));
        QVERIFY(!KeyFile::parse(file.serialize()).unwrapWithRecoveryCode(code).empty());
        std::string unknown = file.serialize();
        unknown.replace(unknown.find("\"gf32\""), 6, "\"gf64\"");
        ITS_VERIFY_VAULT_ERROR(KeyFile::parse(unknown), VaultErrorCode::UnsupportedVersion);
    }
    void keyFileRoundTripsThroughJson()
    {
        const SecureKey dataKey = SecureKey::random();
        const std::string code = generateRecoveryCode();
        const KeyFile file =
            KeyFile::create("vault-1", dataKey, "correct horse", code, KdfCost::Test);
        const KeyFile parsed = KeyFile::parse(file.serialize());
        QCOMPARE(parsed.vaultId(), std::string("vault-1"));
        QCOMPARE(parsed.cipher().compatibility, 3);
        QCOMPARE(parsed.cipher().pageSize, 4096);
        QVERIFY(parsed.unwrapWithPassphrase("correct horse").equals(dataKey));
        QVERIFY(parsed.unwrapWithRecoveryCode(code).equals(dataKey));
        ITS_VERIFY_VAULT_ERROR(parsed.unwrapWithPassphrase("wrong horse"),
                               VaultErrorCode::WrongPassphrase);
        ITS_VERIFY_VAULT_ERROR(parsed.unwrapWithRecoveryCode(generateRecoveryCode()),
                               VaultErrorCode::WrongRecoveryCode);
    }
    void keyFileRecordsCipherAndKdfSettings()
    {
        const KeyFile file =
            KeyFile::create("v", SecureKey::random(), "pw", generateRecoveryCode(), KdfCost::Test);
        const QJsonObject root =
            QJsonDocument::fromJson(QByteArray::fromStdString(file.serialize())).object();
        QCOMPARE(root["version"].toInt(), 1);
        QCOMPARE(root["cipher"]["name"].toString(), QString("sqlcipher"));
        QCOMPARE(root["cipher"]["compatibility"].toInt(), 3);
        QCOMPARE(root["cipher"]["page_size"].toInt(), 4096);
        QCOMPARE(root["wraps"]["passphrase"]["kdf"]["alg"].toString(), QString("argon2id13"));
        QCOMPARE(root["wraps"]["passphrase"]["kdf"]["memlimit"].toInteger(), 8LL << 20);
    }
    void wrapsAreBoundToTheirVault()
    {
        // A wrap copied into another vault's key file must not open: the AD names the vault.
        const SecureKey dataKey = SecureKey::random();
        const KeyFile file =
            KeyFile::create("vault-a", dataKey, "pw", generateRecoveryCode(), KdfCost::Test);
        std::string text = file.serialize();
        const auto pos = text.find("vault-a");
        QVERIFY(pos != std::string::npos);
        text.replace(pos, 7, "vault-b");
        ITS_VERIFY_VAULT_ERROR(KeyFile::parse(text).unwrapWithPassphrase("pw"),
                               VaultErrorCode::WrongPassphrase);
    }
    void malformedKeyFilesGiveClearErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("code");
        const auto good = QByteArray::fromStdString(
            KeyFile::create("v", SecureKey::random(), "pw", generateRecoveryCode(), KdfCost::Test)
                .serialize());
        const int corrupt = static_cast<int>(VaultErrorCode::Corrupt);
        QTest::newRow("empty") << QByteArray() << corrupt;
        QTest::newRow("not json") << QByteArray("{\"format\": ") << corrupt;
        QTest::newRow("truncated") << good.left(good.size() / 2) << corrupt;
        QTest::newRow("array") << QByteArray("[1,2]") << corrupt;
        QTest::newRow("other format")
            << QByteArray(good).replace("intheirshoes.vault-keys", "something.else") << corrupt;
        QTest::newRow("bad base64")
            << QByteArray(good).replace("\"nonce\": \"", "\"nonce\": \"!!") << corrupt;
        QTest::newRow("missing wraps")
            << QByteArray(good).replace("\"wraps\"", "\"wrapz\"") << corrupt;
        QTest::newRow("newer version")
            << QByteArray(good).replace("\"version\": 1", "\"version\": 7")
            << static_cast<int>(VaultErrorCode::UnsupportedVersion);
        QTest::newRow("huge memlimit")
            << QByteArray(good).replace("\"memlimit\": 8388608", "\"memlimit\": 999999999999")
            << corrupt;
    }
    void malformedKeyFilesGiveClearErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, code);
        try {
            KeyFile::parse(text.toStdString());
            QFAIL("malformed key file was accepted");
        } catch (const VaultError &e) {
            QCOMPARE(static_cast<int>(e.code()), code);
            QVERIFY2(QString(e.what()).contains("vault.keys.json"), e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestVaultKeys)
#include "tst_vault_keys.moc"
