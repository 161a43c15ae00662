// Encryption at rest for the local store: an SQLite VFS shim ("sdcrypt") that seals every page of the main
// database, its WAL and its rollback journal with AES-256-GCM. The on-disk format is described in cryptovfs.cpp.
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <span>
#include <utility>

struct sqlite3;

namespace sd::store {

inline constexpr auto kCryptoErrorDomain = "store.crypto";
inline constexpr const char *kCryptoVfsName = "sdcrypt";
inline constexpr std::size_t kDatabaseKeyBytes = 32;

enum class CryptoError {
    WrongKey = 1,  // the file was sealed under another key
    Damaged,       // a page failed authentication, the file is truncated or its header is not ours
    NotEncrypted,  // a plain SQLite database where an encrypted one was expected
    KeyMissing,    // no key: an all-zero key, or a URI without a registered key id
    Io,            // the operating system refused a read, write or open
    Unsupported,   // a request the shim refuses: temp files on disk, page size changes, unknown I/O shapes
    Sqlite,        // any other SQLite failure
};

using DatabaseKey = std::span<const unsigned char, kDatabaseKeyBytes>;

// Registers the shim once per process under `name`, layered over `baseVfs` (nullptr: the default VFS).
// Several names may be registered over different base VFSes (tests stack one over a power-cut VFS).
// The shim never becomes the default VFS.
[[nodiscard]] Status registerCryptoVfs(const char *name = kCryptoVfsName, const char *baseVfs = nullptr);

// An in-process registry that hands a key to the shim without putting key bytes in a URI. The bytes live in
// OpenSSL's secure heap and are wiped on removal. The shim copies the key when the main database file opens,
// so an id can be removed as soon as sqlite3_open_v2() has returned.
class CryptoKeyRegistry
{
public:
    [[nodiscard]] static std::uint64_t add(DatabaseKey key); // 0 when no secure memory is left
    static void remove(std::uint64_t id);
};

// "file:<path>?vfs=<vfs>&sdkey=<id>": a URI for sqlite3_open_v2(..., SQLITE_OPEN_URI, ...).
[[nodiscard]] QByteArray encryptedUri(const QString &path, std::uint64_t keyId, const char *vfs = kCryptoVfsName);

struct EncryptedOpenOptions
{
    const char *vfs = kCryptoVfsName;
    bool readOnly = false;
    bool create = true;
    bool walMode = true; // switch to journal_mode=WAL after the checks (the store always runs in WAL)
};

// Applies what an encrypted connection needs before anything is written — reserve bytes, in-memory temp
// storage, no mmap — and proves the key by reading the schema. For connections opened by hand through
// encryptedUri().
[[nodiscard]] Status prepareEncryptedConnection(sqlite3 *db, bool walMode = true);

// Opens (or creates) an encrypted database: registers the default shim if needed, hands the key over through
// CryptoKeyRegistry for the duration of sqlite3_open_v2(), then prepareEncryptedConnection(). Errors come back
// typed (CryptoError in domain "store.crypto"): a wrong key and a damaged page 1 are found here. Extended
// result codes are switched on. The caller owns the handle (sqlite3_close_v2).
[[nodiscard]] Result<sqlite3 *> openEncrypted(const QString &path, DatabaseKey key,
                                              const EncryptedOpenOptions &options = {});

// Turns an SQLite result code seen on an encrypted connection into a typed error, asking the shim why a page
// was refused (wrong key, damage) when it was the shim that failed.
[[nodiscard]] Error cryptoErrorFromSqlite(sqlite3 *db, int rc);

// The shim's view of a connection's main database; also used by tests.
struct CryptoFileStatus
{
    bool encrypted = false;
    std::uint32_t pageSize = 0;
    int lastFailure = 0; // 0 or a CryptoError value (sticky for the connection)
    unsigned long long splitWalBodies = 0; // WAL frame bodies that arrived in two writes and were joined
};
[[nodiscard]] Result<CryptoFileStatus> cryptoStatus(sqlite3 *db);

// An owning handle for an encrypted connection.
class EncryptedDatabase
{
public:
    EncryptedDatabase() = default;
    explicit EncryptedDatabase(sqlite3 *db) : m_db(db) { }
    ~EncryptedDatabase();
    EncryptedDatabase(EncryptedDatabase &&other) noexcept : m_db(std::exchange(other.m_db, nullptr)) { }
    EncryptedDatabase &operator=(EncryptedDatabase &&other) noexcept;
    EncryptedDatabase(const EncryptedDatabase &) = delete;
    EncryptedDatabase &operator=(const EncryptedDatabase &) = delete;

    [[nodiscard]] static Result<EncryptedDatabase> open(const QString &path, DatabaseKey key,
                                                        const EncryptedOpenOptions &options = {});

    [[nodiscard]] sqlite3 *handle() const { return m_db; }
    [[nodiscard]] bool isOpen() const { return m_db != nullptr; }
    void close();

private:
    sqlite3 *m_db = nullptr;
};

} // namespace sd::store
