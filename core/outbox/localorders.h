// The outbox's view of the local order cache: an order read back into the unified model (what the platform
// Actions check their rules against), and the local change an accepted action makes to it (unified status,
// tracking, invoice link) so the UI shows it at once; the next sync confirms it.
#pragma once

#include "common/result.h"
#include "domain/order.h"

#include <optional>

namespace sd::store {
class Database;
class Transaction;
}

namespace sd::outbox {

struct LocalOrder
{
    QString id; // orders.id
    QString workspaceId;
    QString connectionId;
    QString platform; // connections.platform
    domain::Order order;
};

struct OrderEffect
{
    std::optional<QString> platformStatus;
    std::optional<domain::UnifiedStatus> status;
    std::optional<QString> trackingNumber;
    std::optional<QString> cargoCompany;
    std::optional<QString> invoiceLink;

    [[nodiscard]] bool isEmpty() const
    {
        return !platformStatus && !status && !trackingNumber && !cargoCompany && !invoiceLink;
    }
};

class LocalOrders
{
public:
    // key: our id, or the platform's order number / package id (an error when it names several orders).
    [[nodiscard]] static Result<LocalOrder> find(store::Database &db, const QString &workspaceId, const QString &key);
    [[nodiscard]] static Result<LocalOrder> load(store::Database &db, const QString &orderId);
    // Writes the effect into the order row inside tx and clears its content hash, so the next sync rewrites the
    // row from the platform's answer even when that answer did not change.
    [[nodiscard]] static Status apply(
        store::Transaction &tx, const QString &orderId, const OrderEffect &effect, qint64 nowMs);
};

} // namespace sd::outbox
