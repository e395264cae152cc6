#pragma once
// Secrets never come from argv (visible in `ps` and shell history). They come from a file
// descriptor (--passphrase-fd N), an environment variable, or an interactive prompt without echo.

#include <optional>
#include <string>

namespace its::cli {

class PassphraseSource
{
public:
    // `fdOption` ("--passphrase-fd") and `envVar` ("ITS_PASSPHRASE") are named in the error
    // when no secret is given; `what` ("passphrase") says which secret it is.
    PassphraseSource(std::string envVar, std::string fdOption, std::string prompt,
                     std::string what = "passphrase")
        : envVar_(std::move(envVar))
        , fdOption_(std::move(fdOption))
        , prompt_(std::move(prompt))
        , what_(std::move(what))
    {
    }
    void setFd(int fd) { fd_ = fd; }
    // Read `other`'s descriptor or variable when this one has neither (before prompting).
    void setFallback(PassphraseSource *other) { fallback_ = other; }

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
    std::string sources() const; // "--passphrase-fd N or $ITS_PASSPHRASE"
    std::string prompt(const std::string &text) const;
    std::string envVar_;
    std::string fdOption_;
    std::string prompt_;
    std::string what_;
    int fd_ = -1;
    PassphraseSource *fallback_ = nullptr;
    std::optional<std::string> cached_;
};

} // namespace its::cli
