#include "trendyolclient.h"

#include "common/logging.h"
#include "connectors/credentialcheck.h"
#include "net/networkcontext.h"
#include "net/paginator.h"
#include "trendyolmapper.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sd::connectors::trendyol {

using net::NetError;
using net::NetFailure;

namespace {

QUrl defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://apigw.trendyol.com"));
}

} // namespace

TrendyolClient::TrendyolClient(net::NetworkContext *context, const ConnectionConfig &config, QObject *parent)
    : OrderConnector(parent)
    , m_api(context, config.baseUrl.isEmpty() ? defaultBaseUrl() : config.baseUrl)
    , m_limiter(context ? context->clock() : nullptr)
    , m_sellerId(config.accountId)
{
    const QString key = config.credentials.value(QStringLiteral("apiKey"));
    const QString secret = config.credentials.value(QStringLiteral("apiSecret"));
    m_api.setDefaultHeader("Authorization", "Basic " + (key + u':' + secret).toUtf8().toBase64());
    // Trendyol wants "{sellerId} - {IntegratorName}" (alphanumeric, at most 30) and answers 403 without it.
    QString integrator;
    for (QChar c : config.integratorName) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            integrator.append(c);
    }
    if (integrator.isEmpty())
        integrator = QStringLiteral("SelfIntegration");
    m_api.setDefaultHeader("User-Agent", (m_sellerId + u" - " + integrator.left(30)).toUtf8());

    // 50 requests per 10 s per endpoint; no Retry-After is documented, so back off at least 10 s.
    m_limiter.setDefaultLimit(50, std::chrono::seconds(10));
    m_api.setRateLimiter(&m_limiter);
    net::RetryPolicy policy;
    policy.maxAttempts = 4;
    policy.rateLimitFloor = config.rateLimitFloor.value_or(std::chrono::seconds(10));
    if (config.retryBaseDelay)
        policy.baseDelay = *config.retryBaseDelay;
    m_api.setRetryPolicy(policy);
    m_api.setErrorClassifier(&TrendyolClient::classify);
    if (config.pageSize > 0)
        m_pageSize = qMin(config.pageSize, kMaxPageSize);
}

TrendyolClient::~TrendyolClient() = default;

std::optional<NetFailure> TrendyolClient::classify(const net::HttpResponse &response)
{
    if (response.isSuccess())
        return std::nullopt;
    // Action calls do not ask for JSON (their success bodies are empty), so their error bodies arrive unparsed.
    const QJsonObject body
        = response.json.isNull() ? QJsonDocument::fromJson(response.body).object() : response.json.object();
    const QString exception = body.value(u"exception").toString();
    QString key;
    QString message;
    const QJsonArray errors = body.value(u"errors").toArray();
    if (!errors.isEmpty()) {
        const QJsonObject first = errors.first().toObject();
        key = first.value(u"key").toString();
        message = first.value(u"message").toString();
    }
    if (message.isEmpty())
        message = body.value(u"message").toString();

    NetError kind = net::netErrorForHttpStatus(response.status);
    if (response.status == 401 || exception.contains(u"Authentication"))
        kind = NetError::Unauthorized;
    else if (response.status == 403)
        kind = NetError::Forbidden;
    else if (response.status == 429 || key == u"too.many.requests")
        kind = NetError::RateLimited;
    else if (response.status >= 500)
        kind = NetError::Server; // 503 on stage also means "IP not allow-listed"
    else if (response.status == 400 || response.status == 409 || !key.isEmpty())
        kind = NetError::Platform; // business rule refused: keep Trendyol's own text for the user

    NetFailure failure = NetFailure::make(
        kind, u"Trendyol HTTP %1 %2 %3"_qs.arg(response.status).arg(exception, key), response.status);
    failure.platformCode = key.isEmpty() ? exception : key;
    failure.platformMessage = message.left(500);
    return failure;
}

void TrendyolClient::verifyCredentials()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page"), QStringLiteral("0"));
    query.addQueryItem(QStringLiteral("size"), QStringLiteral("1"));
    net::HttpRequest request = m_api.request("GET", u"integration/order/sellers/%1/orders"_qs.arg(m_sellerId), query);
    checkCredentialsWith(this, m_api, request, ExpectedShape::Object);
}

void TrendyolClient::fetchOrders(qint64 fromMs, qint64 toMs)
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
    m_sliceStart = qMin(fromMs, toMs);
    m_fetchEnd = toMs;
    // Later, from the event loop: the terminal signal never comes from within fetchOrders().
    QMetaObject::invokeMethod(this, &TrendyolClient::fetchNextSlice, Qt::QueuedConnection);
}

void TrendyolClient::cancel()
{
    m_cancelled = true;
    if (m_paginator)
        m_paginator->cancel();
}

void TrendyolClient::fetchNextSlice()
{
    if (m_cancelled) {
        finish(NetFailure::make(NetError::Cancelled));
        return;
    }
    if (m_sliceStart > m_fetchEnd) {
        finish(std::nullopt);
        return;
    }
    const qint64 sliceEnd = qMin(m_fetchEnd, m_sliceStart + kMaxWindowMs);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("startDate"), QString::number(m_sliceStart));
    query.addQueryItem(QStringLiteral("endDate"), QString::number(sliceEnd));
    // The window applies to the last modification, oldest first: a package changed mid-fetch moves past the
    // window's end and is picked up by the next sync's overlap.
    query.addQueryItem(QStringLiteral("orderByField"), QStringLiteral("PackageLastModifiedDate"));
    query.addQueryItem(QStringLiteral("orderByDirection"), QStringLiteral("ASC"));
    net::HttpRequest base = m_api.request("GET", u"integration/order/sellers/%1/orders"_qs.arg(m_sellerId), query);
    base.rateGroup = kOrdersGroup;
    net::PageNumberPagination::Options options;
    options.pageSize = m_pageSize;
    m_paginator = m_api.paginate(std::make_unique<net::PageNumberPagination>(base, options), this);
    connect(m_paginator, &net::Paginator::pageReady, this, &TrendyolClient::onPage);
    connect(m_paginator, &net::Paginator::finished, this, &TrendyolClient::onSliceFinished);
    m_sliceStart = sliceEnd + 1;
    m_paginator->start();
}

void TrendyolClient::onPage(int pageIndex, const net::HttpResponse &page)
{
    Q_UNUSED(pageIndex)
    const QJsonObject body = page.json.object();
    if (!body.value(u"content").isArray()) {
        // A whole page we cannot read: stop rather than skip it silently.
        m_pageFailure = NetFailure::make(
            NetError::Malformed, QStringLiteral("Trendyol page without a content array"), page.status);
        if (m_paginator)
            m_paginator->cancel();
        return;
    }
    OrderPage mapped = TrendyolMapper::mapPage(body, m_summary.pages);
    ++m_summary.pages;
    m_summary.orders += int(mapped.orders.size());
    m_summary.mappingErrors += int(mapped.errors.size());
    for (const MappingError &e : std::as_const(mapped.errors))
        qCWarning(lcConnectors) << "trendyol: skipped package" << e.externalId << e.field << e.detail;
    Q_EMIT pageReady(mapped);
    Q_EMIT progress(m_summary.pages);
}

void TrendyolClient::onSliceFinished(const net::PaginationSummary &summary)
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
    fetchNextSlice();
}

void TrendyolClient::finish(std::optional<NetFailure> failure)
{
    m_fetching = false;
    m_summary.failure = std::move(failure);
    if (m_summary.failure)
        qCWarning(lcConnectors) << "trendyol: fetch stopped:" << m_summary.failure->logLine();
    Q_EMIT finished(m_summary);
}

} // namespace sd::connectors::trendyol
