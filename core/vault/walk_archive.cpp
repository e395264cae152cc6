#include "walk_archive.h"

#include "evidence_policy.h"
#include "evidence_sharing.h"
#include "evidence_store.h"
#include "formats/format_error.h"
#include "formats/walk_json.h"
#include "vault_error.h"
#include "walk_import.h"
#include "walk_store.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <sodium.h>

namespace its {
namespace {

using nlohmann::json;

constexpr std::string_view kAlgorithm = "argon2id13+xchacha20poly1305";
// A header line is a few hundred bytes; anything longer is not an archive.
constexpr std::size_t kMaxHeader = 4096;

[[noreturn]] void damaged(const std::string &why)
{
    throw VaultError(VaultErrorCode::Corrupt, "not a valid walk archive: " + why);
}

std::string toBase64(const unsigned char *data, std::size_t size)
{
    const int variant = sodium_base64_VARIANT_ORIGINAL;
    std::string out(sodium_base64_encoded_len(size, variant), '\0');
    sodium_bin2base64(out.data(), out.size(), data, size, variant);
    out.resize(out.size() - 1); // the terminator
    return out;
}

std::vector<unsigned char> fromBase64(const json &object, const char *name)
{
    if (!object.contains(name) || !object.at(name).is_string())
        damaged(std::string("missing ") + name);
    const auto text = object.at(name).get<std::string>();
    std::vector<unsigned char> out(text.size());
    std::size_t length = 0;
    if (sodium_base642bin(out.data(), out.size(), text.data(), text.size(), nullptr, &length,
                          nullptr, sodium_base64_VARIANT_ORIGINAL) != 0)
        damaged(std::string("invalid base64 in ") + name);
    out.resize(length);
    return out;
}

json evidenceToJson(const EvidenceInfo &info, const std::vector<unsigned char> &bytes)
{
    return {{"id", info.id},
            {"contactId", info.contactId ? json(*info.contactId) : json(nullptr)},
            {"kind", std::string(toString(info.kind))},
            {"mime", info.mime},
            {"createdAtMs", info.createdAtMs},
            {"caption", info.caption},
            {"contactOffsetMs", info.contactOffsetMs ? json(*info.contactOffsetMs) : json(nullptr)},
            {"sha256", info.sha256Hex},
            {"data", toBase64(bytes.data(), bytes.size())}};
}

// Restores one item under a new id; returns it. Corrupt when its bytes do not match its hash.
std::string restoreEvidence(EvidenceStore &store, const std::string &walkId, const json &item)
{
    const std::vector<unsigned char> bytes = fromBase64(item, "data");
    EvidenceNote note;
    note.caption = item.at("caption").get<std::string>();
    if (!item.at("contactOffsetMs").is_null())
        note.contactOffsetMs = item.at("contactOffsetMs").get<std::int64_t>();
    const std::optional<std::string> contact =
        item.at("contactId").is_null()
            ? std::nullopt
            : std::optional<std::string>(item.at("contactId").get<std::string>());
    const EvidenceKind kind =
        item.at("kind").get<std::string>() == "voice" ? EvidenceKind::Voice : EvidenceKind::Photo;
    const std::string id = store.put(walkId, contact, kind, item.at("mime").get<std::string>(),
                                     bytes, item.at("createdAtMs").get<std::int64_t>(), note);
    if (store.info(id).sha256Hex != item.at("sha256").get<std::string>())
        damaged("evidence " + item.at("id").get<std::string>() + " does not match its SHA-256");
    return id;
}

} // namespace

std::string exportWalkArchive(Database &db, const std::string &walkId, std::string_view passphrase,
                              KdfCost cost)
{
    if (passphrase.empty())
        throw VaultError(VaultErrorCode::InvalidInput, "a walk archive needs a passphrase");
    ensureSodiumInitialised();
    const Walk walk = WalkStore(db).loadWalk(walkId);
    json payload = {{"walk", walkToJson(walk)},
                    {"evidence", json::array()},
                    {"shared", json::array()},
                    {"consents", json::array()}};
    EvidencePolicy policy(db);
    for (const Contact &contact : walk.contacts)
        for (const ConsentRecord &c : policy.consents(contact.id))
            payload["consents"].push_back(
                {{"contactId", c.contactId},
                 {"kind", c.kind},
                 {"language", c.language},
                 {"sentence", c.sentence},
                 {"at",
                  {{"wallMs", c.at.wallMs}, {"monoMs", c.at.monoMs}, {"anchor", c.at.anchor}}}});
    EvidenceStore store(db);
    for (const EvidenceInfo &info : store.list(walkId))
        payload["evidence"].push_back(evidenceToJson(info, store.read(info.id)));
    for (const SharedPhoto &photo : sharedPhotos(db, walkId))
        payload["shared"].push_back({{"evidenceId", photo.info.id},
                                     {"confirmedAtMs", photo.confirmedAtMs},
                                     {"mime", photo.mime},
                                     {"data", toBase64(photo.bytes.data(), photo.bytes.size())}});
    const std::string plain = payload.dump();

    const Argon2Params kdf = Argon2Params::generate(cost);
    std::vector<unsigned char> nonce(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(nonce.data(), nonce.size());
    const std::string header = json{{"format", kWalkArchiveFormat},
                                    {"version", kWalkArchiveVersion},
                                    {"algorithm", kAlgorithm},
                                    {"opslimit", kdf.opslimit},
                                    {"memlimit", kdf.memlimit},
                                    {"salt", toBase64(kdf.salt.data(), kdf.salt.size())},
                                    {"nonce", toBase64(nonce.data(), nonce.size())}}
                                   .dump() +
                               "\n";
    const SecureKey key = passphraseKey(passphrase, kdf);
    std::string out = header;
    out.resize(header.size() + plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long sealed = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(out.data() + header.size()), &sealed,
        reinterpret_cast<const unsigned char *>(plain.data()), plain.size(),
        reinterpret_cast<const unsigned char *>(header.data()), header.size(), nullptr,
        nonce.data(), key.data());
    out.resize(header.size() + sealed);
    return out;
}

bool looksLikeWalkArchive(std::string_view bytes)
{
    const std::size_t end = bytes.substr(0, kMaxHeader).find('\n');
    if (end == std::string_view::npos)
        return false;
    const json header = json::parse(bytes.substr(0, end), nullptr, false);
    return header.is_object() && header.value("format", "") == kWalkArchiveFormat;
}

ArchiveRestore importWalkArchive(Database &db, std::string_view archive,
                                 std::string_view passphrase)
{
    ensureSodiumInitialised();
    const std::size_t end = archive.substr(0, kMaxHeader).find('\n');
    if (archive.empty() || end == std::string_view::npos)
        damaged(archive.empty() ? "the file is empty" : "no header line");
    const std::string_view headerLine = archive.substr(0, end + 1);
    json header;
    try {
        header = json::parse(headerLine);
    } catch (const json::exception &) {
        damaged("the header is not JSON");
    }
    if (!header.is_object() || header.value("format", "") != kWalkArchiveFormat)
        damaged("the header names another format");
    if (!header.contains("version") || !header["version"].is_number_integer())
        damaged("the header has no version");
    if (header["version"].get<int>() > kWalkArchiveVersion)
        throw VaultError(VaultErrorCode::UnsupportedVersion,
                         "this walk archive was written by a newer version of the app");
    if (header.value("algorithm", "") != kAlgorithm || !header["opslimit"].is_number_unsigned() ||
        !header["memlimit"].is_number_unsigned())
        damaged("unknown key derivation");
    Argon2Params kdf;
    kdf.opslimit = header["opslimit"].get<std::uint64_t>();
    kdf.memlimit = header["memlimit"].get<std::uint64_t>();
    kdf.salt = fromBase64(header, "salt");
    const std::vector<unsigned char> nonce = fromBase64(header, "nonce");
    if (kdf.salt.size() != crypto_pwhash_SALTBYTES ||
        nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES ||
        kdf.opslimit < crypto_pwhash_OPSLIMIT_MIN || kdf.memlimit > (std::uint64_t{4} << 30))
        damaged("bad key derivation parameters");

    const std::string_view sealed = archive.substr(end + 1);
    if (sealed.size() < crypto_aead_xchacha20poly1305_ietf_ABYTES)
        damaged("the file is cut short");
    const SecureKey key = passphraseKey(passphrase, kdf);
    std::string plain(sealed.size() - crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(plain.data()), &length, nullptr,
            reinterpret_cast<const unsigned char *>(sealed.data()), sealed.size(),
            reinterpret_cast<const unsigned char *>(headerLine.data()), headerLine.size(),
            nonce.data(), key.data()) != 0)
        throw VaultError(VaultErrorCode::WrongPassphrase,
                         "wrong passphrase for this walk archive, or the file is damaged");
    plain.resize(length);

    try {
        const json payload = json::parse(plain);
        const Walk walk = walkFromJson(payload.at("walk"));
        Transaction tx(db);
        importWalk(db, walk); // AlreadyExists: nothing is written
        EvidenceStore store(db);
        std::map<std::string, std::string> newIds;
        for (const json &item : payload.at("evidence"))
            newIds[item.at("id").get<std::string>()] = restoreEvidence(store, walk.id, item);
        for (const json &copy : payload.at("shared")) {
            const auto id = newIds.find(copy.at("evidenceId").get<std::string>());
            if (id == newIds.end())
                damaged("a shared copy names no photo of the archive");
            shareEvidence(db, id->second, copy.at("mime").get<std::string>(),
                          fromBase64(copy, "data"), copy.at("confirmedAtMs").get<std::int64_t>());
        }
        // Version 2 adds the contacts' consent logs; a version 1 archive has none.
        EvidencePolicy policy(db);
        for (const json &c : payload.value("consents", json::array())) {
            const std::string contactId = c.at("contactId").get<std::string>();
            if (std::none_of(walk.contacts.begin(), walk.contacts.end(),
                             [&](const Contact &contact) { return contact.id == contactId; }))
                damaged("a consent record names no contact of the walk");
            const json &at = c.at("at");
            policy.recordConsent(
                contactId, c.at("kind").get<std::string>(), c.at("language").get<std::string>(),
                c.at("sentence").get<std::string>(),
                TimePoint{at.at("wallMs").get<std::int64_t>(), at.at("monoMs").get<std::int64_t>(),
                          at.at("anchor").get<std::string>()});
        }
        tx.commit();
        return ArchiveRestore{walk.id, static_cast<int>(newIds.size())};
    } catch (const json::exception &error) {
        damaged(error.what());
    } catch (const FormatError &error) {
        damaged(error.what());
    }
}

} // namespace its
