#include "formats/json_reader.h"

#include <cmath>
#include <limits>

namespace its::json_read {

using nlohmann::json;

std::string childPath(const std::string &parent, std::string_view key)
{
    std::string path = parent + "/";
    for (const char c : key) {
        if (c == '~')
            path += "~0";
        else if (c == '/')
            path += "~1";
        else
            path += c;
    }
    return path;
}

std::string childPath(const std::string &parent, std::size_t index)
{
    return parent + "/" + std::to_string(index);
}

json parseText(std::string_view text)
{
    try {
        return json::parse(text.begin(), text.end());
    } catch (const json::parse_error &error) {
        // nlohmann's message already says "at line L, column C"; the byte offset helps editors.
        throw FormatError("", "malformed JSON at byte " + std::to_string(error.byte) + ": " +
                                  error.what());
    }
}

const char *typeName(const json &value)
{
    if (value.is_number_integer())
        return "integer";
    return value.type_name();
}

int checkHeader(const json &document, const std::string &path, std::string_view format, int oldest,
                int newest)
{
    if (!document.is_object())
        throw FormatError(path, std::string("expected an object, found ") + typeName(document));
    const auto formatIt = document.find("format");
    if (formatIt == document.end())
        throw FormatError(childPath(path, "format"), "missing field \"format\"");
    if (!formatIt->is_string() || formatIt->get<std::string>() != format)
        throw FormatError(childPath(path, "format"), "unknown format " + formatIt->dump() +
                                                         ", expected \"" + std::string(format) +
                                                         "\"");
    const auto versionIt = document.find("version");
    if (versionIt == document.end())
        throw FormatError(childPath(path, "version"), "missing field \"version\"");
    const bool known = versionIt->is_number_integer() && versionIt->get<std::int64_t>() >= oldest &&
                       versionIt->get<std::int64_t>() <= newest;
    if (!known)
        throw FormatError(childPath(path, "version"),
                          "unsupported version " + versionIt->dump() + " of " +
                              std::string(format) + ", this build reads version " +
                              (oldest == newest
                                   ? std::to_string(newest)
                                   : std::to_string(oldest) + " to " + std::to_string(newest)));
    return static_cast<int>(versionIt->get<std::int64_t>());
}

void checkHeader(const json &document, const std::string &path, std::string_view format,
                 int version)
{
    checkHeader(document, path, format, version, version);
}

std::int64_t readInteger(const json &value, const std::string &path, std::int64_t min,
                         std::int64_t max)
{
    if (!value.is_number_integer())
        throw FormatError(path, std::string("expected an integer, found ") + typeName(value));
    if (value.is_number_unsigned() && value.get<std::uint64_t>() > static_cast<std::uint64_t>(max))
        throw FormatError(path, value.dump() + " is out of range " + std::to_string(min) + ".." +
                                    std::to_string(max));
    const auto number = value.get<std::int64_t>();
    if (number < min || number > max)
        throw FormatError(path, std::to_string(number) + " is out of range " + std::to_string(min) +
                                    ".." + std::to_string(max));
    return number;
}

double readNumber(const json &value, const std::string &path, double min, double max)
{
    if (!value.is_number())
        throw FormatError(path, std::string("expected a number, found ") + typeName(value));
    const auto number = value.get<double>();
    if (!std::isfinite(number) || number < min || number > max)
        throw FormatError(path, value.dump() + " is out of range " + json(min).dump() + ".." +
                                    json(max).dump());
    return number;
}

std::string readString(const json &value, const std::string &path)
{
    if (!value.is_string())
        throw FormatError(path, std::string("expected a string, found ") + typeName(value));
    return value.get<std::string>();
}

ObjectReader::ObjectReader(const json &object, std::string path)
    : object_(object)
    , path_(std::move(path))
{
    if (!object_.is_object())
        throw FormatError(path_, std::string("expected an object, found ") + typeName(object_));
}

bool ObjectReader::has(std::string_view key) const
{
    return object_.find(key) != object_.end();
}

const json &ObjectReader::required(std::string_view key)
{
    seen_.emplace(key);
    const auto it = object_.find(key);
    if (it == object_.end())
        throw FormatError(pathOf(key), "missing field \"" + std::string(key) + "\"");
    return *it;
}

std::string ObjectReader::string(std::string_view key)
{
    return readString(required(key), pathOf(key));
}

std::string ObjectReader::nonEmptyString(std::string_view key)
{
    auto text = string(key);
    if (text.empty())
        throw FormatError(pathOf(key), "must not be empty");
    return text;
}

std::string ObjectReader::optionalString(std::string_view key)
{
    return has(key) ? string(key) : std::string();
}

bool ObjectReader::boolean(std::string_view key)
{
    const json &value = required(key);
    if (!value.is_boolean())
        throw FormatError(pathOf(key), std::string("expected a boolean, found ") + typeName(value));
    return value.get<bool>();
}

bool ObjectReader::optionalBoolean(std::string_view key, bool fallback)
{
    return has(key) ? boolean(key) : fallback;
}

std::optional<bool> ObjectReader::nullableBoolean(std::string_view key)
{
    if (required(key).is_null())
        return std::nullopt;
    return boolean(key);
}

std::int64_t ObjectReader::integer(std::string_view key, std::int64_t min, std::int64_t max)
{
    return readInteger(required(key), pathOf(key), min, max);
}

std::optional<std::int64_t> ObjectReader::nullableInteger(std::string_view key, std::int64_t min,
                                                          std::int64_t max)
{
    if (required(key).is_null())
        return std::nullopt;
    return integer(key, min, max);
}

double ObjectReader::number(std::string_view key, double min, double max)
{
    return readNumber(required(key), pathOf(key), min, max);
}

std::optional<double> ObjectReader::nullableNumber(std::string_view key, double min, double max)
{
    if (required(key).is_null())
        return std::nullopt;
    return number(key, min, max);
}

const json &ObjectReader::array(std::string_view key)
{
    const json &value = required(key);
    if (!value.is_array())
        throw FormatError(pathOf(key), std::string("expected an array, found ") + typeName(value));
    return value;
}

const json &ObjectReader::optionalArray(std::string_view key)
{
    static const json empty = json::array();
    return has(key) ? array(key) : empty;
}

ObjectReader ObjectReader::object(std::string_view key)
{
    return ObjectReader(required(key), pathOf(key));
}

void ObjectReader::finish() const
{
    for (const auto &item : object_.items()) {
        if (seen_.find(item.key()) == seen_.end())
            throw FormatError(childPath(path_, item.key()), "unknown field \"" + item.key() + "\"");
    }
}

} // namespace its::json_read
