// A small, bounded cache of decrypted pages shared by the connections of one process that open the same
// encrypted database with the same key (internal to the sdcrypt VFS shim; see core/store/README.md).
//
// Why: in WAL mode SQLite drops a reader's whole page cache whenever another connection commits, so every read
// after a write would decrypt its pages again. An entry keeps a page's ciphertext as found on disk next to its
// plaintext; a read whose ciphertext (nonce and tag included) is byte for byte the cached one gets the cached
// plaintext without AES. Decryption is a function of (key, binding, ciphertext), and the cache is keyed by the
// key's fingerprint and the full binding (file kind, page number, context, page size), so a hit returns exactly
// what decrypting would have returned. No invalidation is needed for correctness: a page rewritten by a
// checkpoint, by another connection or by another process has a fresh nonce and so a different ciphertext.
#pragma once

#include "store/pagecodec.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace sd::store::crypto {

class PageCacheGroup;

// Process-wide settings and counters.
struct PageCacheCounters
{
    unsigned long long opened = 0;     // pages decrypted (AES-GCM open) by the shim
    unsigned long long sealed = 0;     // pages encrypted
    unsigned long long hits = 0;       // reads served from the cache
    unsigned long long staleHits = 0;  // entries found whose ciphertext no longer matched the disk
    unsigned long long evictions = 0;
    unsigned long long cachedBytes = 0; // plaintext + ciphertext currently held, all groups
};

// Limit per database file (plaintext and ciphertext together). 0 switches the cache off (the default: measured
// slower than decrypting again, see core/store/README.md); existing entries are wiped at the next insert of their
// group or when the file closes.
void setPageCacheLimit(std::size_t bytes);
[[nodiscard]] std::size_t pageCacheLimit();
[[nodiscard]] PageCacheCounters pageCacheCounters();
void countOpened();
void countSealed();

// The group for (database path, key). Held by every connection on that file; wiped when the last one closes.
[[nodiscard]] std::shared_ptr<PageCacheGroup> pageCacheGroup(const std::string &path, const unsigned char *key);

class PageCacheGroup
{
public:
    PageCacheGroup();
    ~PageCacheGroup();
    PageCacheGroup(const PageCacheGroup &) = delete;
    PageCacheGroup &operator=(const PageCacheGroup &) = delete;

    // If the page `binding` is cached with exactly the ciphertext `cipher`, writes its plaintext to `out` (reserve
    // bytes zero, page 1 with SQLite's magic: what PageCipher::open leaves) and returns true. `out` may be `cipher`.
    bool lookup(const PageBinding &binding, const unsigned char *cipher, unsigned char *out, std::size_t pageSize);
    // Remembers a page after it was decrypted or sealed.
    void insert(const PageBinding &binding, const unsigned char *cipher, const unsigned char *plain,
                std::size_t pageSize);
    // Wipes every entry (plaintext with OPENSSL_cleanse).
    void clear();

    struct Impl;

private:
    std::unique_ptr<Impl> d;
};

} // namespace sd::store::crypto
