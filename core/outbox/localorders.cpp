#include "localorders.h"

#include "connectors/orderingest.h"
#include "outbox.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace sd::outbox {

namespace {

QString text(store::Statement &s, int column)
{
    return s.isNull(column) ? QString() : s.text(column);
}

domain::Address address(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    domain::Address a;
    a.fullName = o.value(u"fullName").toString();
    a.company = o.value(u"company").toString();
    a.line1 = o.value(u"line1").toString();
    a.line2 = o.value(u"line2").toString();
    a.neighborhood = o.value(u"neighborhood").toString();
    a.district = o.value(u"district").toString();
    a.city = o.value(u"city").toString();
    a.postalCode = o.value(u"postalCode").toString();
    a.countryCode = o.value(u"countryCode").toString();
    a.phone = o.value(u"phone").toString();
    a.taxNumber = o.value(u"taxNumber").toString();
    a.taxOffice = o.value(u"taxOffice").toString();
    return a;
}

Error notFound(const QString &key)
{
    return Error{ QString(kOutboxErrorDomain), static_cast<int>(OutboxError::NotFound),
        QCoreApplication::translate("sd::outbox", "There is no order %1.").arg(key) };
}

} // namespace

Result<LocalOrder> LocalOrders::find(store::Database &db, const QString &workspaceId, const QString &key)
{
    Result<store::Statement> st = db.prepare(
        u"SELECT id FROM orders WHERE workspace_id = ?1 AND deleted = 0 AND (id = ?2 OR order_number = ?2 OR "
        u"external_id = ?2) ORDER BY (id = ?2) DESC, ordered_at DESC LIMIT 3");
    if (!st)
        return st.error();
    if (Status s = st->bindAll(workspaceId, key); !s)
        return s.error();
    QStringList ids;
    for (;;) {
        Result<bool> row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        ids << st->text(0);
        if (ids.first() == key)
            break;
    }
    if (ids.isEmpty())
        return notFound(key);
    if (ids.size() > 1 && ids.first() != key)
        return Error{ QString(kOutboxErrorDomain), static_cast<int>(OutboxError::InvalidArgument),
            QCoreApplication::translate("sd::outbox",
                "%1 names several orders (e.g. the packages of one order); use the order's id.")
                .arg(key) };
    return load(db, ids.first());
}

Result<LocalOrder> LocalOrders::load(store::Database &db, const QString &orderId)
{
    Result<store::Statement> st = db.prepare(
        u"SELECT o.id, o.workspace_id, o.connection_id, c.platform, o.external_id, o.order_number, o.platform_status,"
        u" o.unified_status, o.currency, ifnull(o.gross_minor, 0), ifnull(o.discount_minor, 0), o.total_minor,"
        u" o.ordered_at, ifnull(o.platform_updated_at, 0), o.customer_name, o.customer_email, o.cargo_company,"
        u" o.tracking_number, o.tracking_url, o.invoice_link, o.shipping_address_json, o.invoice_address_json"
        u" FROM orders o JOIN connections c ON c.id = o.connection_id WHERE o.id = ?1 AND o.deleted = 0");
    if (!st)
        return st.error();
    if (Status s = st->bindAll(orderId); !s)
        return s.error();
    Result<bool> row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return notFound(orderId);
    LocalOrder local;
    local.id = st->text(0);
    local.workspaceId = st->text(1);
    local.connectionId = st->text(2);
    local.platform = st->text(3);
    domain::Order &o = local.order;
    o.externalId = st->text(4);
    o.orderNumber = st->text(5);
    o.platformStatus = text(*st, 6);
    o.status = domain::unifiedStatusFromName(st->text(7)).value_or(domain::UnifiedStatus::Unknown);
    o.currency = st->text(8);
    o.grossMinor = st->int64(9);
    o.discountMinor = st->int64(10);
    o.totalMinor = st->int64(11);
    o.orderedAtMs = st->int64(12);
    o.platformUpdatedAtMs = st->int64(13);
    o.customer.fullName = text(*st, 14);
    o.customer.email = text(*st, 15);
    const QString cargo = text(*st, 16), tracking = text(*st, 17), trackingUrl = text(*st, 18);
    if (!cargo.isEmpty() || !tracking.isEmpty() || !trackingUrl.isEmpty()) {
        domain::Shipment shipment;
        shipment.carrier = cargo;
        shipment.trackingNumber = tracking;
        shipment.trackingUrl = trackingUrl;
        o.shipment = shipment;
    }
    o.invoiceLink = text(*st, 19);
    // The package the platform's package actions name (Hepsiburada's package number, …): the order's newest shipment.
    Result<store::Statement> shipment = db.prepare(
        u"SELECT external_id FROM shipments WHERE order_id = ?1 AND deleted = 0 AND external_id IS NOT NULL"
        u" ORDER BY updated_at DESC, seq DESC LIMIT 1");
    if (!shipment)
        return shipment.error();
    if (Status s = shipment->bindAll(local.id); !s)
        return s.error();
    Result<bool> hasShipment = shipment->step();
    if (!hasShipment)
        return hasShipment.error();
    if (*hasShipment) {
        if (!o.shipment)
            o.shipment = domain::Shipment{};
        o.shipment->externalId = shipment->text(0);
    }
    o.shippingAddress = address(text(*st, 20));
    o.invoiceAddress = address(text(*st, 21));

    Result<store::Statement> lines = db.prepare(
        u"SELECT external_id, platform_line_id, sku, barcode, title, quantity, unit_price_minor, ifnull(discount_minor, 0),"
        u" ifnull(line_total_minor, 0), vat_rate, platform_status, image_url FROM order_lines WHERE order_id = ?1 AND deleted = 0"
        u" ORDER BY seq");
    if (!lines)
        return lines.error();
    if (Status s = lines->bindAll(orderId); !s)
        return s.error();
    for (;;) {
        Result<bool> more = lines->step();
        if (!more)
            return more.error();
        if (!*more)
            break;
        domain::OrderLine l;
        l.externalId = text(*lines, 0);
        l.platformLineId = text(*lines, 1);
        l.sku = text(*lines, 2);
        l.barcode = text(*lines, 3);
        l.title = lines->text(4);
        l.quantity = lines->int32(5);
        l.unitPriceMinor = lines->int64(6);
        l.unitDiscountMinor = lines->int64(7);
        l.lineTotalMinor = lines->int64(8);
        if (!lines->isNull(9))
            l.vatRatePercent = lines->int32(9);
        l.platformStatus = text(*lines, 10);
        l.imageUrl = text(*lines, 11);
        o.lines.append(l);
    }
    return local;
}

Status LocalOrders::apply(store::Transaction &tx, const QString &orderId, const OrderEffect &e, qint64 nowMs)
{
    if (e.isEmpty())
        return {};
    // The status before the change, for the order's status history (source "action").
    QString fromUnified;
    QString fromPlatform;
    bool found = false;
    if (e.status || e.platformStatus) {
        Result<store::Statement *> before = tx.database().cached(
            QStringLiteral("SELECT unified_status, coalesce(platform_status, '') FROM orders WHERE id = ?1"));
        if (!before)
            return before.error();
        if (Status s = (*before)->bindAll(orderId); !s)
            return s;
        Result<bool> row = (*before)->step();
        if (!row) {
            (*before)->reset();
            return row.error();
        }
        if (*row) {
            found = true;
            fromUnified = (*before)->text(0);
            fromPlatform = (*before)->text(1);
        }
        (*before)->reset();
    }
    Result<store::Statement *> st = tx.database().cached(QStringLiteral(
        "UPDATE orders SET platform_status = coalesce(?2, platform_status),"
        " unified_status = coalesce(?3, unified_status), status = coalesce(?4, status),"
        " tracking_number = coalesce(?5, tracking_number), cargo_company = coalesce(?6, cargo_company),"
        " invoice_link = coalesce(?7, invoice_link), content_hash = NULL, updated_at = ?8 WHERE id = ?1"));
    if (!st)
        return st.error();
    const std::optional<QString> unified
        = e.status ? std::optional<QString>(domain::unifiedStatusName(*e.status)) : std::nullopt;
    const std::optional<QString> legacy
        = e.status ? std::optional<QString>(connectors::OrderIngest::legacyStatus(*e.status)) : std::nullopt;
    if (Status s = (*st)->bindAll(
            orderId, e.platformStatus, unified, legacy, e.trackingNumber, e.cargoCompany, e.invoiceLink, nowMs);
        !s)
        return s;
    if (Status s = (*st)->exec(); !s)
        return s;
    if (found) {
        const QString toUnified = unified.value_or(fromUnified);
        const QString toPlatform = e.platformStatus.value_or(fromPlatform);
        if (toUnified != fromUnified || toPlatform != fromPlatform) {
            if (Status s = connectors::OrderIngest::recordStatusChange(
                    tx, orderId, fromUnified, toUnified, toPlatform, nowMs, QStringLiteral("action"));
                !s)
                return s;
        }
    }
    tx.recordChange(QStringLiteral("orders"), orderId, store::ChangeKind::Updated);
    return {};
}

} // namespace sd::outbox
