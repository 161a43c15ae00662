// The page decoder's fuzz entry point, shared by the libFuzzer target and the corpus regression test.
#pragma once

#include <cstddef>
#include <cstdint>

namespace sd::store::fuzz {

// Input: byte 0 selects the file kind, bytes 1..4 the page number (big-endian), bytes 5..12 the offset bound as
// context; the rest is a page image as read from disk. Decodes it under a fixed test key and checks the codec's
// promises: bad sizes are Malformed, a failed decode leaks no plaintext, and sealing then opening the same bytes
// round-trips and refuses another binding. Aborts when a promise breaks; returns 0 otherwise.
int decodeOnePage(const std::uint8_t *data, std::size_t size);

} // namespace sd::store::fuzz
