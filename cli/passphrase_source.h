#pragma once
// Secrets never come from argv (visible in `ps` and shell history). They come from a file
// descriptor (--passphrase-fd N), an environment variable, or an interactive prompt without echo.

#include <optional>
#include <string>

namespace its::cli {

class PassphraseSource
{
public:
    PassphraseSource(std::string envVar, std::string prompt)
        : envVar_(std::move(envVar))
        , prompt_(std::move(prompt))
    {
    }
    void setFd(int fd) { fd_ = fd; }

    // Reads the secret once (a descriptor can only be read once) and caches it.
    // Throws std::runtime_error with a clear message when no source is available.
    const std::string &get();
    // For new secrets: prompts twice on a terminal and insists they match.
    const std::string &getConfirmed();

    ~PassphraseSource();
    PassphraseSource(const PassphraseSource &) = delete;
    PassphraseSource &operator=(const PassphraseSource &) = delete;

private:
    std::optional<std::string> readNonInteractive();
    std::string envVar_;
    std::string prompt_;
    int fd_ = -1;
    std::optional<std::string> cached_;
};

} // namespace its::cli
