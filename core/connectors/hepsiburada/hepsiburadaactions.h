// Hepsiburada order actions with Hepsiburada's rules checked before the call (reference §3.5): pack open lines
// into a package, cancel an open line with a reason, unpack, invoice link, change carrier, and for the
// merchant's own carrier contract: in transit (tracking), delivered, undelivered. An order here is the unified
// order HepsiburadaClient makes (one per order number): line states are OrderLine::platformStatus, the
// package is Order::shipment->externalId. Each call returns a job that is not started yet; POSTs are not
// retried automatically (they are not idempotent).
#pragma once

#include "common/result.h"
#include "connectors/actionerror.h"
#include "domain/order.h"

#include <QStringList>

namespace sd::net {
class HttpJob;
}

namespace sd::connectors::hepsiburada {

class HepsiburadaClient;

enum class CancelReason {
    CannotSupply = 83, // "ürün tedarik edilemedi", the reason sellers use (others are not documented)
};

class HepsiburadaActions
{
public:
    explicit HepsiburadaActions(HepsiburadaClient &client)
        : m_client(client)
    { }

    // lineIds empty: every open line of the order. Lines must be open (paid, not packed) and of this order.
    [[nodiscard]] Result<net::HttpJob *> createPackage(const domain::Order &order, const QStringList &lineIds = {},
        double deci = 1.0, int parcels = 1, const QString &cargoShortName = {}) const;
    [[nodiscard]] Result<net::HttpJob *> cancelLine(
        const domain::Order &order, const QString &lineId, CancelReason reason = CancelReason::CannotSupply) const;
    [[nodiscard]] Result<net::HttpJob *> unpack(const domain::Order &order) const;
    // Splits the order's packed package: each group becomes a package, `cancelled` lines are cancelled with the
    // reason (how a packed line is cancelled). Lines are packed lines of this order, each named once, whole
    // quantities; two packages at least, or one package and a cancellation. Every line of the package must be
    // named (Hepsiburada refuses the split otherwise).
    [[nodiscard]] Result<net::HttpJob *> splitPackage(const domain::Order &order, const QList<QStringList> &groups,
        const QStringList &cancelled = {}, CancelReason reason = CancelReason::CannotSupply) const;
    [[nodiscard]] Result<net::HttpJob *> sendInvoiceLink(const domain::Order &order, const QString &invoiceLink) const;
    [[nodiscard]] Result<net::HttpJob *> changeCargoCompany(
        const domain::Order &order, const QString &cargoShortName) const;
    [[nodiscard]] Result<net::HttpJob *> markInTransit(
        const domain::Order &order, const QString &trackingNumber, const QString &trackingUrl = {}) const;
    [[nodiscard]] Result<net::HttpJob *> markDelivered(const domain::Order &order, const QString &receivedBy) const;
    [[nodiscard]] Result<net::HttpJob *> markUndelivered(const domain::Order &order, const QString &reason) const;

private:
    HepsiburadaClient &m_client;
};

} // namespace sd::connectors::hepsiburada
