// One WooCommerce shop: Basic consumer key/secret, WooCommerce's {"code","message","data"} errors →
// NetFailure, and the incremental fetch by `modified_after`/`modified_before` (UTC) with Link-header paging.
#pragma once

#include "connectors/connectionconfig.h"
#include "connectors/orderconnector.h"
#include "net/apiclient.h"
#include "net/httpresponse.h"
#include "net/ratelimiter.h"

#include <QPointer>
#include <optional>

namespace sd::net {
class NetworkContext;
class Paginator;
struct PaginationSummary;
}

namespace sd::connectors::woocommerce {

class WooCommerceClient final : public OrderConnector
{
    Q_OBJECT
public:
    static constexpr qint64 kLookbackMs = 365LL * 24 * 3600 * 1000;
    static constexpr int kMaxPageSize = 100;

    // config: baseUrl = the shop (https://shop.example); credentials "consumerKey", "consumerSecret".
    WooCommerceClient(net::NetworkContext *context, const ConnectionConfig &config, QObject *parent = nullptr);
    ~WooCommerceClient() override;

    [[nodiscard]] QString platform() const override { return QStringLiteral("woocommerce"); }
    [[nodiscard]] qint64 maxLookbackMs() const override { return kLookbackMs; }
    void fetchOrders(qint64 fromMs, qint64 toMs) override;
    void cancel() override;
    [[nodiscard]] bool isFetching() const override { return m_fetching; }
    // One order (per_page=1).
    void verifyCredentials() override;

    [[nodiscard]] const net::ApiClient &api() const { return m_api; }
    [[nodiscard]] static std::optional<net::NetFailure> classify(const net::HttpResponse &response);

private:
    void onPage(int pageIndex, const net::HttpResponse &page);
    void onFinished(const net::PaginationSummary &summary);

    net::ApiClient m_api;
    net::RateLimiter m_limiter;
    int m_pageSize = kMaxPageSize;
    bool m_fetching = false;
    QPointer<net::Paginator> m_paginator;
    FetchSummary m_summary;
    std::optional<net::NetFailure> m_pageFailure;
};

} // namespace sd::connectors::woocommerce
