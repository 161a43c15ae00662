/*
 * The "sdcrypt" VFS shim: AES-256-GCM encryption at rest for SQLite, on the unmodified system library.
 *
 * ON-DISK FORMAT (version 1)
 *
 * Every database page has 32 reserved bytes at its end (SQLite header byte 20 = 32), set through
 * SQLITE_FCNTL_RESERVE_BYTES before the first write. SQLite itself never puts data there; the shim uses them:
 *
 *     [ usable bytes (page size - 32) ][ nonce 12 ][ GCM tag 16 ][ key check 4 ]
 *
 *  - nonce: 12 fresh random bytes (RAND_bytes) for every write of every page image;
 *  - tag: the GCM tag over the usable bytes and the associated data below;
 *  - key check: the first 4 bytes of HMAC-SHA256(key, "SellerDesk sdcrypt key check v1"); it only lets a wrong
 *    key be told apart from damage (a value differing in more than one byte means another key).
 *
 * Associated data (authenticated, not stored): "SDC1" | file kind (1 main, 2 WAL, 3 journal) | page number (be32)
 * | page size (be32) | context0 (be64) | context1 (be64) | key check | for page 1 of the main file: its 24 plain
 * bytes. Context: WAL frame bodies bind the page number from their frame header and the frame's file offset
 * (context1); journal page images bind their file offset; context0 is 0 (reserved). So an image cannot move to
 * another page, another file kind or another WAL slot. Frame salts are not bound: SQLite writes the headers of
 * a transaction that rewrites its own frames with zero salts and fills them in at commit, after the bodies were
 * sealed. (Replaying an older frame for the same page into the same slot, like restoring an older copy of the
 * whole file, is not detectable without state kept outside the files.)
 *
 * Main database file: page N lives at (N-1)*pageSize, as with plain SQLite. Page 1 keeps its first 24 bytes
 * readable so the shim can learn the page size and reserve before decrypting anything:
 *   bytes 0..15  "SellerDesk-enc1\0" in place of "SQLite format 3\0" (plain SQLite then refuses the file:
 *                "file is not a database"); the SQLite magic is put back in what SQLite reads;
 *   bytes 16..23 page size, file format write/read versions, reserve (32), payload fractions — plaintext;
 *   bytes 24..   encrypted like any other page.
 * The 24 plain bytes are part of the associated data, so changing any of them fails authentication.
 *
 * WAL file: the 32-byte WAL header and each 24-byte frame header stay plaintext (page number, commit size, salts,
 * SQLite's checksums — housekeeping, no user data); every frame body is a sealed page image. SQLite computes its
 * checksums over the plaintext page with zero reserve bytes, which is exactly what the shim hands back on read.
 *
 * Rollback journal: the journal header, page-number and checksum fields stay plaintext; each page image (the
 * page-sized field at a file offset = 4 mod 8) is sealed.
 *
 * Everything else: super-journals (file names only) pass through; temp databases, temp journals, sub-journals
 * and transient files are refused (SQLITE_CANTOPEN) — connections run with temp_store=MEMORY so none reach
 * the VFS. Memory-mapped I/O is refused (xFetch maps nothing, SQLITE_FCNTL_MMAP_SIZE answers 0), and the page
 * size of a non-empty database cannot be changed.
 *
 * READING RULES
 *  - A page-sized read that fails authentication returns SQLITE_IOERR_DATA and never hands out the bytes
 *    (the buffer is wiped); the reason (wrong key or damage) is kept for cryptoErrorFromSqlite().
 *  - Except during WAL recovery: SQLite then reads whole frames (header + body) and finds the end of the log
 *    with its own checksum. A crash between a frame's header write and its body write leaves an old body under
 *    a new header; the shim hands such a frame back unchanged so that SQLite's checksum rejects it, as it
 *    would without encryption. (Consequence, same as plain SQLite: a frame damaged after the last checkpoint
 *    and found at recovery ends the log there.) A frame whose key check value says "another key" is not a torn
 *    frame and is refused even during recovery, so that opening with a wrong key can never truncate the log.
 *  - WAL bodies may be written in two pieces when SQLite splits a write at its sync point (disks without
 *    power-safe overwrite); the shim assembles the body and seals it once complete.
 *  - A file shorter than the page that is read (a truncated file) is reported as damage.
 *  - A WAL frame body is read together with its header (one read), and bound to the page number found there.
 *  - With the optional shared page cache (pagecache.h, off by default) a page's plaintext is copied from memory
 *    instead of decrypted only when the bytes just read are identical to the ciphertext it was cached with.
 */
#include "store/cryptovfs.h"

#include "common/logging.h"
#include "store/pagecache.h"
#include "store/pagecodec.h"

#include <QCoreApplication>
#include <QUrl>

#include <openssl/crypto.h>
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace sd::store {

using namespace sd::store::crypto;

namespace {

// A file-control opcode private to this shim (far above SQLite's own numbers).
constexpr int kFcntlCryptoStatus = 0x53444301;
constexpr sqlite3_int64 kWalHeaderBytes = 32;
constexpr sqlite3_int64 kWalFrameHeaderBytes = 24;

// The first failure seen on this thread since openEncrypted() began: sqlite3_open_v2() already reads page 1,
// and when that fails there is no connection left to ask.
thread_local int t_lastOpenFailure = 0;

void noteThreadFailure(CryptoError why)
{
    if (t_lastOpenFailure == 0)
        t_lastOpenFailure = static_cast<int>(why);
}

std::uint32_t readBe32(const unsigned char *p)
{
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | p[3];
}

void ensureSecureHeap()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (CRYPTO_secure_malloc_initialized())
            return;
        if (CRYPTO_secure_malloc_init(64 * 1024, 32) == 0)
            qCWarning(lcStoreCrypto) << "OpenSSL secure heap unavailable; key bytes are still wiped on free";
    });
}

// ---- key registry -------------------------------------------------------------------------------------------

struct KeyRegistryData
{
    std::mutex mutex;
    std::map<std::uint64_t, unsigned char *> keys;
    std::uint64_t nextId = 1;
};

KeyRegistryData &keyRegistry()
{
    static KeyRegistryData data;
    return data;
}

unsigned char *secureKeyCopy(const unsigned char *key)
{
    auto *copy = static_cast<unsigned char *>(CRYPTO_secure_malloc(kKeyBytes, __FILE__, __LINE__));
    if (copy)
        std::memcpy(copy, key, kKeyBytes);
    return copy;
}

// Copies the registered key into fresh secure memory; nullptr when the id is unknown.
unsigned char *takeKeyCopy(std::uint64_t id)
{
    auto &reg = keyRegistry();
    std::lock_guard lock(reg.mutex);
    const auto it = reg.keys.find(id);
    return it == reg.keys.end() ? nullptr : secureKeyCopy(it->second);
}

// ---- per-file state -----------------------------------------------------------------------------------------

// What a main database handle shares with its WAL and journal handles.
struct DbShared
{
    unsigned char *key = nullptr; // secure heap
    std::atomic<std::uint32_t> pageSize{0};
    std::atomic<int> lastFailure{0};
    std::atomic<unsigned long long> splitWalBodies{0};
    sqlite3_file *mainReal = nullptr;
    std::shared_ptr<PageCacheGroup> cache; // decrypted pages shared with other connections on the file

    ~DbShared()
    {
        if (key)
            CRYPTO_secure_clear_free(key, kKeyBytes, __FILE__, __LINE__);
    }
};

struct FileState
{
    FileKind kind = FileKind::MainDb;
    bool sealed = true;
    sqlite3_file *real = nullptr;
    std::shared_ptr<DbShared> shared;
    PageCipher cipher;
    std::vector<unsigned char> scratch;
    std::vector<unsigned char> plainBuffer; // main file: a page for reads of less than a page
    std::uint32_t walPageSize = 0;

    sqlite3_int64 cachedHeaderOffset = -1; // WAL: the frame header just written
    unsigned char cachedHeader[kWalFrameHeaderBytes] = {};

    sqlite3_int64 pendingFrame = -1; // WAL: a frame body arriving in pieces
    std::uint32_t pendingFill = 0;
    std::vector<unsigned char> pendingBody;

    sqlite3_int64 lastPgnoOffset = -1; // journal: the last 4-byte field written
    std::uint32_t lastPgno = 0;

    unsigned char *scratchFor(std::size_t n)
    {
        if (scratch.size() < n)
            scratch.resize(n);
        return scratch.data();
    }
};

struct CryptoFile
{
    sqlite3_file base;
    FileState *state;
};

struct VfsEntry
{
    sqlite3_vfs vfs{};
    sqlite3_vfs *base = nullptr;
    std::string name;
};

std::mutex g_vfsMutex;
std::list<VfsEntry> g_vfsEntries; // stable addresses; registered VFSes live for the process

constexpr std::size_t alignedFileHeader()
{
    return (sizeof(CryptoFile) + 15) & ~std::size_t(15);
}

FileState &stateOf(sqlite3_file *file)
{
    return *reinterpret_cast<CryptoFile *>(file)->state;
}

const char *failureName(CryptoError e)
{
    switch (e) {
    case CryptoError::WrongKey: return "wrong key";
    case CryptoError::Damaged: return "damaged";
    case CryptoError::NotEncrypted: return "not encrypted";
    case CryptoError::KeyMissing: return "key missing";
    case CryptoError::Io: return "i/o";
    case CryptoError::Unsupported: return "unsupported";
    case CryptoError::Sqlite: return "sqlite";
    }
    return "?";
}

const char *kindName(FileKind k)
{
    switch (k) {
    case FileKind::MainDb: return "main";
    case FileKind::Wal: return "wal";
    case FileKind::Journal: return "journal";
    }
    return "?";
}

int fail(FileState &s, CryptoError why, int rc, const char *what, sqlite3_int64 where)
{
    if (s.shared) {
        int expected = 0;
        s.shared->lastFailure.compare_exchange_strong(expected, static_cast<int>(why));
    }
    noteThreadFailure(why);
    qCWarning(lcStoreCrypto, "%s file: %s (%s) at %lld", kindName(s.kind), what, failureName(why),
              static_cast<long long>(where));
    return rc;
}

int failDecode(FileState &s, DecodeStatus status, sqlite3_int64 where)
{
    const CryptoError why = status == DecodeStatus::WrongKey ? CryptoError::WrongKey : CryptoError::Damaged;
    return fail(s, why, SQLITE_IOERR_DATA, "page failed authentication", where);
}

int realRead(FileState &s, void *buf, int amt, sqlite3_int64 off)
{
    return s.real->pMethods->xRead(s.real, buf, amt, off);
}

int realWrite(FileState &s, const void *buf, int amt, sqlite3_int64 off)
{
    return s.real->pMethods->xWrite(s.real, buf, amt, off);
}

// Learns page size and reserve from the plain prefix of page 1. Leaves pageSize at 0 for an empty file.
int learnMainPageSize(FileState &s)
{
    DbShared &sh = *s.shared;
    if (sh.pageSize.load() || !sh.mainReal)
        return SQLITE_OK;
    unsigned char head[kPage1PlainBytes];
    const int rc = sh.mainReal->pMethods->xRead(sh.mainReal, head, sizeof(head), 0);
    if (rc == SQLITE_IOERR_SHORT_READ) {
        sqlite3_int64 size = 0;
        if (sh.mainReal->pMethods->xFileSize(sh.mainReal, &size) != SQLITE_OK)
            return SQLITE_IOERR_FSTAT;
        return size == 0 ? SQLITE_OK : fail(s, CryptoError::Damaged, SQLITE_IOERR_DATA, "truncated header", 0);
    }
    if (rc != SQLITE_OK)
        return rc;
    const MainHeader header = parseMainHeader(head, sizeof(head));
    if (header.sqlitePlain)
        return fail(s, CryptoError::NotEncrypted, SQLITE_NOTADB, "plain SQLite database", 0);
    if (!header.ours || !isValidPageSize(header.pageSize) || header.reserve != kReserveBytes)
        return fail(s, CryptoError::Damaged, SQLITE_NOTADB, "header is not an encrypted database header", 0);
    sh.pageSize.store(header.pageSize);
    return SQLITE_OK;
}

// SQLite leaves the reserved bytes zero, and its WAL and journal checksums cover them. Reads hand zeros back, so
// a page arriving with anything else there could not be returned as written: refuse it rather than let the
// checksums (and the data) silently disagree later.
bool reserveIsClear(const unsigned char *page, std::size_t pageSize)
{
    unsigned char acc = 0;
    for (std::size_t i = pageSize - kReserveBytes; i < pageSize; ++i)
        acc |= page[i];
    return acc == 0;
}

// Puts the plaintext of `cipher` into `out`: copied from the shared cache when exactly this ciphertext was seen
// under this binding before (pagecache.h), else decrypted (and then remembered). On failure `out` is wiped.
DecodeStatus openPage(FileState &s, const PageBinding &binding, const unsigned char *cipher, unsigned char *out,
                      std::uint32_t ps)
{
    PageCacheGroup *cache = pageCacheLimit() != 0 ? s.shared->cache.get() : nullptr;
    if (cache && cache->lookup(binding, cipher, out, ps))
        return DecodeStatus::Ok;
    countOpened();
    const DecodeStatus status = s.cipher.open(binding, cipher, out, ps); // decrypted straight into out
    if (status == DecodeStatus::Ok && cache)
        cache->insert(binding, cipher, out, ps);
    return status;
}

void rememberSealed(FileState &s, const PageBinding &binding, const unsigned char *cipher, const unsigned char *plain,
                    std::uint32_t ps)
{
    if (PageCacheGroup *cache = s.shared->cache.get(); cache && pageCacheLimit() != 0)
        cache->insert(binding, cipher, plain, ps);
}

// ---- main database ------------------------------------------------------------------------------------------

int mainRead(FileState &s, void *buf, int amt, sqlite3_int64 off)
{
    if (int rc = learnMainPageSize(s); rc != SQLITE_OK)
        return rc;
    const sqlite3_int64 ps = s.shared->pageSize.load();
    if (ps == 0) // a new, empty database: SQLite reads zeros
        return realRead(s, buf, amt, off);
    const sqlite3_int64 pageOff = off / ps * ps;
    if (off - pageOff + amt > ps)
        return fail(s, CryptoError::Unsupported, SQLITE_IOERR_READ, "read spans pages", off);
    unsigned char *cipher = s.scratchFor(ps);
    const int rc = realRead(s, cipher, static_cast<int>(ps), pageOff);
    if (rc == SQLITE_IOERR_SHORT_READ) {
        sqlite3_int64 size = 0;
        if (s.real->pMethods->xFileSize(s.real, &size) != SQLITE_OK)
            return SQLITE_IOERR_FSTAT;
        if (size <= pageOff) { // wholly past the end: SQLite's usual zero-filled short read
            std::memset(buf, 0, amt);
            return SQLITE_IOERR_SHORT_READ;
        }
        std::memset(buf, 0, amt);
        return fail(s, CryptoError::Damaged, SQLITE_IOERR_DATA, "truncated page", pageOff);
    }
    if (rc != SQLITE_OK)
        return rc;
    const auto pgno = static_cast<std::uint32_t>(pageOff / ps + 1);
    const bool whole = amt == ps && off == pageOff;
    if (!whole && s.plainBuffer.size() < static_cast<std::size_t>(ps))
        s.plainBuffer.resize(static_cast<std::size_t>(ps));
    unsigned char *plain = whole ? static_cast<unsigned char *>(buf) : s.plainBuffer.data();
    const DecodeStatus status = openPage(s, {FileKind::MainDb, pgno, 0, 0}, cipher, plain, static_cast<std::uint32_t>(ps));
    if (status != DecodeStatus::Ok) {
        std::memset(buf, 0, amt);
        return failDecode(s, status, pageOff);
    }
    if (!whole) {
        std::memcpy(buf, plain + (off - pageOff), amt);
        OPENSSL_cleanse(plain, static_cast<std::size_t>(ps));
    }
    return SQLITE_OK;
}

int mainWrite(FileState &s, const void *buf, int amt, sqlite3_int64 off)
{
    const auto *plain = static_cast<const unsigned char *>(buf);
    DbShared &sh = *s.shared;
    if (off == 0 && amt >= static_cast<int>(kPage1PlainBytes)) {
        const MainHeader header = parseMainHeader(plain, amt);
        if (header.reserve != kReserveBytes)
            return fail(s, CryptoError::Unsupported, SQLITE_IOERR_WRITE, "reserve bytes not set before first write", 0);
        if (!isValidPageSize(header.pageSize) || header.pageSize != static_cast<std::uint32_t>(amt))
            return fail(s, CryptoError::Unsupported, SQLITE_IOERR_WRITE, "page 1 write is not one whole page", 0);
        const std::uint32_t known = sh.pageSize.load();
        if (known && known != header.pageSize)
            return fail(s, CryptoError::Unsupported, SQLITE_IOERR_WRITE, "page size change", 0);
        sh.pageSize.store(header.pageSize);
    } else if (!sh.pageSize.load()) {
        if (int rc = learnMainPageSize(s); rc != SQLITE_OK)
            return rc;
    }
    const sqlite3_int64 ps = sh.pageSize.load();
    if (ps == 0 || amt != ps || off % ps != 0)
        return fail(s, CryptoError::Unsupported, SQLITE_IOERR_WRITE, "write is not one whole page", off);
    if (!reserveIsClear(plain, static_cast<std::size_t>(ps)))
        return fail(s, CryptoError::Unsupported, SQLITE_IOERR_WRITE, "page arrived with data in its reserved bytes", off);
    unsigned char *out = s.scratchFor(ps);
    const auto pgno = static_cast<std::uint32_t>(off / ps + 1);
    const PageBinding binding{FileKind::MainDb, pgno, 0, 0};
    countSealed();
    if (!s.cipher.seal(binding, plain, out, static_cast<std::size_t>(ps)))
        return fail(s, CryptoError::Io, SQLITE_IOERR_WRITE, "sealing failed", off);
    const int rc = realWrite(s, out, amt, off);
    if (rc == SQLITE_OK)
        rememberSealed(s, binding, out, plain, static_cast<std::uint32_t>(ps));
    return rc;
}

// ---- WAL ----------------------------------------------------------------------------------------------------

std::uint32_t walPageSize(FileState &s)
{
    if (s.walPageSize)
        return s.walPageSize;
    if (learnMainPageSize(s) != SQLITE_OK)
        return 0;
    return s.shared->pageSize.load();
}

void noteWalHeader(FileState &s, const unsigned char *header)
{
    const std::uint32_t ps = readBe32(header + 8);
    if (isValidPageSize(ps))
        s.walPageSize = ps;
}

int frameHeader(FileState &s, sqlite3_int64 frameStart, unsigned char *out)
{
    if (s.cachedHeaderOffset == frameStart) {
        std::memcpy(out, s.cachedHeader, kWalFrameHeaderBytes);
        return SQLITE_OK;
    }
    return realRead(s, out, static_cast<int>(kWalFrameHeaderBytes), frameStart);
}

// Binds the page number from the frame header and the frame's offset. Not the frame's salts: while a transaction
// rewrites its own frames in place, SQLite writes their headers with zero salts and checksums and fills them in at
// commit (walRewriteChecksums), after the body was sealed.
PageBinding walBinding(const unsigned char *header, sqlite3_int64 frameStart)
{
    return {FileKind::Wal, readBe32(header), 0, static_cast<std::uint64_t>(frameStart)};
}

int sealWalBody(FileState &s, sqlite3_int64 frameStart, const unsigned char *plain, std::uint32_t ps)
{
    unsigned char header[kWalFrameHeaderBytes];
    if (int rc = frameHeader(s, frameStart, header); rc != SQLITE_OK)
        return rc == SQLITE_IOERR_SHORT_READ ? SQLITE_IOERR_WRITE : rc;
    s.cachedHeaderOffset = -1;
    if (!reserveIsClear(plain, ps))
        return fail(s, CryptoError::Unsupported, SQLITE_IOERR_WRITE, "page arrived with data in its reserved bytes", frameStart);
    unsigned char *out = s.scratchFor(ps);
    const PageBinding binding = walBinding(header, frameStart);
    countSealed();
    if (!s.cipher.seal(binding, plain, out, ps))
        return fail(s, CryptoError::Io, SQLITE_IOERR_WRITE, "sealing failed", frameStart);
    const int rc = realWrite(s, out, static_cast<int>(ps), frameStart + kWalFrameHeaderBytes);
    if (rc == SQLITE_OK)
        rememberSealed(s, binding, out, plain, ps);
    return rc;
}

int walWrite(FileState &s, const void *buf, int amt, sqlite3_int64 off)
{
    const auto *p = static_cast<const unsigned char *>(buf);
    if (off < kWalHeaderBytes) {
        if (off + amt > kWalHeaderBytes)
            return fail(s, CryptoError::Unsupported, SQLITE_IOERR_WRITE, "write spans the WAL header", off);
        if (off == 0 && amt == kWalHeaderBytes)
            noteWalHeader(s, p);
        return realWrite(s, buf, amt, off);
    }
    const std::uint32_t ps = walPageSize(s);
    if (!ps)
        return fail(s, CryptoError::Unsupported, SQLITE_IOERR_WRITE, "WAL page size unknown", off);
    const sqlite3_int64 frameSize = kWalFrameHeaderBytes + ps;
    sqlite3_int64 cur = off;
    sqlite3_int64 remaining = amt;
    while (remaining > 0) {
        const sqlite3_int64 in = (cur - kWalHeaderBytes) % frameSize;
        const sqlite3_int64 frameStart = cur - in;
        sqlite3_int64 n = std::min(remaining, frameSize - in);
        if (in < kWalFrameHeaderBytes) { // frame header bytes: plaintext
            const sqlite3_int64 hn = std::min(n, kWalFrameHeaderBytes - in);
            if (int rc = realWrite(s, p, static_cast<int>(hn), cur); rc != SQLITE_OK)
                return rc;
            if (in == 0 && hn == kWalFrameHeaderBytes) {
                std::memcpy(s.cachedHeader, p, kWalFrameHeaderBytes);
                s.cachedHeaderOffset = frameStart;
            } else {
                s.cachedHeaderOffset = -1;
            }
            p += hn;
            cur += hn;
            remaining -= hn;
            n -= hn;
            if (n == 0)
                continue;
        }
        const sqlite3_int64 bodyOff = cur - frameStart - kWalFrameHeaderBytes;
        if (bodyOff == 0 && n == ps) {
            if (int rc = sealWalBody(s, frameStart, p, ps); rc != SQLITE_OK)
                return rc;
        } else {
            // A body split at SQLite's sync point: collect the pieces, seal when whole.
            if (s.pendingFrame != frameStart) {
                if (bodyOff != 0)
                    return fail(s, CryptoError::Unsupported, SQLITE_IOERR_WRITE, "partial WAL body write", cur);
                s.pendingFrame = frameStart;
                s.pendingFill = 0;
                s.pendingBody.assign(ps, 0);
            }
            if (bodyOff != s.pendingFill)
                return fail(s, CryptoError::Unsupported, SQLITE_IOERR_WRITE, "out-of-order WAL body write", cur);
            std::memcpy(s.pendingBody.data() + bodyOff, p, static_cast<std::size_t>(n));
            s.pendingFill += static_cast<std::uint32_t>(n);
            if (s.pendingFill == ps) {
                s.pendingFrame = -1;
                ++s.shared->splitWalBodies;
                if (int rc = sealWalBody(s, frameStart, s.pendingBody.data(), ps); rc != SQLITE_OK)
                    return rc;
            }
        }
        p += n;
        cur += n;
        remaining -= n;
    }
    return SQLITE_OK;
}

int walRead(FileState &s, void *buf, int amt, sqlite3_int64 off)
{
    auto *p = static_cast<unsigned char *>(buf);
    if (off + amt <= kWalHeaderBytes) {
        const int rc = realRead(s, buf, amt, off);
        if (rc == SQLITE_OK && off == 0 && amt == kWalHeaderBytes)
            noteWalHeader(s, p);
        return rc;
    }
    const std::uint32_t ps = walPageSize(s);
    if (!ps || off < kWalHeaderBytes)
        return fail(s, CryptoError::Unsupported, SQLITE_IOERR_READ, "unexpected WAL read", off);
    const sqlite3_int64 frameSize = kWalFrameHeaderBytes + ps;
    const sqlite3_int64 in = (off - kWalHeaderBytes) % frameSize;
    const sqlite3_int64 frameStart = off - in;

    if (in + amt <= kWalFrameHeaderBytes)
        return realRead(s, buf, amt, off);

    if (in == 0 && amt == frameSize) {
        // Whole frames are read by WAL recovery, which validates them with SQLite's own checksum.
        const int rc = realRead(s, buf, amt, off);
        if (rc != SQLITE_OK)
            return rc;
        unsigned char *raw = s.scratchFor(ps);
        std::memcpy(raw, p + kWalFrameHeaderBytes, ps);
        countOpened();
        const DecodeStatus status = s.cipher.open(walBinding(p, frameStart), p + kWalFrameHeaderBytes, ps);
        if (status == DecodeStatus::Ok) {
            // handed back decrypted
        } else if (status == DecodeStatus::WrongKey) {
            // A torn frame holds an older body sealed under the same key. Another key means the log is simply
            // unreadable to us; handing it back would let recovery drop it and the next checkpoint lose it.
            std::memset(buf, 0, amt);
            return failDecode(s, status, frameStart);
        } else {
            std::memcpy(p + kWalFrameHeaderBytes, raw, ps);
            qCDebug(lcStoreCrypto, "wal: frame at %lld not authentic; left to SQLite's checksum",
                    static_cast<long long>(frameStart));
        }
        return SQLITE_OK;
    }

    if (in == kWalFrameHeaderBytes && amt == static_cast<int>(ps)) {
        // Header and body in one read: the body is bound to the page number in its header, and a slot may have
        // been reused by another connection since this one last looked.
        unsigned char *frame = s.scratchFor(kWalFrameHeaderBytes + ps);
        const int rc = realRead(s, frame, static_cast<int>(kWalFrameHeaderBytes + ps), frameStart);
        if (rc != SQLITE_OK) {
            std::memset(buf, 0, amt);
            return rc == SQLITE_IOERR_SHORT_READ
                ? fail(s, CryptoError::Damaged, SQLITE_IOERR_DATA, "truncated WAL frame", frameStart)
                : rc;
        }
        const DecodeStatus status = openPage(s, walBinding(frame, frameStart), frame + kWalFrameHeaderBytes, p, ps);
        return status == DecodeStatus::Ok ? SQLITE_OK : failDecode(s, status, frameStart);
    }
    return fail(s, CryptoError::Unsupported, SQLITE_IOERR_READ, "unexpected WAL read", off);
}

// ---- rollback journal ---------------------------------------------------------------------------------------

std::uint32_t journalPageSize(FileState &s)
{
    if (learnMainPageSize(s) != SQLITE_OK)
        return 0;
    return s.shared->pageSize.load();
}

// Page images follow a 4-byte page number that starts on a multiple of 8 (headers are sector aligned and each
// record is 4 + pageSize + 4 bytes), so an image is a page-sized access at an offset of 4 mod 8.
bool isJournalImage(std::uint32_t ps, int amt, sqlite3_int64 off)
{
    return off % 8 == 4 && (ps ? amt == static_cast<int>(ps) : isValidPageSize(static_cast<std::size_t>(amt)));
}

int journalPgno(FileState &s, sqlite3_int64 imageOff, std::uint32_t *pgno)
{
    if (s.lastPgnoOffset == imageOff - 4) {
        *pgno = s.lastPgno;
        return SQLITE_OK;
    }
    unsigned char field[4];
    const int rc = realRead(s, field, sizeof(field), imageOff - 4);
    if (rc == SQLITE_OK)
        *pgno = readBe32(field);
    return rc;
}

int journalWrite(FileState &s, const void *buf, int amt, sqlite3_int64 off)
{
    const std::uint32_t ps = journalPageSize(s);
    if (amt == 4) {
        s.lastPgnoOffset = off;
        s.lastPgno = readBe32(static_cast<const unsigned char *>(buf));
        return realWrite(s, buf, amt, off);
    }
    if (!isJournalImage(ps, amt, off))
        return realWrite(s, buf, amt, off);
    std::uint32_t pgno = 0;
    if (int rc = journalPgno(s, off, &pgno); rc != SQLITE_OK)
        return rc == SQLITE_IOERR_SHORT_READ ? SQLITE_IOERR_WRITE : rc;
    if (!reserveIsClear(static_cast<const unsigned char *>(buf), static_cast<std::size_t>(amt)))
        return fail(s, CryptoError::Unsupported, SQLITE_IOERR_WRITE, "page arrived with data in its reserved bytes", off);
    unsigned char *out = s.scratchFor(amt);
    if (!s.cipher.seal({FileKind::Journal, pgno, 0, static_cast<std::uint64_t>(off)},
                       static_cast<const unsigned char *>(buf), out, static_cast<std::size_t>(amt))) {
        return fail(s, CryptoError::Io, SQLITE_IOERR_WRITE, "sealing failed", off);
    }
    return realWrite(s, out, amt, off);
}

int journalRead(FileState &s, void *buf, int amt, sqlite3_int64 off)
{
    const std::uint32_t ps = journalPageSize(s);
    int rc = realRead(s, buf, amt, off);
    if (amt == 4 && rc == SQLITE_OK) {
        s.lastPgnoOffset = off;
        s.lastPgno = readBe32(static_cast<const unsigned char *>(buf));
    }
    if (rc != SQLITE_OK || !isJournalImage(ps, amt, off))
        return rc; // a short read ends journal playback, as without encryption
    std::uint32_t pgno = 0;
    if (rc = journalPgno(s, off, &pgno); rc != SQLITE_OK)
        return rc;
    const DecodeStatus status = s.cipher.open({FileKind::Journal, pgno, 0, static_cast<std::uint64_t>(off)},
                                              static_cast<unsigned char *>(buf), static_cast<std::size_t>(amt));
    // A torn journal record cannot be told from a forged one here and SQLite's journal checksum samples too few
    // bytes to reject ciphertext reliably, so a bad image is always an error.
    return status == DecodeStatus::Ok ? SQLITE_OK : failDecode(s, status, off);
}

// ---- sqlite3_io_methods -------------------------------------------------------------------------------------

int ioClose(sqlite3_file *file)
{
    auto *cf = reinterpret_cast<CryptoFile *>(file);
    FileState *s = cf->state;
    if (s->kind == FileKind::MainDb && s->shared && s->shared->mainReal == s->real)
        s->shared->mainReal = nullptr; // journal handles still sharing the state must not read a closed file
    int rc = SQLITE_OK;
    if (s->real->pMethods)
        rc = s->real->pMethods->xClose(s->real);
    delete s;
    cf->state = nullptr;
    return rc;
}

int ioRead(sqlite3_file *file, void *buf, int amt, sqlite3_int64 off)
{
    FileState &s = stateOf(file);
    if (!s.sealed)
        return realRead(s, buf, amt, off);
    switch (s.kind) {
    case FileKind::MainDb: return mainRead(s, buf, amt, off);
    case FileKind::Wal: return walRead(s, buf, amt, off);
    case FileKind::Journal: return journalRead(s, buf, amt, off);
    }
    return SQLITE_IOERR_READ;
}

int ioWrite(sqlite3_file *file, const void *buf, int amt, sqlite3_int64 off)
{
    FileState &s = stateOf(file);
    if (!s.sealed)
        return realWrite(s, buf, amt, off);
    switch (s.kind) {
    case FileKind::MainDb: return mainWrite(s, buf, amt, off);
    case FileKind::Wal: return walWrite(s, buf, amt, off);
    case FileKind::Journal: return journalWrite(s, buf, amt, off);
    }
    return SQLITE_IOERR_WRITE;
}

int ioTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    FileState &s = stateOf(file);
    s.pendingFrame = -1;
    s.cachedHeaderOffset = -1;
    s.lastPgnoOffset = -1;
    return s.real->pMethods->xTruncate(s.real, size);
}

int ioSync(sqlite3_file *file, int flags)
{
    FileState &s = stateOf(file);
    return s.real->pMethods->xSync(s.real, flags);
}

int ioFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    FileState &s = stateOf(file);
    return s.real->pMethods->xFileSize(s.real, size);
}

int ioLock(sqlite3_file *file, int level)
{
    FileState &s = stateOf(file);
    return s.real->pMethods->xLock(s.real, level);
}

int ioUnlock(sqlite3_file *file, int level)
{
    FileState &s = stateOf(file);
    return s.real->pMethods->xUnlock(s.real, level);
}

int ioCheckReservedLock(sqlite3_file *file, int *out)
{
    FileState &s = stateOf(file);
    return s.real->pMethods->xCheckReservedLock(s.real, out);
}

struct StatusReply
{
    int sealed;
    unsigned int pageSize;
    int lastFailure;
    unsigned long long splitWalBodies;
};

int ioFileControl(sqlite3_file *file, int op, void *arg)
{
    FileState &s = stateOf(file);
    switch (op) {
    case kFcntlCryptoStatus: {
        auto *reply = static_cast<StatusReply *>(arg);
        reply->sealed = s.sealed ? 1 : 0;
        reply->pageSize = s.shared ? s.shared->pageSize.load() : 0;
        reply->lastFailure = s.shared ? s.shared->lastFailure.load() : 0;
        reply->splitWalBodies = s.shared ? s.shared->splitWalBodies.load() : 0;
        return SQLITE_OK;
    }
    case SQLITE_FCNTL_MMAP_SIZE:
        if (s.sealed) {
            *static_cast<sqlite3_int64 *>(arg) = 0;
            return SQLITE_OK;
        }
        break;
    case SQLITE_FCNTL_PRAGMA:
        if (s.sealed && s.kind == FileKind::MainDb) {
            auto **a = static_cast<char **>(arg);
            if (a[1] && a[2] && sqlite3_stricmp(a[1], "page_size") == 0) {
                sqlite3_int64 size = 0;
                s.real->pMethods->xFileSize(s.real, &size);
                if (size > 0) {
                    a[0] = sqlite3_mprintf("the page size of an encrypted database cannot change");
                    return SQLITE_ERROR;
                }
            }
        }
        break;
    default:
        break;
    }
    return s.real->pMethods->xFileControl(s.real, op, arg);
}

int ioSectorSize(sqlite3_file *file)
{
    FileState &s = stateOf(file);
    return s.real->pMethods->xSectorSize(s.real);
}

int ioDeviceCharacteristics(sqlite3_file *file)
{
    FileState &s = stateOf(file);
    return s.real->pMethods->xDeviceCharacteristics(s.real);
}

int ioShmMap(sqlite3_file *file, int page, int pageSize, int extend, void volatile **out)
{
    FileState &s = stateOf(file);
    if (s.real->pMethods->iVersion < 2)
        return SQLITE_IOERR_SHMMAP;
    return s.real->pMethods->xShmMap(s.real, page, pageSize, extend, out);
}

int ioShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    FileState &s = stateOf(file);
    if (s.real->pMethods->iVersion < 2)
        return SQLITE_IOERR_SHMLOCK;
    return s.real->pMethods->xShmLock(s.real, offset, n, flags);
}

void ioShmBarrier(sqlite3_file *file)
{
    FileState &s = stateOf(file);
    if (s.real->pMethods->iVersion >= 2)
        s.real->pMethods->xShmBarrier(s.real);
}

int ioShmUnmap(sqlite3_file *file, int deleteFlag)
{
    FileState &s = stateOf(file);
    if (s.real->pMethods->iVersion < 2)
        return SQLITE_OK;
    return s.real->pMethods->xShmUnmap(s.real, deleteFlag);
}

// Memory-mapped pages would bypass decryption: never map anything.
int ioFetch(sqlite3_file *, sqlite3_int64, int, void **out)
{
    *out = nullptr;
    return SQLITE_OK;
}

int ioUnfetch(sqlite3_file *, sqlite3_int64, void *)
{
    return SQLITE_OK;
}

const sqlite3_io_methods kIoMethods = {
    3,
    ioClose,
    ioRead,
    ioWrite,
    ioTruncate,
    ioSync,
    ioFileSize,
    ioLock,
    ioUnlock,
    ioCheckReservedLock,
    ioFileControl,
    ioSectorSize,
    ioDeviceCharacteristics,
    ioShmMap,
    ioShmLock,
    ioShmBarrier,
    ioShmUnmap,
    ioFetch,
    ioUnfetch,
};

// ---- sqlite3_vfs --------------------------------------------------------------------------------------------

sqlite3_vfs *baseOf(sqlite3_vfs *vfs)
{
    return static_cast<VfsEntry *>(vfs->pAppData)->base;
}

int vfsOpen(sqlite3_vfs *vfs, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    sqlite3_vfs *base = baseOf(vfs);
    auto *cf = reinterpret_cast<CryptoFile *>(file);
    cf->base.pMethods = nullptr;
    cf->state = nullptr;

    auto state = std::make_unique<FileState>();
    state->real = reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(file) + alignedFileHeader());
    state->real->pMethods = nullptr;

    if (flags & SQLITE_OPEN_MAIN_DB) {
        state->kind = FileKind::MainDb;
        const auto id = static_cast<std::uint64_t>(sqlite3_uri_int64(name, "sdkey", 0));
        unsigned char *key = id ? takeKeyCopy(id) : nullptr;
        if (!key) {
            noteThreadFailure(CryptoError::KeyMissing);
            qCWarning(lcStoreCrypto) << "refusing to open a database without a key";
            return SQLITE_CANTOPEN;
        }
        state->shared = std::make_shared<DbShared>();
        state->shared->key = key;
        state->shared->cache = pageCacheGroup(name ? std::string(name) : std::string(), key);
    } else if (flags & (SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL)) {
        state->kind = (flags & SQLITE_OPEN_WAL) ? FileKind::Wal : FileKind::Journal;
        sqlite3_file *mainFile = name ? sqlite3_database_file_object(name) : nullptr;
        if (!mainFile || mainFile->pMethods != &kIoMethods) {
            noteThreadFailure(CryptoError::Unsupported);
            qCWarning(lcStoreCrypto) << "refusing a journal whose database is not encrypted by this shim";
            return SQLITE_CANTOPEN;
        }
        state->shared = stateOf(mainFile).shared;
    } else if (flags & SQLITE_OPEN_SUPER_JOURNAL) {
        state->sealed = false; // holds file names only
    } else {
        noteThreadFailure(CryptoError::Unsupported);
        qCWarning(lcStoreCrypto) << "refusing an on-disk temporary file (flags" << Qt::hex << flags
                                 << "); use temp_store=MEMORY";
        return SQLITE_CANTOPEN;
    }

    if (state->sealed && !state->cipher.init(state->shared->key)) {
        noteThreadFailure(CryptoError::Io);
        return SQLITE_CANTOPEN;
    }
    const int rc = base->xOpen(base, name, state->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        if (state->real->pMethods)
            state->real->pMethods->xClose(state->real);
        noteThreadFailure(CryptoError::Io);
        return rc;
    }
    if (state->kind == FileKind::MainDb && state->sealed)
        state->shared->mainReal = state->real;
    cf->state = state.release();
    cf->base.pMethods = &kIoMethods;
    return SQLITE_OK;
}

int vfsDelete(sqlite3_vfs *vfs, const char *name, int syncDir)
{
    return baseOf(vfs)->xDelete(baseOf(vfs), name, syncDir);
}

int vfsAccess(sqlite3_vfs *vfs, const char *name, int flags, int *out)
{
    return baseOf(vfs)->xAccess(baseOf(vfs), name, flags, out);
}

int vfsFullPathname(sqlite3_vfs *vfs, const char *name, int n, char *out)
{
    return baseOf(vfs)->xFullPathname(baseOf(vfs), name, n, out);
}

void *vfsDlOpen(sqlite3_vfs *vfs, const char *path)
{
    return baseOf(vfs)->xDlOpen(baseOf(vfs), path);
}

void vfsDlError(sqlite3_vfs *vfs, int n, char *out)
{
    baseOf(vfs)->xDlError(baseOf(vfs), n, out);
}

void (*vfsDlSym(sqlite3_vfs *vfs, void *handle, const char *symbol))(void)
{
    return baseOf(vfs)->xDlSym(baseOf(vfs), handle, symbol);
}

void vfsDlClose(sqlite3_vfs *vfs, void *handle)
{
    baseOf(vfs)->xDlClose(baseOf(vfs), handle);
}

int vfsRandomness(sqlite3_vfs *vfs, int n, char *out)
{
    return baseOf(vfs)->xRandomness(baseOf(vfs), n, out);
}

int vfsSleep(sqlite3_vfs *vfs, int micros)
{
    return baseOf(vfs)->xSleep(baseOf(vfs), micros);
}

int vfsCurrentTime(sqlite3_vfs *vfs, double *out)
{
    return baseOf(vfs)->xCurrentTime(baseOf(vfs), out);
}

int vfsGetLastError(sqlite3_vfs *vfs, int n, char *out)
{
    return baseOf(vfs)->xGetLastError ? baseOf(vfs)->xGetLastError(baseOf(vfs), n, out) : 0;
}

int vfsCurrentTimeInt64(sqlite3_vfs *vfs, sqlite3_int64 *out)
{
    sqlite3_vfs *base = baseOf(vfs);
    if (base->iVersion >= 2 && base->xCurrentTimeInt64)
        return base->xCurrentTimeInt64(base, out);
    double now = 0;
    const int rc = base->xCurrentTime(base, &now);
    *out = static_cast<sqlite3_int64>(now * 86400000.0);
    return rc;
}

Error makeError(CryptoError code)
{
    const char *ctx = "sd::store::CryptoVfs";
    QString message;
    switch (code) {
    case CryptoError::WrongKey:
        message = QCoreApplication::translate(ctx, "The local cache cannot be opened with this key.");
        break;
    case CryptoError::Damaged:
        message = QCoreApplication::translate(ctx, "The local cache was modified or damaged.");
        break;
    case CryptoError::NotEncrypted:
        message = QCoreApplication::translate(ctx, "The local cache is not encrypted.");
        break;
    case CryptoError::KeyMissing:
        message = QCoreApplication::translate(ctx, "The key of the local cache is missing.");
        break;
    case CryptoError::Io:
        message = QCoreApplication::translate(ctx, "The local cache could not be read or written.");
        break;
    case CryptoError::Unsupported:
        message = QCoreApplication::translate(ctx, "The local cache refused an unsupported operation.");
        break;
    case CryptoError::Sqlite:
        message = QCoreApplication::translate(ctx, "The local cache reported an error.");
        break;
    }
    return Error{QString::fromLatin1(kCryptoErrorDomain), static_cast<int>(code), message};
}

// A known-answer check of the key check value and a seal/open round trip, run once before the shim is
// registered: a broken OpenSSL build must not get to write a database.
bool selfTest()
{
    unsigned char key[kKeyBytes];
    for (std::size_t i = 0; i < kKeyBytes; ++i)
        key[i] = static_cast<unsigned char>(i);
    static const unsigned char expectedCheck[kKeyCheckBytes] = {0xeb, 0x63, 0xa6, 0x46};
    PageCipher cipher;
    if (!cipher.init(key) || std::memcmp(cipher.keyCheck(), expectedCheck, kKeyCheckBytes) != 0)
        return false;
    std::vector<unsigned char> plain(kMinPageSize), sealed(kMinPageSize);
    for (std::size_t i = 0; i < kMinPageSize - kReserveBytes; ++i)
        plain[i] = static_cast<unsigned char>(i * 7);
    const PageBinding binding{FileKind::MainDb, 2, 0, 0};
    if (!cipher.seal(binding, plain.data(), sealed.data(), kMinPageSize)
        || std::memcmp(sealed.data(), plain.data(), 64) == 0)
        return false;
    std::vector<unsigned char> tampered(sealed);
    tampered[10] ^= 1;
    return cipher.open(binding, sealed.data(), kMinPageSize) == DecodeStatus::Ok && sealed == plain
        && cipher.open(binding, tampered.data(), kMinPageSize) == DecodeStatus::Unauthenticated;
}

} // namespace

// ---- public API ---------------------------------------------------------------------------------------------

Status registerCryptoVfs(const char *name, const char *baseVfs)
{
    ensureSecureHeap();
    static const bool selfTestPassed = selfTest();
    if (!selfTestPassed) {
        qCCritical(lcStoreCrypto) << "AES-256-GCM self-test failed; the encrypted store is disabled";
        return makeError(CryptoError::Unsupported);
    }
    std::lock_guard lock(g_vfsMutex);
    for (const VfsEntry &entry : g_vfsEntries) {
        if (entry.name == name)
            return {};
    }
    if (sqlite3_vfs_find(name))
        return makeError(CryptoError::Unsupported); // the name belongs to some other VFS
    sqlite3_vfs *base = sqlite3_vfs_find(baseVfs);
    if (!base)
        return makeError(CryptoError::Unsupported);

    VfsEntry &entry = g_vfsEntries.emplace_back();
    entry.base = base;
    entry.name = name;
    sqlite3_vfs &v = entry.vfs;
    v.iVersion = 2;
    v.szOsFile = static_cast<int>(alignedFileHeader()) + base->szOsFile;
    v.mxPathname = base->mxPathname;
    v.zName = entry.name.c_str();
    v.pAppData = &entry;
    v.xOpen = vfsOpen;
    v.xDelete = vfsDelete;
    v.xAccess = vfsAccess;
    v.xFullPathname = vfsFullPathname;
    v.xDlOpen = vfsDlOpen;
    v.xDlError = vfsDlError;
    v.xDlSym = vfsDlSym;
    v.xDlClose = vfsDlClose;
    v.xRandomness = vfsRandomness;
    v.xSleep = vfsSleep;
    v.xCurrentTime = vfsCurrentTime;
    v.xGetLastError = vfsGetLastError;
    v.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    if (sqlite3_vfs_register(&v, 0) != SQLITE_OK) {
        g_vfsEntries.pop_back();
        return makeError(CryptoError::Sqlite);
    }
    return {};
}

std::uint64_t CryptoKeyRegistry::add(DatabaseKey key)
{
    ensureSecureHeap();
    auto &reg = keyRegistry();
    unsigned char *copy = secureKeyCopy(key.data());
    if (!copy)
        return 0;
    std::lock_guard lock(reg.mutex);
    const std::uint64_t id = reg.nextId++;
    reg.keys.emplace(id, copy);
    return id;
}

void CryptoKeyRegistry::remove(std::uint64_t id)
{
    auto &reg = keyRegistry();
    std::lock_guard lock(reg.mutex);
    const auto it = reg.keys.find(id);
    if (it == reg.keys.end())
        return;
    CRYPTO_secure_clear_free(it->second, kKeyBytes, __FILE__, __LINE__);
    reg.keys.erase(it);
}

QByteArray encryptedUri(const QString &path, std::uint64_t keyId, const char *vfs)
{
    // SQLite URIs need '%', '?' and '#' escaped in the path; QUrl's encoding of a local path does that.
    QByteArray uri = QUrl::fromLocalFile(path).toEncoded(QUrl::FullyEncoded);
    uri += "?vfs=";
    uri += vfs;
    uri += "&sdkey=";
    uri += QByteArray::number(static_cast<qulonglong>(keyId));
    return uri;
}

Result<CryptoFileStatus> cryptoStatus(sqlite3 *db)
{
    StatusReply reply{0, 0, 0, 0};
    if (!db || sqlite3_file_control(db, "main", kFcntlCryptoStatus, &reply) != SQLITE_OK)
        return makeError(CryptoError::Unsupported);
    return CryptoFileStatus{reply.sealed != 0, reply.pageSize, reply.lastFailure, reply.splitWalBodies};
}

Error cryptoErrorFromSqlite(sqlite3 *db, int rc)
{
    if (const auto status = cryptoStatus(db); status.ok() && status->lastFailure != 0)
        return makeError(static_cast<CryptoError>(status->lastFailure));
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return makeError(CryptoError::Damaged);
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_FULL:
    case SQLITE_READONLY:
        return makeError(CryptoError::Io);
    default:
        return makeError(CryptoError::Sqlite);
    }
}

Status prepareEncryptedConnection(sqlite3 *db, bool walMode)
{
    const auto status = cryptoStatus(db);
    if (!status.ok() || !status->encrypted)
        return makeError(CryptoError::Unsupported);
    // Must happen before the first page is written; on an existing database it is a no-op.
    int reserve = static_cast<int>(kReserveBytes);
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve) != SQLITE_OK)
        return makeError(CryptoError::Sqlite);
    auto exec = [db](const char *sql) -> Status {
        const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            return cryptoErrorFromSqlite(db, rc);
        return {};
    };
    if (auto st = exec("PRAGMA temp_store=MEMORY; PRAGMA mmap_size=0;"); !st.ok())
        return st;
    // Reading the schema decrypts page 1: this is where a wrong key or a damaged header shows.
    if (auto st = exec("SELECT count(*) FROM sqlite_schema;"); !st.ok())
        return st;
    if (walMode) {
        if (auto st = exec("PRAGMA journal_mode=WAL;"); !st.ok())
            return st;
    }
    return {};
}

Result<sqlite3 *> openEncrypted(const QString &path, DatabaseKey key, const EncryptedOpenOptions &options)
{
    if (options.vfs == nullptr || std::strcmp(options.vfs, kCryptoVfsName) == 0) {
        if (auto st = registerCryptoVfs(); !st.ok())
            return st.error();
    }
    const char *vfs = options.vfs ? options.vfs : kCryptoVfsName;
    bool allZero = true;
    for (unsigned char b : key)
        allZero = allZero && b == 0;
    if (allZero)
        return makeError(CryptoError::KeyMissing);

    const std::uint64_t id = CryptoKeyRegistry::add(key);
    if (id == 0)
        return makeError(CryptoError::Io);
    int flags = SQLITE_OPEN_URI;
    flags |= options.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (!options.readOnly && options.create)
        flags |= SQLITE_OPEN_CREATE;
    sqlite3 *db = nullptr;
    t_lastOpenFailure = 0;
    const int rc = sqlite3_open_v2(encryptedUri(path, id, vfs).constData(), &db, flags, nullptr);
    const int openFailure = t_lastOpenFailure;
    CryptoKeyRegistry::remove(id);
    if (rc != SQLITE_OK) {
        sqlite3_close_v2(db);
        return makeError(openFailure ? static_cast<CryptoError>(openFailure) : CryptoError::Io);
    }
    sqlite3_extended_result_codes(db, 1);
    if (auto st = prepareEncryptedConnection(db, options.walMode && !options.readOnly); !st.ok()) {
        sqlite3_close_v2(db);
        return st.error();
    }
    return db;
}

EncryptedDatabase::~EncryptedDatabase()
{
    close();
}

EncryptedDatabase &EncryptedDatabase::operator=(EncryptedDatabase &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

Result<EncryptedDatabase> EncryptedDatabase::open(const QString &path, DatabaseKey key,
                                                  const EncryptedOpenOptions &options)
{
    auto db = openEncrypted(path, key, options);
    if (!db.ok())
        return db.error();
    return EncryptedDatabase(db.value());
}

void EncryptedDatabase::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

} // namespace sd::store
