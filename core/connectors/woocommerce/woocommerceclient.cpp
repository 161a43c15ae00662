#include "woocommerceclient.h"

#include "common/logging.h"
#include "connectors/credentialcheck.h"
#include "net/networkcontext.h"
#include "net/paginator.h"
#include "woocommercemapper.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace sd::connectors::woocommerce {

using net::NetError;
using net::NetFailure;

namespace {

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate).chopped(1); // no "Z"
}

} // namespace

WooCommerceClient::WooCommerceClient(net::NetworkContext *context, const ConnectionConfig &config, QObject *parent)
    : OrderConnector(parent)
    , m_api(context, config.baseUrl)
    , m_limiter(context ? context->clock() : nullptr)
{
    const QString key = config.credentials.value(QStringLiteral("consumerKey"));
    const QString secret = config.credentials.value(QStringLiteral("consumerSecret"));
    m_api.setDefaultHeader("Authorization", "Basic " + (key + u':' + secret).toUtf8().toBase64());
    // WooCommerce has no limit of its own; stay gentle with small shop servers.
    m_limiter.setDefaultLimit(10, std::chrono::seconds(1));
    m_api.setRateLimiter(&m_limiter);
    net::RetryPolicy policy;
    if (config.retryBaseDelay)
        policy.baseDelay = *config.retryBaseDelay;
    if (config.rateLimitFloor)
        policy.rateLimitFloor = *config.rateLimitFloor;
    m_api.setRetryPolicy(policy);
    m_api.setErrorClassifier(&WooCommerceClient::classify);
    if (config.pageSize > 0)
        m_pageSize = qMin(config.pageSize, kMaxPageSize);
}

WooCommerceClient::~WooCommerceClient() = default;

std::optional<NetFailure> WooCommerceClient::classify(const net::HttpResponse &response)
{
    if (response.isSuccess())
        return std::nullopt;
    const QJsonObject body
        = response.json.isNull() ? QJsonDocument::fromJson(response.body).object() : response.json.object();
    const QString code = body.value(u"code").toString();
    NetError kind = net::netErrorForHttpStatus(response.status);
    // 401 is a key problem (wrong key or secret, or none sent: "cannot_view" with 401); 403 a permission one.
    if (response.status == 401 || code == u"woocommerce_rest_authentication_error")
        kind = NetError::Unauthorized;
    else if (response.status == 403 || code.startsWith(u"woocommerce_rest_cannot_"))
        kind = NetError::Forbidden;
    else if (response.status == 429)
        kind = NetError::RateLimited;
    else if (response.status >= 500)
        kind = NetError::Server;
    else if (response.status == 400 || code == u"rest_invalid_param")
        kind = NetError::Platform;
    NetFailure failure
        = NetFailure::make(kind, u"WooCommerce HTTP %1 %2"_qs.arg(response.status).arg(code), response.status);
    failure.platformCode = code;
    failure.platformMessage = body.value(u"message").toString().left(500);
    return failure;
}

void WooCommerceClient::verifyCredentials()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("1"));
    checkCredentialsWith(
        this, m_api, m_api.request("GET", QStringLiteral("wp-json/wc/v3/orders"), query), ExpectedShape::Array);
}

void WooCommerceClient::fetchOrders(qint64 fromMs, qint64 toMs)
{
    if (m_fetching) {
        FetchSummary refused;
        refused.failure = NetFailure::make(NetError::Cancelled, QStringLiteral("a fetch is already running"));
        QMetaObject::invokeMethod(
            this, [this, refused] { Q_EMIT finished(refused); }, Qt::QueuedConnection);
        return;
    }
    m_fetching = true;
    m_summary = {};
    m_pageFailure.reset();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("modified_after"), isoUtc(qMin(fromMs, toMs)));
    query.addQueryItem(QStringLiteral("modified_before"), isoUtc(toMs + 1000)); // seconds resolution
    query.addQueryItem(QStringLiteral("dates_are_gmt"), QStringLiteral("true"));
    // Creation order is stable while paging: an order modified meanwhile does not move between pages.
    query.addQueryItem(QStringLiteral("orderby"), QStringLiteral("date"));
    query.addQueryItem(QStringLiteral("order"), QStringLiteral("asc"));
    net::HttpRequest base = m_api.request("GET", QStringLiteral("wp-json/wc/v3/orders"), query);
    base.rateGroup = QStringLiteral("orders");
    net::LinkHeaderPagination::Options options;
    options.perPage = m_pageSize;
    m_paginator = m_api.paginate(std::make_unique<net::LinkHeaderPagination>(base, options), this);
    connect(m_paginator, &net::Paginator::pageReady, this, &WooCommerceClient::onPage);
    connect(m_paginator, &net::Paginator::finished, this, &WooCommerceClient::onFinished);
    m_paginator->start();
}

void WooCommerceClient::cancel()
{
    if (m_paginator)
        m_paginator->cancel();
}

void WooCommerceClient::onPage(int pageIndex, const net::HttpResponse &page)
{
    if (!page.json.isArray()) {
        m_pageFailure
            = NetFailure::make(NetError::Malformed, QStringLiteral("WooCommerce page is not an array"), page.status);
        if (m_paginator)
            m_paginator->cancel();
        return;
    }
    OrderPage mapped = WooCommerceMapper::mapPage(page.json.array(), pageIndex);
    ++m_summary.pages;
    m_summary.orders += int(mapped.orders.size());
    m_summary.mappingErrors += int(mapped.errors.size());
    for (const MappingError &e : std::as_const(mapped.errors))
        qCWarning(lcConnectors) << "woocommerce: skipped order" << e.externalId << e.field << e.detail;
    Q_EMIT pageReady(mapped);
    Q_EMIT progress(m_summary.pages);
}

void WooCommerceClient::onFinished(const net::PaginationSummary &summary)
{
    if (m_paginator)
        m_paginator->deleteLater();
    m_fetching = false;
    m_summary.failure = m_pageFailure ? m_pageFailure : summary.failure;
    if (m_summary.failure)
        qCWarning(lcConnectors) << "woocommerce: fetch stopped:" << m_summary.failure->logLine();
    Q_EMIT finished(m_summary);
}

} // namespace sd::connectors::woocommerce
