// One Trendyol seller account: the HTTP side (Basic apiKey:apiSecret, "sellerId - Integrator" User-Agent,
// 50 requests / 10 s per endpoint, Trendyol's error bodies → NetFailure) and the incremental order fetch.
#pragma once

#include "connectors/connectionconfig.h"
#include "connectors/orderconnector.h"
#include "net/apiclient.h"
#include "net/httpresponse.h"
#include "net/ratelimiter.h"

#include <QPointer>
#include <memory>
#include <optional>

namespace sd::net {
class NetworkContext;
class Paginator;
struct PaginationSummary;
}

namespace sd::connectors::trendyol {

class TrendyolClient final : public OrderConnector
{
    Q_OBJECT
public:
    static constexpr qint64 kDayMs = 24LL * 3600 * 1000;
    // The list call refuses windows over two weeks; stay a minute inside.
    static constexpr qint64 kMaxWindowMs = 14 * kDayMs - 60 * 1000;
    // Packages are listed for three months back.
    static constexpr qint64 kLookbackMs = 90 * kDayMs;
    static constexpr int kMaxPageSize = 200;
    // Rate-limit groups: one per endpoint, as Trendyol counts them.
    static inline const QString kOrdersGroup = QStringLiteral("orders");
    static inline const QString kPackageGroup = QStringLiteral("package-update");

    // config: accountId = sellerId; credentials "apiKey" and "apiSecret"; baseUrl without the /integration
    // part (default https://apigw.trendyol.com).
    TrendyolClient(net::NetworkContext *context, const ConnectionConfig &config, QObject *parent = nullptr);
    ~TrendyolClient() override;

    [[nodiscard]] QString platform() const override { return QStringLiteral("trendyol"); }
    [[nodiscard]] qint64 maxLookbackMs() const override { return kLookbackMs; }
    void fetchOrders(qint64 fromMs, qint64 toMs) override;
    void cancel() override;
    [[nodiscard]] bool isFetching() const override { return m_fetching; }
    // One package of the default list (page 0, size 1): cheaper than a windowed fetch.
    void verifyCredentials() override;

    [[nodiscard]] const net::ApiClient &api() const { return m_api; }
    [[nodiscard]] const QString &sellerId() const { return m_sellerId; }
    [[nodiscard]] net::RateLimiter &rateLimiter() { return m_limiter; }

    // Trendyol's error bodies ({"exception":…,"errors":[{"key","message"}]}) → the typed failure.
    [[nodiscard]] static std::optional<net::NetFailure> classify(const net::HttpResponse &response);

private:
    void fetchNextSlice();
    void onPage(int pageIndex, const net::HttpResponse &page);
    void onSliceFinished(const net::PaginationSummary &summary);
    void finish(std::optional<net::NetFailure> failure);

    net::ApiClient m_api;
    net::RateLimiter m_limiter;
    QString m_sellerId;
    int m_pageSize = kMaxPageSize;

    bool m_fetching = false;
    bool m_cancelled = false;
    qint64 m_sliceStart = 0;
    qint64 m_fetchEnd = 0;
    QPointer<net::Paginator> m_paginator;
    FetchSummary m_summary;
    std::optional<net::NetFailure> m_pageFailure;
};

} // namespace sd::connectors::trendyol
