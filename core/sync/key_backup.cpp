#include "sync/key_backup.h"

#include "sync/sync_error.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

namespace its::sync {

namespace {

constexpr const char *kBackupFormat = "intheirshoes.review-key-backup";

SecretBytes deriveKey(const std::string &passphrase, const QByteArray &salt, KdfCost cost)
{
    SecretBytes key(crypto_secretbox_KEYBYTES);
    if (crypto_pwhash(key.data(), key.size(), passphrase.data(), passphrase.size(),
                      reinterpret_cast<const unsigned char *>(salt.constData()), cost.opsLimit,
                      cost.memLimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw SyncError(SyncErrorKind::Crypto, "not enough memory to derive the backup key");
    return key;
}

[[noreturn]] void malformed(const std::string &why)
{
    throw SyncError(SyncErrorKind::Format, "not a valid review key backup: " + why);
}

} // namespace

KdfCost KdfCost::standard()
{
    return {3, 64u * 1024u * 1024u};
}
KdfCost KdfCost::minimal()
{
    return {crypto_pwhash_OPSLIMIT_MIN, 8u * 1024u};
}

QByteArray exportReviewBackup(const ReviewBackup &backup, const std::string &passphrase,
                              KdfCost cost)
{
    ensureSodium();
    if (passphrase.empty())
        throw SyncError(SyncErrorKind::Config, "the backup passphrase must not be empty");
    QByteArray salt(crypto_pwhash_SALTBYTES, '\0');
    randombytes_buf(salt.data(), static_cast<std::size_t>(salt.size()));
    QByteArray nonce(crypto_secretbox_NONCEBYTES, '\0');
    randombytes_buf(nonce.data(), static_cast<std::size_t>(nonce.size()));
    const SecretBytes key = deriveKey(passphrase, salt, cost);
    const SecretBytes &secret = backup.keys.boxSecret;
    QByteArray sealed(static_cast<qsizetype>(secret.size() + crypto_secretbox_MACBYTES), '\0');
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(sealed.data()), secret.data(),
                          secret.size(), reinterpret_cast<const unsigned char *>(nonce.constData()),
                          key.data());
    const nlohmann::json json = {{"format", kBackupFormat},
                                 {"version", 1},
                                 {"circle", backup.circleId.toStdString()},
                                 {"publicKey", toBase64(backup.keys.boxPublic).toStdString()},
                                 {"kdf",
                                  {{"alg", "argon2id13"},
                                   {"opsLimit", cost.opsLimit},
                                   {"memLimit", cost.memLimit},
                                   {"salt", toBase64(salt).toStdString()}}},
                                 {"nonce", toBase64(nonce).toStdString()},
                                 {"secretKey", toBase64(sealed).toStdString()}};
    return QByteArray::fromStdString(json.dump(2) + "\n");
}

ReviewBackup importReviewBackup(const QByteArray &file, const std::string &passphrase)
{
    ensureSodium();
    const auto json = nlohmann::json::parse(file.constBegin(), file.constEnd(), nullptr, false);
    if (json.is_discarded() || !json.is_object())
        malformed("not JSON");
    if (json.value("format", "") != kBackupFormat)
        malformed("format is not " + std::string(kBackupFormat));
    if (json.value("version", 0) != 1)
        malformed("unsupported version");
    try {
        const auto &kdf = json.at("kdf");
        if (kdf.at("alg").get<std::string>() != "argon2id13")
            malformed("unknown KDF");
        const KdfCost cost{kdf.at("opsLimit").get<unsigned long long>(),
                           kdf.at("memLimit").get<std::size_t>()};
        if (cost.opsLimit < crypto_pwhash_OPSLIMIT_MIN || cost.opsLimit > 64 ||
            cost.memLimit < crypto_pwhash_MEMLIMIT_MIN || cost.memLimit > (1ull << 31))
            malformed("KDF parameters out of range");
        const QByteArray salt =
            fromBase64(QString::fromStdString(kdf.at("salt")), "kdf.salt", crypto_pwhash_SALTBYTES);
        const QByteArray nonce = fromBase64(QString::fromStdString(json.at("nonce")), "nonce",
                                            crypto_secretbox_NONCEBYTES);
        const QByteArray sealed =
            fromBase64(QString::fromStdString(json.at("secretKey")), "secretKey",
                       crypto_box_SECRETKEYBYTES + crypto_secretbox_MACBYTES);
        ReviewBackup backup;
        backup.circleId = QString::fromStdString(json.at("circle").get<std::string>());
        backup.keys.boxPublic = fromBase64(QString::fromStdString(json.at("publicKey")),
                                           "publicKey", crypto_box_PUBLICKEYBYTES);
        const SecretBytes key = deriveKey(passphrase, salt, cost);
        backup.keys.boxSecret = SecretBytes(crypto_box_SECRETKEYBYTES);
        if (crypto_secretbox_open_easy(backup.keys.boxSecret.data(),
                                       reinterpret_cast<const unsigned char *>(sealed.constData()),
                                       static_cast<unsigned long long>(sealed.size()),
                                       reinterpret_cast<const unsigned char *>(nonce.constData()),
                                       key.data()) != 0)
            throw SyncError(SyncErrorKind::Crypto,
                            "wrong passphrase for this review key backup (or the file is damaged)");
        if (!backup.keys.consistent())
            malformed("secret key does not match the public key");
        return backup;
    } catch (const nlohmann::json::exception &error) {
        malformed(error.what());
    }
}

} // namespace its::sync
