#include "ogg_duration.h"

#include <cstring>

namespace its::media {
namespace {

constexpr std::size_t kPageHeader = 27; // "OggS" ... up to the segment count

std::uint64_t littleEndian(std::span<const unsigned char> bytes, std::size_t at, int size)
{
    std::uint64_t value = 0;
    for (int i = size - 1; i >= 0; --i)
        value = (value << 8) | bytes[at + static_cast<std::size_t>(i)];
    return value;
}

bool startsWith(std::span<const unsigned char> bytes, std::size_t at, const char *magic)
{
    const std::size_t n = std::strlen(magic);
    return at + n <= bytes.size() && std::memcmp(bytes.data() + at, magic, n) == 0;
}

} // namespace

std::optional<std::int64_t> oggDurationMs(std::span<const unsigned char> bytes)
{
    if (bytes.size() < kPageHeader || !startsWith(bytes, 0, "OggS"))
        return std::nullopt;
    const std::size_t packet = kPageHeader + bytes[26]; // after the segment table
    std::uint64_t rate = 0;
    std::uint64_t preSkip = 0;
    if (startsWith(bytes, packet, "OpusHead") && packet + 12 <= bytes.size()) {
        rate = 48000; // Opus granule positions always count 48 kHz samples
        preSkip = littleEndian(bytes, packet + 10, 2);
    } else if (startsWith(bytes, packet, "\x01vorbis") && packet + 16 <= bytes.size()) {
        rate = littleEndian(bytes, packet + 12, 4);
    }
    if (rate == 0)
        return std::nullopt;
    // The last page that carries a granule position (-1 means "no packet ends here").
    for (std::size_t at = bytes.size() - kPageHeader + 1; at-- > 0;) {
        if (!startsWith(bytes, at, "OggS"))
            continue;
        const std::uint64_t granule = littleEndian(bytes, at + 6, 8);
        if (granule == ~std::uint64_t{0})
            continue;
        const std::uint64_t samples = granule > preSkip ? granule - preSkip : 0;
        return static_cast<std::int64_t>(samples * 1000 / rate);
    }
    return std::nullopt;
}

} // namespace its::media
