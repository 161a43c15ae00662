// Typed errors of the local store, carried in sd::Error with domain "store".
#pragma once

#include "common/result.h"

#include <QString>

struct sqlite3;

namespace sd::store {

enum class StoreError {
    Generic = 1,
    Busy,         // another connection holds the lock longer than busy_timeout
    Constraint,   // UNIQUE, CHECK, NOT NULL or FOREIGN KEY violated
    Corrupt,      // the file is damaged (or the encryption key is wrong)
    NotADatabase, // not an SQLite file at all (or unreadable with this key)
    Io,           // the operating system refused a read or write
    Full,         // the disk is full
    ReadOnly,     // a write on a read-only connection
    CantOpen,     // the file could not be opened
    Misuse,       // the API was used wrongly (a bug of ours)
    Interrupted,
    TooNew,       // the database was written by a newer SellerDesk
    Migration,    // a migration step failed
    NotFound,     // a referenced row does not exist
    InvalidArgument,
};

inline constexpr QStringView kStoreErrorDomain = u"store";

[[nodiscard]] sd::Error storeError(StoreError code, const QString &message);

// Maps an SQLite result code to a typed error; the message names what we were doing and SQLite's reason
// (which never contains bound values).
[[nodiscard]] sd::Error sqliteError(sqlite3 *db, int rc, QStringView context);

} // namespace sd::store
