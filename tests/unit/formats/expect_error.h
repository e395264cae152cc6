#pragma once
// Runs a parse that must fail and returns the JSON path of the FormatError it threw.

#include "formats/format_error.h"

#include <QString>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>

namespace its::test {

inline constexpr const char *kNoError = "<no FormatError thrown>";

template <typename Parse> std::string errorPath(Parse parse, std::string *message = nullptr)
{
    try {
        parse();
    } catch (const FormatError &error) {
        if (message)
            *message = error.what();
        return error.path();
    }
    return kNoError;
}

// One malformed variant of a valid document and the path its rejection must name.
struct Mutation
{
    const char *what;
    std::function<void(nlohmann::json &)> mutate;
    std::string expectedPath;
};

} // namespace its::test
