#pragma once
// What every command gets: the vault folder, where secrets come from, and the output streams.

#include "passphrase_source.h"

#include <QString>
#include <iosfwd>

namespace its::cli {

struct Context
{
    QString vaultDir;
    PassphraseSource passphrase;       // the current passphrase
    PassphraseSource newPassphrase;    // for create / passwd / recover
    PassphraseSource backupPassphrase; // of a backup: review backup / restore, walk archives
    std::ostream &out;
    std::ostream &err;
    bool verbose = false; // --verbose: the raw detail behind an error (SQLite's findings)
};

// Exit codes: 0 ok, 1 operation failed (message on stderr), 2 usage error.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

} // namespace its::cli
