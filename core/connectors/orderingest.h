// Writes a page of unified orders into the store: customers (one per platform customer id), orders, their
// lines and shipment, all inside the caller's transaction and through Ingestor, so that the same page written
// twice changes nothing.
#pragma once

#include "common/result.h"
#include "domain/order.h"

#include <QList>
#include <QString>

namespace sd::store {
class Transaction;
class Database;
}

namespace sd::connectors {

struct OrderIngestStats
{
    int inserted = 0; // rows over every table
    int updated = 0;
    int unchanged = 0;
    int customersCreated = 0;
    int statusChanges = 0; // order_status_history rows written (orders whose unified or platform status changed)

    [[nodiscard]] bool changedAnything() const { return inserted + updated + customersCreated > 0; }
    OrderIngestStats &operator+=(const OrderIngestStats &o)
    {
        inserted += o.inserted;
        updated += o.updated;
        unchanged += o.unchanged;
        customersCreated += o.customersCreated;
        statusChanges += o.statusChanges;
        return *this;
    }
};

class OrderIngest
{
public:
    // The legacy orders.status value (0001's CHECK) for a unified status; Unknown → "created".
    [[nodiscard]] static QString legacyStatus(domain::UnifiedStatus status);

    // Inside tx (one page = one transaction: a StoreWriter job is one). nowMs stamps updated_at; 0 = now.
    [[nodiscard]] static Result<OrderIngestStats> writePage(store::Transaction &tx, const QString &workspaceId,
        const QString &connectionId, const QList<domain::Order> &orders, qint64 nowMs = 0);
    // Convenience for a database used from this thread: its own IMMEDIATE transaction, committed on success.
    [[nodiscard]] static Result<OrderIngestStats> writePage(store::Database &db, const QString &workspaceId,
        const QString &connectionId, const QList<domain::Order> &orders, qint64 nowMs = 0);

    // One row of order_status_history (migration 0010): source "sync" (ingest) or "action" (the outbox's local
    // change after an accepted action). Statuses are unified names; fromStatus empty = unknown.
    [[nodiscard]] static Status recordStatusChange(store::Transaction &tx, const QString &orderId,
        const QString &fromStatus, const QString &toStatus, const QString &platformStatus, qint64 changedAtMs,
        const QString &source);
};

} // namespace sd::connectors
