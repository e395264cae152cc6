#pragma once
// Every rejected file names the JSON path (RFC 6901 pointer) of the offending field.

#include <stdexcept>
#include <string>
#include <utility>

namespace its {

class FormatError : public std::runtime_error
{
public:
    FormatError(std::string jsonPath, const std::string &message)
        : std::runtime_error(message + " (at " + (jsonPath.empty() ? "/" : jsonPath) + ")")
        , path_(std::move(jsonPath))
    {
    }
    const std::string &path() const { return path_; }

private:
    std::string path_;
};

} // namespace its
