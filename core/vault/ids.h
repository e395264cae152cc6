#pragma once
// Internal: random identifiers for vaults, walks, contacts and evidence.

#include <string>

namespace its {

// A random (version 4) UUID in canonical lowercase form, from libsodium's CSPRNG.
std::string newUuid();

// Milliseconds since the Unix epoch.
long long nowUnixMs();

} // namespace its
