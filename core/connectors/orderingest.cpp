#include "orderingest.h"

#include "store/database.h"
#include "store/ids.h"
#include "store/ingest.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace sd::connectors {

using domain::UnifiedStatus;
using store::ExternalRef;
using store::IngestBatch;
using store::Ingestor;
using store::IngestRecord;

namespace {

const QString kOrders = QStringLiteral("orders");

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant jsonOrNull(const domain::Address &a)
{
    const QJsonObject o = a.toJson();
    return o.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

QString shipmentStateName(domain::Shipment::State s)
{
    switch (s) {
    case domain::Shipment::State::InTransit:
        return QStringLiteral("in_transit");
    case domain::Shipment::State::Delivered:
        return QStringLiteral("delivered");
    case domain::Shipment::State::Returned:
        return QStringLiteral("returned");
    case domain::Shipment::State::Failed:
        return QStringLiteral("failed");
    case domain::Shipment::State::Pending:
        break;
    }
    return QStringLiteral("pending");
}

void add(OrderIngestStats &stats, const store::IngestStats &s)
{
    stats.inserted += s.inserted;
    stats.updated += s.updated;
    stats.unchanged += s.unchanged;
}

// The customers row behind a platform customer id: found through its identity, or created once.
Result<QString> customerFor(store::Transaction &tx, const QString &workspaceId, const QString &connectionId,
    const domain::Order &order, qint64 nowMs, bool *created)
{
    store::Database &db = tx.database();
    Result<store::Statement *> find = db.cached(
        QStringLiteral("SELECT customer_id FROM customer_identities WHERE connection_id = ?1 AND external_id = ?2"));
    if (!find)
        return find.error();
    if (Status s = (*find)->bindAll(connectionId, order.customer.externalId); !s)
        return s.error();
    Result<bool> row = (*find)->step();
    if (!row)
        return row.error();
    if (*row) {
        const QString id = (*find)->text(0);
        (*find)->reset();
        return id;
    }
    (*find)->reset();
    const QString id = store::newId();
    Result<store::Statement *> insert = db.cached(QStringLiteral(
        "INSERT INTO customers(id, workspace_id, display_name, city, first_seen_at, last_seen_at, created_at,"
        " updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6, ?6)"));
    if (!insert)
        return insert.error();
    const QString city = order.shippingAddress.city.isEmpty() ? order.invoiceAddress.city : order.shippingAddress.city;
    if (Status s = (*insert)->bindAll(id, workspaceId, order.customer.fullName, city, order.orderedAtMs, nowMs); !s)
        return s.error();
    if (Status s = (*insert)->exec(); !s)
        return s.error();
    tx.recordChange(QStringLiteral("customers"), id, store::ChangeKind::Inserted);
    *created = true;
    return id;
}

// The cached (unified, platform) status of the page's orders that exist already, by external id.
struct KnownStatus
{
    QString id;
    QString unified;
    QString platform;
};

Result<QHash<QString, KnownStatus>> knownStatuses(
    store::Database &db, const QString &connectionId, const QList<domain::Order> &orders)
{
    QHash<QString, KnownStatus> out;
    QJsonArray ids;
    for (const domain::Order &o : orders)
        ids.append(o.externalId);
    Result<store::Statement *> stmt = db.cached(QStringLiteral(
        "SELECT external_id, id, unified_status, coalesce(platform_status, '') FROM orders"
        " WHERE connection_id = ?1 AND external_id IN (SELECT value FROM json_each(?2))"));
    if (!stmt)
        return stmt.error();
    if (Status s = (*stmt)->bindAll(connectionId, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
        !s)
        return s.error();
    for (;;) {
        Result<bool> row = (*stmt)->step();
        if (!row) {
            (*stmt)->reset();
            return row.error();
        }
        if (!*row)
            break;
        out.insert((*stmt)->text(0), KnownStatus{ (*stmt)->text(1), (*stmt)->text(2), (*stmt)->text(3) });
    }
    (*stmt)->reset();
    return out;
}

} // namespace

Status OrderIngest::recordStatusChange(store::Transaction &tx, const QString &orderId, const QString &fromStatus,
    const QString &toStatus, const QString &platformStatus, qint64 changedAtMs, const QString &source)
{
    Result<store::Statement *> insert = tx.database().cached(QStringLiteral(
        "INSERT INTO order_status_history(order_id, from_status, to_status, platform_status, changed_at, source)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    if (!insert)
        return insert.error();
    const auto optional = [](const QString &v) { return v.isEmpty() ? std::nullopt : std::optional<QString>(v); };
    if (Status s = (*insert)->bindAll(orderId, optional(fromStatus), toStatus, optional(platformStatus),
            changedAtMs, source);
        !s)
        return s;
    return (*insert)->exec();
}

QString OrderIngest::legacyStatus(UnifiedStatus status)
{
    switch (status) {
    case UnifiedStatus::New:
    case UnifiedStatus::Unknown:
        return QStringLiteral("created");
    default:
        return domain::unifiedStatusName(status);
    }
}

Result<OrderIngestStats> OrderIngest::writePage(store::Transaction &tx, const QString &workspaceId,
    const QString &connectionId, const QList<domain::Order> &orders, qint64 nowMs)
{
    if (nowMs == 0)
        nowMs = QDateTime::currentMSecsSinceEpoch();
    OrderIngestStats stats;
    IngestBatch identities{ QStringLiteral("customer_identities"), workspaceId, connectionId, {} };
    IngestBatch orderBatch{ kOrders, workspaceId, connectionId, {} };
    IngestBatch lineBatch{ QStringLiteral("order_lines"), workspaceId, connectionId, {} };
    IngestBatch shipmentBatch{ QStringLiteral("shipments"), workspaceId, connectionId, {} };
    QHash<QString, QString> customers; // platform customer id → customers.id, within this page
    Result<QHash<QString, KnownStatus>> known = knownStatuses(tx.database(), connectionId, orders);
    if (!known)
        return known.error();

    for (const domain::Order &o : orders) {
        QVariant customerId;
        if (!o.customer.externalId.isEmpty()) {
            auto it = customers.constFind(o.customer.externalId);
            if (it == customers.constEnd()) {
                bool created = false;
                Result<QString> id = customerFor(tx, workspaceId, connectionId, o, nowMs, &created);
                if (!id)
                    return id.error();
                stats.customersCreated += created ? 1 : 0;
                it = customers.insert(o.customer.externalId, *id);
                identities.records.append(IngestRecord{ o.customer.externalId,
                    { { QStringLiteral("customer_id"), *id },
                        { QStringLiteral("kind"), QStringLiteral("platform_user") },
                        { QStringLiteral("value"), o.customer.externalId } } });
            }
            customerId = *it;
        }
        const domain::Address &ship = o.shippingAddress;
        const QString shippingLine = QStringList{ ship.line1, ship.line2, ship.neighborhood, ship.district, ship.city }
                                         .filter(QRegularExpression(QStringLiteral("\\S")))
                                         .join(QStringLiteral(", "));
        QVariantMap f{
            { QStringLiteral("order_number"), o.orderNumber },
            { QStringLiteral("customer_id"), customerId },
            { QStringLiteral("status"), legacyStatus(o.status) },
            { QStringLiteral("unified_status"), domain::unifiedStatusName(o.status) },
            { QStringLiteral("platform_status"), textOrNull(o.platformStatus) },
            { QStringLiteral("total_minor"), o.totalMinor },
            { QStringLiteral("gross_minor"), o.grossMinor },
            { QStringLiteral("discount_minor"), o.discountMinor },
            { QStringLiteral("currency"), o.currency },
            { QStringLiteral("ordered_at"), o.orderedAtMs },
            { QStringLiteral("platform_updated_at"),
                o.platformUpdatedAtMs ? QVariant(o.platformUpdatedAtMs) : QVariant() },
            { QStringLiteral("shipping_name"), textOrNull(ship.fullName) },
            { QStringLiteral("shipping_city"), textOrNull(ship.city) },
            { QStringLiteral("shipping_address"), textOrNull(shippingLine) },
            { QStringLiteral("customer_name"), textOrNull(o.customer.fullName) },
            { QStringLiteral("customer_email"), textOrNull(o.customer.email) },
            { QStringLiteral("cargo_company"), o.shipment ? textOrNull(o.shipment->carrier) : QVariant() },
            { QStringLiteral("tracking_number"), o.shipment ? textOrNull(o.shipment->trackingNumber) : QVariant() },
            { QStringLiteral("tracking_url"), o.shipment ? textOrNull(o.shipment->trackingUrl) : QVariant() },
            { QStringLiteral("invoice_link"), textOrNull(o.invoiceLink) },
            { QStringLiteral("shipping_address_json"), jsonOrNull(ship) },
            { QStringLiteral("invoice_address_json"), jsonOrNull(o.invoiceAddress) },
        };
        orderBatch.records.append(IngestRecord{ o.externalId, f });
        const QVariant orderRef = QVariant::fromValue(ExternalRef{ kOrders, o.externalId });
        for (const domain::OrderLine &l : o.lines) {
            lineBatch.records.append(IngestRecord{ l.externalId,
                {
                    { QStringLiteral("order_id"), orderRef },
                    { QStringLiteral("platform_line_id"), textOrNull(l.platformLineId) },
                    { QStringLiteral("sku"), textOrNull(l.sku) },
                    { QStringLiteral("barcode"), textOrNull(l.barcode) },
                    { QStringLiteral("title"), l.title },
                    { QStringLiteral("quantity"), l.quantity },
                    { QStringLiteral("unit_price_minor"), l.unitPriceMinor },
                    { QStringLiteral("discount_minor"), l.unitDiscountMinor },
                    { QStringLiteral("line_total_minor"), l.lineTotalMinor },
                    { QStringLiteral("currency"), o.currency },
                    { QStringLiteral("vat_rate"), l.vatRatePercent ? QVariant(*l.vatRatePercent) : QVariant() },
                    { QStringLiteral("platform_status"), textOrNull(l.platformStatus) },
                    { QStringLiteral("image_url"), textOrNull(l.imageUrl) },
                } });
        }
        if (o.shipment) {
            const domain::Shipment &s = *o.shipment;
            shipmentBatch.records.append(IngestRecord{ s.externalId,
                {
                    { QStringLiteral("order_id"), orderRef },
                    { QStringLiteral("carrier"), textOrNull(s.carrier) },
                    { QStringLiteral("tracking_number"), textOrNull(s.trackingNumber) },
                    { QStringLiteral("tracking_url"), textOrNull(s.trackingUrl) },
                    { QStringLiteral("status"), shipmentStateName(s.state) },
                    { QStringLiteral("shipped_at"), s.shippedAtMs ? QVariant(s.shippedAtMs) : QVariant() },
                    { QStringLiteral("delivered_at"), s.deliveredAtMs ? QVariant(s.deliveredAtMs) : QVariant() },
                } });
        }
    }
    // Referenced rows first: identities and orders before the lines and shipments that point at them.
    for (const IngestBatch *batch : { &identities, &orderBatch, &lineBatch, &shipmentBatch }) {
        if (batch->records.isEmpty())
            continue;
        Result<store::IngestStats> s = Ingestor::upsert(tx, *batch, nowMs);
        if (!s)
            return s.error();
        add(stats, *s);
    }
    // The status history: an order the cache knew whose unified or platform status the platform changed.
    for (const domain::Order &o : orders) {
        auto it = known->constFind(o.externalId);
        if (it == known->constEnd())
            continue;
        const QString to = domain::unifiedStatusName(o.status);
        if (it->unified == to && it->platform == o.platformStatus)
            continue;
        const qint64 at = o.platformUpdatedAtMs > 0 ? o.platformUpdatedAtMs : nowMs;
        if (Status s = recordStatusChange(tx, it->id, it->unified, to, o.platformStatus, at, QStringLiteral("sync")); !s)
            return s.error();
        ++stats.statusChanges;
    }
    return stats;
}

Result<OrderIngestStats> OrderIngest::writePage(store::Database &db, const QString &workspaceId,
    const QString &connectionId, const QList<domain::Order> &orders, qint64 nowMs)
{
    Result<store::Transaction> tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    Result<OrderIngestStats> stats = writePage(*tx, workspaceId, connectionId, orders, nowMs);
    if (!stats)
        return stats; // rolled back by the destructor
    if (Status s = tx->commit(); !s)
        return s.error();
    return stats;
}

} // namespace sd::connectors
