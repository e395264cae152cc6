#pragma once
// Small helpers shared by the CLI commands: opening the vault, reading and writing files.

#include "context.h"
#include "vault/key_file.h"
#include "vault/vault.h"

#include <QString>
#include <string>

namespace its::cli {

Vault openVault(Context &context);

// Reads a whole file; throws std::runtime_error naming the file on failure.
std::string readFile(const QString &path);
// Writes atomically (temporary file + rename): a full disk leaves the old file, never half a file.
// "-" writes to stdout.
void writeFileAtomically(Context &context, const QString &path, const std::string &bytes);

// "--kdf interactive|moderate" anywhere in args (removed from args). Default moderate.
// "--kdf test" (tests only) is accepted with a warning on stderr and not offered in --help.
KdfCost takeKdfOption(Context &context, QStringList &args);

// ISO 8601 with the local offset, e.g. 2026-12-03T10:15:00+01:00. Every printed time uses it.
std::string isoTime(std::int64_t wallMs);

} // namespace its::cli
