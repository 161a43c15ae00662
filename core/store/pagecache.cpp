#include "store/pagecache.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <atomic>
#include <cstring>
#include <list>
#include <map>
#include <mutex>
#include <unordered_map>

namespace sd::store::crypto {

namespace {

constexpr char kFingerprintLabel[] = "SellerDesk sdcrypt page cache v1";
constexpr std::size_t kFingerprintBytes = 32;

std::atomic<std::size_t> g_limit{0}; // off by default: see core/store/README.md
std::atomic<unsigned long long> g_opened{0};
std::atomic<unsigned long long> g_sealed{0};
std::atomic<unsigned long long> g_hits{0};
std::atomic<unsigned long long> g_stale{0};
std::atomic<unsigned long long> g_evictions{0};
std::atomic<long long> g_bytes{0};

struct Key
{
    std::uint64_t context1 = 0;
    std::uint64_t context0 = 0;
    std::uint32_t pgno = 0;
    std::uint32_t pageSize = 0;
    std::uint8_t kind = 0;

    bool operator==(const Key &) const = default;
};

struct KeyHash
{
    std::size_t operator()(const Key &k) const noexcept
    {
        std::uint64_t h = k.context1 * 0x9E3779B97F4A7C15ull;
        h ^= (std::uint64_t(k.pgno) << 8 | k.kind) + 0x632BE59BD9B4E019ull + (h << 6) + (h >> 2);
        h ^= (k.context0 ^ k.pageSize) + (h << 6) + (h >> 2);
        return static_cast<std::size_t>(h);
    }
};

Key keyOf(const PageBinding &b, std::size_t pageSize)
{
    return {b.context1, b.context0, b.pgno, static_cast<std::uint32_t>(pageSize), static_cast<std::uint8_t>(b.kind)};
}

struct Entry
{
    Key key;
    std::unique_ptr<unsigned char[]> bytes; // [ciphertext | plaintext], 2 * pageSize
};

void wipe(Entry &e)
{
    OPENSSL_cleanse(e.bytes.get() + e.key.pageSize, e.key.pageSize);
}

struct Registry
{
    std::mutex mutex;
    std::map<std::string, std::weak_ptr<PageCacheGroup>> groups;
};

Registry &registry()
{
    static auto *r = new Registry; // never destroyed: groups may outlive static destruction order
    return *r;
}

} // namespace

struct PageCacheGroup::Impl
{
    std::mutex mutex;
    std::list<Entry> lru; // front: most recently used
    std::unordered_map<Key, std::list<Entry>::iterator, KeyHash> index;
    std::size_t bytes = 0;

    void drop(std::list<Entry>::iterator it)
    {
        wipe(*it);
        const std::size_t n = 2 * std::size_t(it->key.pageSize);
        bytes -= n;
        g_bytes.fetch_sub(static_cast<long long>(n), std::memory_order_relaxed);
        index.erase(it->key);
        lru.erase(it);
    }

    void clear()
    {
        while (!lru.empty())
            drop(std::prev(lru.end()));
    }
};

void setPageCacheLimit(std::size_t bytes)
{
    g_limit.store(bytes);
}

std::size_t pageCacheLimit()
{
    return g_limit.load();
}

PageCacheCounters pageCacheCounters()
{
    PageCacheCounters c;
    c.opened = g_opened.load();
    c.sealed = g_sealed.load();
    c.hits = g_hits.load();
    c.staleHits = g_stale.load();
    c.evictions = g_evictions.load();
    c.cachedBytes = static_cast<unsigned long long>(std::max<long long>(0, g_bytes.load()));
    return c;
}

void countOpened()
{
    g_opened.fetch_add(1, std::memory_order_relaxed);
}

void countSealed()
{
    g_sealed.fetch_add(1, std::memory_order_relaxed);
}

std::shared_ptr<PageCacheGroup> pageCacheGroup(const std::string &path, const unsigned char *key)
{
    unsigned char mac[kFingerprintBytes];
    std::size_t macLen = 0;
    if (!EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, key, kKeyBytes,
                   reinterpret_cast<const unsigned char *>(kFingerprintLabel), sizeof(kFingerprintLabel) - 1, mac,
                   sizeof(mac), &macLen)
        || macLen != sizeof(mac)) {
        return {};
    }
    std::string id(reinterpret_cast<const char *>(mac), sizeof(mac));
    OPENSSL_cleanse(mac, sizeof(mac));
    id.push_back('\0');
    id += path;

    auto &reg = registry();
    std::lock_guard lock(reg.mutex);
    for (auto it = reg.groups.begin(); it != reg.groups.end();) // forget groups whose files were closed
        it = it->second.expired() ? reg.groups.erase(it) : std::next(it);
    auto &slot = reg.groups[id];
    auto group = slot.lock();
    if (!group) {
        group = std::make_shared<PageCacheGroup>();
        slot = group;
    }
    OPENSSL_cleanse(id.data(), kFingerprintBytes);
    return group;
}

PageCacheGroup::PageCacheGroup() : d(std::make_unique<Impl>()) { }

PageCacheGroup::~PageCacheGroup()
{
    d->clear();
}

void PageCacheGroup::clear()
{
    std::lock_guard lock(d->mutex);
    d->clear();
}

bool PageCacheGroup::lookup(const PageBinding &binding, const unsigned char *cipher, unsigned char *out,
                            std::size_t pageSize)
{
    if (g_limit.load(std::memory_order_relaxed) == 0)
        return false;
    const Key key = keyOf(binding, pageSize);
    std::lock_guard lock(d->mutex);
    const auto found = d->index.find(key);
    if (found == d->index.end())
        return false;
    const auto it = found->second;
    if (std::memcmp(it->bytes.get(), cipher, pageSize) != 0) {
        g_stale.fetch_add(1, std::memory_order_relaxed);
        d->drop(it);
        return false;
    }
    std::memcpy(out, it->bytes.get() + pageSize, pageSize);
    d->lru.splice(d->lru.begin(), d->lru, it);
    g_hits.fetch_add(1, std::memory_order_relaxed);
    return true;
}

void PageCacheGroup::insert(const PageBinding &binding, const unsigned char *cipher, const unsigned char *plain,
                            std::size_t pageSize)
{
    const std::size_t limit = g_limit.load(std::memory_order_relaxed);
    const std::size_t need = 2 * pageSize;
    std::lock_guard lock(d->mutex);
    if (limit < need) {
        d->clear();
        return;
    }
    const Key key = keyOf(binding, pageSize);
    std::list<Entry>::iterator it;
    if (const auto found = d->index.find(key); found != d->index.end()) {
        it = found->second;
        d->lru.splice(d->lru.begin(), d->lru, it);
    } else {
        bool reused = false;
        while (d->bytes + need > limit && !d->lru.empty()) {
            auto victim = std::prev(d->lru.end());
            g_evictions.fetch_add(1, std::memory_order_relaxed);
            if (victim->key.pageSize == pageSize && d->bytes <= limit) { // reuse its buffer
                wipe(*victim);
                d->index.erase(victim->key);
                victim->key = key;
                d->lru.splice(d->lru.begin(), d->lru, victim);
                d->index.emplace(key, victim);
                it = victim;
                reused = true;
                break;
            }
            d->drop(victim);
        }
        if (!reused) {
            d->lru.push_front(Entry{key, std::make_unique<unsigned char[]>(need)});
            it = d->lru.begin();
            d->index.emplace(key, it);
            d->bytes += need;
            g_bytes.fetch_add(static_cast<long long>(need), std::memory_order_relaxed);
        }
    }
    std::memcpy(it->bytes.get(), cipher, pageSize);
    std::memcpy(it->bytes.get() + pageSize, plain, pageSize);
}

} // namespace sd::store::crypto
