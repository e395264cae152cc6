#pragma once
// Photos and voice notes kept inside the vault, in 256 KiB chunks so a large recording never
// has to sit in memory twice and SQLite pages stay small. Each blob carries its SHA-256,
// checked on every read.

#include "database.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace its {

enum class EvidenceKind
{
    Photo,
    Voice
};

std::string_view toString(EvidenceKind kind);

struct EvidenceInfo
{
    std::string id;
    std::string walkId;
    std::optional<std::string> contactId; // nullopt = evidence of the walk as a whole
    EvidenceKind kind = EvidenceKind::Photo;
    std::string mime;
    std::int64_t size = 0;
    std::string sha256Hex;
    std::int64_t createdAtMs = 0;
    std::string caption;
    std::optional<std::int64_t> contactOffsetMs; // ms since the contact started
};

// What the executive says about an item and where it sits on the contact's timeline.
struct EvidenceNote
{
    std::string caption;
    std::optional<std::int64_t> contactOffsetMs; // must be >= 0; needs a contact
};

class EvidenceStore
{
public:
    static constexpr std::size_t kChunkSize = 256 * 1024;
    // Fills `buffer`, returns the bytes written; 0 means end of input. May throw.
    using Reader = std::function<std::size_t(std::span<unsigned char> buffer)>;

    explicit EvidenceStore(Database &db)
        : db_(db)
    {
    }

    // One transaction: either the whole blob is stored or nothing is. Returns the evidence id.
    std::string put(const std::string &walkId, const std::optional<std::string> &contactId,
                    EvidenceKind kind, std::string_view mime, std::span<const unsigned char> bytes,
                    std::int64_t createdAtMs, const EvidenceNote &note = {});
    std::string put(const std::string &walkId, const std::optional<std::string> &contactId,
                    EvidenceKind kind, std::string_view mime, const Reader &reader,
                    std::int64_t createdAtMs, const EvidenceNote &note = {});

    EvidenceInfo info(const std::string &id); // NotFound
    std::vector<EvidenceInfo> list(const std::string &walkId);
    // Reassembles the chunks; Corrupt when a chunk is missing or the SHA-256 differs.
    std::vector<unsigned char> read(const std::string &id);
    // Deletes the item and every chunk in one transaction. NotFound.
    void remove(const std::string &id);

private:
    Database &db_;
};

} // namespace its
