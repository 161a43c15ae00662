// The inbox's image cache: an image URL (message attachment, profile picture) is fetched once over the job layer and
// kept in the workspace's encrypted store (table media_cache, resources/sql/0009_media_cache.sql); afterwards, and
// offline, it is answered from there. Nothing is written to a plain file. Limits: a maximum size per image, an
// image content type, a recognised image signature; the cache as a whole is capped and evicts the least recently
// used entries. Decoding is the UI's business (a failure there shows a placeholder).
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include "net/retrypolicy.h"

#include <functional>
#include <memory>
#include <optional>

namespace sd::net {
class NetworkContext;
}
namespace sd::store {
class Database;
class StoreWriter;
} // namespace sd::store

namespace sd::inbox {

struct CachedMedia
{
    QString mime;
    QByteArray bytes;
};

class MediaCache : public QObject
{
    Q_OBJECT

public:
    enum class State { Unknown, Loading, Ready, Failed };
    Q_ENUM(State)

    static constexpr qint64 kDefaultMaxImageBytes = qint64(10) * 1024 * 1024;
    static constexpr qint64 kDefaultCapacityBytes = qint64(256) * 1024 * 1024;

    // writer: the workspace's store (reads go through a reader opened from it). network: the GUI thread's context.
    MediaCache(store::StoreWriter *writer, net::NetworkContext *network, QObject *parent = nullptr);
    ~MediaCache() override;

    void setMaxImageBytes(qint64 bytes) { m_maxImageBytes = bytes; }
    [[nodiscard]] qint64 maxImageBytes() const { return m_maxImageBytes; }
    // The cache's size cap (sum of the images' sizes); the least recently used are evicted beyond it.
    void setCapacityBytes(qint64 bytes) { m_capacityBytes = bytes; }
    [[nodiscard]] qint64 capacityBytes() const { return m_capacityBytes; }
    // Milliseconds since the epoch (tests step it); default the wall clock.
    void setNowFunction(std::function<qint64()> now) { m_now = std::move(now); }
    // A hit refreshes the entry's last use at most this often (no write per paint). Default 60 s.
    void setTouchIntervalMs(qint64 ms) { m_touchIntervalMs = ms; }
    // Downloads retry transient failures once by default.
    void setRetryPolicy(const net::RetryPolicy &policy) { m_policy = policy; }

    // The cached image, or nothing. Refreshes its last use (see setTouchIntervalMs).
    [[nodiscard]] std::optional<CachedMedia> lookup(const QString &url);
    [[nodiscard]] bool contains(const QString &url);
    // Fetches the URL unless it is cached, already loading, or failed in this session; ready() or failed() follows
    // (never from within the call). Only http(s) URLs; the transport policy of the NetworkContext applies.
    void request(const QString &url);
    // Forgets a failure so that request() tries again.
    void retry(const QString &url);

    [[nodiscard]] State state(const QString &url) const;
    [[nodiscard]] QString failureReason(const QString &url) const { return m_failures.value(url); }
    // How many downloads this cache started (tests: once per URL).
    [[nodiscard]] int downloadsStarted() const { return m_downloads; }

    // Total bytes and entries in the store's cache (for tests and `store info`).
    [[nodiscard]] qint64 storedBytes();
    [[nodiscard]] int storedCount();

    // The key of a URL in media_cache: SHA-256 of its UTF-8.
    [[nodiscard]] static QByteArray urlHash(const QString &url);
    // Whether bytes begin like an image format we show (PNG, JPEG, GIF, WebP, BMP).
    [[nodiscard]] static bool looksLikeImage(const QByteArray &bytes);

Q_SIGNALS:
    // The image is in the cache now (lookup() answers it).
    void ready(const QString &url);
    // It could not be fetched or kept; reason is translated.
    void failed(const QString &url, const QString &reason);

private:
    store::Database *reader();
    void fail(const QString &url, const QString &reason);
    void store(const QString &url, const QString &mime, const QByteArray &bytes);
    [[nodiscard]] qint64 now() const;

    QPointer<store::StoreWriter> m_writer;
    QPointer<net::NetworkContext> m_network;
    std::unique_ptr<store::Database> m_reader;
    std::function<qint64()> m_now;
    qint64 m_maxImageBytes = kDefaultMaxImageBytes;
    qint64 m_capacityBytes = kDefaultCapacityBytes;
    qint64 m_touchIntervalMs = 60 * 1000;
    net::RetryPolicy m_policy;
    QSet<QString> m_loading;
    QHash<QString, QString> m_failures;
    QHash<QString, qint64> m_touched; // url → when its last use was last written
    int m_downloads = 0;
};

} // namespace sd::inbox
