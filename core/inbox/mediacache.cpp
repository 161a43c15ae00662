#include "mediacache.h"

#include "common/logging.h"
#include "net/httpjob.h"
#include "net/httprequest.h"
#include "net/neterror.h"
#include "net/networkcontext.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/storewriter.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QUrl>

namespace sd::inbox {

namespace {

QString trMedia(const char *text)
{
    return QCoreApplication::translate("sd::inbox::MediaCache", text);
}

} // namespace

MediaCache::MediaCache(store::StoreWriter *writer, net::NetworkContext *network, QObject *parent)
    : QObject(parent), m_writer(writer), m_network(network)
{
    m_policy.maxAttempts = 2;
}

MediaCache::~MediaCache() = default;

qint64 MediaCache::now() const
{
    return m_now ? m_now() : QDateTime::currentMSecsSinceEpoch();
}

QByteArray MediaCache::urlHash(const QString &url)
{
    return QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha256);
}

bool MediaCache::looksLikeImage(const QByteArray &b)
{
    return b.startsWith("\x89PNG\r\n\x1a\n") || b.startsWith("\xFF\xD8\xFF") || b.startsWith("GIF87a")
        || b.startsWith("GIF89a") || (b.startsWith("RIFF") && b.mid(8, 4) == "WEBP") || b.startsWith("BM");
}

store::Database *MediaCache::reader()
{
    if (!m_reader && m_writer) {
        auto r = m_writer->openReader();
        if (r)
            m_reader = std::move(r).value();
        else
            qCWarning(lcStore) << "media cache: no reader:" << r.error().message;
    }
    return m_reader.get();
}

std::optional<CachedMedia> MediaCache::lookup(const QString &url)
{
    store::Database *db = reader();
    if (!db || url.isEmpty())
        return std::nullopt;
    auto st = db->cached(QStringLiteral("SELECT mime, bytes FROM media_cache WHERE url_hash = ?1"));
    if (!st)
        return std::nullopt;
    const QByteArray key = urlHash(url);
    if (!(*st)->bindAll(key) || !(*st)->step().valueOr(false))
        return std::nullopt;
    CachedMedia media{(*st)->text(0), (*st)->blob(1)};
    (*st)->reset();
    const qint64 t = now();
    const auto last = m_touched.constFind(url);
    if (m_writer && (last == m_touched.cend() || t - last.value() >= m_touchIntervalMs)) {
        m_touched.insert(url, t);
        m_writer->submit([key, t](store::Transaction &tx) -> Status {
            auto up = tx.database().cached(QStringLiteral("UPDATE media_cache SET last_used_at = ?2 WHERE url_hash = ?1"));
            if (!up)
                return up.error();
            if (auto b = (*up)->bindAll(key, t); !b)
                return b;
            auto done = (*up)->step();
            if (!done)
                return done.error();
            return {};
        });
    }
    return media;
}

bool MediaCache::contains(const QString &url)
{
    store::Database *db = reader();
    if (!db)
        return false;
    auto st = db->cached(QStringLiteral("SELECT 1 FROM media_cache WHERE url_hash = ?1"));
    if (!st || !(*st)->bindAll(urlHash(url)))
        return false;
    const bool found = (*st)->step().valueOr(false);
    (*st)->reset();
    return found;
}

MediaCache::State MediaCache::state(const QString &url) const
{
    if (m_loading.contains(url))
        return State::Loading;
    if (m_failures.contains(url))
        return State::Failed;
    return const_cast<MediaCache *>(this)->contains(url) ? State::Ready : State::Unknown;
}

void MediaCache::retry(const QString &url)
{
    m_failures.remove(url);
}

void MediaCache::fail(const QString &url, const QString &reason)
{
    m_loading.remove(url);
    m_failures.insert(url, reason);
    Q_EMIT failed(url, reason);
}

void MediaCache::request(const QString &url)
{
    if (url.isEmpty() || m_loading.contains(url) || m_failures.contains(url))
        return;
    if (contains(url)) {
        QMetaObject::invokeMethod(this, [this, url] { Q_EMIT ready(url); }, Qt::QueuedConnection);
        return;
    }
    const QUrl parsed(url);
    if (!m_network || !m_writer || !parsed.isValid()
        || (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http"))) {
        m_loading.insert(url); // fail() removes it; the signal comes later, as promised
        QMetaObject::invokeMethod(this, [this, url] { fail(url, trMedia("The image address is not valid.")); },
                                  Qt::QueuedConnection);
        return;
    }
    net::HttpRequest req = net::HttpRequest::get(parsed);
    req.expect = net::BodyExpectation::Any;
    req.maxBodyBytes = m_maxImageBytes;
    req.rateGroup = QStringLiteral("media");
    m_loading.insert(url);
    ++m_downloads;
    net::HttpJob *job = m_network->createJob(req);
    job->setRetryPolicy(m_policy);
    connect(job, &net::HttpJob::finished, this, [this, url, job](const sd::Result<sd::net::HttpResponse> &result) {
        if (!result) {
            const net::NetFailure &f = job->failure();
            if (f.kind == net::NetError::Malformed && f.detail.startsWith(QLatin1String("body over the cap"))) {
                fail(url, trMedia("The image is larger than %1 MB.")
                              .arg(QString::number(double(m_maxImageBytes) / (1024.0 * 1024.0), 'f', 0)));
            } else {
                fail(url, trMedia("The image could not be downloaded: %1").arg(f.userMessage()));
            }
            return;
        }
        const net::HttpResponse &response = result.value();
        const QString mime = QString::fromLatin1(response.header("Content-Type").split(';').value(0).trimmed().toLower());
        if (!mime.startsWith(QLatin1String("image/"))) {
            fail(url, trMedia("The file is not an image."));
            return;
        }
        if (response.body.isEmpty() || !looksLikeImage(response.body)) {
            fail(url, trMedia("The image is damaged or in a format that cannot be shown."));
            return;
        }
        store(url, mime, response.body);
    });
    job->start();
}

void MediaCache::store(const QString &url, const QString &mime, const QByteArray &bytes)
{
    const QByteArray key = urlHash(url);
    const qint64 t = now();
    const qint64 cap = m_capacityBytes;
    m_writer->submit(
        [key, url, mime, bytes, t, cap](store::Transaction &tx) -> Status {
            store::Database &db = tx.database();
            auto ins = db.cached(QStringLiteral(
                "INSERT INTO media_cache(url_hash, url, mime, byte_size, bytes, fetched_at, last_used_at)"
                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6) ON CONFLICT(url_hash) DO UPDATE SET mime = excluded.mime,"
                " byte_size = excluded.byte_size, bytes = excluded.bytes, fetched_at = excluded.fetched_at,"
                " last_used_at = excluded.last_used_at"));
            if (!ins)
                return ins.error();
            if (auto b = (*ins)->bindAll(key, url, mime, qint64(bytes.size()), bytes, t); !b)
                return b;
            if (auto s = (*ins)->step(); !s)
                return s.error();
            // Evict the least recently used beyond the cap (never the image just stored).
            auto total = db.queryInt(QStringLiteral("SELECT ifnull(sum(byte_size), 0) FROM media_cache"));
            if (!total)
                return total.error();
            qint64 size = total.value();
            if (size <= cap)
                return {};
            auto old = db.prepare(u"SELECT seq, byte_size FROM media_cache WHERE url_hash != ?1"
                                  u" ORDER BY last_used_at, seq");
            if (!old)
                return old.error();
            if (auto b = old->bindAll(key); !b)
                return b;
            QList<qint64> victims;
            while (size > cap && old->step().valueOr(false)) {
                victims << old->int64(0);
                size -= old->int64(1);
            }
            auto del = db.cached(QStringLiteral("DELETE FROM media_cache WHERE seq = ?1"));
            if (!del)
                return del.error();
            for (const qint64 seq : std::as_const(victims)) {
                (*del)->reset();
                if (auto b = (*del)->bindAll(seq); !b)
                    return b;
                if (auto s = (*del)->step(); !s)
                    return s.error();
            }
            return {};
        },
        this,
        [this, url](const Status &status) {
            if (!status) {
                fail(url, trMedia("The image could not be kept in the cache: %1").arg(status.error().message));
                return;
            }
            m_loading.remove(url);
            m_touched.insert(url, now());
            Q_EMIT ready(url);
        });
}

qint64 MediaCache::storedBytes()
{
    store::Database *db = reader();
    return db ? db->queryInt(QStringLiteral("SELECT ifnull(sum(byte_size), 0) FROM media_cache")).valueOr(0) : 0;
}

int MediaCache::storedCount()
{
    store::Database *db = reader();
    return db ? int(db->queryInt(QStringLiteral("SELECT count(*) FROM media_cache")).valueOr(0)) : 0;
}

} // namespace sd::inbox
