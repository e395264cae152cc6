#pragma once
// The length of a voice memo, read from its Ogg stream (Opus or Vorbis) in memory: the last
// page's granule position over the sample rate (Opus: 48 kHz, minus the pre-skip). The store
// keeps no duration, and a player knows it only once the memo is loaded.

#include <cstdint>
#include <optional>
#include <span>

namespace its::media {

// nullopt when the bytes are not an Ogg Opus or Ogg Vorbis stream with a known end.
std::optional<std::int64_t> oggDurationMs(std::span<const unsigned char> bytes);

} // namespace its::media
