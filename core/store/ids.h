// Row ids: client-generated UUIDs, time-ordered (UUID version 7), so that inserting rows appends to the end of
// the id index instead of touching a random page of it (a random v4 id halved the ingest rate).
#pragma once

#include <QString>

namespace sd::store {

// A new UUIDv7 in its 36-character text form: 48 bits of Unix time in ms, then random bits.
[[nodiscard]] QString newId();

} // namespace sd::store
