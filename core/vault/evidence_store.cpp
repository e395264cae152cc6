#include "evidence_store.h"

#include "ids.h"
#include "secure_key.h"

#include <sodium.h>

namespace its {
namespace {

std::string hex(const unsigned char *data, std::size_t size)
{
    std::string out(size * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), data, size);
    out.pop_back();
    return out;
}

EvidenceInfo readInfo(const Statement &stmt)
{
    EvidenceInfo info;
    info.id = stmt.columnText(0);
    info.walkId = stmt.columnText(1);
    if (!stmt.isNull(2))
        info.contactId = stmt.columnText(2);
    info.kind = stmt.columnText(3) == "voice" ? EvidenceKind::Voice : EvidenceKind::Photo;
    info.mime = stmt.columnText(4);
    info.size = stmt.columnInt64(5);
    info.sha256Hex = stmt.columnText(6);
    info.createdAtMs = stmt.columnInt64(7);
    info.caption = stmt.columnText(8);
    if (!stmt.isNull(9))
        info.contactOffsetMs = stmt.columnInt64(9);
    return info;
}

constexpr const char *kInfoColumns =
    "SELECT id, walk_id, contact_id, kind, mime, size, sha256, created_at_ms, caption,"
    " contact_offset_ms FROM evidence ";

[[noreturn]] void noEvidence(const std::string &id)
{
    throw VaultError(VaultErrorCode::NotFound, "no evidence with id '" + id + "'");
}

} // namespace

std::string_view toString(EvidenceKind kind)
{
    return kind == EvidenceKind::Voice ? "voice" : "photo";
}

std::string EvidenceStore::put(const std::string &walkId,
                               const std::optional<std::string> &contactId, EvidenceKind kind,
                               std::string_view mime, std::span<const unsigned char> bytes,
                               std::int64_t createdAtMs, const EvidenceNote &note)
{
    std::size_t offset = 0;
    const Reader reader = [&](std::span<unsigned char> buffer) {
        const std::size_t n = std::min(buffer.size(), bytes.size() - offset);
        std::copy_n(bytes.begin() + static_cast<std::ptrdiff_t>(offset), n, buffer.begin());
        offset += n;
        return n;
    };
    return put(walkId, contactId, kind, mime, reader, createdAtMs, note);
}

std::string EvidenceStore::put(const std::string &walkId,
                               const std::optional<std::string> &contactId, EvidenceKind kind,
                               std::string_view mime, const Reader &reader,
                               std::int64_t createdAtMs, const EvidenceNote &note)
{
    if (mime.empty())
        throw VaultError(VaultErrorCode::InvalidInput, "evidence needs a MIME type");
    if (note.contactOffsetMs && (!contactId || *note.contactOffsetMs < 0))
        throw VaultError(VaultErrorCode::InvalidInput,
                         "a time on the contact's timeline needs a contact and must not be "
                         "negative");
    ensureSodiumInitialised();
    const std::string id = newUuid();
    Transaction tx(db_);
    if (contactId) {
        // Foreign keys check that the contact exists, not that it belongs to this walk.
        Statement owner = db_.prepare("SELECT walk_id FROM contacts WHERE id = ?");
        owner.bindText(1, *contactId);
        if (owner.step() && owner.columnText(0) != walkId)
            throw VaultError(VaultErrorCode::InvalidInput,
                             "contact " + *contactId + " does not belong to walk " + walkId);
    }
    // The header row first (foreign keys check walk and contact), with size and hash filled in
    // once every chunk is written; the transaction makes the whole blob appear at once.
    Statement header = db_.prepare(
        "INSERT INTO evidence (id, walk_id, contact_id, kind, mime, size, sha256, created_at_ms,"
        " caption, contact_offset_ms) VALUES (?, ?, ?, ?, ?, 0, '', ?, ?, ?)");
    header.bindText(1, id)
        .bindText(2, walkId)
        .bindOptText(3, contactId ? std::optional<std::string_view>(*contactId) : std::nullopt)
        .bindText(4, toString(kind))
        .bindText(5, mime)
        .bindInt64(6, createdAtMs)
        .bindText(7, note.caption)
        .bindOptInt64(8, note.contactOffsetMs);
    header.run();

    crypto_hash_sha256_state hash;
    crypto_hash_sha256_init(&hash);
    std::vector<unsigned char> chunk(kChunkSize);
    Statement insert =
        db_.prepare("INSERT INTO evidence_chunks (evidence_id, idx, data) VALUES (?, ?, ?)");
    std::int64_t index = 0;
    std::int64_t total = 0;
    for (;;) {
        // Fill a whole chunk even from a reader that returns short reads.
        std::size_t filled = 0;
        while (filled < chunk.size()) {
            const std::size_t n = reader(std::span(chunk).subspan(filled));
            if (n == 0)
                break;
            filled += n;
        }
        if (filled == 0)
            break;
        crypto_hash_sha256_update(&hash, chunk.data(), filled);
        insert.reset();
        insert.bindText(1, id).bindInt64(2, index++).bindBlob(3, std::span(chunk).first(filled));
        insert.run();
        total += static_cast<std::int64_t>(filled);
        if (filled < chunk.size())
            break;
    }
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&hash, digest);
    Statement finish = db_.prepare("UPDATE evidence SET size = ?, sha256 = ? WHERE id = ?");
    finish.bindInt64(1, total).bindText(2, hex(digest, sizeof digest)).bindText(3, id);
    finish.run();
    tx.commit();
    return id;
}

EvidenceInfo EvidenceStore::info(const std::string &id)
{
    Statement stmt = db_.prepare(std::string(kInfoColumns) + "WHERE id = ?");
    stmt.bindText(1, id);
    if (!stmt.step())
        noEvidence(id);
    return readInfo(stmt);
}

std::vector<EvidenceInfo> EvidenceStore::list(const std::string &walkId)
{
    Statement stmt =
        db_.prepare(std::string(kInfoColumns) + "WHERE walk_id = ? ORDER BY created_at_ms, id");
    stmt.bindText(1, walkId);
    std::vector<EvidenceInfo> out;
    while (stmt.step())
        out.push_back(readInfo(stmt));
    return out;
}

std::vector<unsigned char> EvidenceStore::read(const std::string &id)
{
    const EvidenceInfo meta = info(id);
    std::vector<unsigned char> out;
    out.reserve(static_cast<std::size_t>(meta.size));
    crypto_hash_sha256_state hash;
    crypto_hash_sha256_init(&hash);
    Statement stmt =
        db_.prepare("SELECT idx, data FROM evidence_chunks WHERE evidence_id = ? ORDER BY idx");
    stmt.bindText(1, id);
    std::int64_t expected = 0;
    while (stmt.step()) {
        if (stmt.columnInt64(0) != expected++)
            throw VaultError(VaultErrorCode::Corrupt, "evidence " + id + " is damaged: chunk " +
                                                          std::to_string(expected - 1) +
                                                          " is missing");
        const std::vector<unsigned char> data = stmt.columnBlob(1);
        crypto_hash_sha256_update(&hash, data.data(), data.size());
        out.insert(out.end(), data.begin(), data.end());
    }
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&hash, digest);
    if (static_cast<std::int64_t>(out.size()) != meta.size ||
        hex(digest, sizeof digest) != meta.sha256Hex)
        throw VaultError(VaultErrorCode::Corrupt,
                         "evidence " + id + " is damaged: its content does not match its SHA-256");
    return out;
}

void EvidenceStore::remove(const std::string &id)
{
    Transaction tx(db_);
    Statement stmt = db_.prepare("DELETE FROM evidence WHERE id = ?"); // chunks cascade
    stmt.bindText(1, id);
    stmt.run();
    if (db_.changes() == 0)
        noEvidence(id);
    tx.commit();
}

} // namespace its
