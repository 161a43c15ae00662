// AES-256-GCM sealing of one SQLite page image, with nonce, tag and key check value kept in the page's
// reserved bytes. Used by the encrypting VFS (cryptovfs.cpp) and by the fuzz target; no SQLite in here.
#pragma once

#include <cstddef>
#include <cstdint>

struct evp_cipher_ctx_st;

namespace sd::store::crypto {

inline constexpr std::size_t kKeyBytes = 32;
inline constexpr std::size_t kNonceBytes = 12;
inline constexpr std::size_t kTagBytes = 16;
inline constexpr std::size_t kKeyCheckBytes = 4;
// Reserved bytes at the end of every page: nonce | tag | key check value.
inline constexpr std::size_t kReserveBytes = kNonceBytes + kTagBytes + kKeyCheckBytes;
// Bytes of page 1 of the main database that stay readable (and are authenticated): our magic in place of
// "SQLite format 3\0" (16 bytes) and header bytes 16..23 (page size, format versions, reserve, payload fractions).
inline constexpr std::size_t kPage1PlainBytes = 24;
inline constexpr std::size_t kMagicBytes = 16;
inline constexpr std::size_t kMinPageSize = 512;
inline constexpr std::size_t kMaxPageSize = 65536;

// The magic that replaces "SQLite format 3\0" on disk, so that a plain SQLite refuses the file.
extern const unsigned char kEncryptedMagic[kMagicBytes];
extern const unsigned char kSqliteMagic[kMagicBytes];

// Which file a page image lives in; part of the associated data so images cannot move between files.
enum class FileKind : std::uint8_t { MainDb = 1, Wal = 2, Journal = 3 };

// Everything a page image is bound to besides its own bytes.
struct PageBinding
{
    FileKind kind = FileKind::MainDb;
    std::uint32_t pgno = 0;
    std::uint64_t context0 = 0; // reserved, 0
    std::uint64_t context1 = 0; // WAL / journal: file offset of the image; main database: 0
};

enum class DecodeStatus {
    Ok,
    Unauthenticated, // tag mismatch under our key: the bytes were modified or torn
    WrongKey,        // the key check value differs: sealed under another key
    Malformed,       // not a page image at all (bad size, all zero reserve)
};

[[nodiscard]] constexpr bool isValidPageSize(std::size_t pageSize)
{
    return pageSize >= kMinPageSize && pageSize <= kMaxPageSize && (pageSize & (pageSize - 1)) == 0;
}

// Header fields of page 1 of an encrypted main database, read from its plaintext prefix.
struct MainHeader
{
    bool sqlitePlain = false; // the file starts with the ordinary SQLite magic: not encrypted
    bool ours = false;        // starts with our magic
    std::uint32_t pageSize = 0;
    std::uint8_t reserve = 0;
};
// Parses the first kPage1PlainBytes of a main database file (n may be shorter: then nothing is known).
[[nodiscard]] MainHeader parseMainHeader(const unsigned char *bytes, std::size_t n);

// One key, two reusable OpenSSL contexts (seal and open). Not thread-safe: one per file handle.
class PageCipher
{
public:
    PageCipher() = default;
    ~PageCipher();
    PageCipher(const PageCipher &) = delete;
    PageCipher &operator=(const PageCipher &) = delete;

    // Keys both contexts; false when OpenSSL fails. The key bytes are not kept here (only OpenSSL's schedule).
    [[nodiscard]] bool init(const unsigned char *key);
    [[nodiscard]] bool isReady() const { return m_seal != nullptr; }

    // Seals plain (pageSize bytes) into out (pageSize bytes, may not alias plain). Reserve bytes of plain are
    // ignored. For page 1 of the main database the first 24 bytes stay readable with our magic.
    [[nodiscard]] bool seal(const PageBinding &binding, const unsigned char *plain, unsigned char *out,
                            std::size_t pageSize);
    // Opens a sealed image in place. On success the reserve is zeroed and page 1 gets its SQLite magic back;
    // on failure the usable bytes are wiped so that no unauthenticated plaintext ever leaves.
    [[nodiscard]] DecodeStatus open(const PageBinding &binding, unsigned char *page, std::size_t pageSize);
    // The same, from sealed (left unchanged) into out (pageSize bytes; out == sealed is the in-place open): saves
    // the copy of the page when the sealed bytes were read into a buffer of their own.
    [[nodiscard]] DecodeStatus open(const PageBinding &binding, const unsigned char *sealed, unsigned char *out,
                                    std::size_t pageSize);

    // The 4-byte key check value kept in every page (first bytes of HMAC-SHA256(key, label)).
    [[nodiscard]] const unsigned char *keyCheck() const { return m_keyCheck; }

private:
    [[nodiscard]] std::size_t buildAad(const PageBinding &binding, const unsigned char *prefix, std::size_t prefixLen,
                                       std::uint32_t pageSize, unsigned char *aad) const;

    // Nonces are drawn from RAND_bytes 128 at a time: one RAND_bytes call per page cost as much as the AES-GCM
    // pass itself. Every nonce is still fresh CSPRNG output, used once. (A forked child must not reuse a
    // connection — SQLite forbids that anyway — or it would share the pool.)
    [[nodiscard]] bool nextNonce(unsigned char *out);
    static constexpr std::size_t kNoncePool = 128;
    unsigned char m_nonces[kNonceBytes * kNoncePool] = {};
    std::size_t m_noncesLeft = 0;

    evp_cipher_ctx_st *m_seal = nullptr;
    evp_cipher_ctx_st *m_open = nullptr;
    unsigned char m_keyCheck[kKeyCheckBytes] = {};
};

// Computes the key check value of a key without building contexts.
[[nodiscard]] bool computeKeyCheck(const unsigned char *key, unsigned char *out);

} // namespace sd::store::crypto
