#pragma once
// Internal: crash-safe small-file writes for vault.keys.json.

#include <filesystem>
#include <string>
#include <string_view>

namespace its {

// temp file in the same folder (0600), write, fsync, rename over `target`, fsync the folder.
// A crash leaves either the old or the new file, never a mix. Throws VaultError (DiskFull, Io).
void writeFileAtomically(const std::filesystem::path &target, std::string_view content);

// Whole file; NotFound when missing, Io otherwise.
std::string readWholeFile(const std::filesystem::path &path);

} // namespace its
