#include "passphrase_source.h"

#include <cstdlib>
#include <iostream>
#include <sodium.h>
#include <stdexcept>
#include <termios.h>
#include <unistd.h>

namespace its::cli {
namespace {

std::string readLineFromFd(int fd)
{
    std::string line;
    char c = 0;
    while (true) {
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0)
            throw std::runtime_error("cannot read the passphrase from file descriptor " +
                                     std::to_string(fd));
        if (n == 0 || c == '\n')
            break;
        line.push_back(c);
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return line;
}

bool isTerminal()
{
    return ::isatty(STDIN_FILENO) != 0;
}

std::string promptNoEcho(const std::string &prompt)
{
    std::cerr << prompt << std::flush;
    termios old{};
    ::tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    std::string line;
    std::getline(std::cin, line);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::cerr << '\n';
    return line;
}

} // namespace

std::optional<std::string> PassphraseSource::readNonInteractive()
{
    if (fd_ >= 0)
        return readLineFromFd(fd_);
    if (const char *value = std::getenv(envVar_.c_str()))
        return std::string(value);
    if (fallback_)
        return fallback_->readNonInteractive();
    return std::nullopt;
}

std::string PassphraseSource::sources() const
{
    std::string text = fdOption_.empty() ? "$" + envVar_ : fdOption_ + " N or $" + envVar_;
    if (fallback_)
        text += " (or " + fallback_->sources() + ")";
    return text;
}

std::string PassphraseSource::prompt(const std::string &text) const
{
    if (!isTerminal())
        throw std::runtime_error("no " + what_ + " given: use " + sources() +
                                 ", or run on a terminal to be prompted");
    return promptNoEcho(text);
}

const std::string &PassphraseSource::get()
{
    if (!cached_) {
        auto value = readNonInteractive();
        cached_ = value ? std::move(*value) : prompt(prompt_ + ": ");
    }
    return *cached_;
}

const std::string &PassphraseSource::getConfirmed()
{
    if (!cached_) {
        if (auto value = readNonInteractive()) {
            cached_ = std::move(*value);
        } else {
            std::string first = prompt(prompt_ + ": ");
            std::string second = prompt(prompt_ + " (again): ");
            if (first != second)
                throw std::runtime_error("the two " + what_ + "s differ");
            cached_ = std::move(first);
        }
    }
    return *cached_;
}

PassphraseSource::~PassphraseSource()
{
    if (cached_ && !cached_->empty())
        sodium_memzero(cached_->data(), cached_->size());
}

} // namespace its::cli
