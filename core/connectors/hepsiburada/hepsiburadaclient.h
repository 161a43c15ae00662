// One Hepsiburada merchant (OMS API): Basic merchantId:serviceKey with the exact integrator name as User-Agent,
// Hepsiburada's error bodies (empty 401, bare JSON strings) → NetFailure, and the order fetch that merges the
// lists (§3.4 of the platform sheet): open lines, payment-awaiting lines, packed packages (by pack date, in
// 24 h windows), shipped / delivered / undelivered packages and cancelled lines (whole lists: they refuse
// dates). Every order touched in the window is then read whole (GET …/ordernumber/{n}) and mapped once, so a
// line that moves from the open list into a package stays one line of one order (see README: keys).
#pragma once

#include "connectors/connectionconfig.h"
#include "connectors/orderconnector.h"
#include "hepsiburadamapper.h"
#include "net/apiclient.h"
#include "net/httpresponse.h"
#include "net/ratelimiter.h"

#include <QPointer>
#include <QSet>
#include <QStringList>
#include <optional>

namespace sd::net {
class NetworkContext;
class Paginator;
struct PaginationSummary;
}

namespace sd::connectors::hepsiburada {

class HepsiburadaClient final : public OrderConnector
{
    Q_OBJECT
public:
    static constexpr qint64 kDayMs = 24LL * 3600 * 1000;
    // The delivered list covers one month.
    static constexpr qint64 kLookbackMs = 30 * kDayMs;
    // begindate/enddate may span 24 h at most.
    static constexpr qint64 kMaxWindowMs = kDayMs;
    static constexpr int kOrdersLimit = 100; // /orders
    static constexpr int kPackagesLimit = 10; // /packages
    static constexpr int kStatusListLimit = 50; // shipped, delivered, undelivered, cancelled, paymentawaiting
    static constexpr int kOrdersPerPage = 20; // unified orders handed out per pageReady

    // config: accountId = merchantId (a GUID); credentials "serviceKey" and "integratorName" (the registered
    // integrator user name, sent verbatim as User-Agent; config.integratorName when absent); baseUrl default
    // https://oms-external.hepsiburada.com (SIT: oms-external-sit).
    HepsiburadaClient(net::NetworkContext *context, const ConnectionConfig &config, QObject *parent = nullptr);
    ~HepsiburadaClient() override;

    [[nodiscard]] QString platform() const override { return QStringLiteral("hepsiburada"); }
    [[nodiscard]] qint64 maxLookbackMs() const override { return kLookbackMs; }
    void fetchOrders(qint64 fromMs, qint64 toMs) override;
    void cancel() override;
    [[nodiscard]] bool isFetching() const override { return m_fetching; }
    // GET /orders with limit=1: the cheapest authenticated call.
    void verifyCredentials() override;

    [[nodiscard]] const net::ApiClient &api() const { return m_api; }
    [[nodiscard]] const QString &merchantId() const { return m_merchantId; }
    [[nodiscard]] net::RateLimiter &rateLimiter() { return m_limiter; }
    // Per attempt, for every call of a fetch (default 30 s).
    void setRequestTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // "yyyy-MM-dd HH:mm" in Turkey time, the only date form the OMS filters accept.
    [[nodiscard]] static QString filterDate(qint64 utcMs);
    // Empty 401 → Unauthorized, 403 → Forbidden, 429 (X-RateLimit-Reset as the wait) → RateLimited, 5xx →
    // Server, other 4xx with a bare JSON string ("WrongDateFormat") → Platform with that code.
    [[nodiscard]] static std::optional<net::NetFailure> classify(const net::HttpResponse &response);

private:
    enum class Stage { Open, PaymentAwaiting, Packed, Shipped, Delivered, Undelivered, Cancelled, Orders, Done };

    void runStage();
    void startList(
        const QString &path, const QUrlQuery &query, const QString &offsetParam, int limit, const QString &itemsKey);
    void onListPage(const net::HttpResponse &page);
    void onListFinished(const net::PaginationSummary &summary);
    void touch(const QString &orderNumber);
    void fetchNextOrder();
    void onOrder(const QJsonObject &order);
    void fetchPackageInfo(const QStringList &packages, const QJsonObject &order);
    void emitPending(bool force);
    void finish(std::optional<net::NetFailure> failure);
    [[nodiscard]] net::HttpRequest get(const QString &path, const QUrlQuery &query = {}) const;

    net::ApiClient m_api;
    net::RateLimiter m_limiter;
    QString m_merchantId;
    std::chrono::milliseconds m_timeout{ 30000 };

    bool m_fetching = false;
    bool m_cancelled = false;
    Stage m_stage = Stage::Done;
    qint64 m_from = 0;
    qint64 m_to = 0;
    qint64 m_sliceStart = 0;
    QPointer<net::Paginator> m_paginator;
    QPointer<net::HttpJob> m_job;
    std::optional<net::NetFailure> m_pageFailure;

    LineStates m_states;
    QStringList m_touched; // order numbers in the order first seen
    QSet<QString> m_touchedSet;
    qsizetype m_nextOrder = 0;
    OrderPage m_pending;
    FetchSummary m_summary;
};

} // namespace sd::connectors::hepsiburada
