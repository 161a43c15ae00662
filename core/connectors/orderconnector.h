// The connector interface: one marketplace connection's order side. Fetches are asynchronous and page by
// page (each page mapped to unified orders and handed out for ingest), with exactly one finished() per fetch.
#pragma once

#include "domain/order.h"
#include "mappingerror.h"
#include "net/neterror.h"

#include <QList>
#include <QObject>
#include <optional>

namespace sd::connectors {

struct OrderPage
{
    int index = 0; // counts from 0 over the whole fetch
    QList<domain::Order> orders; // records that mapped
    QList<MappingError> errors; // records that did not (skipped)
};

struct FetchSummary
{
    int pages = 0;
    int orders = 0;
    int mappingErrors = 0;
    std::optional<net::NetFailure> failure; // set when the fetch stopped early
    [[nodiscard]] bool ok() const { return !failure.has_value(); }
};

class OrderConnector : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~OrderConnector() override = default;

    [[nodiscard]] virtual QString platform() const = 0;
    // The longest window one fetch may cover backwards from now (the platform's lookback limit).
    [[nodiscard]] virtual qint64 maxLookbackMs() const = 0;
    // Every order whose platform modification time lies in [fromMs, toMs] (UTC ms), to the last page. Pages
    // come out through pageReady() in order; the next page is requested after the slot returns. One fetch
    // at a time: starting another while one runs is refused with finished(Cancelled).
    virtual void fetchOrders(qint64 fromMs, qint64 toMs) = 0;
    // Stops after the current page; finished() reports Cancelled.
    virtual void cancel() = 0;
    [[nodiscard]] virtual bool isFetching() const = 0;
    // Proves the credentials and the base URL with one cheap authenticated call, before a connection is
    // saved. Exactly one credentialsChecked() per call (nullopt: accepted). The default fetches the orders of
    // the last few minutes (one small page); a connector may override it with a cheaper endpoint.
    virtual void verifyCredentials();

Q_SIGNALS:
    void credentialsChecked(const std::optional<sd::net::NetFailure> &failure);
    void pageReady(const sd::connectors::OrderPage &page);
    void progress(int pagesDone);
    void finished(const sd::connectors::FetchSummary &summary);
};

} // namespace sd::connectors
