#include "review/key_backup.h"

#include "sync/sync_error.h"

#include <algorithm>
#include <cstring>
#include <nlohmann/json.hpp>
#include <set>
#include <sodium.h>

namespace its::sync {

namespace {

using nlohmann::json;

constexpr const char *kBackupFormat = "intheirshoes.review-key-backup";
// A roster of thousands of devices is a few hundred KiB; anything far larger is not a backup.
constexpr qsizetype kMaxBackupBytes = 16 * 1024 * 1024;

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

QByteArray bytesField(const json &object, const char *name, qsizetype expectedSize = -1)
{
    return fromBase64(QString::fromStdString(object.at(name).get<std::string>()), name,
                      expectedSize);
}

json rosterToJson(const std::vector<RosterEntry> &roster)
{
    json entries = json::array();
    for (const RosterEntry &entry : roster) {
        json item = {{"deviceId", entry.deviceId.toStdString()},
                     {"label", entry.label.toStdString()},
                     {"signPublic", toBase64(entry.signPublic).toStdString()},
                     {"enrolledMs", entry.enrolledMs},
                     {"revokedMs", nullptr}};
        if (entry.revokedMs)
            item["revokedMs"] = *entry.revokedMs;
        entries.push_back(std::move(item));
    }
    return entries;
}

// Every entry is checked: the device id must be the one its key gives (as on enrollment).
std::vector<RosterEntry> rosterFromJson(const json &entries)
{
    if (!entries.is_array())
        malformed("roster is not a list");
    std::vector<RosterEntry> roster;
    std::set<QString> seen;
    for (const json &item : entries) {
        RosterEntry entry;
        entry.deviceId = QString::fromStdString(item.at("deviceId").get<std::string>());
        entry.label = QString::fromStdString(item.at("label").get<std::string>());
        entry.signPublic = bytesField(item, "signPublic", crypto_sign_PUBLICKEYBYTES);
        entry.enrolledMs = item.at("enrolledMs").get<qint64>();
        if (!item.at("revokedMs").is_null())
            entry.revokedMs = item.at("revokedMs").get<qint64>();
        if (deviceIdFor(entry.signPublic) != entry.deviceId)
            malformed("roster device " + entry.deviceId.toStdString() +
                      " does not match its signing key");
        if (!seen.insert(entry.deviceId).second)
            malformed("roster lists device " + entry.deviceId.toStdString() + " twice");
        roster.push_back(std::move(entry));
    }
    return roster;
}

KdfCost readKdf(const json &kdf)
{
    if (kdf.at("alg").get<std::string>() != "argon2id13")
        malformed("unknown KDF");
    const KdfCost cost{kdf.at("opsLimit").get<unsigned long long>(),
                       kdf.at("memLimit").get<std::size_t>()};
    if (cost.opsLimit < crypto_pwhash_OPSLIMIT_MIN || cost.opsLimit > 64 ||
        cost.memLimit < crypto_pwhash_MEMLIMIT_MIN || cost.memLimit > (1ull << 31))
        malformed("KDF parameters out of range");
    return cost;
}

// Version 1 sealed the bare secret key; version 2 seals the secret key followed by a JSON
// document {circle, publicKey, roster}. The copies of circle and key inside are compared with
// the plain header, so an edited header is caught too.
void readPayload(ReviewBackup &backup, const SecretBytes &plain)
{
    backup.keys.boxSecret = SecretBytes(crypto_box_SECRETKEYBYTES);
    std::memcpy(backup.keys.boxSecret.data(), plain.data(), crypto_box_SECRETKEYBYTES);
    if (backup.version == 1)
        return;
    const auto *begin = plain.data() + crypto_box_SECRETKEYBYTES;
    const auto inner = json::parse(begin, plain.data() + plain.size(), nullptr, false);
    if (inner.is_discarded() || !inner.is_object())
        malformed("the encrypted part is not JSON");
    if (QString::fromStdString(inner.at("circle").get<std::string>()) != backup.circleId ||
        bytesField(inner, "publicKey", crypto_box_PUBLICKEYBYTES) != backup.keys.boxPublic)
        malformed("the circle or public key was changed outside the encrypted part");
    backup.roster = rosterFromJson(inner.at("roster"));
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
    if (backup.keys.boxSecret.size() != crypto_box_SECRETKEYBYTES)
        throw SyncError(SyncErrorKind::Config, "the review key to back up is incomplete");
    QByteArray salt(crypto_pwhash_SALTBYTES, '\0');
    randombytes_buf(salt.data(), static_cast<std::size_t>(salt.size()));
    QByteArray nonce(crypto_secretbox_NONCEBYTES, '\0');
    randombytes_buf(nonce.data(), static_cast<std::size_t>(nonce.size()));
    const SecretBytes key = deriveKey(passphrase, salt, cost);

    const std::string inner = json{{"circle", backup.circleId.toStdString()},
                                   {"publicKey", toBase64(backup.keys.boxPublic).toStdString()},
                                   {"roster", rosterToJson(backup.roster)}}
                                  .dump();
    SecretBytes plain(crypto_box_SECRETKEYBYTES + inner.size());
    std::memcpy(plain.data(), backup.keys.boxSecret.data(), crypto_box_SECRETKEYBYTES);
    std::memcpy(plain.data() + crypto_box_SECRETKEYBYTES, inner.data(), inner.size());
    QByteArray sealed(static_cast<qsizetype>(plain.size() + crypto_secretbox_MACBYTES), '\0');
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(sealed.data()), plain.data(),
                          plain.size(), reinterpret_cast<const unsigned char *>(nonce.constData()),
                          key.data());
    const json file = {{"format", kBackupFormat},
                       {"version", kReviewBackupVersion},
                       {"circle", backup.circleId.toStdString()},
                       {"publicKey", toBase64(backup.keys.boxPublic).toStdString()},
                       {"kdf",
                        {{"alg", "argon2id13"},
                         {"opsLimit", cost.opsLimit},
                         {"memLimit", cost.memLimit},
                         {"salt", toBase64(salt).toStdString()}}},
                       {"nonce", toBase64(nonce).toStdString()},
                       {"payload", toBase64(sealed).toStdString()}};
    return QByteArray::fromStdString(file.dump(2) + "\n");
}

ReviewBackup importReviewBackup(const QByteArray &file, const std::string &passphrase)
{
    ensureSodium();
    if (file.size() > kMaxBackupBytes)
        malformed("the file is too large");
    const auto document = json::parse(file.constBegin(), file.constEnd(), nullptr, false);
    if (document.is_discarded() || !document.is_object())
        malformed("not JSON (is the file complete?)");
    if (document.value("format", "") != kBackupFormat)
        malformed("format is not " + std::string(kBackupFormat));
    const int version = document.value("version", 0);
    if (version != 1 && version != 2)
        malformed("unsupported version " + std::to_string(version));
    try {
        ReviewBackup backup;
        backup.version = version;
        const KdfCost cost = readKdf(document.at("kdf"));
        const QByteArray salt = bytesField(document.at("kdf"), "salt", crypto_pwhash_SALTBYTES);
        const QByteArray nonce = bytesField(document, "nonce", crypto_secretbox_NONCEBYTES);
        const QByteArray sealed =
            version == 1 ? bytesField(document, "secretKey",
                                      crypto_box_SECRETKEYBYTES + crypto_secretbox_MACBYTES)
                         : bytesField(document, "payload");
        if (static_cast<std::size_t>(sealed.size()) <
            crypto_box_SECRETKEYBYTES + crypto_secretbox_MACBYTES)
            malformed("the encrypted part is too short");
        backup.circleId = QString::fromStdString(document.at("circle").get<std::string>());
        backup.keys.boxPublic = bytesField(document, "publicKey", crypto_box_PUBLICKEYBYTES);

        const SecretBytes key = deriveKey(passphrase, salt, cost);
        SecretBytes plain(static_cast<std::size_t>(sealed.size()) - crypto_secretbox_MACBYTES);
        if (crypto_secretbox_open_easy(
                plain.data(), reinterpret_cast<const unsigned char *>(sealed.constData()),
                static_cast<unsigned long long>(sealed.size()),
                reinterpret_cast<const unsigned char *>(nonce.constData()), key.data()) != 0)
            throw SyncError(SyncErrorKind::Crypto,
                            "wrong passphrase for this review key backup (or the file is damaged)");
        readPayload(backup, plain);
        if (!backup.keys.consistent())
            malformed("secret key does not match the public key");
        return backup;
    } catch (const nlohmann::json::exception &error) {
        malformed(error.what());
    }
}

} // namespace its::sync
