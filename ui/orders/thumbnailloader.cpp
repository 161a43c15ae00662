#include "thumbnailloader.h"

#include "net/httpjob.h"
#include "net/httprequest.h"
#include "net/networkcontext.h"

#include <QImage>

namespace sd::ui {

ThumbnailLoader::ThumbnailLoader(net::NetworkContext *network, int size, QObject *parent)
    : QObject(parent), m_network(network), m_size(size), m_cache(400)
{
}

void ThumbnailLoader::setNetwork(net::NetworkContext *network)
{
    m_network = network;
}

QPixmap ThumbnailLoader::thumbnail(const QUrl &url)
{
    if (const QPixmap *cached = m_cache.object(url))
        return *cached;
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || m_loading.contains(url)
        || m_failed.contains(url) || !m_network)
        return {};
    net::HttpRequest request = net::HttpRequest::get(url);
    request.expect = net::BodyExpectation::Any;
    request.expectedContentType = QByteArrayLiteral("image/");
    request.maxBodyBytes = qint64(8) * 1024 * 1024;
    request.timeout = std::chrono::milliseconds(20000);
    request.rateGroup = QStringLiteral("images");
    net::HttpJob *job = m_network->createJob(request);
    m_loading.insert(url);
    ++m_requests;
    connect(job, &net::HttpJob::finished, this, [this, url](const Result<net::HttpResponse> &r) {
        m_loading.remove(url);
        QImage image;
        if (r)
            image = QImage::fromData(r->body);
        if (image.isNull()) {
            m_failed.insert(url);
            Q_EMIT loaded(url, false);
            return;
        }
        const qreal dpr = 2.0; // crisp on HiDPI screens; small enough for the cache either way
        QImage scaled = image.scaled(QSize(m_size, m_size) * dpr, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        scaled.setDevicePixelRatio(dpr);
        m_cache.insert(url, new QPixmap(QPixmap::fromImage(scaled)));
        Q_EMIT loaded(url, true);
    });
    job->start();
    return {};
}

} // namespace sd::ui
