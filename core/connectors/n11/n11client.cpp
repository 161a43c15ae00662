#include "n11client.h"

#include "common/logging.h"
#include "connectors/credentialcheck.h"
#include "n11mapper.h"
#include "net/networkcontext.h"
#include "net/paginator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sd::connectors::n11 {

using net::NetError;
using net::NetFailure;

const QStringList &N11Client::listedStatuses()
{
    static const QStringList statuses{ QStringLiteral("Created"), QStringLiteral("Picking"), QStringLiteral("Shipped"),
        QStringLiteral("Delivered"), QStringLiteral("Cancelled"), QStringLiteral("UnPacked"),
        QStringLiteral("UnSupplied") };
    return statuses;
}

N11Client::N11Client(net::NetworkContext *context, const ConnectionConfig &config, QObject *parent)
    : OrderConnector(parent)
    , m_api(context, config.baseUrl.isEmpty() ? QUrl(QStringLiteral("https://api.n11.com")) : config.baseUrl)
    , m_limiter(context ? context->clock() : nullptr)
{
    m_api.setDefaultHeader("appkey", config.credentials.value(QStringLiteral("appKey")).toUtf8());
    m_api.setDefaultHeader("appsecret", config.credentials.value(QStringLiteral("appSecret")).toUtf8());
    m_limiter.setLimit(QStringLiteral("shipmentPackages"), 1000, std::chrono::minutes(1));
    m_api.setRateLimiter(&m_limiter);
    net::RetryPolicy policy;
    if (config.retryBaseDelay)
        policy.baseDelay = *config.retryBaseDelay;
    if (config.rateLimitFloor)
        policy.rateLimitFloor = *config.rateLimitFloor;
    m_api.setRetryPolicy(policy);
    m_api.setErrorClassifier(&N11Client::classify);
    if (config.pageSize > 0)
        m_pageSize = qMin(config.pageSize, kMaxPageSize);
}

N11Client::~N11Client() = default;

std::optional<NetFailure> N11Client::classify(const net::HttpResponse &response)
{
    if (response.isSuccess())
        return std::nullopt;
    const QJsonObject body
        = response.json.isNull() ? QJsonDocument::fromJson(response.body).object() : response.json.object();
    const QString type = body.value(u"@type").toString();
    QString message = body.value(u"message").toString();
    const QJsonArray reasons = body.value(u"reasons").toArray();
    if (message.isEmpty() && !reasons.isEmpty())
        message = reasons.first().toString();
    const bool plainAuthFailure = response.status == 403
        && QString::fromUtf8(response.body.left(200)).contains(u"Authentication failed", Qt::CaseInsensitive);

    NetError kind = net::netErrorForHttpStatus(response.status);
    // /rest answers wrong keys with 403 text/plain, /ms with 401 JSON: both are bad credentials.
    if (response.status == 401 || plainAuthFailure || type.contains(u"Unauthorized"))
        kind = NetError::Unauthorized;
    else if (response.status == 403)
        kind = NetError::Forbidden;
    else if (response.status == 429)
        kind = NetError::RateLimited;
    else if (response.status >= 500)
        kind = NetError::Server;
    else if (response.status == 400 || response.status == 409 || !reasons.isEmpty())
        kind = NetError::Platform;
    NetFailure failure = NetFailure::make(kind, u"N11 HTTP %1 %2"_qs.arg(response.status).arg(type), response.status);
    failure.platformCode = type;
    failure.platformMessage
        = plainAuthFailure ? QString::fromUtf8(response.body.left(200)).trimmed() : message.left(500);
    return failure;
}

void N11Client::verifyCredentials()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page"), QStringLiteral("0"));
    query.addQueryItem(QStringLiteral("size"), QStringLiteral("1"));
    checkCredentialsWith(this, m_api, m_api.request("GET", QStringLiteral("rest/delivery/v1/shipmentPackages"), query),
        ExpectedShape::Object);
}

void N11Client::fetchOrders(qint64 fromMs, qint64 toMs)
{
    if (m_fetching) {
        FetchSummary refused;
        refused.failure = NetFailure::make(NetError::Cancelled, QStringLiteral("a fetch is already running"));
        QMetaObject::invokeMethod(
            this, [this, refused] { Q_EMIT finished(refused); }, Qt::QueuedConnection);
        return;
    }
    m_fetching = true;
    m_cancelled = false;
    m_summary = {};
    m_pageFailure.reset();
    m_queue.clear();
    for (qint64 start = qMin(fromMs, toMs); start <= toMs; start += kMaxWindowMs + 1) {
        const qint64 end = qMin(toMs, start + kMaxWindowMs);
        for (const QString &status : listedStatuses()) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("startDate"), QString::number(start));
            q.addQueryItem(QStringLiteral("endDate"), QString::number(end));
            q.addQueryItem(QStringLiteral("status"), status);
            q.addQueryItem(QStringLiteral("orderByField"), QStringLiteral("true")); // window on lastModifiedDate
            q.addQueryItem(QStringLiteral("orderByDirection"), QStringLiteral("ASC"));
            m_queue.append(q);
        }
    }
    QMetaObject::invokeMethod(this, &N11Client::fetchNext, Qt::QueuedConnection);
}

void N11Client::cancel()
{
    m_cancelled = true;
    if (m_paginator)
        m_paginator->cancel();
}

void N11Client::fetchNext()
{
    if (m_cancelled) {
        finish(NetFailure::make(NetError::Cancelled));
        return;
    }
    if (m_queue.isEmpty()) {
        finish(std::nullopt);
        return;
    }
    net::HttpRequest base
        = m_api.request("GET", QStringLiteral("rest/delivery/v1/shipmentPackages"), m_queue.takeFirst());
    base.rateGroup = QStringLiteral("shipmentPackages");
    net::PageNumberPagination::Options options;
    options.pageSize = m_pageSize;
    m_paginator = m_api.paginate(std::make_unique<net::PageNumberPagination>(base, options), this);
    connect(m_paginator, &net::Paginator::pageReady, this, &N11Client::onPage);
    connect(m_paginator, &net::Paginator::finished, this, &N11Client::onListFinished);
    m_paginator->start();
}

void N11Client::onPage(int pageIndex, const net::HttpResponse &page)
{
    Q_UNUSED(pageIndex)
    const QJsonObject body = page.json.object();
    if (!body.value(u"content").isArray()) {
        m_pageFailure
            = NetFailure::make(NetError::Malformed, QStringLiteral("N11 page without a content array"), page.status);
        if (m_paginator)
            m_paginator->cancel();
        return;
    }
    OrderPage mapped = N11Mapper::mapPage(body, m_summary.pages);
    ++m_summary.pages;
    m_summary.orders += int(mapped.orders.size());
    m_summary.mappingErrors += int(mapped.errors.size());
    for (const MappingError &e : std::as_const(mapped.errors))
        qCWarning(lcConnectors) << "n11: skipped package" << e.externalId << e.field << e.detail;
    Q_EMIT pageReady(mapped);
    Q_EMIT progress(m_summary.pages);
}

void N11Client::onListFinished(const net::PaginationSummary &summary)
{
    if (m_paginator)
        m_paginator->deleteLater();
    if (m_pageFailure) {
        finish(m_pageFailure);
        return;
    }
    if (summary.failure) {
        finish(summary.failure);
        return;
    }
    fetchNext();
}

void N11Client::finish(std::optional<NetFailure> failure)
{
    m_fetching = false;
    m_queue.clear();
    m_summary.failure = std::move(failure);
    if (m_summary.failure)
        qCWarning(lcConnectors) << "n11: fetch stopped:" << m_summary.failure->logLine();
    Q_EMIT finished(m_summary);
}

} // namespace sd::connectors::n11
