// Product thumbnails for the order lines: fetched once per URL over the job layer (net::NetworkContext, so the
// app's proxy, timeouts and retry policy apply), decoded and scaled off the pane's paint path, kept in a small
// in-memory cache (no disk: the images are the platform's, and fetched again next session). A URL that failed is
// not fetched again in this session.
#pragma once

#include <QCache>
#include <QHash>
#include <QObject>
#include <QPixmap>
#include <QPointer>
#include <QSet>
#include <QUrl>

namespace sd::net {
class NetworkContext;
}

namespace sd::ui {

class ThumbnailLoader : public QObject
{
    Q_OBJECT
public:
    // network must outlive the loader (or be null: nothing is fetched).
    explicit ThumbnailLoader(net::NetworkContext *network, int size = 48, QObject *parent = nullptr);

    void setNetwork(net::NetworkContext *network);
    [[nodiscard]] int size() const { return m_size; }
    // The cached thumbnail, or a null pixmap after starting the download (loaded() follows). Only http(s).
    [[nodiscard]] QPixmap thumbnail(const QUrl &url);
    [[nodiscard]] bool hasFailed(const QUrl &url) const { return m_failed.contains(url); }
    // Requests started so far (tests: lazy and cached).
    [[nodiscard]] int requestCount() const { return m_requests; }

Q_SIGNALS:
    // ok: the thumbnail is in the cache now; otherwise the image could not be fetched or decoded.
    void loaded(const QUrl &url, bool ok);

private:
    QPointer<net::NetworkContext> m_network;
    int m_size;
    QCache<QUrl, QPixmap> m_cache;
    QSet<QUrl> m_loading;
    QSet<QUrl> m_failed;
    int m_requests = 0;
};

} // namespace sd::ui
