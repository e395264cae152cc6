#pragma once
// One exception type for the sync layer. `kind` lets callers (outbox, review pull, CLI) decide
// whether to retry, report or stop, without parsing messages.

#include <stdexcept>
#include <string>

namespace its::sync {

enum class SyncErrorKind
{
    Network,   // connection refused/dropped, timeout: retry later
    Http,      // the server answered with a non-2xx status: retry later unless 4xx auth
    Integrity, // read-back or stored bytes do not match what was written
    Config,    // bad URL, plain http to a non-loopback host, missing credentials
    Crypto,    // wrong review key, damaged ciphertext, bad backup passphrase
    Format,    // malformed envelope, invitation, enrollment or backup file
    NotFound,  // the named file does not exist on the target
    Io,        // local file system error (folder target)
};

class SyncError : public std::runtime_error
{
public:
    SyncError(SyncErrorKind kind, const std::string &message, int httpStatus = 0)
        : std::runtime_error(message)
        , kind_(kind)
        , httpStatus_(httpStatus)
    {
    }
    SyncErrorKind kind() const { return kind_; }
    int httpStatus() const { return httpStatus_; }

private:
    SyncErrorKind kind_;
    int httpStatus_;
};

} // namespace its::sync
