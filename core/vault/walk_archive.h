#pragma once
// The executive's own backup of one walk with its photos and voice memos, "intheirshoes.
// walk-archive" version 2 (2 added the consent log): as safe as the vault. One header line of JSON
// (format, version, the Argon2id parameters and the nonce), then the XChaCha20-Poly1305 ciphertext
// of a JSON payload: the walk (formats/walk_json.h, private notes included), every evidence item
// with its bytes and the shared copies of photos and the contacts' call-audio consent records
// (version 1 archives, without them, still import). The header line is the ciphertext's associated
// data, so no parameter can be changed unnoticed. See docs/FORMATS.md.

#include "database.h"
#include "key_file.h"

#include <string>
#include <string_view>

namespace its {

inline constexpr std::string_view kWalkArchiveFormat = "intheirshoes.walk-archive";
inline constexpr int kWalkArchiveVersion = 2;

// Reads the walk and its evidence (NotFound for an unknown walk; Corrupt when an item's chunks
// do not match its SHA-256) and returns the archive's bytes.
std::string exportWalkArchive(Database &db, const std::string &walkId, std::string_view passphrase,
                              KdfCost cost);

struct ArchiveRestore
{
    std::string walkId;
    int evidence = 0; // items restored
};

// All or nothing, in one transaction. WrongPassphrase when the tag does not verify (a wrong
// passphrase, or a damaged file: the two cannot be told apart); Corrupt for a malformed header
// or payload; UnsupportedVersion for a newer archive; AlreadyExists when the walk is in the
// vault (a restore never overwrites).
ArchiveRestore importWalkArchive(Database &db, std::string_view archive,
                                 std::string_view passphrase);

// True when `bytes` start like a walk archive (so "walk import" can tell it from walk JSON).
bool looksLikeWalkArchive(std::string_view bytes);

} // namespace its
