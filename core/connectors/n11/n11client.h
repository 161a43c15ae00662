// One N11 seller account: `appkey`/`appsecret` headers, 1000 list calls per minute, N11's error shapes (403
// text/plain on /rest, 401 JSON on /ms, 429 {"code","message","reasons"}) → NetFailure, and the incremental
// fetch: one status per call (N11 takes one), ≤14-day windows on the last modification, pages to the end.
#pragma once

#include "connectors/connectionconfig.h"
#include "connectors/orderconnector.h"
#include "net/apiclient.h"
#include "net/httpresponse.h"
#include "net/ratelimiter.h"

#include <QPointer>
#include <QStringList>
#include <QUrlQuery>
#include <optional>

namespace sd::net {
class NetworkContext;
class Paginator;
struct PaginationSummary;
}

namespace sd::connectors::n11 {

class N11Client final : public OrderConnector
{
    Q_OBJECT
public:
    static constexpr qint64 kDayMs = 24LL * 3600 * 1000;
    static constexpr qint64 kMaxWindowMs = 14 * kDayMs - 60 * 1000;
    static constexpr qint64 kLookbackMs = 90 * kDayMs;
    static constexpr int kMaxPageSize = 100;
    // Every status the list call knows; each is asked for separately.
    [[nodiscard]] static const QStringList &listedStatuses();

    // config: credentials "appKey" and "appSecret"; baseUrl default https://api.n11.com.
    N11Client(net::NetworkContext *context, const ConnectionConfig &config, QObject *parent = nullptr);
    ~N11Client() override;

    [[nodiscard]] QString platform() const override { return QStringLiteral("n11"); }
    [[nodiscard]] qint64 maxLookbackMs() const override { return kLookbackMs; }
    void fetchOrders(qint64 fromMs, qint64 toMs) override;
    void cancel() override;
    [[nodiscard]] bool isFetching() const override { return m_fetching; }
    // One package of the list (page 0, size 1).
    void verifyCredentials() override;

    [[nodiscard]] const net::ApiClient &api() const { return m_api; }
    [[nodiscard]] static std::optional<net::NetFailure> classify(const net::HttpResponse &response);

private:
    void fetchNext();
    void onPage(int pageIndex, const net::HttpResponse &page);
    void onListFinished(const net::PaginationSummary &summary);
    void finish(std::optional<net::NetFailure> failure);

    net::ApiClient m_api;
    net::RateLimiter m_limiter;
    int m_pageSize = kMaxPageSize;
    bool m_fetching = false;
    bool m_cancelled = false;
    QList<QUrlQuery> m_queue; // one list per (window, status)
    QPointer<net::Paginator> m_paginator;
    FetchSummary m_summary;
    std::optional<net::NetFailure> m_pageFailure;
};

} // namespace sd::connectors::n11
