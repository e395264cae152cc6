#pragma once
// Strict, path-aware reading of JSON documents. Every failure throws FormatError carrying the
// RFC 6901 pointer of the offending field, so a rejected file tells the user where to look.
// Unknown fields are rejected too: in a versioned format a misspelt key is a bug, not an extra.

#include "formats/format_error.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace its::json_read {

// "/a" + "b~c/d" -> "/a/b~0c~1d"
std::string childPath(const std::string &parent, std::string_view key);
std::string childPath(const std::string &parent, std::size_t index);

// Parses text; malformed JSON throws FormatError with the parser's byte position.
nlohmann::json parseText(std::string_view text);

// Checks the top-level "format" and "version" fields of a versioned document.
void checkHeader(const nlohmann::json &document, const std::string &path, std::string_view format,
                 int version);
// The same for a format whose readers accept versions oldest..newest; returns the version.
int checkHeader(const nlohmann::json &document, const std::string &path, std::string_view format,
                int oldest, int newest);

const char *typeName(const nlohmann::json &value);

// Reads the fields of one JSON object; call finish() to reject fields nobody asked for.
class ObjectReader
{
public:
    ObjectReader(const nlohmann::json &object, std::string path);

    const std::string &path() const { return path_; }
    std::string pathOf(std::string_view key) const { return childPath(path_, key); }
    bool has(std::string_view key) const;
    void ignore(std::string_view key) { seen_.emplace(key); }

    const nlohmann::json &required(std::string_view key);
    std::string string(std::string_view key);
    std::string nonEmptyString(std::string_view key);
    std::string optionalString(std::string_view key); // missing -> ""
    bool boolean(std::string_view key);
    bool optionalBoolean(std::string_view key, bool fallback);
    std::optional<bool> nullableBoolean(std::string_view key); // required; null -> nullopt
    std::int64_t integer(std::string_view key, std::int64_t min, std::int64_t max);
    std::optional<std::int64_t> nullableInteger(std::string_view key, std::int64_t min,
                                                std::int64_t max); // required; null -> nullopt
    double number(std::string_view key, double min, double max);
    std::optional<double> nullableNumber(std::string_view key, double min, double max);
    const nlohmann::json &array(std::string_view key);
    const nlohmann::json &optionalArray(std::string_view key); // missing -> empty array
    ObjectReader object(std::string_view key);

    void finish() const;

private:
    const nlohmann::json &object_;
    std::string path_;
    std::set<std::string, std::less<>> seen_;
};

// Range-checked readers for values that are not object fields (array items, null-able fields).
std::int64_t readInteger(const nlohmann::json &value, const std::string &path, std::int64_t min,
                         std::int64_t max);
double readNumber(const nlohmann::json &value, const std::string &path, double min, double max);
std::string readString(const nlohmann::json &value, const std::string &path);

} // namespace its::json_read
