// WooCommerce order actions: set the status (one of the core statuses, and a real change) and add a note
// (optionally e-mailed to the customer, e.g. the tracking number). Jobs are returned unstarted; the outbox
// (core/outbox) sends them.
#pragma once

#include "common/result.h"
#include "domain/order.h"

#include <QDate>

namespace sd::net {
class HttpJob;
}

namespace sd::connectors::woocommerce {

class WooCommerceClient;

class WooCommerceActions
{
public:
    explicit WooCommerceActions(WooCommerceClient &client)
        : m_client(client)
    { }

    [[nodiscard]] Result<net::HttpJob *> setStatus(const domain::Order &order, const QString &status) const;
    // A POST: not repeated automatically after an unclear failure (the outbox decides).
    [[nodiscard]] Result<net::HttpJob *> addNote(
        const domain::Order &order, const QString &note, bool toCustomer) const;

    // Shipment Tracking extension (paid plugin; without it the shop answers 404 rest_no_route): a tracking item
    // with a provider the extension knows, or a custom provider with a link ("%1$s" = the number). shippedOn
    // empty: today. A POST: not repeated automatically.
    [[nodiscard]] Result<net::HttpJob *> addShipmentTracking(const domain::Order &order, const QString &trackingNumber,
        const QString &provider, const QString &customLink = {}, const QDate &shippedOn = {}) const;

private:
    WooCommerceClient &m_client;
};

} // namespace sd::connectors::woocommerce
